# SPDX-License-Identifier: Apache-2.0
"""Qt item models over ids plus a row cache, fed by the domain services."""
