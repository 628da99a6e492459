# SPDX-License-Identifier: Apache-2.0
"""Store performance: KPIs per guide, the 导购大赛 leaderboard, and customer handover (plain SQL/Python)."""
