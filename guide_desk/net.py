# SPDX-License-Identifier: Apache-2.0
"""How this PC reaches the central API: proxy and CA bundle options for httpx, in one place.

Shared by the sync client and `doctor`'s API probe so both connect the same way. Qt-free.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from guide_desk.config import Settings
from guide_desk.errors import InvalidInput

API_TIMEOUT_S = 10.0


def http_client_options(settings: Settings, *, timeout: float = API_TIMEOUT_S) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client(**options)`.

    verify: True (certifi's public roots, or SSL_CERT_FILE) unless `ca_bundle` is set; then an SSL context
    that trusts the public roots *and* the corporate CA, so a TLS-inspecting proxy and a direct connection
    both work. proxy: `proxy_url` when set; otherwise httpx honours HTTPS_PROXY / ALL_PROXY / NO_PROXY
    from the environment (trust_env)."""
    options: dict[str, Any] = {"timeout": timeout, "trust_env": True, "verify": True}
    if settings.ca_bundle is not None:
        options["verify"] = _context_with(settings.ca_bundle)
    if settings.proxy_url:
        options["proxy"] = settings.proxy_url
    return options


def _context_with(ca_bundle: Path) -> ssl.SSLContext:
    import certifi

    path = ca_bundle.expanduser()
    if not path.exists():
        raise InvalidInput("ca_bundle", f"{path} does not exist")
    context = ssl.create_default_context(cafile=certifi.where())
    try:
        if path.is_dir():
            context.load_verify_locations(capath=str(path))
        else:
            context.load_verify_locations(cafile=str(path))
    except (ssl.SSLError, OSError, UnicodeDecodeError) as exc:
        raise InvalidInput("ca_bundle", f"{path} is not a PEM certificate bundle ({exc})") from exc
    return context


def redact_url(url: str) -> str:
    """'http://alice:s3cret@proxy:3128' → 'http://***@proxy:3128': the user part never reaches a report."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, f"***@{host}", parts.path, parts.query, parts.fragment))
