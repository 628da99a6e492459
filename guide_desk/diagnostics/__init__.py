# SPDX-License-Identifier: Apache-2.0
"""Diagnostics for IT: secret redaction, personal-data scrubbing, the support bundle, the self-test's
headless checks. Qt-free (the self-test's Qt half lives in guide_desk.ui.selftest)."""
