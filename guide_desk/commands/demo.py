# SPDX-License-Identifier: Apache-2.0
"""`guide-desk demo`: build the demo store once, then reuse it; `--fresh` removes what an earlier demo made
and builds it again.

A folder is the demo's own only when the demo marked it: `demo.building` while a build runs, `demo.json`
(its summary) once the build finished. Anything else holding a database is someone's real data, and the
demo neither reuses nor removes it. Removing a demo takes its database (with the WAL and shared-memory
files), its backups, the embedded central API's database and the keyring entries of the demo enrolment;
the logs stay.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from guide_desk.errors import GuideDeskError, InvalidInput

log = logging.getLogger(__name__)
BUILDING = "demo.building"
CENTRAL_DIR = "central"
DEFAULT_SIZE = "S"


class Folder(Enum):
    EMPTY = "empty"
    DEMO = "demo"
    UNFINISHED = "unfinished"
    FOREIGN = "foreign"


@dataclass
class DemoRun:
    """What `prepare_demo` did: the folder, the embedded central API (None offline) and lines to print."""

    data_dir: Path
    central: Any = None
    said: list[str] = field(default_factory=list)


def demo_dir(args: argparse.Namespace) -> Path:
    """--data-dir (before or after `demo`), else GUIDE_DESK_DATA_DIR, else a `guide-desk-demo` folder beside
    the normal data dir (the config files' data_dir or the platform's)."""
    if args.data_dir is not None:
        return Path(args.data_dir)
    if os.environ.get("GUIDE_DESK_DATA_DIR"):
        return Path(os.environ["GUIDE_DESK_DATA_DIR"])
    from guide_desk.config import load_settings

    return load_settings().data_dir.with_name("guide-desk-demo")


def _summary_path(data_dir: Path) -> Path:
    from guide_desk.bench.runner import DEMO_SUMMARY

    return data_dir / DEMO_SUMMARY


def folder_state(data_dir: Path) -> Folder:
    from guide_desk.db.engine import database_path

    if (data_dir / BUILDING).exists():
        return Folder.UNFINISHED
    if not database_path(data_dir).exists():
        return Folder.EMPTY
    return Folder.DEMO if _summary_path(data_dir).exists() else Folder.FOREIGN


def prepare_demo(args: argparse.Namespace) -> DemoRun:
    """Build, reuse or rebuild the demo store as asked, then start its central API unless --no-central."""
    run = DemoRun(demo_dir(args))
    state = folder_state(run.data_dir)
    if state is Folder.FOREIGN:
        raise InvalidInput("data_dir", f"{run.data_dir} holds a database the demo did not build; the demo never "
                                       "reuses or removes it: choose another --data-dir")
    recorded = _recorded(run.data_dir) if state is Folder.DEMO else {}
    if state is Folder.DEMO and not args.fresh and args.size not in (None, recorded.get("size")):
        raise InvalidInput("size", f"{run.data_dir} holds a size-{recorded.get('size')} demo; add --fresh to "
                                   f"rebuild it at size {args.size}")
    if state is Folder.UNFINISHED or (state is Folder.DEMO and args.fresh):
        removed = remove_demo(run.data_dir)
        why = "an earlier demo build did not finish" if state is Folder.UNFINISHED else "--fresh"
        run.said.append(f"removed the earlier demo at {run.data_dir} ({why}): {', '.join(removed)}")
        state = Folder.EMPTY
    if state is Folder.EMPTY:
        run.said.append(_build(run.data_dir, args.size or DEFAULT_SIZE))
    else:
        run.said.append(f"reusing the demo store ({recorded.get('size')}) at {run.data_dir}: "
                        f"{_counts(recorded)}; add --fresh to rebuild it")
    if not args.no_central:
        run.central = _embedded_central(run.data_dir)
    return run


def _recorded(data_dir: Path) -> dict[str, Any]:
    try:
        record = json.loads(_summary_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def _counts(record: dict[str, Any]) -> str:
    return ", ".join(f"{name} {n:,}" for name, n in record.get("counts", {}).items())


def _build(data_dir: Path, size: str) -> str:
    from guide_desk.demo import build_demo

    def progress(stage: str, fraction: float) -> None:
        sys.stderr.write(f"\r{stage:<28} {fraction * 100:5.1f}%")

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / BUILDING).touch()
    on_terminal = sys.stderr.isatty()
    summary = build_demo(data_dir, size=size, progress=progress if on_terminal else None)
    if on_terminal:
        sys.stderr.write("\n")
    record = {"size": size, "seconds": summary.seconds, "counts": summary.counts}
    _summary_path(data_dir).write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    (data_dir / BUILDING).unlink()
    return f"demo store ({size}) built in {summary.seconds:.1f} s at {data_dir}: {_counts(record)}"


def remove_demo(data_dir: Path) -> list[str]:
    """Delete what the demo made in `data_dir` (a folder it marked as its own); returns what went."""
    if folder_state(data_dir) not in (Folder.DEMO, Folder.UNFINISHED):
        raise InvalidInput("data_dir", f"{data_dir} holds no demo store to remove")
    from guide_desk.db.backup import BACKUP_DIR
    from guide_desk.db.engine import database_path
    from guide_desk.db.keys import forget_install_key

    tokens = _forget_enrolment(data_dir)
    (data_dir / BUILDING).touch()  # interrupted from here on, the folder reads as an unfinished demo: rebuilt
    removed = ["keyring entries"] if forget_install_key(data_dir) or tokens else []
    db = database_path(data_dir)
    files = [db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]
    if any(path.exists() for path in files):
        removed.append("database")
    for path in files:
        path.unlink(missing_ok=True)
    for name, label in ((BACKUP_DIR, "backups"), (CENTRAL_DIR, "embedded central API database")):
        if (data_dir / name).is_dir():
            shutil.rmtree(data_dir / name)
            removed.append(label)
    _summary_path(data_dir).unlink(missing_ok=True)
    (data_dir / BUILDING).unlink(missing_ok=True)
    log.info("removed the demo at %s: %s", data_dir, ", ".join(removed))
    return removed or ["nothing left to remove"]


def _forget_enrolment(data_dir: Path) -> bool:
    """Delete the device token and every guide's sign-in token the demo's enrolment put in the keyring; True
    when there were some (without a keyring they lived only in the demo's process)."""
    from sqlalchemy.exc import SQLAlchemyError
    from sqlmodel import Session

    from guide_desk.accounts.guides import list_guides
    from guide_desk.db import replica
    from guide_desk.db.engine import database_path
    from guide_desk.db.migrate import open_database
    from guide_desk.sync.credentials import Credentials, keyring_available

    if not database_path(data_dir).exists() or (data_dir / BUILDING).exists():
        return False  # an unfinished build never enrolled
    try:
        engine = open_database(data_dir)
        try:
            with Session(engine) as session:
                api_url = replica.get_state(session, "api_url")
                store_code = replica.get_state(session, "store_code")
                logins = [guide.login for guide in list_guides(session, include_inactive=True)]
        finally:
            engine.dispose()
    except (GuideDeskError, SQLAlchemyError, OSError, ValueError) as exc:
        log.warning("could not read the demo's enrolment (%s); its keyring entries stay", exc)
        return False
    if not (api_url and store_code):
        return False
    Credentials(api_url=api_url, store_code=store_code).forget(logins)
    return keyring_available()


def _embedded_central(data_dir: Path) -> Any:
    """The demo's own central API on 127.0.0.1, so sync works out of the box (needs the central extra)."""
    try:
        from guide_desk.commands.demo_central import start_embedded_central
    except ModuleNotFoundError as exc:
        sys.stderr.write(f"guide-desk: no demo central API ({exc.name} is missing); the demo works offline\n")
        return None
    return start_embedded_central(data_dir)
