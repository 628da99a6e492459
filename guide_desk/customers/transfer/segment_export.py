# SPDX-License-Identifier: Apache-2.0
"""Exporting a saved segment (or the whole store): the segment's customers are found and written in one go."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from guide_desk.customers.search import search_customer_ids
from guide_desk.customers.segments import segment_query
from guide_desk.customers.transfer.export import Format, export_customers


def export_segment(
    session: Session, *, segment_id: str | None, path: Path, fmt: Format, by_guide_id: str, requires_manager: bool,
    store_id: str, language: str,
) -> int:
    """Write the customers of `segment_id` (all of the store's when None) to `path`; returns how many."""
    ids = search_customer_ids(session, query=segment_query(session, segment_id=segment_id)) if segment_id else None
    return export_customers(session, path=path, fmt=fmt, by_guide_id=by_guide_id, requires_manager=requires_manager,
                            store_id=store_id, customer_ids=ids, language=language)
