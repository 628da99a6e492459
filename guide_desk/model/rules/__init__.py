# SPDX-License-Identifier: Apache-2.0
"""Rules the app and the central API both apply, written once over plain values: 1v1 slots (`slots`), what
makes two customers the same person (`uniqueness`), a customer's search columns (`search_columns`) and
phone numbers (`phones`). Pure: the standard library, phonenumbers, pypinyin and guide_desk.errors; each
side keeps its own queries and calls these."""
