# SPDX-License-Identifier: Apache-2.0
"""Fill a central database (SQLite) with everything a local database holds: the demo's embedded server
and the initial-sync benchmark start from a central API that knows the same store, ids and all.

Plain SQL between two attached SQLite files (a 100k-customer store copies in seconds); each row gets its
own version, in table order, and the version counter ends on the last one — as if every row had been
pushed once. Glue between the two schemas, so it lives with the commands, not in either side."""

from __future__ import annotations

from pathlib import Path

from guide_desk.db.connect import attach, connect_plain

# central table → SELECT over the attached local database (`app`) giving every central column but version.
_COPIES: dict[str, tuple[str, str]] = {
    "store": ("id, code, name, city, timezone, opens_at, closes_at",
              "SELECT id, code, name, city, timezone, opens_at, closes_at FROM app.store"),
    "guide": ("id, store_id, login, name, role, password_hash, active, created_at",
              "SELECT id, store_id, login, name, role, :password_hash, active, created_at FROM app.guide"),
    "tag_group": ("id, name, exclusive, sort_order, deleted",
                  "SELECT id, name, exclusive, sort_order, 0 FROM app.tag_group"),
    "tag": ("id, group_id, name, color, deleted", "SELECT id, group_id, name, color, 0 FROM app.tag"),
    "product": ("id, sku, name, category, size_kind, color, style_tags, price_fen, launched_on, sizes, active",
                "SELECT p.id, p.sku, p.name, p.category, p.size_kind, p.color, p.style_tags, p.price_fen,"
                " p.launched_on, COALESCE((SELECT json_group_array(DISTINCT s.size) FROM app.product_stock s"
                " WHERE s.product_id = p.id),"
                " '[]'), 1 FROM app.product p"),
    "stock": ("id, product_id, store_id, size, qty",
              "SELECT product_id || ':' || store_id || ':' || size, product_id, store_id, size, qty"
              " FROM app.product_stock"),
    "look": ("id, code, name, season, product_ids",
             "SELECT l.id, l.id, l.name, l.season, (SELECT json_group_array(product_id) FROM (SELECT product_id FROM"
             " app.look_item i WHERE i.look_id = l.id ORDER BY position)) FROM app.look l"),
    "message_template": ("id, code, kind, name, body, language",
                         "SELECT id, id, kind, name, body, language FROM app.message_template"
                         " WHERE owner_guide_id IS NULL"),
    "customer": ("id, store_id, owner_guide_id, name, phone_e164, wecom_external_id, gender, birthday, size_top, "
                 "size_bottom, size_shoe, style_prefs, tier, points, points_expire_on, marketing_consent, source, "
                 "purchase_count, total_spent_fen, first_purchase_at, last_purchase_at, last_contact_at, created_at, "
                 "updated_at, archived_at, field_writers", "SELECT {cols} FROM app.customer"),
    "customer_tag": ("customer_id, tag_id, added_at", "SELECT customer_id, tag_id, added_at FROM app.customer_tag"),
    "note": ("id, customer_id, store_id, guide_id, body, created_at",
             "SELECT n.id, n.customer_id, c.store_id, n.guide_id, n.body, n.created_at FROM app.note n"
             " JOIN app.customer c ON c.id = n.customer_id"),
    "task": ("id, customer_id, store_id, assignee_guide_id, created_by_guide_id, source, template_id, title, "
             "description, draft, due_at, snoozed_until, status, outcome, outcome_amount_fen, completed_at, "
             "created_at, updated_at",
             "SELECT t.id, t.customer_id, g.store_id, t.assignee_guide_id, t.created_by_guide_id, t.source,"
             " t.template_id, t.title, t.description, t.draft, t.due_at, t.snoozed_until, t.status, t.outcome,"
             " t.outcome_amount_fen, t.completed_at, t.created_at, t.updated_at FROM app.task t"
             " JOIN app.guide g ON g.id = t.assignee_guide_id"),
    "appointment": ("id, customer_id, guide_id, store_id, kind, starts_at, ends_at, resource, meeting_link, address, "
                    "note, status, cancel_reason, sequence, created_at, updated_at",
                    "SELECT {cols} FROM app.appointment"),
    "purchase": ("id, order_no, customer_id, store_id, home_store_id, guide_id, channel, purchased_at, total_fen, "
                 "lines",
                 "SELECT p.id, p.order_no, p.customer_id, p.store_id, c.store_id, p.guide_id, p.channel,"
                 " p.purchased_at, p.total_fen, COALESCE((SELECT json_group_array(json_object('product_id',"
                 " l.product_id, 'size', l.size,"
                 " 'qty', l.qty, 'price_fen', l.price_fen)) FROM app.purchase_line l WHERE l.purchase_id = p.id), '[]')"
                 " FROM app.purchase p JOIN app.customer c ON c.id = p.customer_id"),
}
_UNVERSIONED = {"customer_tag"}
_LOCAL_VERSIONED = ("store", "guide", "tag_group", "tag", "product", "look", "message_template", "customer", "note",
                    "task", "appointment")


def seed_central(central_db: Path, local_db: Path, *, password_hash: str) -> int:
    """Copy every store, guide, customer… of `local_db` into the (migrated, empty) `central_db`; returns
    the server version after the copy. Local write versions are set to match, so the local database is
    already in sync with the seeded server."""
    connection = connect_plain(central_db)  # the server's own file stays plain; the app's is attached keyed
    try:
        attach(connection, local_db, "app")
        version = 0
        with connection:
            for table, (columns, query) in _COPIES.items():
                if "{cols}" in query:
                    query = query.format(cols=columns.replace("field_writers", "'{}'"))
                if table in _UNVERSIONED:
                    connection.execute(f"INSERT INTO {table} ({columns}) {query}")
                    continue
                connection.execute(f"INSERT INTO {table} ({columns}, version) SELECT *, :base + row_number() OVER ()"
                                   f" FROM ({query})", {"base": version, "password_hash": password_hash})
                version = connection.execute(f"SELECT COALESCE(MAX(version), :v) FROM {table}",
                                             {"v": version}).fetchone()[0]
            connection.execute("UPDATE sync_counter SET version = ?", (version,))
            for table in _LOCAL_VERSIONED:
                connection.execute(f"UPDATE app.{table} SET server_version = (SELECT c.version FROM main.{table} c"
                                   f" WHERE c.id = app.{table}.id) WHERE id IN (SELECT id FROM main.{table})")
        connection.execute("DETACH DATABASE app")
    finally:
        connection.close()
    return int(version)
