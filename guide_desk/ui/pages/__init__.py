# SPDX-License-Identifier: Apache-2.0
"""The workbench's pages; the main window only assembles them."""
