# SPDX-License-Identifier: Apache-2.0
"""Products, sizes, stock per store, looks, and purchases."""
