# SPDX-License-Identifier: Apache-2.0
"""The reference central API (DESIGN.md §4): FastAPI over its own SQLModel tables, SQLite by default and
PostgreSQL in production. Auth with device and guide tokens, sync push and pull, HQ feeds.

Nothing in the app imports this package; `guide-desk central …` loads `guide_desk.central.cli` lazily, and
this file stays import-free so that costs nothing.
"""
