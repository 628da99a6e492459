<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLogPanel</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="38"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="40"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="45"/>
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="61"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="48"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="49"/>
        <source>Record id or detail…</source>
        <translation>记录编号或详情…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="50"/>
        <source>Search the audit log</source>
        <translation>搜索审计日志</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="52"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="56"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="61"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="76"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="81"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/widgets/audit_log.py" line="96"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="18"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="18"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="18"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="18"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="18"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="21"/>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="21"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="21"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="22"/>
        <source>Erasure</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="22"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="22"/>
        <source>Handover</source>
        <translation>顾客交接</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="23"/>
        <source>Data request</source>
        <translation>个人信息查询</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="23"/>
        <source>Consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="24"/>
        <source>Customer archived</source>
        <translation>顾客归档</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="25"/>
        <source>Wrong PIN</source>
        <translation>PIN 错误</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="25"/>
        <source>PIN locked for a while</source>
        <translation>PIN 暂时锁定</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="26"/>
        <source>PIN blocked</source>
        <translation>PIN 已停用</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="26"/>
        <source>PIN unlocked by a manager</source>
        <translation>店长解锁 PIN</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="27"/>
        <source>PIN set</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="27"/>
        <source>PIN rule changed</source>
        <translation>PIN 规则已更改</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/audit_table.py" line="49"/>
        <source>System / command line</source>
        <translation>系统 / 命令行</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/backups_panel.py" line="39"/>
        <source>Backups, newest first</source>
        <translation>备份（最新在前）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/backups_panel.py" line="40"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/backups_panel.py" line="42"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/backups_panel.py" line="51"/>
        <source>A backup is taken every day after the first sign-in (the last 7 are kept) and before every update of the database. Backups are compressed and encrypted with this PC&apos;s key: only this PC can restore them.</source>
        <translation>每天首次登录后自动备份（保留最近 7 份），每次数据库升级前也会备份。备份经过压缩并用本机密钥加密：只有本机能恢复。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/backups_panel.py" line="75"/>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/backups_panel.py" line="82"/>
        <source>Backed up to {name}.</source>
        <translation>已备份到 {name}。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/backups_panel.py" line="98"/>
        <source>Choose a backup in the list first.</source>
        <translation>请先在列表中选择一份备份。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/backups_panel.py" line="101"/>
        <source>Replace all data on this PC with the backup of {when}? Changes since then are lost (the current data is saved as a backup first).</source>
        <translation>用 {when} 的备份替换本机全部数据？此后的更改将丢失（当前数据会先另存一份备份）。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/backups_panel.py" line="104"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/backups_panel.py" line="106"/>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份……</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/backups_panel.py" line="118"/>
        <source>Restored. The data as it was before is kept in {name}. Please restart Guide Desk.</source>
        <translation>已恢复。恢复前的数据保存在 {name}。请重新启动导购工作台。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="51"/>
        <source>Book a 1v1 session</source>
        <translation>预约 1v1</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="62"/>
        <source>Name, phone or pinyin initials</source>
        <translation>姓名、手机号或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="75"/>
        <source>Customer&apos;s address</source>
        <translation>顾客地址</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="80"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="84"/>
        <source>Fitting room (optional)</source>
        <translation>试衣间（可选）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="87"/>
        <source>SKU or product name</source>
        <translation>货号或商品名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="92"/>
        <source>Add item</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="100"/>
        <source>Remove item</source>
        <translation>移除商品</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="103"/>
        <source>What the customer is looking for, sizes, occasion…</source>
        <translation>顾客想找什么、尺码、场合……</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="122"/>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="228"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="123"/>
        <source>Guide</source>
        <translation>导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="124"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="125"/>
        <source>Meeting link</source>
        <translation>会议链接</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="126"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="127"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="128"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="129"/>
        <source>Free slots</source>
        <translation>空闲时段</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="130"/>
        <source>Fitting room</source>
        <translation>试衣间</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="136"/>
        <source>Items to prepare</source>
        <translation>备货商品</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="139"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="141"/>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="177"/>
        <source>%1 (%2 in stock)</source>
        <translation>%1（库存 %2）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="212"/>
        <source>Use this free slot</source>
        <translation>使用这个空闲时段</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="217"/>
        <source>No free slot in the next 14 days</source>
        <translation>未来 14 天没有空闲时段</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/booking.py" line="228"/>
        <source>choose the customer first</source>
        <translation>请先选择顾客</translation>
    </message>
</context>
<context>
    <name>BulkTagDialog</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="43"/>
        <source>Tag customers</source>
        <translation>批量打标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="45"/>
        <source>%n customer(s) selected.</source>
        <translation>
            <numerusform>已选择 %n 位顾客。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="48"/>
        <source>Tags to add or remove</source>
        <translation>要添加或移除的标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="50"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="55"/>
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="56"/>
        <source>Add these tags</source>
        <translation>添加这些标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="57"/>
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="58"/>
        <source>Remove these tags</source>
        <translation>移除这些标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="63"/>
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="64"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="100"/>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="101"/>
        <source>Remove the ticked tags from %n customer(s)?</source>
        <translation>
            <numerusform>要从 %n 位顾客移除勾选的标签吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="113"/>
        <source>Removed %n tag(s) from the selected customers.</source>
        <translation>
            <numerusform>已从所选顾客移除 %n 个标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="115"/>
        <source>Added %n tag(s) to the selected customers.</source>
        <translation>
            <numerusform>已为所选顾客添加 %n 个标签。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/bulk_tag.py" line="135"/>
        <source>There are no tags yet. Create them in the tag manager first.</source>
        <translation>还没有标签，请先在标签管理中创建。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="52"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="52"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="52"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="53"/>
        <source>Next 14 days</source>
        <translation>未来 14 天</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="64"/>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="64"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="64"/>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="69"/>
        <source>Book 1v1…</source>
        <translation>预约 1v1…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="71"/>
        <source>Close session…</source>
        <translation>结束预约…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="73"/>
        <source>Copy reminder</source>
        <translation>复制提醒话术</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="74"/>
        <source>Copy the customer reminder message (话术)</source>
        <translation>复制给顾客的提醒话术</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="76"/>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="77"/>
        <source>The selected session, or your next 4 weeks when none is selected</source>
        <translation>导出选中的预约；未选中时导出你未来 4 周的预约</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="79"/>
        <source>Import days off…</source>
        <translation>导入休息日…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="80"/>
        <source>Read an .ics file of your days off; those times are shown as busy</source>
        <translation>读取休息日的 .ics 文件，这些时间将显示为忙碌</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="90"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="97"/>
        <source>Sessions of the next 14 days</source>
        <translation>未来 14 天的预约</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="211"/>
        <source>Export to iCalendar</source>
        <translation>导出为 iCalendar</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="212"/>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="216"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="216"/>
        <source>Import days off</source>
        <translation>导入休息日</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="237"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/calendar.py" line="255"/>
        <source>%n blocked time(s) imported</source>
        <translation>
            <numerusform>已导入 %n 段不可预约时间</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="67"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="69"/>
        <source>Show these numbers as a table</source>
        <translation>以表格显示这些数字</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="58"/>
        <source>Complete task</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="59"/>
        <source>Reached the customer</source>
        <translation>已联系上顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="59"/>
        <source>No answer</source>
        <translation>未回复</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="60"/>
        <source>Purchased</source>
        <translation>已购买</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="60"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="75"/>
        <source>Purchase amount in yuan</source>
        <translation>购买金额（元）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="77"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="101"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="101"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="101"/>
        <source>Mine (lost)</source>
        <translation>我的（未采用）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="102"/>
        <source>Theirs (kept)</source>
        <translation>对方的（已采用）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="102"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="43"/>
        <source>One-time code from IT or HQ</source>
        <translation>IT 或总部提供的一次性代码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="47"/>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="52"/>
        <source>Central server address</source>
        <translation>中心服务器地址</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="47"/>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="53"/>
        <source>Store code</source>
        <translation>门店代码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="48"/>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="54"/>
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="48"/>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="55"/>
        <source>Guide login</source>
        <translation>导购账号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="49"/>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="56"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="58"/>
        <source>This PC has no secure password store, so the sign-in is kept only until the app closes and is asked again next session. Passwords and tokens are never written to files.</source>
        <translation>这台电脑没有安全的密码存储，登录只保留到应用关闭，下次使用时需要重新登录。密码和令牌绝不会写入文件。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="81"/>
        <source>Connect to central server</source>
        <translation>连接中心服务器</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="81"/>
        <source>Sign in for sync</source>
        <translation>登录以同步</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="82"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="82"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="90"/>
        <source>guide login</source>
        <translation>导购账号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="90"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="92"/>
        <source>central server address</source>
        <translation>中心服务器地址</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="92"/>
        <source>store code</source>
        <translation>门店代码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="93"/>
        <source>enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="95"/>
        <source>This PC is not connected to a central server yet.</source>
        <translation>这台电脑还没有连接中心服务器。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="99"/>
        <source>Please fill in the {field}.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="125"/>
        <source>Connecting to {url}…</source>
        <translation>正在连接 {url}…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="131"/>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="142"/>
        <source>This PC is enrolled, but the sign-in failed: {reason}</source>
        <translation>这台电脑已注册，但登录失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="152"/>
        <source>The store code or the enrolment code is wrong, already used or expired. Ask IT or HQ for a new code.</source>
        <translation>门店代码或注册码有误、已被使用或已过期。请向 IT 或总部索取新的注册码。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="154"/>
        <source>Wrong guide login or password.</source>
        <translation>导购账号或密码错误。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/enrol_dialog.py" line="156"/>
        <source>Please fill in the central server address.</source>
        <translation>请填写中心服务器地址。</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="26"/>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="28"/>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="26"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="26"/>
        <source>Phone calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="27"/>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="28"/>
        <source>Mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="28"/>
        <source>In store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="29"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="29"/>
        <source>Paper form</source>
        <translation>纸质表单</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="29"/>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="34"/>
        <source>Where the customer gave or withdrew consent</source>
        <translation>顾客同意或撤回授权的渠道</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="40"/>
        <source>Recorded as:</source>
        <translation>记录来源：</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="44"/>
        <source>Marketing consent: {channel}</source>
        <translation>营销授权：{channel}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="67"/>
        <source>granted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="67"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/consent_editor.py" line="68"/>
        <source>{verb} {when} · {source} · {who}</source>
        <translation>{verb} {when} · {source} · {who}</translation>
    </message>
</context>
<context>
    <name>CustomerProfile</name>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="77"/>
        <source>Copy phone</source>
        <translation>复制手机号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="81"/>
        <source>Show and edit</source>
        <translation>显示并编辑</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="82"/>
        <source>Show the full phone number to edit it</source>
        <translation>显示完整手机号以便编辑</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="84"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 1990-05-17</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="86"/>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="86"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="86"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="89"/>
        <source>e.g. 通勤, 法式</source>
        <translation>如：通勤, 法式</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="90"/>
        <source>Agrees to receive marketing messages</source>
        <translation>同意接收营销消息</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="91"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="98"/>
        <source>Add a note about this customer…</source>
        <translation>为这位顾客添加备注…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="100"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="102"/>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="103"/>
        <source>Create a follow-up task for this customer</source>
        <translation>为这位顾客新建跟进任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="105"/>
        <source>Book 1v1…</source>
        <translation>预约 1v1…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="106"/>
        <source>Book a 1v1 session with this customer</source>
        <translation>为这位顾客预约 1v1</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="122"/>
        <location filename="../../guide_desk/ui/pages/profile.py" line="132"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="122"/>
        <location filename="../../guide_desk/ui/pages/profile.py" line="136"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="122"/>
        <location filename="../../guide_desk/ui/pages/profile.py" line="137"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="123"/>
        <location filename="../../guide_desk/ui/pages/profile.py" line="138"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="123"/>
        <source>Top size</source>
        <translation>上装尺码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="124"/>
        <source>Bottom size</source>
        <translation>下装尺码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="124"/>
        <source>Shoe size</source>
        <translation>鞋码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="125"/>
        <source>Style preferences</source>
        <translation>风格偏好</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="125"/>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="126"/>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="126"/>
        <source>Customer history</source>
        <translation>顾客动态</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="142"/>
        <source>Sizes (top / bottom / shoe)</source>
        <translation>尺码（上装 / 下装 / 鞋）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="143"/>
        <source>Styles</source>
        <translation>风格</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="160"/>
        <source>Marketing consent by channel</source>
        <translation>各渠道营销授权</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="163"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="165"/>
        <source>History</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="227"/>
        <source>No marketing consent: service follow-ups only.</source>
        <translation>未授权营销：只做服务类跟进。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="231"/>
        <source>Monthly push limit reached; next push from %1.</source>
        <translation>本月推送次数已满，%1 起可再推送。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="233"/>
        <source>Pushed recently; next push from %1.</source>
        <translation>近期已推送，%1 起可再推送。</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/customer_table.py" line="24"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/customer_table.py" line="24"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/customer_table.py" line="24"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/customer_table.py" line="24"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/customer_table.py" line="25"/>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/customer_table.py" line="25"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/customer_table.py" line="25"/>
        <source>Owner</source>
        <translation>专属导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/customer_table.py" line="30"/>
        <source>Member</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/customer_table.py" line="30"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/customer_table.py" line="30"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/customer_table.py" line="31"/>
        <source>Platinum</source>
        <translation>白金卡</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../guide_desk/ui/pages/customers.py" line="41"/>
        <source>Search by name, phone or pinyin initials (e.g. zs)</source>
        <translation>按姓名、手机号或拼音首字母搜索（如 zs）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/customers.py" line="42"/>
        <source>Search customers</source>
        <translation>搜索顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/customers.py" line="44"/>
        <source>Whole store</source>
        <translation>全店顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/customers.py" line="45"/>
        <source>Show the whole store&apos;s customers</source>
        <translation>显示全店顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/customers.py" line="54"/>
        <location filename="../../guide_desk/ui/pages/customers.py" line="171"/>
        <source>Tag selected…</source>
        <translation>为所选顾客打标签…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/customers.py" line="55"/>
        <source>Add or remove tags on the selected customers</source>
        <translation>为所选顾客添加或移除标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/customers.py" line="77"/>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/customers.py" line="135"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位顾客</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/customers.py" line="171"/>
        <source>Tag %n selected…</source>
        <translation>
            <numerusform>为所选 %n 位打标签…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="64"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="64"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="65"/>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="65"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="66"/>
        <source>Last 90 days</source>
        <translation>近 90 天</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="66"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="68"/>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="91"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="71"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="73"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="73"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="84"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="85"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="86"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="87"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="88"/>
        <source>Scoring rules…</source>
        <translation>计分规则…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="89"/>
        <source>Hand over customers…</source>
        <translation>顾客交接…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="96"/>
        <source>Guide KPIs</source>
        <translation>导购指标</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="104"/>
        <location filename="../../guide_desk/ui/pages/dashboard_exports.py" line="97"/>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="107"/>
        <source>Guides</source>
        <translation>导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="108"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="109"/>
        <source>Leaderboard (导购大赛)</source>
        <translation>导购大赛排行榜</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="173"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/dashboard.py" line="197"/>
        <source>{first} – {last} · %n guide(s) · double-click a number to see what it counts</source>
        <translation>
            <numerusform>{first} – {last} · %n 位导购 · 双击数字查看明细</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard_exports.py" line="43"/>
        <source>Export dashboard</source>
        <translation>导出看板</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard_exports.py" line="51"/>
        <source>Guide</source>
        <translation>导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard_exports.py" line="54"/>
        <source>Store total</source>
        <translation>门店合计</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard_exports.py" line="55"/>
        <source> (left)</source>
        <translation>（已离职）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard_exports.py" line="57"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard_exports.py" line="58"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard_exports.py" line="59"/>
        <source>Since last period</source>
        <translation>较上期</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard_exports.py" line="68"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard_exports.py" line="75"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard_exports.py" line="78"/>
        <source>Guide performance</source>
        <translation>导购业绩</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/dashboard_exports.py" line="94"/>
        <source>Guide performance · {first} – {last}</source>
        <translation>导购业绩 · {first} – {last}</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="46"/>
        <source>Export customers</source>
        <translation>导出顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="61"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="62"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="63"/>
        <source>Duplicates</source>
        <translation>重复顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="65"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="67"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="74"/>
        <source>Bring customers in from a POS export or an Excel sheet (CSV in UTF-8 or GBK, or .xlsx). You check the columns on the first rows and can try a dry run first; rows with problems are listed and can be saved to fix and import again.</source>
        <translation>从收银系统导出文件或 Excel 表格导入顾客（UTF-8 或 GBK 编码的 CSV，或 .xlsx）。先对照前几行确认各列含义，可先试运行；有问题的行会逐条列出，可保存下来修改后重新导入。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="78"/>
        <source>Import customers…</source>
        <translation>导入顾客…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="91"/>
        <source>CSV (opens in Excel)</source>
        <translation>CSV（可用 Excel 打开）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="91"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="92"/>
        <source>Contacts (vCard 4.0)</source>
        <translation>通讯录（vCard 4.0）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="95"/>
        <source>Customers to export</source>
        <translation>要导出的顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="96"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="104"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="105"/>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="119"/>
        <source>Possible duplicates</source>
        <translation>疑似重复顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="124"/>
        <source>Find duplicates</source>
        <translation>查找重复</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="126"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="151"/>
        <source>All customers of the store</source>
        <translation>本店全部顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="153"/>
        <source>Segment: {name}</source>
        <translation>客群：{name}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="163"/>
        <source>Last import: {imported} imported, {updated} updated, {rejected} rejected.</source>
        <translation>上次导入：新增 {imported}，更新 {updated}，拒绝 {rejected}。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="168"/>
        <source>Only store managers may export customer data (store policy).</source>
        <translation>按门店规定，只有店长可以导出顾客数据。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="171"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="171"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="171"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="188"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/data.py" line="196"/>
        <source>%n customer(s) exported to {path}.</source>
        <translation>
            <numerusform>已导出 %n 位顾客到 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/data.py" line="208"/>
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n 对疑似重复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/data.py" line="216"/>
        <source>Choose a pair in the list first.</source>
        <translation>请先在列表中选择一对顾客。</translation>
    </message>
</context>
<context>
    <name>DownloadStep</name>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="45"/>
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="93"/>
        <source>Downloading this store&apos;s customers and tasks…</source>
        <translation>正在下载本店的顾客和任务…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="49"/>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="53"/>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="55"/>
        <source>Resume download</source>
        <translation>继续下载</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="57"/>
        <source>Continue without the rest</source>
        <translation>先继续，其余稍后下载</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="58"/>
        <source>The rest downloads in the background after you sign in.</source>
        <translation>登录后其余数据会在后台继续下载。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="76"/>
        <source>This PC is connected and {login} is signed in. Resume the download to finish setting up.</source>
        <translation>这台电脑已连接，{login} 已登录。请继续下载以完成设置。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="107"/>
        <source>Stopping after the current page…</source>
        <translation>正在当前一页完成后停止…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="113"/>
        <source>Downloaded %n of {total} rows…</source>
        <translation>
            <numerusform>已下载 {total} 条中的 %n 条…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="115"/>
        <source>Downloaded %n row(s)…</source>
        <translation>
            <numerusform>已下载 %n 条…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="121"/>
        <source>Download complete: %n row(s).</source>
        <translation>
            <numerusform>下载完成：共 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="125"/>
        <source>The download finished, but your account ({login}) is not active in this store&apos;s data. Ask your store manager.</source>
        <translation>下载已完成，但您的账号（{login}）在本店数据中不可用。请联系店长。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="137"/>
        <source>Download paused. What arrived is kept; Resume carries on from there.</source>
        <translation>下载已暂停。已下载的数据会保留，继续下载将从中断处接着进行。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="139"/>
        <source>Your own account has not arrived yet, so this PC cannot be set up for you. Resume the download to finish.</source>
        <translation>您自己的账号还没有下载到，所以还无法为您设置这台电脑。请继续下载以完成设置。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run_download.py" line="143"/>
        <source>The download stopped. What arrived is kept.</source>
        <translation>下载已中断。已下载的数据会保留。</translation>
    </message>
</context>
<context>
    <name>DrillTableModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="137"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="137"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="137"/>
        <source>Guide</source>
        <translation>导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="137"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="138"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="141"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="141"/>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="141"/>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="142"/>
        <source>Late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="142"/>
        <source>Open, overdue</source>
        <translation>未完成，已逾期</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="142"/>
        <source>Done late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="143"/>
        <source>Accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="143"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="143"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="144"/>
        <source>Bought within 7 days</source>
        <translation>7 天内成交</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="144"/>
        <source>No purchase yet</source>
        <translation>尚未成交</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="145"/>
        <source>Held</source>
        <translation>已服务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="145"/>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="145"/>
        <source>Bought</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="146"/>
        <source>In store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="146"/>
        <source>Returning buyer</source>
        <translation>复购顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="147"/>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="147"/>
        <source>≥ 3 tags</source>
        <translation>≥3 个标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="148"/>
        <source>Fewer than 3 tags</source>
        <translation>少于 3 个标签</translation>
    </message>
</context>
<context>
    <name>DrilldownDialog</name>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/drilldown.py" line="32"/>
        <source>%n item(s), newest first.</source>
        <translation>
            <numerusform>共 %n 条，最新在前。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/drilldown.py" line="34"/>
        <source>The latest {limit} items.</source>
        <translation>最新 {limit} 条。</translation>
    </message>
</context>
<context>
    <name>DuplicatePairModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/import_preview.py" line="74"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/import_preview.py" line="74"/>
        <source>Possible duplicate</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/import_preview.py" line="74"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/import_preview.py" line="76"/>
        <source>Same phone</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/import_preview.py" line="76"/>
        <source>Same WeCom id</source>
        <translation>企业微信 ID 相同</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/import_preview.py" line="77"/>
        <source>Same name and birthday</source>
        <translation>姓名和生日相同</translation>
    </message>
</context>
<context>
    <name>FirstDownloadProgress</name>
    <message>
        <location filename="../../guide_desk/ui/sync/first_download.py" line="25"/>
        <source>Downloading this store&apos;s customers and tasks…</source>
        <translation>正在下载本店的顾客和任务…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_download.py" line="25"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_download.py" line="27"/>
        <source>First sync</source>
        <translation>首次同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/sync/first_download.py" line="41"/>
        <source>Downloaded %n of {total} rows…</source>
        <translation>
            <numerusform>已下载 {total} 条中的 %n 条…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/sync/first_download.py" line="43"/>
        <source>Downloaded %n row(s)…</source>
        <translation>
            <numerusform>已下载 %n 条…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="51"/>
        <source>Hand over customers</source>
        <translation>顾客交接</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="58"/>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="94"/>
        <source>Leaving guide</source>
        <translation>离职导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="63"/>
        <source>Which customers</source>
        <translation>交接哪些顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="64"/>
        <source>All their customers</source>
        <translation>其全部顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="66"/>
        <source>Segment: {name}</source>
        <translation>客群：{name}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="70"/>
        <source>How to split</source>
        <translation>分配方式</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="71"/>
        <source>Evenly, in turn</source>
        <translation>平均轮流分配</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="72"/>
        <source>Least loaded guide first</source>
        <translation>优先分给顾客最少的导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="73"/>
        <source>Deactivate the leaving guide (history keeps their name)</source>
        <translation>停用离职导购（历史记录保留其姓名）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="76"/>
        <source>Handover note, added to each customer&apos;s notes (optional)</source>
        <translation>交接备注，会添加到每位顾客的备注中（可选）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="78"/>
        <source>Choose, then Preview.</source>
        <translation>选择后点击“预览”。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="85"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="88"/>
        <source>Hand over</source>
        <translation>确认交接</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="95"/>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="96"/>
        <source>Receiving guides</source>
        <translation>接收导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="97"/>
        <source>Split</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="99"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="157"/>
        <source>{customers} customers move ({shares}), with {tasks} open tasks and {sessions} future sessions.</source>
        <translation>将转移 {customers} 位顾客（{shares}），以及 {tasks} 个未完成任务和 {sessions} 场未来的 1v1。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="165"/>
        <source>WeCom moves at most 100 customers per transfer: this takes {count} batches.</source>
        <translation>企业微信每次最多转移 100 位顾客：需分 {count} 批。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="166"/>
        <source>WeCom hands the chats over 24 hours later, and a customer may refuse; the receiving guides see the customers here at once.</source>
        <translation>企业微信在 24 小时后才完成接替，顾客也可能拒绝；接收导购在本系统中立即可见这些顾客。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="168"/>
        <source>{count} customer(s) were already transferred twice in 90 days: WeCom will refuse to move their chats.</source>
        <translation>{count} 位顾客在 90 天内已被转移 2 次：企业微信将拒绝再次转移。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="170"/>
        <source>{count} session(s) start before WeCom&apos;s takeover: tell the customers who will see them.</source>
        <translation>{count} 场 1v1 在企业微信接替前开始：请告知顾客由谁接待。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="172"/>
        <source>{count} session(s) clash with the receiving guide&apos;s own sessions: reschedule them in the calendar afterwards.</source>
        <translation>{count} 场 1v1 与接收导购已有的预约时间冲突：交接后请在日历中改期。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/handover.py" line="183"/>
        <source>The note is longer than {limit} characters.</source>
        <translation>备注超过 {limit} 个字。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="56"/>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="82"/>
        <source>Import customers</source>
        <translation>导入顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="57"/>
        <source>Customer files (*.csv *.txt *.xlsx)</source>
        <translation>顾客文件 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="63"/>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="65"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="85"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="85"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="85"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="86"/>
        <source>WeCom id</source>
        <translation>企业微信 ID</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="86"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="86"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="87"/>
        <source>Top size</source>
        <translation>上装尺码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="87"/>
        <source>Bottom size</source>
        <translation>下装尺码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="87"/>
        <source>Shoe size</source>
        <translation>鞋码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="88"/>
        <source>Style preferences</source>
        <translation>风格偏好</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="88"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="88"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="89"/>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="89"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="89"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="90"/>
        <source>First name (given name)</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="90"/>
        <source>Last name (family name)</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="105"/>
        <source>Choose a CSV (UTF-8 or GBK, as Excel or the POS saves it) or an .xlsx file with one customer per row and the column names in the first row.</source>
        <translation>请选择 CSV 文件（UTF-8 或 GBK，即 Excel 或收银系统保存的格式）或 .xlsx 文件：每行一位顾客，第一行为列名。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="108"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="125"/>
        <source>First rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="127"/>
        <source>Skip them</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="127"/>
        <source>Update them from the file</source>
        <translation>用文件中的数据更新</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="128"/>
        <source>Merge: fill only empty fields, add tags</source>
        <translation>合并：只补全空白字段，并添加标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="130"/>
        <source>Customers already here (same phone or WeCom id)</source>
        <translation>已存在的顾客（手机号或企业微信 ID 相同）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="133"/>
        <source>Check (dry run)</source>
        <translation>检查（试运行）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="135"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="143"/>
        <source>Customers already here:</source>
        <translation>已存在的顾客：</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="156"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="157"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="160"/>
        <source>Importing… Cancel stops after the current batch of 1,000 rows.</source>
        <translation>正在导入… 取消会在当前这批（1,000 行）完成后停止。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="173"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="175"/>
        <source>Save rejects CSV…</source>
        <translation>保存被拒绝的行（CSV）…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="177"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="197"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="215"/>
        <source>{name}: {rows} rows, read as {encoding}. Check what each column holds.</source>
        <translation>{name}：共 {rows} 行，按 {encoding} 读取。请确认每一列的内容。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="225"/>
        <source>Field for column {column}</source>
        <translation>“{column}”列对应的字段</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="229"/>
        <source>Remembered mapping for files like this one.</source>
        <translation>已套用此类文件上次的列对应关系。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="231"/>
        <source>This file has no names: its rows update the customers they match by phone or WeCom id.</source>
        <translation>此文件没有姓名：每一行按手机号或企业微信 ID 更新匹配到的客户。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="234"/>
        <source>Not imported (computed here from purchases, or not kept): {columns}.</source>
        <translation>不导入（本机根据购买记录计算，或不保存）：{columns}。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="288"/>
        <source>Dry run: {imported} new, {updated} to update, {duplicates} already here, {rejected} rejected. Nothing was stored yet.</source>
        <translation>试运行：新增 {imported} 位，更新 {updated} 位，已存在 {duplicates} 位，拒绝 {rejected} 行。尚未保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="293"/>
        <source>{imported} imported, {updated} updated, {duplicates} already here, {rejected} rejected.</source>
        <translation>新增 {imported}，更新 {updated}，已存在 {duplicates}，拒绝 {rejected}。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="296"/>
        <source>Cancelled: the rows after the last whole batch were not imported.</source>
        <translation>已取消：最后一个完整批次之后的行未导入。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/import_wizard.py" line="319"/>
        <source>Rejected rows saved to {name}.</source>
        <translation>被拒绝的行已保存到 {name}。</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="21"/>
        <source>line {line} is not valid {encoding}: byte 0x{byte} at position {position}</source>
        <translation>第 {line} 行不是有效的 {encoding} 文本：第 {position} 个字节 0x{byte}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="22"/>
        <source>cannot be read as CSV ({detail})</source>
        <translation>无法按 CSV 读取（{detail}）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="23"/>
        <source>has {cells} cells but the header has {width}</source>
        <translation>有 {cells} 个单元格，表头只有 {width} 个</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="24"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="25"/>
        <source>is longer than {max} characters</source>
        <translation>超过 {max} 个字符</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="26"/>
        <source>&apos;{value}&apos; is not a valid phone number</source>
        <translation>“{value}”不是有效的手机号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="27"/>
        <source>&apos;{value}&apos; is not a date like 1990-05-17</source>
        <translation>“{value}”不是日期（例如 1990-05-17）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="28"/>
        <source>{value} is in the future</source>
        <translation>{value} 是将来的日期</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="29"/>
        <source>{value} is before 1900</source>
        <translation>{value} 早于 1900 年</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="30"/>
        <source>&apos;{value}&apos; is not 女/男 (F/M)</source>
        <translation>“{value}”不是 女/男</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="31"/>
        <source>&apos;{value}&apos; is not a tier (Member, Silver, Gold, Platinum)</source>
        <translation>“{value}”不是会员等级（普通会员、银卡、金卡、白金卡）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="32"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="33"/>
        <source>&apos;{value}&apos; is negative</source>
        <translation>“{value}”是负数</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="34"/>
        <source>&apos;{value}&apos; is not yes or no (是/否)</source>
        <translation>“{value}”不是 是/否</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="35"/>
        <source>the tag &apos;{tag}&apos; is longer than {max} characters</source>
        <translation>标签“{tag}”超过 {max} 个字符</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="36"/>
        <source>holds two tags of one exclusive group</source>
        <translation>包含同一单选标签组的两个标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="37"/>
        <source>would create new tags beyond WeCom&apos;s limit of {limit} tags</source>
        <translation>新建标签会超过企业微信 {limit} 个标签的上限</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="38"/>
        <source>same {key} as row {row}</source>
        <translation>与第 {row} 行的{key}相同</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="39"/>
        <source>its phone and its WeCom id belong to two different customers</source>
        <translation>手机号和企业微信 ID 属于两位不同的客户</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="40"/>
        <source>matches no customer here and has no name to create one</source>
        <translation>没有匹配的客户，且没有姓名，无法新建</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="41"/>
        <source>not stored: the database refused it ({detail})</source>
        <translation>未保存：数据库拒绝了这一行（{detail}）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="42"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="45"/>
        <source>{file} does not exist</source>
        <translation>{file} 不存在</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="46"/>
        <source>{file} has no header row</source>
        <translation>{file} 没有表头行</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="47"/>
        <source>{file}: line 1 (the headers) is not valid {encoding}: byte 0x{byte} at position {position}</source>
        <translation>{file}：第 1 行（表头）不是有效的 {encoding} 文本：第 {position} 个字节 0x{byte}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="48"/>
        <source>{file}: the first row (the headers) cannot be read</source>
        <translation>{file}：第一行（表头）无法读取</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="49"/>
        <source>{file} is not a readable .xlsx workbook ({detail})</source>
        <translation>{file} 不是可读取的 .xlsx 工作簿（{detail}）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="50"/>
        <source>{file} has no worksheet</source>
        <translation>{file} 没有工作表</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="51"/>
        <source>{file} unpacks to {size_mb} MB, more than the limit of {limit_mb} MB for a customer file</source>
        <translation>{file} 解压后有 {size_mb} MB，超过客户文件 {limit_mb} MB 的上限</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="52"/>
        <source>{file}: the sheet reaches cell {cell}, beyond the limit of {limit_rows} rows × {limit_columns} columns</source>
        <translation>{file}：工作表延伸到单元格 {cell}，超过 {limit_rows} 行 × {limit_columns} 列的上限</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="53"/>
        <source>{file} has more than {limit} rows; split it into smaller files</source>
        <translation>{file} 超过 {limit} 行，请拆分成较小的文件</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="54"/>
        <source>no column holds the customer&apos;s name, phone or WeCom id (columns: {columns})</source>
        <translation>没有一列是客户的姓名、手机号或企业微信 ID（各列：{columns}）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="55"/>
        <source>columns &apos;{first}&apos; and &apos;{second}&apos; both map to {field_name}</source>
        <translation>“{first}”和“{second}”两列都对应 {field_name}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="56"/>
        <source>columns &apos;{first}&apos; and &apos;{second}&apos; both give the name; ignore one</source>
        <translation>“{first}”和“{second}”两列都是姓名；请忽略其中一列</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="59"/>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/import_text.py" line="60"/>
        <source>WeCom id</source>
        <translation>企业微信 ID</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="114"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="116"/>
        <source>KPI of the trend chart</source>
        <translation>趋势图指标</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="123"/>
        <source>Funnel: contacted → session → purchase</source>
        <translation>漏斗：联系 → 1v1 → 成交</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="124"/>
        <source>Guides compared</source>
        <translation>导购对比</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="126"/>
        <source>KPI of the comparison chart</source>
        <translation>对比图指标</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="146"/>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="146"/>
        <source>Had a 1v1 session</source>
        <translation>参加过 1v1</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="146"/>
        <source>Purchased</source>
        <translation>已购买</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="152"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="152"/>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="164"/>
        <source>Guide</source>
        <translation>导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/kpi_charts.py" line="191"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="45"/>
        <source>Guide</source>
        <translation>导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="77"/>
        <source>Store total</source>
        <translation>门店合计</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="78"/>
        <source>{name} (left)</source>
        <translation>{name}（已离职）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="87"/>
        <source>{num} of {den} · double-click to see them</source>
        <translation>{den} 中的 {num} · 双击查看</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="89"/>
        <source>Double-click to see what this counts</source>
        <translation>双击查看明细</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="95"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="95"/>
        <source>Guide</source>
        <translation>导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="95"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="95"/>
        <source>Since last period</source>
        <translation>较上期</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="96"/>
        <source>Contacts</source>
        <translation>联系</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="96"/>
        <source>Sessions</source>
        <translation>1v1</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="96"/>
        <source>Purchases</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="113"/>
        <source>new</source>
        <translation>新上榜</translation>
    </message>
</context>
<context>
    <name>LongerPinDialog</name>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="194"/>
        <source>Choose a longer PIN</source>
        <translation>设置更长的 PIN</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="195"/>
        <source>{name}, your store now needs a PIN of at least 6 digits. Choose a new PIN to sign in.</source>
        <translation>{name}，本店现在要求 PIN 至少 6 位。请设置新的 PIN 后登录。</translation>
    </message>
</context>
<context>
    <name>LookCard</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/look_card.py" line="45"/>
        <source>Size %1</source>
        <translation>%1 码</translation>
    </message>
</context>
<context>
    <name>LookCardDialog</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/look_card.py" line="59"/>
        <source>Complete the look for %1</source>
        <translation>为 %1 搭配整套</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/look_card.py" line="61"/>
        <source>Picked for %1</source>
        <translation>为 %1 精选</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/look_card.py" line="62"/>
        <source>Save as PNG…</source>
        <translation>保存为图片…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="62"/>
        <source>Guide Desk 导购工作台</source>
        <translation>导购工作台 Guide Desk</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="68"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="117"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="118"/>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="119"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="124"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="120"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="88"/>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="88"/>
        <source>Guide</source>
        <translation>导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="123"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="121"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="122"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="164"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="167"/>
        <source>Switch guide</source>
        <translation>切换导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="169"/>
        <source>Lock and let another guide sign in (Ctrl+L)</source>
        <translation>锁定并让其他导购登录（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="171"/>
        <source>Manage tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="173"/>
        <source>Message templates…</source>
        <translation>话术模板…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="38"/>
        <source>Merge customers</source>
        <translation>合并顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="40"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="40"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="40"/>
        <source>WeCom id</source>
        <translation>企业微信 ID</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="41"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="41"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="41"/>
        <source>Top size</source>
        <translation>上装尺码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="42"/>
        <source>Bottom size</source>
        <translation>下装尺码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="42"/>
        <source>Shoe size</source>
        <translation>鞋码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="43"/>
        <source>Style preferences</source>
        <translation>风格偏好</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="43"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="43"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="44"/>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="49"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="50"/>
        <source>Keep (this record stays)</source>
        <translation>保留（保留此记录）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="51"/>
        <source>Merged in (archived afterwards)</source>
        <translation>并入（之后归档）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="57"/>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="57"/>
        <source>merged in</source>
        <translation>并入</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="70"/>
        <source>Tags are united; purchases, notes, tasks and sessions move to the record kept.</source>
        <translation>标签将合并；购买记录、备注、任务和预约都会转到保留的记录。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="73"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="87"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="91"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/merge_dialog.py" line="91"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="81"/>
        <source>New tag group</source>
        <translation>新建标签组</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="83"/>
        <source>Group name</source>
        <translation>标签组名称</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="84"/>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="85"/>
        <source>One tag per customer</source>
        <translation>每位顾客只能有一个</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="86"/>
        <source>Adding a tag of this group replaces the customer&apos;s other tag in it.</source>
        <translation>为顾客添加本组标签时，会替换其在本组中的原有标签。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="91"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>NewPinForm</name>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="59"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="61"/>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="70"/>
        <source>Repeat the PIN</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="75"/>
        <source>New PIN (4–8 digits)</source>
        <translation>新 PIN 码（4–8 位数字）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="75"/>
        <source>New PIN (6–8 digits)</source>
        <translation>新 PIN（6–8 位数字）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="82"/>
        <source>A PIN is 6 to 8 digits and not one digit repeated (e.g. not 111111).</source>
        <translation>PIN 为 6 到 8 位数字，且不能是同一数字重复（例如不能是 111111）。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="84"/>
        <source>A PIN is 4 to 8 digits and not one digit repeated (e.g. not 1111).</source>
        <translation>PIN 码为 4 到 8 位数字，且不能是同一个数字重复（例如不能是 1111）。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="88"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>两次输入的 PIN 码不一致，请输入相同的 PIN 码。</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/new_task.py" line="20"/>
        <source>New task for %1</source>
        <translation>为 %1 新建任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/new_task.py" line="21"/>
        <source>e.g. Call about the new autumn coats</source>
        <translation>如：电话告知秋季新款大衣到店</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/new_task.py" line="22"/>
        <location filename="../../guide_desk/ui/dialogs/new_task.py" line="36"/>
        <source>What to do</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/new_task.py" line="28"/>
        <location filename="../../guide_desk/ui/dialogs/new_task.py" line="37"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/new_task.py" line="29"/>
        <source>Message draft to copy into WeCom (optional)</source>
        <translation>可复制到企业微信的话术（可选）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/new_task.py" line="30"/>
        <source>Message draft</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/new_task.py" line="38"/>
        <source>Draft</source>
        <translation>话术</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="36"/>
        <source>Database passphrase</source>
        <translation>数据库口令</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="38"/>
        <source>This PC has no keyring to keep the key of the customer data. Choose a passphrase (at least {n} characters): it is asked at every start, and without it the data cannot be opened.</source>
        <translation>这台电脑没有可保存客户数据密钥的系统钥匙串。请设置一个口令（至少 {n} 个字符）：每次启动都会询问，没有它数据将无法打开。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="41"/>
        <source>Type the passphrase that protects the customer data on this PC.</source>
        <translation>请输入保护本机客户数据的口令。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="48"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="52"/>
        <source>Again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="65"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>口令至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="67"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="69"/>
        <source>Type the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="86"/>
        <source>This PC has no keyring to keep the key of the customer data, and IT&apos;s settings do not allow a passphrase instead. Ask IT to set up the keyring.</source>
        <translation>这台电脑没有可保存客户数据密钥的系统钥匙串，且 IT 设置不允许改用口令。请联系 IT 配置钥匙串。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="89"/>
        <source>The key of the customer data on this PC is missing from this user&apos;s keyring (another Windows user, or the keyring was reset). Sign in as the user who set up Guide Desk, or ask IT to restore the keyring.</source>
        <translation>当前用户的钥匙串中没有本机客户数据的密钥（可能是另一个 Windows 用户，或钥匙串已被重置）。请用安装导购工作台的用户登录，或联系 IT 恢复钥匙串。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="93"/>
        <source>Guide Desk needs the passphrase of the customer data to start.</source>
        <translation>导购工作台需要客户数据的口令才能启动。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="95"/>
        <source>The passphrase is wrong.</source>
        <translation>口令错误。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="96"/>
        <source>The customer data cannot be opened: {problem}</source>
        <translation>无法打开客户数据：{problem}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/passphrase.py" line="110"/>
        <source>Encrypting the customer data on this PC. This happens once and can take a minute…</source>
        <translation>正在加密本机的客户数据。只需进行一次，可能需要一分钟左右……</translation>
    </message>
</context>
<context>
    <name>PasswordSignInDialog</name>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="112"/>
        <source>First time on this PC</source>
        <translation>首次在这台电脑上使用</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="113"/>
        <source>{name}, sign in once with your Guide Desk password (the one for the central server), then choose a PIN for this PC.</source>
        <translation>{name}，请先用您的导购工作台密码（中心服务器的密码）登录一次，然后为这台电脑设置 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="117"/>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="120"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="119"/>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="124"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="137"/>
        <source>Please type your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="157"/>
        <source>Checking your password…</source>
        <translation>正在验证密码…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="165"/>
        <source>The server signed in someone else. Check the login and try again.</source>
        <translation>服务器登录的是另一位用户。请检查账号后重试。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="176"/>
        <source>Wrong password. Try again.</source>
        <translation>密码错误，请重试。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/pin_setup.py" line="178"/>
        <source>This PC is not connected to the central server, so the password cannot be checked. Ask your store manager to set your PIN.</source>
        <translation>这台电脑没有连接中心服务器，无法验证密码。请让店长为您设置 PIN 码。</translation>
    </message>
</context>
<context>
    <name>PinSettingsBox</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/pin_settings.py" line="20"/>
        <source>Sign-in and PINs</source>
        <translation>登录与 PIN</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/pin_settings.py" line="21"/>
        <source>PINs need 6 digits in this store (shorter ones are replaced at the next sign-in)</source>
        <translation>本店 PIN 须为 6 位（较短的 PIN 在下次登录时更换）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/pin_settings.py" line="28"/>
        <source>Required on this PC by IT&apos;s configuration</source>
        <translation>IT 已在这台电脑的配置中强制要求</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/pin_settings.py" line="30"/>
        <source>Guides locked out</source>
        <translation>被锁定的导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/pin_settings.py" line="31"/>
        <source>Unlock PIN</source>
        <translation>解锁 PIN</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/pin_settings.py" line="40"/>
        <source>Locked out</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/pin_settings.py" line="54"/>
        <source>blocked</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/pin_settings.py" line="57"/>
        <source>Nobody is locked out.</source>
        <translation>没有人被锁定。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/pin_settings.py" line="79"/>
        <source>{name} can sign in with their PIN again.</source>
        <translation>{name} 现在可以再次用 PIN 登录。</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/privacy_actions.py" line="26"/>
        <source>Save the customer&apos;s data in</source>
        <translation>将顾客数据保存到</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/privacy_actions.py" line="40"/>
        <source>Export this customer&apos;s data…</source>
        <translation>导出该顾客的数据…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/privacy_actions.py" line="41"/>
        <source>Export everything stored about this customer (data request)</source>
        <translation>导出本机保存的该顾客全部信息（个人信息查询）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/privacy_actions.py" line="43"/>
        <source>Erase customer…</source>
        <translation>删除顾客个人信息…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/privacy_actions.py" line="44"/>
        <source>Erase this customer&apos;s personal data for good</source>
        <translation>永久删除该顾客的个人信息</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/privacy_actions.py" line="74"/>
        <source>Saved {files} in {folder}</source>
        <translation>已保存 {files} 到 {folder}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/privacy_actions.py" line="83"/>
        <source>Erase customer</source>
        <translation>删除顾客个人信息</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/privacy_actions.py" line="84"/>
        <source>This removes {name}&apos;s personal data from this PC and the server for good; sales history stays anonymous. Type the name to confirm:</source>
        <translation>这将从本机和服务器永久删除 {name} 的个人信息；销售记录将匿名保留。请输入顾客姓名以确认：</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/privacy_actions.py" line="89"/>
        <source>The name typed does not match; nothing was erased.</source>
        <translation>输入的姓名不一致，未删除任何信息。</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="151"/>
        <source>Reassign task</source>
        <translation>转派任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="153"/>
        <source>New assignee</source>
        <translation>新负责人</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="162"/>
        <source>Assign to</source>
        <translation>转派给</translation>
    </message>
</context>
<context>
    <name>RejectionsModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="118"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="118"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="118"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="118"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="119"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>RejectsModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/import_preview.py" line="50"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/import_preview.py" line="50"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/import_preview.py" line="50"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/reminder_banner.py" line="51"/>
        <source>Copy reminder message</source>
        <translation>复制提醒话术</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/reminder_banner.py" line="53"/>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/widgets/reminder_banner.py" line="67"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/reminder_banner.py" line="69"/>
        <source>1v1 with %1 %2 (%3)</source>
        <translation>%2 与 %1 的 1v1（%3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/widgets/reminder_banner.py" line="85"/>
        <source>%n 1v1 session(s) coming up</source>
        <translation>
            <numerusform>%n 场 1v1 即将开始</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringRulesDialog</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/scoring_rules.py" line="14"/>
        <source>Contest scoring rules</source>
        <translation>导购大赛计分规则</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/scoring_rules.py" line="15"/>
        <source>Customer added</source>
        <translation>新增顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/scoring_rules.py" line="15"/>
        <source>Customer contacted</source>
        <translation>联系顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/scoring_rules.py" line="16"/>
        <source>Task done on time</source>
        <translation>按时完成任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/scoring_rules.py" line="16"/>
        <source>1v1 session held</source>
        <translation>完成 1v1</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/scoring_rules.py" line="17"/>
        <source>Attributed purchase</source>
        <translation>归属成交</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/scoring_rules.py" line="24"/>
        <source> pts</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/scoring_rules.py" line="31"/>
        <location filename="../../guide_desk/ui/dialogs/scoring_rules.py" line="32"/>
        <source>Cap per customer per day</source>
        <translation>每位顾客每天积分上限</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/scoring_rules.py" line="33"/>
        <source>The cap stops many small actions on one customer in one day from paying off.</source>
        <translation>上限可防止同一天对同一顾客刷分。</translation>
    </message>
</context>
<context>
    <name>SegmentPicker</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/segments.py" line="49"/>
        <location filename="../../guide_desk/ui/widgets/segments.py" line="51"/>
        <source>Saved segments</source>
        <translation>已保存的分群</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/segments.py" line="52"/>
        <source>Choose a saved segment to show its customers</source>
        <translation>选择已保存的分群以显示其顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/segments.py" line="55"/>
        <source>Save as segment…</source>
        <translation>另存为分群…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/segments.py" line="56"/>
        <source>Save as segment</source>
        <translation>另存为分群</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/segments.py" line="73"/>
        <source>Saved segments…</source>
        <translation>已保存的分群…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/segments.py" line="75"/>
        <source>{name} (shared)</source>
        <translation>{name}（共享）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/segments.py" line="106"/>
        <source>Save segment</source>
        <translation>保存分群</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/segments.py" line="106"/>
        <source>Name of the segment:</source>
        <translation>分群名称：</translation>
    </message>
</context>
<context>
    <name>SessionCloseDialog</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/session_close.py" line="40"/>
        <source>Close the session</source>
        <translation>结束预约</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/session_close.py" line="52"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/session_close.py" line="52"/>
        <source>No-show</source>
        <translation>未到店</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/session_close.py" line="52"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/session_close.py" line="59"/>
        <source>Why is it cancelled?</source>
        <translation>取消原因？</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/session_close.py" line="69"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/session_close.py" line="70"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/session_close.py" line="71"/>
        <source>Items tried and bought</source>
        <translation>试穿与购买的商品</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/session_close.py" line="72"/>
        <source>Amount bought</source>
        <translation>成交金额</translation>
    </message>
</context>
<context>
    <name>SessionItemsModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/session_items.py" line="19"/>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_items.py" line="19"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_items.py" line="19"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_items.py" line="19"/>
        <source>In stock here</source>
        <translation>本店库存</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_items.py" line="21"/>
        <source>Tried on</source>
        <translation>已试穿</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_items.py" line="21"/>
        <source>Bought</source>
        <translation>已购买</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/session_list.py" line="40"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_list.py" line="40"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_list.py" line="40"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_list.py" line="40"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_list.py" line="40"/>
        <source>Guide</source>
        <translation>导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_list.py" line="41"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="27"/>
        <location filename="../../guide_desk/ui/pages/settings.py" line="38"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="28"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="32"/>
        <source>Lock after idle minutes</source>
        <translation>空闲多少分钟后锁定</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="34"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="35"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="39"/>
        <source>Lock the screen after</source>
        <translation>空闲锁屏时间</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="41"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="46"/>
        <source>Connect to central server…</source>
        <translation>连接中心服务器…</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run.py" line="59"/>
        <source>Set up this PC — Guide Desk</source>
        <translation>设置这台电脑 — 导购工作台</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run.py" line="61"/>
        <source>Nobody can sign in on this PC yet. Connect it to the central server with the store&apos;s enrolment code and sign in with your Guide Desk account; the store&apos;s data is then downloaded and you choose a PIN for this PC.</source>
        <translation>这台电脑上还没有人可以登录。请用本店的注册码将它连接到中心服务器，并用您的导购工作台账号登录；随后会下载本店数据，再由您为这台电脑设置 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run.py" line="85"/>
        <source>Set up later</source>
        <translation>稍后设置</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run.py" line="106"/>
        <source>Finish and sign in</source>
        <translation>完成并登录</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run.py" line="117"/>
        <source>Step 1 of 3: connect this PC and sign in</source>
        <translation>第 1 步（共 3 步）：连接这台电脑并登录</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run.py" line="118"/>
        <source>Step 2 of 3: download the store&apos;s data</source>
        <translation>第 2 步（共 3 步）：下载本店数据</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run.py" line="119"/>
        <source>Step 3 of 3: choose your PIN for this PC</source>
        <translation>第 3 步（共 3 步）：设置这台电脑的 PIN 码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run.py" line="140"/>
        <source>Welcome, {name}. Choose a PIN of 6 to 8 digits: from now on you sign in on this PC by picking your name and typing it.</source>
        <translation>欢迎，{name}。请设置 6 到 8 位数字的 PIN：以后在这台电脑上选择你的名字并输入 PIN 即可登录。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/first_run.py" line="142"/>
        <source>Welcome, {name}. Choose a PIN of 4 to 8 digits: from now on you sign in on this PC by picking your name and typing it.</source>
        <translation>欢迎，{name}。请设置 4 到 8 位数字的 PIN 码：以后在这台电脑上选择您的姓名并输入它即可登录。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="40"/>
        <source>Sign in — Guide Desk</source>
        <translation>登录 — 导购工作台</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="46"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="47"/>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="47"/>
        <source>HQ</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="51"/>
        <source>{name} (set up PIN)</source>
        <translation>{name}（需设置 PIN 码）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="56"/>
        <location filename="../../guide_desk/ui/sign_in.py" line="65"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="64"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="67"/>
        <location filename="../../guide_desk/ui/sign_in.py" line="93"/>
        <source>First time on this PC? Sign in with your password…</source>
        <translation>首次在这台电脑上使用？用密码登录…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="92"/>
        <location filename="../../guide_desk/ui/sign_in.py" line="138"/>
        <source>Sign in with your password and choose a new PIN…</source>
        <translation>用账号密码登录并设置新的 PIN…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="102"/>
        <source>This PIN is blocked after too many wrong tries. Sign in with your password below, or ask your store manager to unlock it.</source>
        <translation>PIN 输错次数过多，已被停用。请在下方用账号密码登录，或请店长解锁。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="141"/>
        <source>This name cannot sign in on this PC.</source>
        <translation>此人不能在这台电脑上登录。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="143"/>
        <source>Wrong PIN. Tries left before it locks: {tries}.</source>
        <translation>PIN 错误。还可再试 {tries} 次，之后将被锁定。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="144"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN 码错误，请重试。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="153"/>
        <source>Your store needs a PIN of at least 6 digits: choose one to sign in.</source>
        <translation>本店要求 PIN 至少 6 位：请设置新的 PIN 后登录。</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="103"/>
        <source>Snooze task</source>
        <translation>推迟任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="109"/>
        <source>1 week</source>
        <translation>1 周</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="109"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="115"/>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="116"/>
        <source>Until a date</source>
        <translation>推迟到指定日期</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/task_actions.py" line="123"/>
        <source>Snooze until date</source>
        <translation>推迟到的日期</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/suggestion_list.py" line="19"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/suggestion_list.py" line="19"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/suggestion_list.py" line="19"/>
        <source>When to reach</source>
        <translation>最佳联系时间</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/suggestion_list.py" line="52"/>
        <source>Marketing message: needs consent and counts toward the contact caps</source>
        <translation>营销消息：需顾客授权，计入推送次数上限</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/suggestion_list.py" line="53"/>
        <source>Service follow-up</source>
        <translation>服务类跟进</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="54"/>
        <source>Suggested follow-ups</source>
        <translation>跟进建议</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="66"/>
        <source>Working out today&apos;s suggestions…</source>
        <translation>正在生成今日跟进建议…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="71"/>
        <source>Message draft</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="74"/>
        <source>Copy draft</source>
        <translation>复制话术</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="74"/>
        <source>Accept as task</source>
        <translation>接受为任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="74"/>
        <source>Mark sent</source>
        <translation>标记已发送</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="75"/>
        <source>Dismiss…</source>
        <translation>忽略…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="75"/>
        <source>Look card…</source>
        <translation>搭配卡片…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="135"/>
        <source>No suggestions right now.</source>
        <translation>暂时没有跟进建议。</translation>
    </message>
</context>
<context>
    <name>SuggestionSettingsBox</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="22"/>
        <source>Suggestions and contact caps for this store</source>
        <translation>本店的跟进建议与推送上限</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="25"/>
        <source>Days between marketing pushes to one customer</source>
        <translation>同一顾客两次营销推送的间隔天数</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="26"/>
        <source>Days a dismissed suggestion stays away</source>
        <translation>被忽略的建议暂停天数</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="27"/>
        <source>Birthday reminder, days ahead</source>
        <translation>生日提醒提前天数</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="28"/>
        <source>Dormant after days without a purchase</source>
        <translation>多少天未购买算沉睡</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="29"/>
        <source>Repurchase offer, days after the last purchase</source>
        <translation>复购礼遇：最近一次购买后天数</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="30"/>
        <source>New arrivals launched within days</source>
        <translation>新品：上市天数以内</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="31"/>
        <source>Points reminder, days before expiry</source>
        <translation>积分提醒：到期前天数</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="32"/>
        <source>A purchase counts for a push within days</source>
        <translation>推送后多少天内的购买计入推送成效</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="39"/>
        <source>Post-purchase care on days (e.g. 3, 7, 30)</source>
        <translation>购后关怀的天数（如 3, 7, 30）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="43"/>
        <source>Dormant counts from a total spend of</source>
        <translation>沉睡唤醒的累计消费门槛</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="44"/>
        <source>Save thresholds</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="47"/>
        <source>Post-purchase care days</source>
        <translation>购后关怀天数</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_settings.py" line="48"/>
        <source>Dormant minimum spend</source>
        <translation>沉睡唤醒消费门槛</translation>
    </message>
</context>
<context>
    <name>SuggestionText</name>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="16"/>
        <source>bought {product} {days} days ago — post-purchase care</source>
        <translation>{days} 天前购买了{product} — 购后关怀</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="18"/>
        <source>birthday in {days} days ({date}) — birthday care</source>
        <translation>{days} 天后生日（{date}）— 生日关怀</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="20"/>
        <source>last bought {days_since} days ago, usually every {median_days} — repurchase due</source>
        <translation>{days_since} 天未购买，平时每 {median_days} 天一次 — 复购提醒</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="23"/>
        <source>no purchase for {days_since} days, ¥{spent_yuan} spent — dormant high-value</source>
        <translation>{days_since} 天未购买，累计消费 ¥{spent_yuan} — 高价值沉睡</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="25"/>
        <source>first-time buyer</source>
        <translation>首购顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="25"/>
        <source>repeat buyer</source>
        <translation>复购顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="26"/>
        <source>regular customer</source>
        <translation>老顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="27"/>
        <source>{tier}, {purchases} purchases — repurchase offer</source>
        <translation>{tier}，已购 {purchases} 次 — 复购礼遇</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="30"/>
        <source>had a 1v1 session yesterday — session follow-up</source>
        <translation>昨天做了 1v1 服务 — 服务回访</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="32"/>
        <source>{points} points expire on {date} — points reminder</source>
        <translation>{points} 积分将于 {date} 到期 — 积分提醒</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="34"/>
        <source>new arrival {product} in size {size} matches their style</source>
        <translation>新品{product}有 {size} 码，符合其风格</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="36"/>
        <source>complete the look: {product} in size {size}</source>
        <translation>搭配推荐：{product}（{size} 码）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="41"/>
        <source>any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/suggestion_text.py" line="42"/>
        <source>best {start}:00–{end}:00</source>
        <translation>最佳 {start}:00–{end}:00</translation>
    </message>
</context>
<context>
    <name>SyncReviewPage</name>
    <message>
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="36"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="37"/>
        <source>Rejected changes</source>
        <translation>被拒绝的修改</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="38"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="39"/>
        <source>Restore the value from this PC and send it again</source>
        <translation>恢复这台电脑上的值并重新发送</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="41"/>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="42"/>
        <source>Accept the value that is on the server now</source>
        <translation>接受服务器上现在的值</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="44"/>
        <source>Fix and resend</source>
        <translation>修改后重发</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="45"/>
        <source>Open the customer to make the change again</source>
        <translation>打开该顾客，重新修改</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="47"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="48"/>
        <source>Let this change go; the server&apos;s version stays</source>
        <translation>放弃这次修改，保留服务器上的版本</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="53"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="55"/>
        <source>When another PC changed the same thing, or the server refused a change, it is listed here for you to decide. Nothing is lost meanwhile.</source>
        <translation>当另一台电脑改了同一处，或服务器拒绝了某次修改时，会列在这里由你决定。在此期间不会丢失任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="91"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>冲突（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/sync_review.py" line="92"/>
        <source>Rejected changes (%n)</source>
        <translation>
            <numerusform>被拒绝的修改（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../guide_desk/ui/sync/status.py" line="35"/>
        <source>Sign in for sync…</source>
        <translation>登录以同步…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/status.py" line="38"/>
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/status.py" line="39"/>
        <source>Connect this PC to the central server</source>
        <translation>将这台电脑连接到中心服务器</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/sync/status.py" line="53"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n 条修改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/status.py" line="66"/>
        <source>Your changes reach the central server only after you sign in for sync on this PC once, with your server password</source>
        <translation>在本机用您的服务器密码登录一次同步后，您的修改才会发送到中央服务器</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="34"/>
        <source>Tag filter “{tag}”</source>
        <translation>标签筛选“{tag}”</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="36"/>
        <source>Must have</source>
        <translation>必须包含</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="36"/>
        <source>Any of</source>
        <translation>包含任一</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="36"/>
        <source>Must not have</source>
        <translation>不包含</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="38"/>
        <source>How to filter by “{tag}”</source>
        <translation>如何按“{tag}”筛选</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="39"/>
        <source>Must have: every such tag. Any of: at least one of the “Any of” tags. Must not have: none of these tags.</source>
        <translation>必须包含：需有全部此类标签。包含任一：至少有一个“包含任一”的标签。不包含：不能有这些标签。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="47"/>
        <source>Remove the filter “{tag}”</source>
        <translation>移除筛选“{tag}”</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="48"/>
        <source>Remove this tag from the filter</source>
        <translation>从筛选中移除此标签</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_editor.py" line="61"/>
        <source>Tag %1 in %2</source>
        <translation>%2 中的标签 %1</translation>
    </message>
</context>
<context>
    <name>TagFilterBar</name>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="81"/>
        <source>Tag filter</source>
        <translation>标签筛选</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="84"/>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="85"/>
        <source>Add tag filter</source>
        <translation>添加标签筛选</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="87"/>
        <source>Clear tags</source>
        <translation>清除标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="88"/>
        <source>Clear the tag filter</source>
        <translation>清除标签筛选</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/tag_filter.py" line="149"/>
        <source>No tags yet</source>
        <translation>还没有标签</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="117"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="119"/>
        <source>Tag groups and tags</source>
        <translation>标签组与标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="120"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="120"/>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="131"/>
        <source>New group…</source>
        <translation>新建标签组…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="132"/>
        <source>New tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="133"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="134"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="135"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="205"/>
        <source>Name of the new tag in “{group}”:</source>
        <translation>在“{group}”中新建标签的名称：</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="206"/>
        <source>New tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="219"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="219"/>
        <source>New name for “{name}”:</source>
        <translation>“{name}”的新名称：</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="236"/>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="244"/>
        <source>Merge tag</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="237"/>
        <source>Merge “{tag}” into:</source>
        <translation>将“{tag}”合并到：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="242"/>
        <source>Merge “{source}” into “{target}”? %n customer(s) will carry “{target}” instead, and “{source}” will be deleted.</source>
        <translation>
            <numerusform>将“{source}”合并到“{target}”？%n 位顾客将改为带有“{target}”，“{source}”将被删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="258"/>
        <source>Delete the tag “{tag}”? %n customer(s) will lose it. This cannot be undone.</source>
        <translation>
            <numerusform>删除标签“{tag}”？%n 位顾客将失去该标签。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/tag_manager.py" line="259"/>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="32"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="32"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="32"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="32"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="40"/>
        <source>HQ SOP</source>
        <translation>总部 SOP</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="40"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="40"/>
        <source>Suggestion</source>
        <translation>智能建议</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="41"/>
        <source>Reached</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="41"/>
        <source>No answer</source>
        <translation>未回复</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="42"/>
        <source>Purchased</source>
        <translation>已购买</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="42"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="92"/>
        <source>Purchased ¥{amount}</source>
        <translation>已购买 ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="93"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="95"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="97"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/task_table.py" line="97"/>
        <source>Open</source>
        <translation>待办</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="64"/>
        <source>Whose tasks</source>
        <translation>查看谁的任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="74"/>
        <source>Tasks of</source>
        <translation>任务负责人</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="95"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="107"/>
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="107"/>
        <source>Complete the selected task</source>
        <translation>完成所选任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="109"/>
        <source>Snooze…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="109"/>
        <source>Snooze the selected task</source>
        <translation>推迟所选任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="111"/>
        <source>Reassign…</source>
        <translation>转派…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="111"/>
        <source>Reassign the selected task to another guide</source>
        <translation>把所选任务转派给其他导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="267"/>
        <source>{action} ({shortcut})</source>
        <translation>{action}（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="284"/>
        <source>Mine ({count})</source>
        <translation>我的（{count}）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="284"/>
        <source>Today ({count})</source>
        <translation>今日（{count}）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="285"/>
        <source>Overdue ({count})</source>
        <translation>已逾期（{count}）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="285"/>
        <source>HQ SOP ({count})</source>
        <translation>总部 SOP（{count}）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="286"/>
        <source>Done ({count})</source>
        <translation>已完成（{count}）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/tasks.py" line="293"/>
        <source>Showing the latest {shown} of {total} done tasks.</source>
        <translation>显示最近的 {shown} 条，共 {total} 条已完成任务。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/tasks.py" line="296"/>
        <source>%n done task(s), latest first.</source>
        <translation>
            <numerusform>%n 条已完成任务，最近的在前。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/tasks.py" line="298"/>
        <source>%n task(s), earliest due first.</source>
        <translation>
            <numerusform>%n 条任务，最早截止的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="36"/>
        <source>Message templates</source>
        <translation>话术模板</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="38"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="41"/>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="56"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="44"/>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="46"/>
        <source>Template text</source>
        <translation>模板内容</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="49"/>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="60"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="50"/>
        <source>Placeholders: %1</source>
        <translation>可用占位符：%1</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="51"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="53"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="57"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="58"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="81"/>
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="81"/>
        <source>HQ</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/templates.py" line="95"/>
        <source>My %1</source>
        <translation>我的%1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="18"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="18"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="18"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="21"/>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="21"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="21"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="22"/>
        <source>1v1 session</source>
        <translation>1v1 服务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="24"/>
        <source>in store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="24"/>
        <source>mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="25"/>
        <source>in-store styling</source>
        <translation>到店搭配</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="25"/>
        <source>video try-on</source>
        <translation>视频试穿</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="26"/>
        <source>home try-on</source>
        <translation>上门试穿</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="26"/>
        <source>open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="27"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="27"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="27"/>
        <source>booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="28"/>
        <source>no-show</source>
        <translation>未到店</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="28"/>
        <source>reached</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="28"/>
        <source>no answer</source>
        <translation>未回复</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="29"/>
        <source>purchased</source>
        <translation>已购买</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/timeline.py" line="29"/>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="116"/>
        <source>Book 1v1…</source>
        <translation>预约 1v1…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="118"/>
        <source>Close session…</source>
        <translation>结束预约…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="119"/>
        <source>Mark the selected session done, no-show or cancelled</source>
        <translation>将选中的预约标记为已完成、未到店或已取消</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="127"/>
        <source>Tasks due today and overdue</source>
        <translation>今日到期及逾期任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="128"/>
        <source>Today&apos;s 1v1 sessions</source>
        <translation>今日 1v1 服务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="142"/>
        <source>Suggested follow-ups</source>
        <translation>跟进建议</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/today.py" line="194"/>
        <source>%n task(s) due today or overdue</source>
        <translation>
            <numerusform>%n 条任务今日到期或已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/today.py" line="195"/>
        <source>%n 1v1 session(s) today</source>
        <translation>
            <numerusform>今日 %n 场 1v1 服务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodaySessionsModel</name>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="68"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="68"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="68"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="68"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="72"/>
        <source>In-store styling</source>
        <translation>到店搭配</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="72"/>
        <source>Video try-on</source>
        <translation>视频试穿</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="73"/>
        <source>Home try-on</source>
        <translation>上门试穿</translation>
    </message>
</context>
<context>
    <name>TodayTasksModel</name>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="28"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="28"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="28"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="28"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="61"/>
        <source>HQ SOP</source>
        <translation>总部 SOP</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/today.py" line="61"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../guide_desk/ui/errors.py" line="21"/>
        <source>Please check “{field}”: {problem}.</source>
        <translation>请检查“{field}”：{problem}。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/errors.py" line="24"/>
        <source>This record no longer exists ({entity}). Refresh and try again.</source>
        <translation>该记录已不存在（{entity}），请刷新后重试。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/errors.py" line="27"/>
        <source>Your role does not allow this: {reason}</source>
        <translation>您的角色无权执行此操作：{reason}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/errors.py" line="30"/>
        <source>Something went wrong ({kind}). Your data is safe; the details are in the log file.</source>
        <translation>出现问题（{kind}）。您的数据是安全的，详情已写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/errors.py" line="38"/>
        <source>Guide Desk</source>
        <translation>导购工作台</translation>
    </message>
</context>
<context>
    <name>kpi</name>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="25"/>
        <source>Customers added</source>
        <translation>新增顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="26"/>
        <source>Customers contacted</source>
        <translation>已联系顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="27"/>
        <source>Tasks on time</source>
        <translation>任务按时完成率</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="28"/>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="29"/>
        <source>Suggestions accepted</source>
        <translation>建议采纳率</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="30"/>
        <source>Push → purchase (7 d)</source>
        <translation>推送后 7 天成交率</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="31"/>
        <source>1v1 sessions held</source>
        <translation>1v1 服务场次</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="32"/>
        <source>No-show rate</source>
        <translation>爽约率</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="33"/>
        <source>Session → purchase</source>
        <translation>1v1 成交转化率</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="34"/>
        <source>Attributed sales</source>
        <translation>归属销售额</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="35"/>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/kpi_table.py" line="36"/>
        <source>Tag coverage (≥ 3 tags)</source>
        <translation>标签覆盖率（≥3 个标签）</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../guide_desk/ui/dialogs/look_card.py" line="28"/>
        <source>Save look card</source>
        <translation>保存搭配卡片</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="37"/>
        <source>Already contacted</source>
        <translation>已联系过</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="37"/>
        <source>Not interested now</source>
        <translation>暂不感兴趣</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="37"/>
        <source>Wrong timing</source>
        <translation>时机不对</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="38"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="39"/>
        <source>Dismiss suggestion</source>
        <translation>忽略建议</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/widgets/suggestion_panel.py" line="39"/>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <location filename="../../guide_desk/ui/models/session_list.py" line="22"/>
        <source>In-store styling</source>
        <translation>到店搭配</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_list.py" line="23"/>
        <source>Video try-on</source>
        <translation>视频试穿</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_list.py" line="24"/>
        <source>Home try-on</source>
        <translation>上门试穿</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_list.py" line="29"/>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_list.py" line="30"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_list.py" line="31"/>
        <source>No-show</source>
        <translation>未到店</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/session_list.py" line="32"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../guide_desk/ui/sync/__init__.py" line="42"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/__init__.py" line="45"/>
        <source>Send and receive changes now (F5)</source>
        <translation>立即发送和接收修改（F5）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/__init__.py" line="87"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="31"/>
        <source>Not connected to a central server</source>
        <translation>未连接中心服务器</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="32"/>
        <source>Not enrolled</source>
        <translation>未注册</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="33"/>
        <source>Sign-in needed for sync</source>
        <translation>需要登录才能同步</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="34"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="35"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="36"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="37"/>
        <source>Sync problem</source>
        <translation>同步出错</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="38"/>
        <source>Sync paused</source>
        <translation>同步已暂停</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="39"/>
        <source>Waiting to sync</source>
        <translation>等待同步</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="46"/>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="50"/>
        <source>synced {time}</source>
        <translation>已同步 {time}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="51"/>
        <source>synced {date}</source>
        <translation>已同步 {date}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="56"/>
        <source>the central server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="60"/>
        <source>Cannot reach {url}. Check the network; your changes are kept and sent later.</source>
        <translation>无法连接 {url}。请检查网络；你的修改已保存，稍后会发送。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="63"/>
        <source>The central server is busy; the app tries again shortly.</source>
        <translation>中心服务器繁忙，稍后会自动重试。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="65"/>
        <source>The central server had a problem; the app tries again later.</source>
        <translation>中心服务器出现问题，稍后会自动重试。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="67"/>
        <source>This PC is not enrolled with a central server yet: connect it in Settings.</source>
        <translation>这台电脑还没有在中心服务器注册：请在“设置”中连接。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="69"/>
        <source>Nobody is signed in for sync on this PC: sign in to send and receive changes.</source>
        <translation>这台电脑上没有人登录同步：登录后才能发送和接收修改。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="71"/>
        <source>The server did not accept this PC&apos;s sign-in; sign in for sync again.</source>
        <translation>服务器不接受这台电脑的登录，请重新登录同步。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="73"/>
        <source>The server asked for a full download; it starts with the next round.</source>
        <translation>服务器要求重新完整下载，将在下一轮开始。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="75"/>
        <source>The server refused: {message}</source>
        <translation>服务器拒绝：{message}</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="85"/>
        <source>Too many attempts. Try again in 1 minute.</source>
        <translation>尝试次数过多，请 1 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="86"/>
        <source>Too many attempts. Try again in {minutes} minutes.</source>
        <translation>尝试次数过多，请 {minutes} 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="94"/>
        <source>the guide who made it</source>
        <translation>做出此修改的导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="97"/>
        <source>Only a store manager may make this change, and none was signed in for sync: sign in as a store manager on this PC, then make the change again</source>
        <translation>只有店长可以做此修改，而本机没有店长登录同步：请在本机以店长身份登录，然后重新修改</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="99"/>
        <source>{name} was not signed in for sync on this PC: sign in as {name} on this PC (with the server password), then make the change again</source>
        <translation>{name} 未在本机登录同步：请在本机以 {name} 的身份（使用服务器密码）登录，然后重新修改</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="102"/>
        <source>{name} has been deactivated: their changes are no longer accepted</source>
        <translation>{name} 已被停用：其修改不再被接受</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="104"/>
        <source>{name} works in another store than this PC</source>
        <translation>{name} 属于其他门店，不是本机所在门店</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="105"/>
        <source>The server does not know who made this change</source>
        <translation>服务器不认识做出此修改的人</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="113"/>
        <source>Only a store manager may make this change: sign in as a store manager on this PC, then make it again</source>
        <translation>只有店长可以做此修改：请在本机以店长身份登录，然后重新修改</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="122"/>
        <source>A value was not accepted</source>
        <translation>有一个值不被接受</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="123"/>
        <source>Your role may not make this change</source>
        <translation>你的角色无权做这个修改</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="124"/>
        <source>The record no longer exists on the server</source>
        <translation>服务器上已没有这条记录</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="125"/>
        <source>The customer was archived</source>
        <translation>该顾客已归档</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="126"/>
        <source>It already exists</source>
        <translation>已经存在</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="127"/>
        <source>This person is already a customer of another store</source>
        <translation>此人已是其他门店的顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="128"/>
        <source>The name is already used</source>
        <translation>名称已被使用</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="129"/>
        <source>Notes cannot be changed once written</source>
        <translation>备注写入后不能修改</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="130"/>
        <source>The session was already closed</source>
        <translation>该 1v1 已结束</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="131"/>
        <source>The task was already closed</source>
        <translation>该任务已关闭</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="132"/>
        <source>The guide is already booked at that time</source>
        <translation>该导购在这个时间已有预约</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="133"/>
        <source>The room or resource is already booked at that time</source>
        <translation>该房间或资源在这个时间已被预约</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="134"/>
        <source>The time is outside the store&apos;s opening hours</source>
        <translation>该时间不在门店营业时间内</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="135"/>
        <source>Too many tags</source>
        <translation>标签太多</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="136"/>
        <source>The server does not know this kind of record</source>
        <translation>服务器不认识这种记录</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="137"/>
        <source>The server does not know this kind of change</source>
        <translation>服务器不认识这种修改</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sync/words.py" line="139"/>
        <source>Refused ({code})</source>
        <translation>被拒绝（{code}）</translation>
    </message>
</context>
<context>
    <name>sync_review</name>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="25"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="26"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="27"/>
        <source>WeCom id</source>
        <translation>企业微信 ID</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="28"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="29"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="30"/>
        <source>Top size</source>
        <translation>上装尺码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="31"/>
        <source>Bottom size</source>
        <translation>下装尺码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="32"/>
        <source>Shoe size</source>
        <translation>鞋码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="33"/>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="34"/>
        <source>Member tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="35"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="36"/>
        <source>Marketing consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="37"/>
        <source>Owner guide</source>
        <translation>负责导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="39"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="40"/>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="59"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="47"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="52"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="52"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="58"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="60"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="61"/>
        <source>1v1 session</source>
        <translation>1v1 服务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="62"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/models/sync_review.py" line="63"/>
        <source>Tag group</source>
        <translation>标签组</translation>
    </message>
</context>
</TS>
