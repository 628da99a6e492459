# SPDX-License-Identifier: Apache-2.0
"""Everything PySide6: the only package that imports Qt (DESIGN.md §2)."""
