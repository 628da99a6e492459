# SPDX-License-Identifier: Apache-2.0
"""Dialogs the pages open for one focused decision (an outcome, a date, a person)."""
