# SPDX-License-Identifier: Apache-2.0
"""Customer profiles, tags and tag groups, segments, search, duplicates."""
