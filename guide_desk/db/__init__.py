# SPDX-License-Identifier: Apache-2.0
"""The local database: engine, tables, migrations, backups and the outbox."""
