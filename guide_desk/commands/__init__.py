# SPDX-License-Identifier: Apache-2.0
"""The headless subcommands behind `guide-desk import|export|enrol|login|sync`: argument handling and output
only; the work is done by services."""
