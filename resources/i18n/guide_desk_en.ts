<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogPanel</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="96"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="80"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkTagDialog</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="45"/>
        <source>%n customer(s) selected.</source>
        <translation>
            <numerusform>%n customer selected.</numerusform>
            <numerusform>%n customers selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="101"/>
        <source>Remove the ticked tags from %n customer(s)?</source>
        <translation>
            <numerusform>Remove the ticked tags from %n customer?</numerusform>
            <numerusform>Remove the ticked tags from %n customers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="113"/>
        <source>Removed %n tag(s) from the selected customers.</source>
        <translation>
            <numerusform>Removed %n tag from the selected customers.</numerusform>
            <numerusform>Removed %n tags from the selected customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="115"/>
        <source>Added %n tag(s) to the selected customers.</source>
        <translation>
            <numerusform>Added %n tag to the selected customers.</numerusform>
            <numerusform>Added %n tags to the selected customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/calendar.py" line="255"/>
        <source>%n blocked time(s) imported</source>
        <translation>
            <numerusform>%n blocked time imported</numerusform>
            <numerusform>%n blocked times imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/customers.py" line="135"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/customers.py" line="171"/>
        <source>Tag %n selected…</source>
        <translation>
            <numerusform>Tag %n selected…</numerusform>
            <numerusform>Tag %n selected…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="197"/>
        <source>{first} – {last} · %n guide(s) · double-click a number to see what it counts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/data.py" line="196"/>
        <source>%n customer(s) exported to {path}.</source>
        <translation>
            <numerusform>%n customer exported to {path}.</numerusform>
            <numerusform>%n customers exported to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/data.py" line="208"/>
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n possible duplicate.</numerusform>
            <numerusform>%n possible duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadStep</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="113"/>
        <source>Downloaded %n of {total} rows…</source>
        <translation>
            <numerusform>Downloaded %n of {total} rows…</numerusform>
            <numerusform>Downloaded %n of {total} rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="115"/>
        <source>Downloaded %n row(s)…</source>
        <translation>
            <numerusform>Downloaded %n row…</numerusform>
            <numerusform>Downloaded %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="121"/>
        <source>Download complete: %n row(s).</source>
        <translation>
            <numerusform>Download complete: %n row.</numerusform>
            <numerusform>Download complete: %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrilldownDialog</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/drilldown.py" line="32"/>
        <source>%n item(s), newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstDownloadProgress</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/sync/first_download.py" line="41"/>
        <source>Downloaded %n of {total} rows…</source>
        <translation>
            <numerusform>Downloaded %n of {total} row…</numerusform>
            <numerusform>Downloaded %n of {total} rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/sync/first_download.py" line="43"/>
        <source>Downloaded %n row(s)…</source>
        <translation>
            <numerusform>Downloaded %n row…</numerusform>
            <numerusform>Downloaded %n rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/widgets/reminder_banner.py" line="67"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/widgets/reminder_banner.py" line="85"/>
        <source>%n 1v1 session(s) coming up</source>
        <translation>
            <numerusform>%n 1v1 session coming up</numerusform>
            <numerusform>%n 1v1 sessions coming up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="109"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReviewPage</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="91"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform>
            <numerusform>Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="92"/>
        <source>Rejected changes (%n)</source>
        <translation>
            <numerusform>Rejected changes (%n)</numerusform>
            <numerusform>Rejected changes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/sync/status.py" line="53"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="242"/>
        <source>Merge “{source}” into “{target}”? %n customer(s) will carry “{target}” instead, and “{source}” will be deleted.</source>
        <translation>
            <numerusform>Merge “{source}” into “{target}”? %n customer will carry “{target}” instead, and “{source}” will be deleted.</numerusform>
            <numerusform>Merge “{source}” into “{target}”? %n customers will carry “{target}” instead, and “{source}” will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="258"/>
        <source>Delete the tag “{tag}”? %n customer(s) will lose it. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the tag “{tag}”? %n customer will lose it. This cannot be undone.</numerusform>
            <numerusform>Delete the tag “{tag}”? %n customers will lose it. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/tasks.py" line="296"/>
        <source>%n done task(s), latest first.</source>
        <translation>
            <numerusform>%n done task, latest first.</numerusform>
            <numerusform>%n done tasks, latest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/tasks.py" line="298"/>
        <source>%n task(s), earliest due first.</source>
        <translation>
            <numerusform>%n task, earliest due first.</numerusform>
            <numerusform>%n tasks, earliest due first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/today.py" line="194"/>
        <source>%n task(s) due today or overdue</source>
        <translation>
            <numerusform>%n task due today or overdue</numerusform>
            <numerusform>%n tasks due today or overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/today.py" line="195"/>
        <source>%n 1v1 session(s) today</source>
        <translation>
            <numerusform>%n 1v1 session today</numerusform>
            <numerusform>%n 1v1 sessions today</numerusform>
        </translation>
    </message>
</context>
</TS>
