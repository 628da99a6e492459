# SPDX-License-Identifier: Apache-2.0
"""Where each setting comes from (doctor's report), broken config files, the API connection options
(proxy, corporate CA bundle) and secret redaction."""

from __future__ import annotations

import os
import ssl
from pathlib import Path

import pytest

from guide_desk.config import explain_settings, load_settings
from guide_desk.diagnostics.redact import MASK, redact_text, redact_value
from guide_desk.errors import InvalidInput
from guide_desk.net import http_client_options, redact_url


def write(variable: str, text: str, *, bom: bool = False) -> None:
    Path(os.environ[variable]).write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


def sources(**overrides: object) -> dict[str, tuple[object, str]]:
    return {key: (value, source) for key, value, source in explain_settings(**overrides)}


def test_each_key_reports_the_source_that_won(monkeypatch: pytest.MonkeyPatch) -> None:
    write("GUIDE_DESK_MACHINE_CONFIG", 'api_url = "https://hq.example/api"\nstore_code = "SH01"\n'
                                       "auto_lock_minutes = 5\nlog_level = \"DEBUG\"\n")
    write("GUIDE_DESK_CONFIG_FILE", 'auto_lock_minutes = 15\nlocale = "en"\nstore_code = "SH02"\n')
    monkeypatch.setenv("GUIDE_DESK_STORE_CODE", "SH03")
    report = sources(store_code="SH04", api_url=None)
    assert report["store_code"] == ("SH04", "flag")
    assert report["auto_lock_minutes"] == (15, "user config")
    assert report["locale"] == ("en", "user config")
    assert report["api_url"] == ("https://hq.example/api", "machine config")
    assert report["log_level"] == ("DEBUG", "machine config")
    assert report["store_wide_view"] == (True, "default")
    assert report["data_dir"][1] == "environment"  # conftest points GUIDE_DESK_DATA_DIR at tmp_path
    assert sources()["store_code"] == ("SH03", "environment")


def test_the_report_matches_the_settings_the_app_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    write("GUIDE_DESK_MACHINE_CONFIG", 'proxy_url = "http://proxy:3128"\nauto_lock_minutes = 7\n')
    monkeypatch.setenv("GUIDE_DESK_LOCALE", "zh_CN")
    settings = load_settings()
    assert {key: value for key, value, _ in explain_settings()} == settings.model_dump()


def test_a_config_file_with_a_byte_order_mark_is_read() -> None:
    write("GUIDE_DESK_MACHINE_CONFIG", 'store_code = "SH01"\n', bom=True)
    assert load_settings().store_code == "SH01"


def test_a_broken_config_names_the_file_or_the_key() -> None:
    write("GUIDE_DESK_MACHINE_CONFIG", "store_code = \n")
    with pytest.raises(InvalidInput, match="machine-config.toml is not valid TOML"):
        load_settings()
    write("GUIDE_DESK_MACHINE_CONFIG", "auto_lock_minutes = 0\n")
    with pytest.raises(InvalidInput) as raised:
        explain_settings()
    assert raised.value.field == "auto_lock_minutes"


def test_client_options_default_to_the_environment_and_public_roots() -> None:
    options = http_client_options(load_settings())
    assert options["verify"] is True and options["trust_env"] is True and "proxy" not in options


def test_client_options_with_a_proxy_and_a_corporate_ca(tmp_path: Path) -> None:
    import certifi

    bundle = tmp_path / "corp-root.pem"
    bundle.write_text(Path(certifi.where()).read_text(encoding="ascii").split("-----END CERTIFICATE-----")[0]
                      + "-----END CERTIFICATE-----\n", encoding="ascii")
    settings = load_settings(proxy_url="http://proxy.corp:3128", ca_bundle=bundle)
    options = http_client_options(settings, timeout=3.0)
    assert options["proxy"] == "http://proxy.corp:3128" and options["timeout"] == 3.0
    assert isinstance(options["verify"], ssl.SSLContext)
    assert options["verify"].cert_store_stats()["x509_ca"] > 100  # public roots plus the corporate one

    import httpx

    with httpx.Client(**options) as client:  # httpx accepts exactly these options
        assert client.timeout.connect == 3.0


def test_a_missing_or_bad_ca_bundle_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="does not exist"):
        http_client_options(load_settings(ca_bundle=tmp_path / "nope.pem"))
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    with pytest.raises(InvalidInput, match="not a PEM"):
        http_client_options(load_settings(ca_bundle=junk))


def test_secrets_and_proxy_users_are_redacted() -> None:
    assert redact_url("http://alice:s3cret@proxy.corp:3128/") == "http://***@proxy.corp:3128/"
    assert redact_url("https://hq.example/api") == "https://hq.example/api"
    assert redact_value("proxy_url", "http://alice:s3cret@proxy:3128") == "http://***@proxy:3128"
    assert redact_value("api_token", "abc") == MASK
    assert redact_value("sync_state", {"refresh_token": "abc", "cursor": "42"}) == {"refresh_token": MASK,
                                                                                    "cursor": "42"}
    assert "s3cret" not in redact_text("proxy error: http://bob:s3cret@10.0.0.1:8080 refused")
