# SPDX-License-Identifier: Apache-2.0
"""The pure model both sides of the wire share: one base class per entity, enums and rules. No tables, no I/O."""
