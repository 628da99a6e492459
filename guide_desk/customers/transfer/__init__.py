# SPDX-License-Identifier: Apache-2.0
"""Customer data in and out: import from CSV/.xlsx with mapping, checks and whole batches; export to CSV,
.xlsx and vCard. Services only; the wizard and the CLI call these."""
