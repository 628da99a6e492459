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
from schemathesis.config import SchemathesisConfig

from guide_desk.central.app import create_app
from guide_desk.central.settings import CentralSettings

UNLIMITED = CentralSettings(rate_per_s=1e6, rate_burst=10**6, anonymous_rate_per_s=1e6, anonymous_burst=10**6)


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
REJECTED = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429"]
"""Schemathesis's answers to a schema-violating request, plus 413: an array over its maxItems can also be
a body over the size cap, refused before it is parsed."""
CONFIG = SchemathesisConfig.from_dict({
    "generation": {"mode": "all", "max-examples": 10},
    "checks": {"negative_data_rejection": {"expected-statuses": REJECTED}},
    # A cursor the server cannot serve (newer than the server, or older than its tombstones) is answered
    # 410 resync_required, as documented, whatever else the request holds: server state, not the request.
    "operations": [{"include-path": "/sync/pull", "checks": {
        "positive_data_acceptance": {"expected-statuses": ["2xx", "401", "403", "404", "409", "410", "429"]},
        "negative_data_rejection": {"expected-statuses": [*REJECTED, "410"]}}}],
})
schema = schemathesis.openapi.from_dict(PUBLISHED, config=CONFIG).exclude(path="/auth/logout")


@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors_and_every_response_matches_the_schema(
    case: Any, fuzzed: tuple[LiveServer, dict[str, str]]
) -> None:
    """Every check schemathesis has (server errors, status codes, content types, headers, response bodies,
    schema-valid requests accepted, schema-violating ones refused…), positive and negative data."""
    live, headers = fuzzed
    case.call_and_validate(base_url=live.url, headers=headers)


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


def test_the_hq_examples_are_real_requests_that_work_in_order(server: LiveServer, brand: Brand) -> None:
    """Each published example, sent as is after the ones before it, is taken whole: nothing unknown."""
    spec = httpx.get(f"{server.url}/openapi.json").json()
    examples = {name: body["examples"][0] for name, body in spec["components"]["schemas"].items()
                if body.get("examples")}
    brand.login("g1").push(*examples["PushRequest"]["mutations"])  # the customer the purchase names
    hq = brand.login("hq1")
    for path, name in (("/hq/products", "ProductsUpsert"), ("/hq/stock", "StockUpsert"),
                       ("/hq/looks", "LooksUpsert"), ("/hq/message-templates", "TemplatesUpsert")):
        response = hq.http.put(path, json=examples[name])
        assert response.status_code == 200 and response.json()["created"] >= 1, (path, response.text)
    purchases = hq.http.post("/hq/purchases", json=examples["PurchasesIngest"])
    assert purchases.status_code == 200 and purchases.json()["rejected"] == [], purchases.text
    assert purchases.json()["ingested"] == 1
    campaign = hq.http.post("/hq/campaigns", json=examples["CampaignIn"])
    assert campaign.status_code == 201, campaign.text


@pytest.mark.parametrize(("body", "problem"), [
    ({"products": [{"sku": "A", "name": "a", "category": "c", "price_fen": 2478.0, "launched_on": "2030-09-01"}]},
     None),
    ({"products": [{"sku": "A", "name": "a", "category": "c", "price_fen": 2478.5}]}, "price_fen"),
    ({"products": [{"sku": "A", "name": "a", "category": "c", "price_fen": "2478"}]}, "price_fen"),
    ({"products": [{"sku": "A", "name": "a", "category": "c", "price_fen": 1, "launched_on": 0}]}, "launched_on"),
    ({"products": [{"sku": "A", "name": "a", "category": "c", "price_fen": 1,
                    "launched_on": "2030-09-01T00:00:00"}]}, "launched_on"),
    ({"products": [{"sku": "A\u0000", "name": "a", "category": "c", "price_fen": 1}]}, "NUL"),
    ({"products": [{"sku": "A", "name": "a\\u0000 as text", "category": "c", "price_fen": 1}]}, None),
])
def test_hq_bodies_are_taken_exactly_as_the_schema_says(server: LiveServer, brand: Brand,
                                                        body: dict[str, Any], problem: str | None) -> None:
    response = brand.login("hq1").http.put("/hq/products", json=body)
    if problem is None:
        assert response.status_code == 200, response.text
    else:
        assert response.status_code == 422 and problem in response.json()["message"], response.text


def test_integers_dates_and_times_in_a_push_are_strict(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    mutation = {"mutation_id": 1.0, "entity": "tag_group", "entity_id": "0190f0a0-0000-7000-8000-0000000000d1",
                "op": "create", "fields": {"name": "风格"}, "client_ts": 0}
    refused = api.http.post("/sync/push", json={"client_id": api.client_id, "mutations": [mutation]})
    assert refused.status_code == 422 and "client_ts" in refused.json()["message"]
    mutation["client_ts"] = "2030-05-01T10:00:00+08:00"
    taken = api.http.post("/sync/push", json={"client_id": api.client_id, "mutations": [mutation]})
    assert taken.status_code == 200 and taken.json()["results"][0]["status"] == "applied", taken.text


def test_a_time_with_no_utc_moment_is_refused_not_a_server_error(server: LiveServer, brand: Brand) -> None:
    hq = brand.login("hq1")
    for due_at in ("0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"):
        response = hq.http.post("/hq/campaigns", json={"code": "c1", "name": "n", "tags": {"all": ["t"]},
                                                       "title": "t", "due_at": due_at})
        assert response.status_code == 422 and "years 1000 to 9998" in response.json()["message"]
