# SPDX-License-Identifier: Apache-2.0
"""Small reusable widgets of the workbench."""
