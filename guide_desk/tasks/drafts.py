# SPDX-License-Identifier: Apache-2.0
"""Message templates (话术): HQ's and the guide's own, with placeholders filled from the customer, the
products, the store, the guide and a session's time. Unknown placeholders are refused when a template is
saved."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session, col, or_, select

from guide_desk.db.outbox import record_mutation
from guide_desk.db.tables import MessageTemplate
from guide_desk.errors import InvalidInput, NotFound
from guide_desk.ids import uuid7
from guide_desk.model.enums import Entity, Op

PLACEHOLDERS = ("称呼", "商品", "尺码", "门店", "导购", "时间")
_FIELD = re.compile(r"\{([^{}]*)\}")

# Used when neither HQ nor the guide has a template of the kind yet.
DEFAULTS = {
    "post_purchase": "{称呼}您好，我是{门店}的{导购}。您前几天带走的{商品}穿着还合适吗？有任何问题随时找我～",
    "birthday": "{称呼}，提前祝您生日快乐！{门店}为您准备了一份生日礼遇，这周来店里坐坐吧～",
    "repurchase": "{称呼}您好，{门店}最近到了几款和您上次很搭的新品，想给您留意一下尺码吗？",
    "dormant": "{称呼}好久不见！{门店}上新了不少款，我挑了几件适合您的，方便的时候发您看看？",
    "tier_first": "{称呼}您好，感谢您第一次选择我们！二次到店可享专属礼遇，期待再见～",
    "tier_repeat": "{称呼}您好，作为我们的老朋友，本月回店选购可享会员专属折扣～",
    "tier_vip": "{称呼}您好，感谢您一直以来的支持！为您预留了 VIP 专属新品预览，随时欢迎来{门店}。",
    "session_followup": "{称呼}您好，昨天的试穿感觉怎么样？{商品}如果需要调整尺码，随时告诉我～",
    "new_arrival": "{称呼}您好，{门店}新到了{商品}，有您的{尺码}码，很适合您的风格，要不要来试试？",
    "points_expiring": "{称呼}您好，您的会员积分即将到期，来{门店}可以直接抵扣哦～",
    "outfit": "{称呼}您好，上次的单品搭配{商品}会很好看，店里有您的{尺码}码，要不要帮您留一套？",
    "session_reminder": "{称呼}您好，我是{门店}的{导购}，提醒您{时间}的 1v1 预约，衣服我会提前为您备好，期待见到您～",
}


@dataclass(frozen=True)
class DraftContext:
    """What the placeholders are filled with."""

    name: str
    gender: str | None
    products: str = ""
    size: str = ""
    store: str = ""
    guide: str = ""
    when: str = ""

    def salutation(self) -> str:
        """{称呼}: surname plus 女士/先生 when the gender is known, else the full name."""
        if self.gender in ("F", "M") and len(self.name) >= 2 and not self.name.isascii():
            return self.name[0] + ("女士" if self.gender == "F" else "先生")
        return self.name


def check_placeholders(body: str) -> str:
    text = body.strip()
    if not text:
        raise InvalidInput("body", "is empty")
    unknown = [name for name in _FIELD.findall(text) if name not in PLACEHOLDERS]
    if unknown:
        raise InvalidInput("body", f"has an unknown placeholder {{{unknown[0]}}}; use {', '.join(PLACEHOLDERS)}")
    return text


def render(body: str, context: DraftContext) -> str:
    values = {"称呼": context.salutation(), "商品": context.products, "尺码": context.size,
              "门店": context.store, "导购": context.guide, "时间": context.when}
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), body)


def template_for(session: Session, *, kind: str, guide_id: str | None) -> str:
    """The guide's own template of `kind` if they have one, else HQ's, else the built-in default."""
    statement = select(MessageTemplate).where(
        MessageTemplate.kind == kind,
        or_(col(MessageTemplate.owner_guide_id).is_(None), MessageTemplate.owner_guide_id == guide_id),
    )
    found = list(session.exec(statement))
    own = [t for t in found if t.owner_guide_id is not None]
    chosen = (own or found)
    return chosen[0].body if chosen else DEFAULTS.get(kind, "{称呼}您好！")


def list_templates(session: Session, *, guide_id: str) -> list[MessageTemplate]:
    statement = select(MessageTemplate).where(
        or_(col(MessageTemplate.owner_guide_id).is_(None), MessageTemplate.owner_guide_id == guide_id)
    ).order_by(col(MessageTemplate.kind), col(MessageTemplate.owner_guide_id).is_not(None), col(MessageTemplate.name))
    return list(session.exec(statement))


def save_template(
    session: Session, *, guide_id: str, kind: str, name: str, body: str, template_id: str | None = None
) -> MessageTemplate:
    """Create or edit one of the guide's own templates. HQ templates are read-only here (they come by sync)."""
    text = check_placeholders(body)
    if not name.strip():
        raise InvalidInput("name", "is empty")
    if kind not in DEFAULTS:
        raise InvalidInput("kind", f"must be one of {', '.join(DEFAULTS)} (got '{kind}')")
    if template_id is None:
        template = MessageTemplate(id=uuid7(), kind=kind, name=name.strip(), body=text, owner_guide_id=guide_id)
        op = Op.CREATE
    else:
        existing = session.get(MessageTemplate, template_id)
        if existing is None:
            raise NotFound("message_template", template_id)
        if existing.owner_guide_id != guide_id:
            raise InvalidInput("template", "is an HQ template or another guide's; save a copy of your own instead")
        existing.kind, existing.name, existing.body = kind, name.strip(), text
        template, op = existing, Op.UPDATE
    session.add(template)
    record_mutation(session, entity=Entity.MESSAGE_TEMPLATE, entity_id=template.id, op=op,
                    base_version=template.server_version, fields={"kind": kind, "name": template.name, "body": text})
    session.flush()
    return template
