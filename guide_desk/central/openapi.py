# SPDX-License-Identifier: Apache-2.0
"""The published OpenAPI document, with what FastAPI cannot derive from the models:

- No NUL characters anywhere in a request (PostgreSQL text cannot hold them; central/limits.py refuses
  them with 422 before any handler): every string a request may carry gets the pattern NO_NUL, and a
  free-form object (a mutation's `fields`) is described as JSON without NUL (the JsonValue component).
- Retry-After on 429 and 503, and the answers particular to one operation (410 from pull, 429 from login).
The document is built once per app and cached, like FastAPI's own."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

NO_NUL = "^[^\\x00]*$"
JSON_VALUE = "JsonValue"
_JSON_VALUE: dict[str, Any] = {
    "description": "any JSON value without NUL characters",
    "anyOf": [
        {"type": "string", "pattern": NO_NUL},
        {"type": ["number", "boolean", "null"]},
        {"type": "array", "items": {"$ref": f"#/components/schemas/{JSON_VALUE}"}},
        {"type": "object", "propertyNames": {"pattern": NO_NUL},
         "additionalProperties": {"$ref": f"#/components/schemas/{JSON_VALUE}"}},
    ],
}
_RETRY_AFTER = {"Retry-After": {"description": "seconds to wait before trying again",
                                "schema": {"type": "integer", "minimum": 0}}}
_PARTICULAR = {
    ("/sync/pull", "get", "410"): "resync_required: the cursor is older than the server keeps deletions, or "
                                  "newer than the server (restored from a backup). Download everything again "
                                  "with cursor=0, then push the outbox.",
    ("/auth/login", "post", "429"): "too_many_attempts: 5 wrong passwords in a row for this login or on this "
                                    "device lock sign-in for a minute, doubling to an hour (Retry-After); or "
                                    "rate_limited.",
}


def _refuse_nul(schema: Any, components: dict[str, Any], seen: set[str]) -> None:
    """Add NO_NUL to every string `schema` may hold, following $refs into request components once."""
    if isinstance(schema, list):
        for item in schema:
            _refuse_nul(item, components, seen)
        return
    if not isinstance(schema, dict):
        return
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        name = ref.rsplit("/", 1)[1]
        if name not in seen and name in components:
            seen.add(name)
            _refuse_nul(components[name], components, seen)
        return
    if schema.get("type") == "string" and not {"enum", "const", "format", "pattern"} & set(schema):
        schema["pattern"] = NO_NUL
    if schema.get("type") == "object" and schema.get("additionalProperties") in (True, {}):
        schema["additionalProperties"] = {"$ref": f"#/components/schemas/{JSON_VALUE}"}
        schema["propertyNames"] = {"pattern": NO_NUL}
    for key in ("properties", "patternProperties", "$defs"):
        for child in (schema.get(key) or {}).values():
            _refuse_nul(child, components, seen)
    for key in ("items", "additionalProperties", "anyOf", "oneOf", "allOf", "not", "prefixItems"):
        if key in schema:
            _refuse_nul(schema[key], components, seen)


def build_openapi(app: FastAPI) -> dict[str, Any]:
    spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = spec.setdefault("components", {}).setdefault("schemas", {})
    components[JSON_VALUE] = _JSON_VALUE
    seen: set[str] = set()
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                _refuse_nul(parameter.get("schema"), components, seen)
            for content in operation.get("requestBody", {}).get("content", {}).values():
                _refuse_nul(content.get("schema"), components, seen)
            for status, response in operation.get("responses", {}).items():
                if status in ("429", "503"):
                    response["headers"] = _RETRY_AFTER
                particular = _PARTICULAR.get((path, method, status))
                if particular is not None:
                    response["description"] = particular
    return spec


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_openapi(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
