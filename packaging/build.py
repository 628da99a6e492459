# SPDX-License-Identifier: Apache-2.0
"""Builds Guide Desk for this platform (run through `packaging/build`, which prepares the environment).

Always: the PyInstaller onedir app in dist/guide-desk/ from packaging/guide-desk.spec.
Linux: a tarball and a .deb (/opt/guide-desk, /usr/bin/guide-desk, desktop entry, icons, machine config at
/etc/guide-desk/config.toml written by postinst). Windows: the Inno Setup script rendered from the version,
compiled when `iscc` is on PATH. macOS: the .app zipped with ditto.
"""

from __future__ import annotations

import argparse
import ast
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
NAME = "guide-desk"
DEB_DEPENDS = ("libc6 (>= 2.31), libgl1, libegl1, libfontconfig1, libxcb1, "
               "fonts-wqy-microhei | fonts-noto-cjk")
PLACEHOLDER = re.compile(r"@([A-Z_]+)@")


def say(text: str) -> None:
    sys.stderr.write(f"==> {text}\n")


def read_version(root: Path = ROOT) -> str:
    """__version__ from guide_desk/__init__.py, read as text (the tree being built, not an installed copy)."""
    tree = ast.parse((root / "guide_desk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "__version__":
            return str(ast.literal_eval(node.value))
    raise SystemExit("guide_desk/__init__.py has no __version__")


def version_quad(version: str) -> str:
    """'0.1.0' → '0.1.0.0', '1.2.3rc1' → '1.2.3.0': Windows version resources want four numbers."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    return ".".join(str(n) for n in (numbers + [0, 0, 0, 0])[:4])


def render(template: str, values: dict[str, str]) -> str:
    """Replace every @NAME@; a placeholder without a value, or a value without a placeholder, is an error."""
    used = set(PLACEHOLDER.findall(template))
    missing, unused = used - set(values), set(values) - used
    if missing or unused:
        raise ValueError(f"template placeholders: missing {sorted(missing)}, unused {sorted(unused)}")
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def render_inno_script(version: str, onedir: Path, out_dir: Path) -> Path:
    template = (PACKAGING / "windows" / "guide-desk.iss.in").read_text(encoding="utf-8")
    text = render(template, {
        "VERSION": version,
        "VERSION_QUAD": version_quad(version),
        "SOURCE_DIR": str(onedir),
        "OUTPUT_DIR": str(out_dir),
        "ICON": str(PACKAGING / "windows" / "guide-desk.ico"),
        "CONFIG_EXAMPLE": str(PACKAGING / "config.toml.example"),
    })
    target = out_dir / f"{NAME}-{version}.iss"
    target.write_text(text, encoding="utf-8")
    return target


def pyinstaller(dist: Path, work: Path) -> Path:
    say("PyInstaller onedir build")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(dist), "--workpath", str(work), str(PACKAGING / "guide-desk.spec")],
                   check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return dist / NAME


def tarball(onedir: Path, version: str, dist: Path) -> Path:
    target = dist / f"{NAME}-{version}-linux-{platform.machine()}.tar.gz"
    say(f"tarball {target.name}")
    top = f"{NAME}-{version}"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(onedir, arcname=top)
        archive.add(PACKAGING / "linux" / f"{NAME}.desktop", arcname=f"{top}/share/{NAME}.desktop")
        archive.add(ROOT / "resources" / "icons" / f"{NAME}.png", arcname=f"{top}/share/{NAME}.png")
        archive.add(ROOT / "resources" / "icons" / f"{NAME}.svg", arcname=f"{top}/share/{NAME}.svg")
        archive.add(PACKAGING / "config.toml.example", arcname=f"{top}/share/config.toml.example")
    return target


def deb_architecture() -> str:
    machine = platform.machine()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def deb(onedir: Path, version: str, dist: Path, work: Path) -> Path:
    arch = deb_architecture()
    target = dist / f"{NAME}_{version}_{arch}.deb"
    say(f"Debian package {target.name}")
    root = work / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(onedir, root / "opt" / NAME, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    _install(PACKAGING / "linux" / f"{NAME}.desktop", root / "usr/share/applications" / f"{NAME}.desktop")
    _install(ROOT / "resources/icons" / f"{NAME}.svg", root / "usr/share/icons/hicolor/scalable/apps" / f"{NAME}.svg")
    _install(ROOT / "resources/icons" / f"{NAME}.png", root / "usr/share/icons/hicolor/256x256/apps" / f"{NAME}.png")
    _install(PACKAGING / "config.toml.example", root / "usr/share" / NAME / "config.toml.example")
    _install(PACKAGING / "linux" / "copyright", root / "usr/share/doc" / NAME / "copyright")
    control = root / "DEBIAN"
    control.mkdir()
    size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (control / "control").write_text(
        f"Package: {NAME}\nVersion: {version}\nSection: misc\nPriority: optional\nArchitecture: {arch}\n"
        f"Maintainer: Guide Desk <it@guide-desk.invalid>\nInstalled-Size: {size_kb}\nDepends: {DEB_DEPENDS}\n"
        "Suggests: gnome-keyring\n"
        "Description: Guide Desk (导购工作台) — workbench for in-store shopping guides\n"
        " Offline-first desktop app: customers, tags, CRM tasks and 1v1 sessions, synced with the\n"
        " central API when online. Installs under /opt/guide-desk.\n", encoding="utf-8")
    for script in ("postinst", "postrm"):
        _install(PACKAGING / "linux" / script, control / script, mode=0o755)
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root), str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    return target


def _install(source: Path, target: Path, *, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def windows_installer(onedir: Path, version: str, dist: Path) -> list[Path]:
    script = render_inno_script(version, onedir, dist)
    say(f"Inno Setup script {script.name}")
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        say("iscc (Inno Setup 6.3+) not on PATH: compile the script on Windows with `iscc " + script.name + "`")
        return [script]
    subprocess.run([iscc, "/Q", str(script)], check=True)
    return [script, dist / f"{NAME}-{version}-setup.exe"]


def mac_archive(version: str, dist: Path) -> list[Path]:
    app = dist / "Guide Desk.app"
    target = dist / f"{NAME}-{version}-macos-{platform.machine()}.zip"
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(target)], check=True)
    return [target]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/build", description=__doc__.splitlines()[0])
    parser.add_argument("--onedir-only", action="store_true", help="only the PyInstaller app (what CI checks)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output directory (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch directory (default: build/)")
    args = parser.parse_args(argv)
    version = read_version()
    dist, work = args.dist.resolve(), args.work.resolve()
    onedir = pyinstaller(dist, work / "pyinstaller")
    products = [onedir]
    if not args.onedir_only:
        if sys.platform.startswith("linux"):
            products += [tarball(onedir, version, dist), deb(onedir, version, dist, work)]
        elif sys.platform == "win32":
            products += windows_installer(onedir, version, dist)
        elif sys.platform == "darwin":
            products += mac_archive(version, dist)
    for product in products:
        sys.stdout.write(f"{product}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
