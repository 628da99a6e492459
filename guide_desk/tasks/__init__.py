# SPDX-License-Identifier: Apache-2.0
"""CRM tasks: the lifecycle (create, reassign, snooze, complete, cancel) in `service`, the guide's lists and
badge counts in `views`. HQ owns title/description/due/assignee, the guide owns status and outcome, and
status only moves forward (DESIGN.md §4); every edit records its outbox entry in the same transaction."""
