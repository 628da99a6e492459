<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <location filename="../../guide_desk/ui/pages/calendar.py" line="53"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="53"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="53"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="54"/>
        <source>Next 14 days</source>
        <translation>未来 14 天</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="65"/>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="65"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="65"/>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="70"/>
        <source>Book 1v1…</source>
        <translation>预约 1v1…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="72"/>
        <source>Close session…</source>
        <translation>结束预约…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="74"/>
        <source>Copy reminder</source>
        <translation>复制提醒话术</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="75"/>
        <source>Copy the customer reminder message (话术)</source>
        <translation>复制给顾客的提醒话术</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="77"/>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="78"/>
        <source>The selected session, or your next 4 weeks when none is selected</source>
        <translation>导出选中的预约；未选中时导出你未来 4 周的预约</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="80"/>
        <source>Import days off…</source>
        <translation>导入休息日…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="81"/>
        <source>Read an .ics file of your days off; those times are shown as busy</source>
        <translation>读取休息日的 .ics 文件，这些时间将显示为忙碌</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="91"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="98"/>
        <source>Sessions of the next 14 days</source>
        <translation>未来 14 天的预约</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="212"/>
        <source>Export to iCalendar</source>
        <translation>导出为 iCalendar</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="213"/>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="217"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="217"/>
        <source>Import days off</source>
        <translation>导入休息日</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/calendar.py" line="236"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guide_desk/ui/pages/calendar.py" line="252"/>
        <source>%n blocked time(s) imported</source>
        <translation>
            <numerusform>已导入 %n 段不可预约时间</numerusform>
        </translation>
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
    <name>CustomerProfile</name>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="75"/>
        <source>Copy phone</source>
        <translation>复制手机号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="79"/>
        <source>Show and edit</source>
        <translation>显示并编辑</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="80"/>
        <source>Show the full phone number to edit it</source>
        <translation>显示完整手机号以便编辑</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="82"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 1990-05-17</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="84"/>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="84"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="84"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="87"/>
        <source>e.g. 通勤, 法式</source>
        <translation>如：通勤, 法式</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="88"/>
        <source>Agrees to receive marketing messages</source>
        <translation>同意接收营销消息</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="89"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="92"/>
        <source>Add a note about this customer…</source>
        <translation>为这位顾客添加备注…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="94"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="96"/>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="97"/>
        <source>Create a follow-up task for this customer</source>
        <translation>为这位顾客新建跟进任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="99"/>
        <source>Book 1v1…</source>
        <translation>预约 1v1…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="100"/>
        <source>Book a 1v1 session with this customer</source>
        <translation>为这位顾客预约 1v1</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="116"/>
        <location filename="../../guide_desk/ui/pages/profile.py" line="126"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="116"/>
        <location filename="../../guide_desk/ui/pages/profile.py" line="130"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="116"/>
        <location filename="../../guide_desk/ui/pages/profile.py" line="131"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="117"/>
        <location filename="../../guide_desk/ui/pages/profile.py" line="132"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="117"/>
        <source>Top size</source>
        <translation>上装尺码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="118"/>
        <source>Bottom size</source>
        <translation>下装尺码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="118"/>
        <source>Shoe size</source>
        <translation>鞋码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="119"/>
        <source>Style preferences</source>
        <translation>风格偏好</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="119"/>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="120"/>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="120"/>
        <source>Customer history</source>
        <translation>顾客动态</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="136"/>
        <source>Sizes (top / bottom / shoe)</source>
        <translation>尺码（上装 / 下装 / 鞋）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="137"/>
        <source>Styles</source>
        <translation>风格</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="154"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="156"/>
        <source>History</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="200"/>
        <source>No marketing consent: service follow-ups only.</source>
        <translation>未授权营销：只做服务类跟进。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="204"/>
        <source>Monthly push limit reached; next push from %1.</source>
        <translation>本月推送次数已满，%1 起可再推送。</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/profile.py" line="206"/>
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
        <location filename="../../guide_desk/ui/dialogs/look_card.py" line="55"/>
        <source>Complete the look for %1</source>
        <translation>为 %1 搭配整套</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/look_card.py" line="57"/>
        <source>Picked for %1</source>
        <translation>为 %1 精选</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/dialogs/look_card.py" line="58"/>
        <source>Save as PNG…</source>
        <translation>保存为图片…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="28"/>
        <source>Guide Desk 导购工作台</source>
        <translation>导购工作台 Guide Desk</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="36"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="39"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="39"/>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="39"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="40"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="40"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="56"/>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="56"/>
        <source>Guide</source>
        <translation>导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="78"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="81"/>
        <source>Switch guide</source>
        <translation>切换导购</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="83"/>
        <source>Lock and let another guide sign in (Ctrl+L)</source>
        <translation>锁定并让其他导购登录（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="85"/>
        <source>Manage tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/main_window.py" line="87"/>
        <source>Message templates…</source>
        <translation>话术模板…</translation>
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
        <location filename="../../guide_desk/ui/pages/settings.py" line="24"/>
        <location filename="../../guide_desk/ui/pages/settings.py" line="35"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="25"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="29"/>
        <source>Lock after idle minutes</source>
        <translation>空闲多少分钟后锁定</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="31"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="32"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="36"/>
        <source>Lock the screen after</source>
        <translation>空闲锁屏时间</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/pages/settings.py" line="38"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="24"/>
        <source>Sign in — Guide Desk</source>
        <translation>登录 — 导购工作台</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="29"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="30"/>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="30"/>
        <source>HQ</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="37"/>
        <location filename="../../guide_desk/ui/sign_in.py" line="45"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../guide_desk/ui/sign_in.py" line="55"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN 码错误，请重试。</translation>
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
</TS>
