# SPDX-License-Identifier: Apache-2.0
"""The local schema's column types; migrations name them here, so this module stays."""

from guide_desk.model.types import UTCDateTime

__all__ = ["UTCDateTime"]
