# SPDX-License-Identifier: Apache-2.0
"""Sync between a store PC and the central API (DESIGN.md §4).

`protocol` is the wire schema, shared by the client here and the reference server in `guide_desk.central`:
push of outbox mutations (per-client monotonic ids), pull of changes by server version, and the auth
exchanges. It holds no tables and imports no database code, so both sides can use it.
"""
