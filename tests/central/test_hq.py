# SPDX-License-Identifier: Apache-2.0
"""HQ feeds: catalog, sizes, stock per store, looks, templates, POS purchases, SOP campaigns."""

from __future__ import annotations

from typing import Any

from central_kit import Api, Brand, LiveServer, customer_fields

from guide_desk.ids import uuid7

COAT = {"sku": "WC-01", "name": "羊毛大衣", "category": "coat", "price_fen": 199900, "sizes": ["S", "M", "L"]}
KNIT = {"sku": "KN-01", "name": "羊绒针织衫", "category": "knit", "price_fen": 89900, "sizes": ["M"]}


def _ok(response: Any, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


def _entities(api: Api, entity: str) -> dict[str, dict[str, Any]]:
    changes, _ = api.pull_all()
    return {row_id: c["data"] for (kind, row_id), c in changes.items() if kind == entity}


def test_catalog_stock_looks_and_templates(server: LiveServer, brand: Brand) -> None:
    hq = brand.login("hq1")
    assert _ok(hq.http.put("/hq/products", json={"products": [COAT, KNIT]})) == {
        "created": 2, "updated": 0, "unchanged": 0}
    cheaper = {**COAT, "price_fen": 159900}
    assert _ok(hq.http.put("/hq/products", json={"products": [cheaper, KNIT]})) == {
        "created": 0, "updated": 1, "unchanged": 1}
    stock = [{"sku": "WC-01", "store_code": "SH01", "size": "M", "qty": 2},
             {"sku": "WC-01", "store_code": "BJ01", "size": "M", "qty": 5}]
    assert _ok(hq.http.put("/hq/stock", json={"stock": stock}))["created"] == 2
    unknown = hq.http.put("/hq/stock", json={"stock": [{"sku": "NOPE", "store_code": "SH01", "size": "M", "qty": 1}]})
    assert unknown.status_code == 404 and "NOPE" in unknown.json()["message"]
    assert _ok(hq.http.put("/hq/looks", json={"looks": [
        {"code": "L1", "name": "通勤", "skus": ["WC-01", "KN-01"]}]}))["created"] == 1
    assert _ok(hq.http.put("/hq/message-templates", json={"templates": [
        {"code": "care", "kind": "post_purchase", "name": "关怀", "body": "{称呼}您好"}]}))["created"] == 1

    guide = brand.login("g1")
    products = _entities(guide, "product")
    assert sorted((p["sku"], p["price_fen"], p["sizes"]) for p in products.values()) == [
        ("KN-01", 89900, ["M"]), ("WC-01", 159900, ["S", "M", "L"])]
    stock_rows = list(_entities(guide, "stock").values())
    assert [(s["size"], s["qty"]) for s in stock_rows] == [("M", 2)], "a store sees its own stock only"
    look = next(iter(_entities(guide, "look").values()))
    assert [products[pid]["sku"] for pid in look["product_ids"]] == ["WC-01", "KN-01"]
    assert next(iter(_entities(guide, "message_template").values()))["body"] == "{称呼}您好"


def test_pos_purchases_are_ingested_once_and_update_the_customer(server: LiveServer, brand: Brand) -> None:
    hq, guide = brand.login("hq1"), brand.login("g1")
    _ok(hq.http.put("/hq/products", json={"products": [COAT, KNIT]}))
    customer_id = uuid7()
    guide.push_one("customer", customer_id, "create", customer_fields("吴十", "13800138000"))
    orders = [
        {"order_no": "POS-1", "store_code": "SH01", "phone": "138 0013 8000", "guide_login": "g1",
         "purchased_at": "2030-09-01T06:30:00+00:00", "lines": [{"sku": "WC-01", "size": "M", "price_fen": 199900}]},
        {"order_no": "POS-2", "store_code": "BJ01", "customer_id": customer_id,
         "purchased_at": "2030-08-01T06:30:00+00:00",
         "lines": [{"sku": "KN-01", "size": "M", "qty": 2, "price_fen": 89900}]},
        {"order_no": "POS-3", "store_code": "SH01", "phone": "13900000000",
         "purchased_at": "2030-09-02T06:30:00+00:00", "lines": [{"sku": "WC-01", "price_fen": 1}]},
        {"order_no": "POS-4", "store_code": "SH01", "customer_id": customer_id,
         "purchased_at": "2030-09-02T06:30:00+00:00", "lines": [{"sku": "ZZ-99", "price_fen": 1}]},
    ]
    result = _ok(hq.http.post("/hq/purchases", json={"purchases": orders}))
    assert (result["ingested"], result["duplicates"]) == (2, 0)
    assert [(r["order_no"], r["code"]) for r in result["rejected"]] == [("POS-3", "unknown_customer"),
                                                                         ("POS-4", "unknown_sku")]
    again = _ok(hq.http.post("/hq/purchases", json={"purchases": orders[:2]}))
    assert (again["ingested"], again["duplicates"]) == (0, 2)
    customer = _entities(guide, "customer")[customer_id]
    assert (customer["purchase_count"], customer["total_spent_fen"]) == (2, 199900 + 2 * 89900)
    assert customer["first_purchase_at"].startswith("2030-08-01")
    assert customer["last_purchase_at"].startswith("2030-09-01")
    purchases = _entities(guide, "purchase")
    assert sorted(p["order_no"] for p in purchases.values()) == ["POS-1", "POS-2"], \
        "a purchase made in another store reaches the customer's own store"


def test_an_sop_campaign_makes_one_task_per_matching_customer(server: LiveServer, brand: Brand) -> None:
    hq, g1, g2 = brand.login("hq1"), brand.login("g1"), brand.login("g2")
    group, vip, lapsed = uuid7(), uuid7(), uuid7()
    g1.push(g1.mutation("tag_group", group, "create", {"name": "价值"}),
            g1.mutation("tag", vip, "create", {"group_id": group, "name": "VIP"}),
            g1.mutation("tag", lapsed, "create", {"group_id": group, "name": "沉睡"}))
    _ok(hq.http.put("/hq/message-templates", json={"templates": [
        {"code": "new-coat", "kind": "new_arrival", "name": "上新", "body": "{称呼}，新款大衣到了"}]}))
    mine, theirs, asleep, plain = uuid7(), uuid7(), uuid7(), uuid7()
    g1.push_one("customer", mine, "create", customer_fields("甲"), tag_adds=[vip])
    g2.push_one("customer", theirs, "create", customer_fields("乙"), tag_adds=[vip])
    g1.push_one("customer", asleep, "create", customer_fields("丙"), tag_adds=[vip, lapsed])
    g1.push_one("customer", plain, "create", customer_fields("丁"))
    brand.login("b1").push_one("customer", uuid7(), "create", customer_fields("戊"), tag_adds=[vip])
    campaign = {"code": "aw30", "name": "AW30 上新", "tags": {"all": [vip], "none": [lapsed]},
                "title": "邀请试穿", "due_at": "2030-09-07T10:00:00+00:00", "message_template_code": "new-coat",
                "store_codes": ["SH01"]}
    created = _ok(hq.http.post("/hq/campaigns", json=campaign), 201)
    assert created["tasks"] == 2
    tasks = _entities(g1, "task")
    assert {(t["customer_id"], t["assignee_guide_id"]) for t in tasks.values()} == {
        (mine, brand.guides["g1"]), (theirs, brand.guides["g2"])}
    assert {(t["source"], t["draft"], t["status"]) for t in tasks.values()} == {("hq", "{称呼}，新款大衣到了", "open")}
    assert hq.http.post("/hq/campaigns", json=campaign).status_code == 409
    nothing = hq.http.post("/hq/campaigns", json={**campaign, "code": "x", "tags": {"none": [lapsed]}})
    assert nothing.status_code == 422, "a campaign names at least one tag to match"
