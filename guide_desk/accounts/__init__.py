# SPDX-License-Identifier: Apache-2.0
"""Guides, roles, PIN sign-in on the shared store PC, and the audit log."""
