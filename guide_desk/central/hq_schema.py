# SPDX-License-Identifier: Apache-2.0
"""Request and reply bodies of the HQ feeds. HQ systems speak in their own keys (SKU, store code, order
number, template code); the API maps them to ids."""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field, StrictBool, StringConstraints, model_validator

from guide_desk.sync.protocol import MAX_ID, MAX_INT, Reply, Wire
from guide_desk.sync.wire_types import WireDate, WireDatetime, WireInt

Key = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Short = Annotated[str, StringConstraints(max_length=32)]


class ProductIn(Wire):
    sku: Key
    name: str = Field(min_length=1, max_length=200)
    category: str = Field(min_length=1, max_length=64)
    size_kind: str = Field(default="top", max_length=16)
    color: str = Field(default="", max_length=32)
    style_tags: str = Field(default="", max_length=500)
    price_fen: WireInt = Field(ge=0, le=MAX_INT)
    launched_on: WireDate | None = None
    sizes: list[Short] = Field(default_factory=list, max_length=50)
    active: StrictBool = True


class ProductsUpsert(Wire):
    """The examples of the HQ feeds build on each other: these products, then stock, looks and templates
    naming them, purchases of them and a campaign using the template (tests/central/test_openapi.py)."""

    products: list[ProductIn] = Field(min_length=1, max_length=1000)

    model_config = ConfigDict(json_schema_extra={"examples": [{"products": [
        {"sku": "WC-2030-BLK", "name": "羊毛大衣 黑", "category": "coat", "size_kind": "top", "color": "black",
         "style_tags": "classic,minimal", "price_fen": 199900, "launched_on": "2030-09-01",
         "sizes": ["S", "M", "L"], "active": True},
        {"sku": "KN-2030-GRY", "name": "羊绒针织衫 灰", "category": "knit", "size_kind": "top", "color": "grey",
         "style_tags": "minimal", "price_fen": 89900, "launched_on": "2030-09-01", "sizes": ["S", "M", "L"],
         "active": True}]}]})


class StockIn(Wire):
    sku: Key
    store_code: Key
    size: Short
    qty: WireInt = Field(ge=0, le=MAX_INT)


class StockUpsert(Wire):
    stock: list[StockIn] = Field(min_length=1, max_length=5000)

    model_config = ConfigDict(json_schema_extra={"examples": [{"stock": [
        {"sku": "WC-2030-BLK", "store_code": "SH01", "size": "M", "qty": 3}]}]})


class LookIn(Wire):
    code: Key
    name: str = Field(min_length=1, max_length=200)
    season: str = Field(default="", max_length=32)
    skus: list[Key] = Field(min_length=1, max_length=8)


class LooksUpsert(Wire):
    looks: list[LookIn] = Field(min_length=1, max_length=1000)

    model_config = ConfigDict(json_schema_extra={"examples": [{"looks": [
        {"code": "AW30-01", "name": "通勤大衣搭配", "season": "AW30", "skus": ["WC-2030-BLK", "KN-2030-GRY"]}]}]})


class TemplateIn(Wire):
    code: Key
    kind: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=4000)
    language: str = Field(default="zh_CN", max_length=16)


class TemplatesUpsert(Wire):
    templates: list[TemplateIn] = Field(min_length=1, max_length=1000)

    model_config = ConfigDict(json_schema_extra={"examples": [{"templates": [
        {"code": "care-d7", "kind": "post_purchase", "name": "购后关怀 D+7",
         "body": "{称呼}您好，{商品}穿着还合身吗？有任何问题随时找我～{导购}", "language": "zh_CN"}]}]})


class UpsertResult(Reply):
    created: int
    updated: int
    unchanged: int


class PurchaseLineIn(Wire):
    sku: Key
    size: Short = ""
    qty: WireInt = Field(default=1, ge=1, le=1000)
    price_fen: WireInt = Field(ge=0, le=MAX_INT)


class PurchaseIn(Wire):
    """One POS order. The customer is named by id, or by phone (any written form)."""

    order_no: Key
    store_code: Key
    customer_id: str | None = Field(default=None, min_length=1, max_length=MAX_ID)
    phone: str | None = Field(default=None, min_length=1, max_length=32)
    guide_login: str | None = Field(default=None, min_length=1, max_length=MAX_ID)
    channel: str = Field(default="store", max_length=32)
    purchased_at: WireDatetime
    lines: list[PurchaseLineIn] = Field(min_length=1, max_length=200)


class PurchasesIngest(Wire):
    purchases: list[PurchaseIn] = Field(min_length=1, max_length=1000)

    model_config = ConfigDict(json_schema_extra={"examples": [{"purchases": [
        {"order_no": "POS-SH01-20300901-0001", "store_code": "SH01", "phone": "138 0013 8000",
         "guide_login": "g1001", "channel": "store", "purchased_at": "2030-09-01T06:30:00+00:00",
         "lines": [{"sku": "WC-2030-BLK", "size": "M", "qty": 1, "price_fen": 199900}]}]}]})


class IngestProblem(Reply):
    order_no: str
    code: str
    message: str


class IngestResult(Reply):
    ingested: int
    duplicates: int = Field(description="orders already ingested (by order_no): ignored")
    rejected: list[IngestProblem]


class TagExpression(Wire):
    """Customers holding every tag of `all`, at least one of `any` (when given) and none of `none`."""

    all: list[Key] = Field(default_factory=list, max_length=50)
    any: list[Key] = Field(default_factory=list, max_length=50)
    none: list[Key] = Field(default_factory=list, max_length=50)

    model_config = ConfigDict(json_schema_extra={"anyOf": [
        {"required": ["all"], "properties": {"all": {"minItems": 1}}},
        {"required": ["any"], "properties": {"any": {"minItems": 1}}}]})

    @model_validator(mode="after")
    def _something(self) -> TagExpression:
        if not self.all and not self.any:
            raise ValueError("give at least one tag in `all` or `any`")
        return self


class CampaignIn(Wire):
    code: Key = Field(description="unique; posting the same code again is refused (409)")
    name: str = Field(min_length=1, max_length=200)
    tags: TagExpression
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=4000)
    due_at: WireDatetime
    message_template_code: str | None = Field(default=None, min_length=1, max_length=64)
    store_codes: list[Key] = Field(default_factory=list, max_length=1000, description="empty: every store")

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "code": "aw30-vip-coat", "name": "AW30 VIP 大衣上新", "tags": {"all": ["0190f0a0-0000-7000-8000-0000000000a1"]},
        "title": "邀请 VIP 试穿新款大衣", "description": "到店或视频试穿", "due_at": "2030-09-07T10:00:00+00:00",
        "message_template_code": "care-d7", "store_codes": []}]})


class CampaignResult(Reply):
    campaign_id: str
    tasks: int = Field(description="one per matching active customer, for the customer's owning guide")
