# SPDX-License-Identifier: Apache-2.0
"""The packaging files: the Windows installer script renders from the version with nothing left over, the
spec and the build script read the same version, the desktop entry and the Linux maintainer scripts are
well-formed. (The builds themselves run in .ci/run and packaging/test-upgrade.)"""

from __future__ import annotations

import configparser
import importlib.util
import re
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from guide_desk import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("packaging_build", PACKAGING / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_reads_the_package_version() -> None:
    assert build_script().read_version() == __version__
    spec_text = (PACKAGING / "guide-desk.spec").read_text(encoding="utf-8")
    assert "def read_version" in spec_text and '"__version__"' in spec_text


def test_windows_installer_script_renders_from_the_version(tmp_path: Path) -> None:
    build = build_script()
    onedir = tmp_path / "dist" / "guide-desk"
    script = build.render_inno_script(__version__, onedir, tmp_path)
    text = script.read_text(encoding="utf-8")
    assert script.name == f"guide-desk-{__version__}.iss"
    assert not re.search(r"@[A-Z_]+@", text), "a placeholder was left unrendered"
    assert f'#define AppVersion "{__version__}"' in text
    assert f"VersionInfoVersion={build.version_quad(__version__)}" in text
    assert f'Source: "{onedir}\\*"' in text
    assert "PrivilegesRequired=admin" in text and r"{commonappdata}\GuideDesk\config.toml" in text
    for parameter in ("APIURL", "STORECODE", "DATADIR", "PROXY", "CABUNDLE", "/PURGE"):
        assert parameter in text
    assert "AppId={{6F1C2A9E-3B7D-4E5A-9C1F-2D8B7A6E4C30}" in text  # never changes: upgrades find the install


def test_rendering_refuses_missing_or_unknown_values() -> None:
    build = build_script()
    with pytest.raises(ValueError, match="missing"):
        build.render("v@VERSION@ @OTHER@", {"VERSION": "1"})
    with pytest.raises(ValueError, match="unused"):
        build.render("v@VERSION@", {"VERSION": "1", "EXTRA": "2"})


@pytest.mark.parametrize(("version", "quad"), [("0.1.0", "0.1.0.0"), ("1.2.3rc1", "1.2.3.0"), ("2", "2.0.0.0")])
def test_version_quad(version: str, quad: str) -> None:
    assert build_script().version_quad(version) == quad


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "guide-desk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"] == "/opt/guide-desk/guide-desk"
    assert desktop["Icon"] == "guide-desk" and desktop["Name[zh_CN]"] == "导购工作台"
    assert (ROOT / "resources" / "icons" / "guide-desk.svg").exists()
    assert (ROOT / "resources" / "icons" / "guide-desk.png").stat().st_size < 20_000


def test_linux_maintainer_scripts_are_valid_sh() -> None:
    for script in ("postinst", "postrm"):
        path = PACKAGING / "linux" / script
        assert path.stat().st_mode & 0o111, f"{script} must be executable"
        subprocess.run(["sh", "-n", str(path)], check=True)


def test_every_example_config_key_is_a_setting() -> None:
    from guide_desk.config import Settings

    example = (PACKAGING / "config.toml.example").read_text(encoding="utf-8")
    keys = set(re.findall(r"^# (\w+) = ", example, flags=re.M))
    assert keys == set(Settings.model_fields)
