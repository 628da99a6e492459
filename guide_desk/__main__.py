# SPDX-License-Identifier: Apache-2.0
"""The `guide-desk` command. Start-up stays light: each subcommand imports what it needs when it runs."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from guide_desk import __version__
from guide_desk.errors import GuideDeskError, InvalidInput

log = logging.getLogger(__name__)
EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _settings(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from guide_desk.config import load_settings

    return load_settings(data_dir=getattr(args, "data_dir", None), api_url=getattr(args, "api", None))


def cmd_gui(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from guide_desk.logs import setup_logging

    setup_logging(settings.data_dir, level=settings.log_level)
    from guide_desk.ui.app import run_app

    return run_app(settings)


def default_demo_dir() -> Path:
    from guide_desk.config import default_data_dir

    return default_data_dir().with_name("guide-desk-demo")


def cmd_demo(args: argparse.Namespace) -> int:
    from guide_desk.db.engine import database_path
    from guide_desk.demo import build_demo

    data_dir: Path = args.data_dir or default_demo_dir()
    if database_path(data_dir).exists() and args.no_gui:
        raise InvalidInput("data_dir", f"{data_dir} already holds a database; choose an empty directory")
    if not database_path(data_dir).exists():
        def progress(stage: str, fraction: float) -> None:
            sys.stderr.write(f"\r{stage:<28} {fraction * 100:5.1f}%")

        on_terminal = sys.stderr.isatty()
        summary = build_demo(data_dir, size=args.size, progress=progress if on_terminal else None)
        if on_terminal:
            sys.stderr.write("\n")
        from guide_desk.bench.runner import DEMO_SUMMARY

        record = {"size": args.size, "seconds": summary.seconds, "counts": summary.counts}
        (data_dir / DEMO_SUMMARY).write_text(json.dumps(record, ensure_ascii=False, indent=1))
        counts = ", ".join(f"{name} {n:,}" for name, n in summary.counts.items())
        _out(f"demo store ({args.size}) built in {summary.seconds:.1f} s at {data_dir}: {counts}")
    if args.no_gui:
        return EXIT_OK
    args.data_dir = data_dir
    return cmd_gui(args)


def cmd_doctor(args: argparse.Namespace) -> int:
    from guide_desk.doctor import run_checks

    checks = run_checks(_settings(args))
    if args.json:
        report = {c.name: {"value": c.value, "ok": c.ok, "warning": c.warning} for c in checks}
        _out(json.dumps(report, ensure_ascii=False))
    else:
        width = max(len(c.name) for c in checks)
        for check in checks:
            mark = "✗ " if not check.ok else "! " if check.warning else "  "
            _out(f"{mark}{check.name:<{width}}  {check.value}")
    return EXIT_OK if all(c.ok for c in checks) else EXIT_FAILURE


def cmd_bench(args: argparse.Namespace) -> int:
    from guide_desk.bench import run_benchmarks

    only = [name.strip() for name in args.only.split(",")] if args.only else None
    metrics = run_benchmarks(args.data_dir, only=only)
    if args.json:
        _out(json.dumps(metrics))
    else:
        for name, value in metrics.items():
            _out(f"{name:<24} {value}")
    return EXIT_OK


def cmd_screenshot(args: argparse.Namespace) -> int:
    from guide_desk.ui.screenshot import render_pages

    for path in render_pages(_settings(args), args.out):
        _out(str(path))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guide-desk", description="导购工作台 Guide Desk")
    parser.add_argument("--version", action="version", version=f"guide-desk {__version__}")
    parser.add_argument("--data-dir", type=Path, help="where this install keeps its data")
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the workbench (the default)")
    gui.add_argument("--data-dir", type=Path)
    gui.set_defaults(handler=cmd_gui)

    demo = sub.add_parser("demo", help="build a demo store and open it")
    demo.add_argument("--data-dir", type=Path, help="default: a demo folder beside the normal data dir")
    demo.add_argument("--size", choices=["S", "M", "L"], default="S", help="S 1k, M 10k, L 100k customers")
    demo.add_argument("--no-gui", action="store_true", help="only build the data")
    demo.set_defaults(handler=cmd_demo)

    doctor = sub.add_parser("doctor", help="check this install (data, schema, keyring, API, disk)")
    doctor.add_argument("--data-dir", type=Path)
    doctor.add_argument("--api", help="central API URL to probe")
    doctor.add_argument("--json", action="store_true")
    doctor.set_defaults(handler=cmd_doctor)

    bench = sub.add_parser("bench", help="run the benchmarks on a data dir")
    bench.add_argument("--data-dir", type=Path, required=True)
    bench.add_argument("--json", action="store_true", help="print one JSON object of metrics")
    bench.add_argument("--only", help="comma-separated metric names")
    bench.set_defaults(handler=cmd_bench)

    shot = sub.add_parser("screenshot", help="render every page to PNG (offscreen)")
    shot.add_argument("--data-dir", type=Path, required=True)
    shot.add_argument("--out", type=Path, required=True)
    shot.set_defaults(handler=cmd_screenshot)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except InvalidInput as exc:
        sys.stderr.write(f"guide-desk: {exc.field}: {exc.problem}\n")
        return EXIT_BAD_INPUT
    except GuideDeskError as exc:
        sys.stderr.write(f"guide-desk: {exc}\n")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        sys.stderr.write("guide-desk: interrupted\n")
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
