# SPDX-License-Identifier: Apache-2.0
"""Guide Desk (导购工作台): an offline-first workbench for in-store shopping guides."""

__version__ = "0.1.0"
