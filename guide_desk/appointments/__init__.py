# SPDX-License-Identifier: Apache-2.0
"""1v1 sessions (in-store styling, video try-on, home try-on): booking and its lifecycle in `service`, slot
rules in `conflicts` (store hours in `hours`), the calendar query in `views` and free-slot proposals in
`slots`. Sessions are stored in UTC; store hours and every message speak the store's local time."""
