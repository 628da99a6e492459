# SPDX-License-Identifier: Apache-2.0
"""The published contract: /openapi.json documents every operation with examples and JSON errors, and
schemathesis, generating requests from it against the live server, finds no 5xx and no response that
breaks the schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from central_kit import Brand, LiveServer, start
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from guide_desk.central.app import create_app
from guide_desk.central.settings import CentralSettings

UNLIMITED = CentralSettings(rate_per_s=1e6, rate_burst=10**6, anonymous_rate_per_s=1e6, anonymous_burst=10**6)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]


@pytest.fixture
def fuzzed(db_url: str) -> Iterator[tuple[LiveServer, dict[str, str]]]:
    """A live server with a brand, and an HQ token so every operation is reachable."""
    with start(db_url, UNLIMITED) as live:
        brand = Brand(live)
        hq = brand.login("hq1")
        yield live, {"Authorization": hq.http.headers["Authorization"]}
        brand.close()


PUBLISHED = create_app("sqlite://").openapi()
"""What /openapi.json serves (test_the_served_schema_is_the_one_fuzzed checks); built without a database."""
schema = schemathesis.openapi.from_dict(PUBLISHED).exclude(path="/auth/logout")


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors_and_every_response_matches_the_schema(
    case: Any, fuzzed: tuple[LiveServer, dict[str, str]]
) -> None:
    live, headers = fuzzed
    case.call_and_validate(base_url=live.url, headers=headers, checks=CHECKS)


def test_the_served_schema_is_the_one_fuzzed(server: LiveServer) -> None:
    assert httpx.get(f"{server.url}/openapi.json").json() == PUBLISHED


def test_openapi_documents_examples_and_errors(server: LiveServer) -> None:
    spec = httpx.get(f"{server.url}/openapi.json").json()
    assert spec["info"]["title"] == "Guide Desk central API"
    operations = {(path, method): op for path, item in spec["paths"].items() for method, op in item.items()}
    assert {("/sync/push", "post"), ("/sync/pull", "get"), ("/auth/enrol", "post"), ("/auth/login", "post"),
            ("/hq/products", "put"), ("/hq/purchases", "post"), ("/hq/campaigns", "post")} <= set(operations)
    for (path, _method), operation in operations.items():
        if path != "/health":
            assert {"401", "422", "429"} <= set(operation["responses"]), path
    schemas = spec["components"]["schemas"]
    for name in ("PushRequest", "PushResponse", "PullResponse", "EnrolRequest", "LoginRequest", "ProductsUpsert",
                 "PurchasesIngest", "CampaignIn"):
        assert schemas[name].get("examples"), f"{name} has no example"
    assert schemas["ErrorBody"]["required"] == ["code", "message"]


def test_the_push_example_is_a_real_push(server: LiveServer, brand: Brand) -> None:
    spec = httpx.get(f"{server.url}/openapi.json").json()
    example = spec["components"]["schemas"]["PushRequest"]["examples"][0]
    api = brand.login("g1")
    body = api.push(*example["mutations"])
    assert [r["status"] for r in body["results"]] == ["applied", "applied"], "an unknown tag is skipped"
