<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>any No.</source>
        <translation>任意编号</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>修改记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown, newest first</source>
        <translation>
            <numerusform>显示 %n 条修改，最新的在前</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出修改记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条修改导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of users could not be read: %1</source>
        <translation>无法读取用户列表：%1</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参与记录</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>授权书签发</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>调查活动</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Grading rules</source>
        <translation>等级评定规则</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>授权函模板</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Merged unit #%1 into this one</source>
        <translation>将单位 #%1 合并到此单位</translation>
    </message>
    <message>
        <source>Merged into unit #%1</source>
        <translation>已合并到单位 #%1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>导入了 %1</translation>
    </message>
    <message>
        <source>Created by importing %1</source>
        <translation>由导入 %1 新建</translation>
    </message>
    <message>
        <source>Changed by importing %1</source>
        <translation>由导入 %1 修改</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation>重新发放</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>kept this unit; %1 (#%2) now points here</source>
        <translation>保留此单位；%1（#%2）现指向此单位</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>有修改</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>荣誉证书</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>已重做</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Valid samples and targets by region</source>
        <translation>各地区有效样本与目标</translation>
    </message>
    <message>
        <source>By kind of unit</source>
        <translation>按单位类别</translation>
    </message>
    <message>
        <source>Valid samples</source>
        <translation>有效样本</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>1st-level</source>
        <comment>kind axis</comment>
        <translation>一级发起</translation>
    </message>
    <message>
        <source>2nd-level</source>
        <comment>kind axis</comment>
        <translation>二级发起</translation>
    </message>
    <message>
        <source>Supporting</source>
        <comment>kind axis</comment>
        <translation>支持单位</translation>
    </message>
</context>
<context>
    <name>BulletinRenderer</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1: the bulletin is written as .png or .pdf</source>
        <translation>%1：通报只能保存为 .png 或 .pdf</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Edit Campaign</source>
        <translation>编辑调查活动</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>新建调查活动</translation>
    </message>
    <message>
        <source>e.g. %1 Netizen Cybersecurity Sense Satisfaction Survey</source>
        <translation>例如：%1网民网络安全感满意度调查活动</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>Collection &amp;starts:</source>
        <translation>采集开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Collection &amp;ends:</source>
        <translation>采集结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Questionnaire &amp;base URL:</source>
        <translation>问卷基础链接(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Link requests due:</source>
        <translation>链接数量报送截止(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Gift lists due:</source>
        <translation>礼品名单报送截止(&amp;G)：</translation>
    </message>
    <message>
        <source>%1 Netizen Cybersecurity Sense Satisfaction Survey</source>
        <translation>%1网民网络安全感满意度调查活动</translation>
    </message>
    <message>
        <source>the %1 campaign</source>
        <translation>%1 年调查活动</translation>
    </message>
    <message>
        <source>Survey &amp;platform:</source>
        <translation>调查平台(&amp;P)：</translation>
    </message>
    <message>
        <source>Link &amp;parameter:</source>
        <translation>链接参数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Questionnaires…</source>
        <translation>问卷(&amp;Q)…</translation>
    </message>
    <message>
        <source>Questionnaires:</source>
        <translation>问卷：</translation>
    </message>
    <message>
        <source>&amp;Information forms due:</source>
        <translation>信息表截止日期(&amp;I)：</translation>
    </message>
    <message>
        <source>The stored campaign could not be read: %1</source>
        <translation>无法读取已保存的调查活动：%1</translation>
    </message>
    <message>
        <source>The campaign has been deleted meanwhile.</source>
        <translation>该调查活动已被他人删除。</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>the year must be between 2000 and 2100</source>
        <translation>年份须在 2000 至 2100 之间</translation>
    </message>
    <message>
        <source>a start date in the form yyyy-MM-dd is required</source>
        <translation>须填写开始日期，格式为 yyyy-MM-dd</translation>
    </message>
    <message>
        <source>an end date in the form yyyy-MM-dd is required</source>
        <translation>须填写结束日期，格式为 yyyy-MM-dd</translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation>结束日期 %1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>the base URL must be an http or https address, e.g. https://survey.example.cn/q</source>
        <translation>问卷基础链接须为 http 或 https 地址，例如 https://survey.example.cn/q</translation>
    </message>
    <message>
        <source>a campaign for %1 already exists</source>
        <translation>%1 年度调查活动已存在</translation>
    </message>
    <message>
        <source>the campaign no longer exists</source>
        <translation>该调查活动已不存在</translation>
    </message>
    <message>
        <source>the campaign was %1</source>
        <translation>该活动%1</translation>
    </message>
</context>
<context>
    <name>CertificateRepository</name>
    <message>
        <source>there is no campaign %1</source>
        <translation>没有调查活动 %1</translation>
    </message>
    <message>
        <source>the commendation list of %1 is empty: no unit earned the best grade</source>
        <translation>%1 年的表彰名单为空：没有单位达到最高等级</translation>
    </message>
    <message>
        <source>a reason for the revocation is required</source>
        <translation>必须填写吊销原因</translation>
    </message>
    <message>
        <source>there is no certificate %1</source>
        <translation>没有编号为 %1 的证书</translation>
    </message>
    <message>
        <source>certificate %1 is already revoked (by %2 at %3)</source>
        <translation>证书 %1 已被吊销（%2 于 %3）</translation>
    </message>
    <message>
        <source>certificate %1 was revoked meanwhile</source>
        <translation>证书 %1 刚刚已被他人吊销</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Commendation Certificates — %1</source>
        <translation>荣誉证书 — %1</translation>
    </message>
    <message>
        <source>Issue to the Commendation List</source>
        <translation>为表彰名单签发</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <source>PDF per Unit…</source>
        <translation>每单位一个 PDF…</translation>
    </message>
    <message>
        <source>One PDF…</source>
        <translation>合成一个 PDF…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>查验…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>revoked %1 by %2: %3</source>
        <translation>已吊销（%1，%2）：%3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 份证书</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n revoked</source>
        <translation>
            <numerusform>，其中 %n 份已吊销</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued.</source>
        <translation>
            <numerusform>已签发 %n 份证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>No valid certificate to write.</source>
        <translation>没有可生成的有效证书。</translation>
    </message>
    <message>
        <source>Certificates as One PDF</source>
        <translation>证书合成一个 PDF</translation>
    </message>
    <message>
        <source>certificates-%1.pdf</source>
        <translation>荣誉证书-%1.pdf</translation>
    </message>
    <message>
        <source>Folder for the Certificates</source>
        <translation>证书保存文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 份证书写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the certificate to revoke.</source>
        <translation>请选择要吊销的证书。</translation>
    </message>
    <message>
        <source>Revoke Certificate</source>
        <translation>吊销证书</translation>
    </message>
    <message>
        <source>Why is %1 (%2) revoked?</source>
        <translation>吊销 %1（%2）的原因：</translation>
    </message>
    <message>
        <source>%1 revoked.</source>
        <translation>%1 已吊销。</translation>
    </message>
    <message>
        <source>Unknown: no certificate carries this code.</source>
        <translation>不存在：没有证书带有此校验码。</translation>
    </message>
    <message>
        <source>Revoked: %1, %2 — revoked %3 by %4: %5</source>
        <translation>已吊销：%1，%2 — %3 由 %4 吊销：%5</translation>
    </message>
    <message>
        <source>Valid: %1, %2 (%3)</source>
        <translation>有效：%1，%2（%3）</translation>
    </message>
    <message>
        <source>Verify Certificate</source>
        <translation>查验证书</translation>
    </message>
    <message>
        <source>Check code (typed or pasted):</source>
        <translation>校验码（输入或粘贴）：</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n certificate(s)…</source>
        <translation>
            <numerusform>正在生成 %n 份荣誉证书…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeTarget</name>
    <message>
        <source>target of %1: %2 → %3</source>
        <translation>%1 的样本目标：%2 → %3</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Progress dashboard</source>
        <translation>进度看板</translation>
    </message>
</context>
<context>
    <name>ChartKit</name>
    <message>
        <source>%1 × 10,000</source>
        <comment>axis tick</comment>
        <translation>%1万</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>not expected: gift lists come from companies</source>
        <translation>无需提交：礼品清单由企业提供</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>ticks itself</source>
        <translation>自动勾选</translation>
    </message>
</context>
<context>
    <name>ChecklistExport</name>
    <message>
        <source>Checklist</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>ChecklistItems</name>
    <message>
        <source>Information form received</source>
        <translation>信息表已收回</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>信息表</translation>
    </message>
    <message>
        <source>Link count requested</source>
        <translation>已报链接数</translation>
    </message>
    <message>
        <source>Link count</source>
        <translation>报链接数</translation>
    </message>
    <message>
        <source>Links issued</source>
        <translation>链接已生成</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>独立链接</translation>
    </message>
    <message>
        <source>Links sent</source>
        <translation>链接已发送</translation>
    </message>
    <message>
        <source>Links out</source>
        <translation>链接发送</translation>
    </message>
    <message>
        <source>Letter issued</source>
        <translation>授权书已签发</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>授权书签发</translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation>授权书已打印</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>授权书打印</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>授权书已寄出</translation>
    </message>
    <message>
        <source>Letter out</source>
        <translation>授权书寄出</translation>
    </message>
    <message>
        <source>Gift list received</source>
        <translation>礼品清单已收到</translation>
    </message>
    <message>
        <source>Gift list</source>
        <translation>礼品清单</translation>
    </message>
    <message>
        <source>Sample target agreed</source>
        <translation>样本目标已确认</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>样本目标</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Not expected of this unit (gift lists come from companies)</source>
        <translation>该单位无需提交（礼品清单由企业提供）</translation>
    </message>
    <message>
        <source>Done on %1 by %2 (%3)</source>
        <translation>%1 由 %2 完成（%3）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>from the program&apos;s records</source>
        <translation>程序记录</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Ticks itself</source>
        <translation>自动勾选</translation>
    </message>
    <message>
        <source>Ticks itself from the program&apos;s records</source>
        <translation>根据程序记录自动勾选</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>事项(&amp;I)：</translation>
    </message>
    <message>
        <source>Tick selected</source>
        <translation>勾选所选</translation>
    </message>
    <message>
        <source>Untick selected</source>
        <translation>取消勾选</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>&amp;Missing:</source>
        <translation>未完成(&amp;M)：</translation>
    </message>
    <message>
        <source>Any item</source>
        <translation>任一事项</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation>上级单位(&amp;P)：</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) shown</source>
        <translation>
            <numerusform>显示 %n 家单位</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 in the campaign; %2 with overdue items (in red).</source>
        <translation>本届共 %1 家；%2 家有逾期事项（红色）。</translation>
    </message>
    <message>
        <source>Today (China Standard Time): %1</source>
        <translation>今天（北京时间）：%1</translation>
    </message>
    <message>
        <source>Select the units first.</source>
        <translation>请先选择单位。</translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation>导出工作清单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>工作清单</translation>
    </message>
</context>
<context>
    <name>ChecklistRepository</name>
    <message>
        <source>unit %1 does not take part in this campaign</source>
        <translation>单位 %1 未参加本年度调查活动</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ticks itself from the program&apos;s records and cannot be ticked by hand</source>
        <translation>“%1”根据程序记录自动勾选，不能手工勾选</translation>
    </message>
    <message>
        <source>choose at least one unit</source>
        <translation>请至少选择一家单位</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>%1 changed &quot;%2&quot; of unit %3 meanwhile; nothing was changed</source>
        <translation>%1 在此期间修改了单位 %3 的“%2”；未做任何更改</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>waiting for another desk to finish writing (%1 s; giving up after %2 s)</source>
        <translation>正在等待另一工位完成写入（已等 %1 秒；%2 秒后放弃）</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>占用者：%1</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid samples</source>
        <translation>有效样本数</translation>
    </message>
    <message>
        <source>Invalid samples</source>
        <translation>无效样本数</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>意见建议数</translation>
    </message>
    <message>
        <source>Response ID</source>
        <translation>答卷编号</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Valid?</source>
        <translation>是否有效</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Daily counts</source>
        <translation>每日统计</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷明细</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>答题用时</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>答卷状态</translation>
    </message>
</context>
<context>
    <name>Commendations</name>
    <message>
        <source>Commendation list, %1</source>
        <translation>%1年度表彰名单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Valid samples</source>
        <translation>有效样本</translation>
    </message>
    <message>
        <source>Share of target</source>
        <translation>目标完成率</translation>
    </message>
    <message>
        <source>Recommended supporter: %1</source>
        <translation>推荐的支持单位：%1</translation>
    </message>
    <message>
        <source>No unit earned the best grade.</source>
        <translation>暂无单位达到最高等级。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else since you opened it. Your changes cannot be saved.</source>
        <translation>自您打开以来，%1 已被他人删除，您的修改无法保存。</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>%1 changed %2 since you opened it.</source>
        <translation>自您打开以来，%1 修改了%2。</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 since you opened it.</source>
        <translation>自您打开以来，%1 于 %3 修改了%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reload to see their version (your edits are dropped), or overwrite their changes with yours.</source>
        <translation>重新载入以查看对方的版本（您的修改将被放弃），或用您的修改覆盖对方的修改。</translation>
    </message>
    <message>
        <source>Their changes:</source>
        <translation>对方的修改：</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Your changes were not saved.</source>
        <translation>自您打开以来，%1 已被他人修改，您的修改未保存。</translation>
    </message>
    <message>
        <source>The database could not say who changed it or how: %1</source>
        <translation>数据库未能说明修改人和修改内容：%1</translation>
    </message>
</context>
<context>
    <name>ConflictError</name>
    <message>
        <source>someone else deleted this record since it was loaded</source>
        <translation>自载入以来，此记录已被他人删除</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>changed by %1 since it was loaded</source>
        <translation>自载入以来已被 %1 修改</translation>
    </message>
    <message>
        <source>changed by %1 at %2 since it was loaded</source>
        <translation>自载入以来已被 %1 于 %2 修改</translation>
    </message>
    <message>
        <source> (fields: %1)</source>
        <translation>（字段：%1）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>sort of unit</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>sample target</source>
        <translation>样本目标</translation>
    </message>
    <message>
        <source>recommended initiating units</source>
        <translation>推荐的发起单位</translation>
    </message>
    <message>
        <source>recommended supporting units</source>
        <translation>推荐的支持单位</translation>
    </message>
    <message>
        <source>gift goods</source>
        <translation>公益商城礼品</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>推荐专家</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>questionnaire address</source>
        <translation>问卷地址</translation>
    </message>
    <message>
        <source>link request deadline</source>
        <translation>链接申请截止日期</translation>
    </message>
    <message>
        <source>gift list deadline</source>
        <translation>礼品清单截止日期</translation>
    </message>
    <message>
        <source>template text</source>
        <translation>模板内容</translation>
    </message>
    <message>
        <source>grading rules</source>
        <translation>评级规则</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>links requested</source>
        <translation>申请链接数</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>information form deadline</source>
        <translation>信息表截止日期</translation>
    </message>
    <message>
        <source>changed by someone else since it was loaded; the database could not say who or how: %1</source>
        <translation>自载入以来已被他人修改；数据库未能说明修改人和修改内容：%1</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Remember these settings (not the password)</source>
        <translation>记住这些设置（不含密码）(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>e.g. db.office.example.cn</source>
        <translation>例如 db.office.example.cn</translation>
    </message>
    <message>
        <source>e.g. secretariat</source>
        <translation>例如 secretariat</translation>
    </message>
    <message>
        <source>Several desks work on one shared PostgreSQL database. Ask the office&apos;s administrator for the server and your user name.</source>
        <translation>多个工作台共用一个 PostgreSQL 数据库。服务器地址和您的用户名请向本办公室的管理员索取。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Host, database and user are required.</source>
        <translation>主机、数据库和用户名必须填写。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>this system cannot decode %1 text</source>
        <translation>本系统无法解码 %1 编码的文本</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed (its opening quote is on this line)</source>
        <translation>第 %1 行：带引号的字段没有结束（开头的引号在这一行）</translation>
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation>第 %1 行：结束引号后还有文字（引号字段内的引号须写成两个）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a delimiter: a CSV delimiter is one ASCII character other than a quote or a line break</source>
        <translation>“%1”不能作分隔符：CSV 分隔符须是一个 ASCII 字符，且不能是引号或换行</translation>
    </message>
    <message>
        <source>line %1: a record longer than %2 bytes (is a quote not closed?)</source>
        <translation>第 %1 行：一条记录超过 %2 字节（是否有引号未闭合？）</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CumulativeChart</name>
    <message>
        <source>Cumulative valid samples against the target pace</source>
        <translation>累计有效样本与目标进度</translation>
    </message>
    <message>
        <source>Valid samples (cumulative)</source>
        <translation>累计有效样本</translation>
    </message>
    <message>
        <source>Target pace</source>
        <translation>目标进度</translation>
    </message>
</context>
<context>
    <name>DailyFormat</name>
    <message>
        <source>the link is empty</source>
        <translation>链接为空</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (yyyy-MM-dd, yyyy/M/d or yyyy年M月d日)</source>
        <translation>“%1”不是日期（应为 yyyy-MM-dd、yyyy/M/d 或 yyyy年M月d日）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of samples</source>
        <translation>“%1”不是样本数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of suggestions</source>
        <translation>“%1”不是意见建议数</translation>
    </message>
</context>
<context>
    <name>DashboardHeadline</name>
    <message>
        <source>Valid samples</source>
        <translation>有效样本</translation>
    </message>
    <message>
        <source>Share of overall target</source>
        <translation>总目标完成率</translation>
    </message>
    <message>
        <source>Units reporting</source>
        <translation>当日有数据的单位</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Projected final</source>
        <translation>预计最终样本量</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>共 %n 个单位</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>nothing reported yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>opinions collected</source>
        <translation>条意见建议</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) behind pace</source>
        <translation>
            <numerusform>%n 个单位进度落后</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Find a unit by name…</source>
        <translation>按名称查找单位…</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Units whose projected final count (current samples + mean of their last 3 reported days × remaining days) falls short of their target. Double-click a unit for its daily series.</source>
        <translation>预计最终样本量（当前样本量 + 最近 3 个有数据日的日均量 × 剩余天数）低于目标的单位。双击单位可查看其每日数据。</translation>
    </message>
    <message>
        <source>Behind pace</source>
        <translation>进度落后</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All parent units</source>
        <translation>全部上级单位</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Parent unit:</source>
        <translation>上级单位：</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Read the figures again (they reload by themselves after an import)</source>
        <translation>重新读取数据（导入后会自动刷新）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Charts as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Charts as PDF…</source>
        <translation>图表导出为 PDF…</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Progress (CSV or Excel)…</source>
        <translation>进度数据（CSV 或 Excel）…</translation>
    </message>
    <message>
        <source>Daily series (CSV or Excel)…</source>
        <translation>每日数据（CSV 或 Excel）…</translation>
    </message>
    <message>
        <source>Import targets…</source>
        <translation>导入样本量目标…</translation>
    </message>
    <message>
        <source>Set units&apos; sample targets from a CSV or Excel file with the columns unit and target</source>
        <translation>从含 unit（单位）和 target（目标）两列的 CSV 或 Excel 文件设置各单位的样本量采集目标</translation>
    </message>
    <message>
        <source>Grades and commendations…</source>
        <translation>等级评定与表彰…</translation>
    </message>
    <message>
        <source>Units by share of target</source>
        <translation>各单位目标完成率排名</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>前</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>后</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>未选择调查活动</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>第 %1 天 / 共 %2 天</translation>
    </message>
    <message>
        <source>Window %1 – %2</source>
        <translation>采集期 %1 – %2</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日数据</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export daily series</source>
        <translation>导出每日数据</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度数据</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>All questionnaires</source>
        <translation>全部问卷</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>问卷：</translation>
    </message>
    <message>
        <source>Daily bulletin (PNG or PDF)…</source>
        <translation>每日进度通报（PNG 或 PDF）…</translation>
    </message>
    <message>
        <source>Daily bulletin</source>
        <translation>每日进度通报</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>bulletin-%1.png</source>
        <translation>每日进度通报-%1.png</translation>
    </message>
    <message>
        <source>PNG image for phones (*.png);;PDF (*.pdf)</source>
        <translation>手机用 PNG 图片 (*.png);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>The questionnaires could not be read: %1</source>
        <translation>无法读取问卷：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>cannot back up the database: %1</source>
        <translation>无法备份数据库：%1</translation>
    </message>
    <message>
        <source>cannot back up the database to %1: %2</source>
        <translation>无法把数据库备份到 %1：%2</translation>
    </message>
</context>
<context>
    <name>DatabaseCommand</name>
    <message>
        <source>Could not redo: %1</source>
        <translation>无法重做：%1</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>a server database is backed up with the server&apos;s tools:
%1</source>
        <translation>服务器数据库请用服务器的工具备份：
%1</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a sound database: %2</source>
        <translation>%1 不是完好的数据库：%2</translation>
    </message>
    <message>
        <source>%1 is not a database of this program</source>
        <translation>%1 不是本程序的数据库</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the program (schema %2; this one knows up to %3): restore it with that version</source>
        <translation>%1 由更新版本的程序写入（结构版本 %2；本程序最高支持 %3）：请用该版本恢复</translation>
    </message>
    <message>
        <source>a server database is restored with the server&apos;s tools:
%1</source>
        <translation>服务器数据库请用服务器的工具恢复：
%1</translation>
    </message>
    <message>
        <source>the database is open read-only: %1</source>
        <translation>数据库以只读方式打开：%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot restore: %1</source>
        <translation>无法恢复：%1</translation>
    </message>
    <message>
        <source>cannot restore: %1 (the database is as it was; its copy is %2)</source>
        <translation>无法恢复：%1（数据库保持原样；其副本为 %2）</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>cannot take the daily copy %1: %2</source>
        <translation>无法保存每日副本 %1：%2</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>%1 belongs to the open database. The program never opens the database&apos;s own files except through the database itself, as doing so could damage them. Choose another file.</source>
        <translation>%1 属于当前打开的数据库。本程序只通过数据库本身访问这些文件，直接打开可能损坏数据库。请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>a campaign for %1 already exists; demo data goes into an empty year</source>
        <translation>%1 年度调查活动已存在；演示数据只能写入尚无活动的年度</translation>
    </message>
</context>
<context>
    <name>DeskWaitIndicator</name>
    <message>
        <source>Waiting for another desk</source>
        <translation>正在等待另一工位</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Another desk is writing to the database. Waiting for it to finish (%1 s)…
Nothing has been changed yet; Cancel gives up this change.</source>
        <translation>另一工位正在写入数据库，正在等待其完成（%1 秒）…
尚未作任何更改；点“取消”放弃本次更改。</translation>
    </message>
    <message>
        <source>Held by: %1</source>
        <translation>占用者：%1</translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>the server refused this: the connected user&apos;s role does not allow it (%1)</source>
        <translation>服务器拒绝了此操作：当前用户的角色无此权限（%1）</translation>
    </message>
    <message>
        <source>the database file is read-only (%1)</source>
        <translation>数据库文件为只读（%1）</translation>
    </message>
    <message>
        <source>the copies kept in the folder ending in .backups beside the database file</source>
        <translation>数据库文件旁以 .backups 结尾的文件夹中保存的副本</translation>
    </message>
    <message>
        <source>the newest copy in %1</source>
        <translation>%1 中最新的副本</translation>
    </message>
    <message>
        <source>another desk kept the database busy for too long; nothing was changed. Try again in a moment (%1)</source>
        <translation>另一工位占用数据库过久，未作任何更改。请稍后重试（%1）</translation>
    </message>
    <message>
        <source>the database file could not be read or written; nothing was changed. Check the disk or the network share it is on, then try again (%1)</source>
        <translation>无法读写数据库文件，未作任何更改。请检查其所在的磁盘或网络共享后重试（%1）</translation>
    </message>
    <message>
        <source>the database file is damaged. Stop working with it: close the program and restore %1, or your own backup, then do again what was done since (%2)</source>
        <translation>数据库文件已损坏。请停止使用：关闭程序，恢复%1或您自己的备份，然后重做此后的操作（%2）</translation>
    </message>
    <message>
        <source>the disk that holds the database is full; nothing was changed. Free some space on it and try again (%1)</source>
        <translation>数据库所在磁盘已满，未作任何更改。请释放部分空间后重试（%1）</translation>
    </message>
    <message>
        <source>the database file cannot be opened: check that it and its folder exist and may be written by you (%1)</source>
        <translation>无法打开数据库文件：请确认该文件及其文件夹存在且您有写入权限（%1）</translation>
    </message>
    <message>
        <source>access to the database file was denied (%1)</source>
        <translation>访问数据库文件被拒绝（%1）</translation>
    </message>
    <message>
        <source>the connection to the database server was lost; nothing was changed. Connect again (File → Connect to Server…) and repeat the last step (%1)</source>
        <translation>与数据库服务器的连接已断开，未作任何更改。请重新连接（文件 → 连接服务器…）并重做上一步（%1）</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full; nothing was changed. Ask the server&apos;s administrator to free space (%1)</source>
        <translation>数据库服务器磁盘已满，未作任何更改。请联系服务器管理员释放空间（%1）</translation>
    </message>
    <message>
        <source>another desk was changing the same records; nothing was changed. Try again (%1)</source>
        <translation>另一工位正在修改相同的记录，未作任何更改。请重试（%1）</translation>
    </message>
</context>
<context>
    <name>DocxFormReader</name>
    <message>
        <source>the document cannot be read (line %1: %2)</source>
        <translation>无法读取文档（第 %1 行：%2）</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>this is an old Word 97–2003 document (.doc); open it in Word or WPS and save it as .docx</source>
        <translation>这是旧版 Word 97–2003 文档（.doc）；请在 Word 或 WPS 中打开并另存为 .docx</translation>
    </message>
    <message>
        <source>not a Word document (.docx): the file is not a zip archive</source>
        <translation>不是 Word 文档（.docx）：文件不是 zip 压缩包</translation>
    </message>
    <message>
        <source>not a Word document (.docx): the zip archive is damaged</source>
        <translation>不是 Word 文档（.docx）：zip 压缩包已损坏</translation>
    </message>
    <message>
        <source>not a Word document (.docx): it has no word/document.xml</source>
        <translation>不是 Word 文档（.docx）：缺少 word/document.xml</translation>
    </message>
    <message>
        <source>the document has no table: is it the information form (信息表)?</source>
        <translation>文档中没有表格：这是信息表吗？</translation>
    </message>
</context>
<context>
    <name>DocxFormWriter</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>First-level initiating unit</source>
        <translation>一级发起单位</translation>
    </message>
    <message>
        <source>Second-level initiating unit</source>
        <translation>二级发起单位</translation>
    </message>
    <message>
        <source>Supporting unit</source>
        <translation>支持单位</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>协会</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Publicity planning</source>
        <translation>宣传策划</translation>
    </message>
    <message>
        <source>Questionnaire design</source>
        <translation>问卷设计</translation>
    </message>
    <message>
        <source>Report writing</source>
        <translation>报告撰写</translation>
    </message>
    <message>
        <source>Data processing</source>
        <translation>数据处理</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ExcelTraces</name>
    <message>
        <source>its digits were lost in Excel, which showed the number in scientific notation and saved it so: format the column as Text in Excel, type the numbers again and save the file again</source>
        <translation>数字已在 Excel 中丢失：Excel 把该数显示为科学计数法并照此保存了。请在 Excel 中把该列设为“文本”格式，重新输入这些号码后再保存文件</translation>
    </message>
</context>
<context>
    <name>ExpertsPage</name>
    <message>
        <source>Name, phone, specialty or recommending unit</source>
        <translation>姓名、电话、专长或推荐单位</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>领域(&amp;F)：</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s)</source>
        <translation>
            <numerusform>共 %n 位专家</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 recommended more than once (by several units or years).</source>
        <translation>其中 %1 人被多次推荐（多家单位或多个年度）。</translation>
    </message>
    <message>
        <source>Export expert pool</source>
        <translation>导出专家库</translation>
    </message>
</context>
<context>
    <name>FormFile</name>
    <message>
        <source>%1: the form is written as .docx or .xlsx</source>
        <translation>%1：信息表只能写成 .docx 或 .xlsx</translation>
    </message>
    <message>
        <source>not an information form: read are .docx (Word, WPS) and .xlsx files</source>
        <translation>不是信息表：只能读取 .docx（Word、WPS）和 .xlsx 文件</translation>
    </message>
    <message>
        <source>no information form found: no table has the form&apos;s labels (单位名称, 联系人 …)</source>
        <translation>未找到信息表：没有表格含信息表的栏目（单位名称、联系人……）</translation>
    </message>
    <message>
        <source>the form has no field %1; was its row deleted? Use the committee&apos;s form as sent</source>
        <translation>信息表缺少栏目“%1”；是否删除了该行？请使用组委会发出的信息表</translation>
    </message>
</context>
<context>
    <name>FormImporter</name>
    <message>
        <source>core partner</source>
        <translation>核心合作</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>仅限本地</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>invisible characters (zero-width spaces or the like) removed from the name</source>
        <translation>已从名称中去除不可见字符（零宽空格等）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the 34 provincial-level regions</source>
        <translation>“%1”不是 34 个省级行政区之一</translation>
    </message>
    <message>
        <source>more than one kind is ticked; tick one of %1</source>
        <translation>勾选了多个单位类型；请只勾选 %1 之一</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no kind is ticked; tick one of %1</source>
        <translation>未勾选单位类型；请勾选 %1 之一</translation>
    </message>
    <message>
        <source>more than one sort is ticked; tick one of %1</source>
        <translation>勾选了多个单位性质；请只勾选 %1 之一</translation>
    </message>
    <message>
        <source>no unit called &apos;%1&apos; is registered</source>
        <translation>没有登记名为“%1”的单位</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; is not a sort: write one of %3</source>
        <translation>第 %1 行：“%2”不是单位类别：请填写 %3 之一</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; is not a quantity: write a whole number</source>
        <translation>第 %1 行：“%2”不是数量：请填写整数</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; is not a field: write 宣传策划, 问卷设计, 报告撰写, 数据处理 or 其他</source>
        <translation>第 %1 行：“%2”不是专家类别：请填写宣传策划、问卷设计、报告撰写、数据处理或其他</translation>
    </message>
    <message>
        <source>the form was made for &apos;%1&apos;, which is renamed &apos;%2&apos;</source>
        <translation>此信息表是为“%1”制作的，该单位已改名为“%2”</translation>
    </message>
    <message>
        <source>the form was made for the %1 campaign; read into %2</source>
        <translation>此信息表是为 %1 年调查活动制作的；读入 %2 年</translation>
    </message>
    <message>
        <source>may be the same organization as the registered unit &apos;%1&apos; (%2)</source>
        <translation>可能与已登记单位“%1”是同一机构（%2）</translation>
    </message>
    <message>
        <source>the same unit as in %1; read one form per unit</source>
        <translation>与 %1 是同一单位；每个单位只读入一份信息表</translation>
    </message>
    <message>
        <source>there is no campaign to import into; add one first</source>
        <translation>没有可导入的调查活动；请先添加</translation>
    </message>
    <message>
        <source>Recommended initiating units</source>
        <translation>推荐发起单位</translation>
    </message>
    <message>
        <source>Recommended supporting units</source>
        <translation>推荐支持单位</translation>
    </message>
    <message>
        <source>Gift goods</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
</context>
<context>
    <name>FormInterpreter</name>
    <message>
        <source>&apos;%1&apos; is written beside the label and &apos;%2&apos; in its cell; &apos;%2&apos; is read</source>
        <translation>标签旁写有“%1”，栏内写有“%2”；读取“%2”</translation>
    </message>
</context>
<context>
    <name>FormRowsModel</name>
    <message>
        <source>a name is required</source>
        <translation>必须填写名称</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <source>Core partner</source>
        <translation>核心合作</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>仅限本地</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>New row on the returned form</source>
        <translation>回收信息表中新增的行</translation>
    </message>
    <message>
        <source>Stored: %1</source>
        <translation>已存：%1</translation>
    </message>
</context>
<context>
    <name>GenericFormat</name>
    <message>
        <source>Other platform (generic)</source>
        <translation>其他平台（通用）</translation>
    </message>
</context>
<context>
    <name>GiftsPage</name>
    <message>
        <source>Gift or unit</source>
        <translation>礼品或单位</translation>
    </message>
    <message>
        <source>Export for the shop…</source>
        <translation>导出给公益商城…</translation>
    </message>
    <message>
        <source>Gifts offered by the units</source>
        <translation>各单位提供的礼品</translation>
    </message>
    <message>
        <source>Totals per gift</source>
        <translation>按礼品合计</translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s) offered</source>
        <translation>
            <numerusform>共 %n 条礼品</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kind(s), %2 item(s) in all.</source>
        <translation>共 %1 种、%2 件。</translation>
    </message>
    <message>
        <source>Export gift register</source>
        <translation>导出礼品登记</translation>
    </message>
</context>
<context>
    <name>GradeModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Valid samples</source>
        <translation>有效样本</translation>
    </message>
    <message>
        <source>Share of target (%)</source>
        <translation>目标完成率（%）</translation>
    </message>
    <message>
        <source>Support score</source>
        <translation>支持程度评分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stored grade</source>
        <translation>已定等级</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>a rule has no grade name</source>
        <translation>有规则未填写等级名称</translation>
    </message>
    <message>
        <source>grade %1 appears twice</source>
        <translation>等级 %1 重复</translation>
    </message>
    <message>
        <source>rank %1 appears twice</source>
        <translation>顺序 %1 重复</translation>
    </message>
    <message>
        <source>grade %1: thresholds cannot be negative</source>
        <translation>等级 %1：门槛不能为负数</translation>
    </message>
</context>
<context>
    <name>GradingDialog</name>
    <message>
        <source>Grades and commendations</source>
        <translation>等级评定与表彰</translation>
    </message>
    <message>
        <source>A unit earns the first grade, in rank order, whose three thresholds it reaches: share of its sample target, valid samples, and the support score the committee gives it.</source>
        <translation>按顺序，单位获得其三项门槛全部达到的第一个等级：样本量目标完成率、有效样本量、组委会给出的支持程度评分。</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Min. share of target (%)</source>
        <translation>最低目标完成率（%）</translation>
    </message>
    <message>
        <source>Min. valid samples</source>
        <translation>最低有效样本量</translation>
    </message>
    <message>
        <source>Min. support score</source>
        <translation>最低支持程度评分</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Default rules</source>
        <translation>默认规则</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Grading rules</source>
        <translation>等级评定规则</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>评定规则</translation>
    </message>
    <message>
        <source>Double-click a support score to change it. Store the grades to make them the units&apos; data-query tiers.</source>
        <translation>双击支持程度评分可修改。保存等级后，等级即为单位的数据查询权限。</translation>
    </message>
    <message>
        <source>Store grades</source>
        <translation>保存等级</translation>
    </message>
    <message>
        <source>Export grade list…</source>
        <translation>导出等级名单…</translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s) changed.</source>
        <translation>
            <numerusform>%n 个等级已更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export grade list</source>
        <translation>导出等级名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>grades</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Grade list</source>
        <translation>等级名单</translation>
    </message>
    <message>
        <source>Initiating units that earned the best grade, each with the supporting units it recommended.</source>
        <translation>获得最高等级的发起单位，及其推荐的支持单位。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Valid samples</source>
        <translation>有效样本</translation>
    </message>
    <message>
        <source>Share of target</source>
        <translation>目标完成率</translation>
    </message>
    <message>
        <source>Export commendation list…</source>
        <translation>导出表彰名单…</translation>
    </message>
    <message>
        <source>Export commendation list</source>
        <translation>导出表彰名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>表彰名单</translation>
    </message>
    <message>
        <source>Default rules (not stored yet)</source>
        <translation>默认规则（尚未保存）</translation>
    </message>
    <message>
        <source>Grades and commendations, %1</source>
        <translation>%1年度等级评定与表彰</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>未选择调查活动</translation>
    </message>
    <message>
        <source>Commendation list, %1</source>
        <translation>%1年度表彰名单</translation>
    </message>
    <message>
        <source>commendations</source>
        <translation>表彰名单</translation>
    </message>
    <message>
        <source>the grading rules</source>
        <translation>评级规则</translation>
    </message>
    <message>
        <source>The grading rules were changed but not saved. Save them?</source>
        <translation>评级规则已修改但尚未保存。是否保存？</translation>
    </message>
</context>
<context>
    <name>GradingRepository</name>
    <message>
        <source>a campaign needs at least one grading rule</source>
        <translation>调查活动至少需要一条等级评定规则</translation>
    </message>
    <message>
        <source>the support score cannot be negative</source>
        <translation>支持程度评分不能为负数</translation>
    </message>
    <message>
        <source>unit %1 does not take part in this campaign</source>
        <translation>单位 %1 未参加本次调查活动</translation>
    </message>
    <message>
        <source>the grading rules were %1</source>
        <translation>评级规则%1</translation>
    </message>
</context>
<context>
    <name>ImportCells</name>
    <message>
        <source>&apos;%1&apos; is not a sample target: write a whole number such as 5000</source>
        <translation>“%1”不是样本量目标：请填写整数，如 5000</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large: %2</source>
        <translation>“%1”过大：%2</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>unknown column; the columns are %1</source>
        <translation>无法识别的列；可用的列为 %1</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>列 %1 出现了两次</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>缺少必需的列 %1</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Daily counts</source>
        <translation>每日统计</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷明细</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Unknown link</source>
        <translation>未知链接</translation>
    </message>
    <message>
        <source>Withdrawn %1 by %2</source>
        <translation>已撤回（%1，%2）</translation>
    </message>
    <message>
        <source>Imported by an older version: it cannot be withdrawn; the copy of the database taken before it can be restored</source>
        <translation>由旧版本导入，无法撤回；可恢复导入前保留的数据库副本</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ImportProblemList</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%1: … and %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1：……另有 %n 个问题未列出</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>unknown link %1: %n row(s)</source>
        <translation>
            <numerusform>未知链接 %1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
</context>
<context>
    <name>IssueLettersDialog</name>
    <message>
        <source>Issue authorization letters</source>
        <translation>签发授权书</translation>
    </message>
    <message>
        <source>Units of this campaign without a valid letter. Each checked unit gets the next number of its series.</source>
        <translation>本年度调查活动中尚无有效授权书的单位。每个勾选的单位按其系列依次获得下一个编号。</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>Check all shown</source>
        <translation>全选所显示的</translation>
    </message>
    <message>
        <source>Uncheck all shown</source>
        <translation>取消所显示的</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>签发</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) checked</source>
        <translation>
            <numerusform>已勾选 %n 个单位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueLinksDialog</name>
    <message>
        <source>Issue Links</source>
        <translation>发放独立链接</translation>
    </message>
    <message>
        <source>e.g. official account, poster at the city library</source>
        <translation>例如：公众号、市图书馆海报</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Number of links:</source>
        <translation>链接数量(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>用途标注(&amp;L)：</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>No unit takes part in this campaign yet.</source>
        <translation>本年度调查活动尚无参与单位。</translation>
    </message>
    <message numerus="yes">
        <source>Has not asked for links yet; %n link(s) issued so far.</source>
        <translation>
            <numerusform>尚未报送所需链接数量；已发放 %n 个链接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked for %1 on %2; %n link(s) issued so far.</source>
        <translation>
            <numerusform>已于 %2 申请 %1 个链接；已发放 %n 个链接。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>问卷(&amp;Q)：</translation>
    </message>
    <message>
        <source>Type or pick a unit</source>
        <translation>输入或选择单位</translation>
    </message>
    <message>
        <source>Choose the unit the links are for.</source>
        <translation>请选择要发放链接的单位。</translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>cannot write the pages</source>
        <translation>无法写入页面</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>there are no letters to render</source>
        <translation>没有可生成的授权书</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>LetterRepository</name>
    <message>
        <source>there is no such campaign</source>
        <translation>没有该年度的调查活动</translation>
    </message>
    <message>
        <source>the unit takes no part in the %1 campaign</source>
        <translation>该单位未参加 %1 年度调查活动</translation>
    </message>
    <message>
        <source>the unit&apos;s kind is unknown</source>
        <translation>该单位的类别未知</translation>
    </message>
    <message>
        <source>the unit already holds letter %1; reissue or revoke it instead</source>
        <translation>该单位已持有授权书 %1；请改为重新签发或吊销</translation>
    </message>
    <message>
        <source>there is no letter %1</source>
        <translation>没有编号为 %1 的授权书</translation>
    </message>
    <message>
        <source>letter %1 was changed meanwhile</source>
        <translation>授权书 %1 已被他人修改</translation>
    </message>
    <message>
        <source>a reason for the revocation is required</source>
        <translation>吊销须填写原因</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Superseded by a newer version</source>
        <translation>已被新版本取代</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Unknown: not a letter of this register</source>
        <translation>未知：本登记册中没有此授权书</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已取代</translation>
    </message>
    <message>
        <source>(by %1 at %2)</source>
        <translation>（%1 于 %2 操作）</translation>
    </message>
    <message>
        <source>letter %1 was revoked%2; issue the unit a new letter instead</source>
        <translation>授权书 %1 已被吊销%2；请为该单位签发新的授权书</translation>
    </message>
    <message>
        <source>letter %1 was reissued as version %2 by %3 meanwhile</source>
        <translation>授权书 %1 已被 %3 重新签发为第 %2 版</translation>
    </message>
    <message>
        <source>letter %1 is already revoked%2</source>
        <translation>授权书 %1 已被吊销%2</translation>
    </message>
    <message>
        <source>the verification secret could not be stored: %1</source>
        <translation>无法保存校验密钥：%1</translation>
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <source>Revoked %1: %2</source>
        <translation>%1 吊销：%2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级/推荐单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>吊销</translation>
    </message>
</context>
<context>
    <name>LetterTemplateDialog</name>
    <message>
        <source>Remove seal</source>
        <translation>移除印章</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>授权书模板</translation>
    </message>
    <message>
        <source>Template for:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Initiating units (FQ)</source>
        <translation>发起单位（FQ）</translation>
    </message>
    <message>
        <source>Supporting units (ZC)</source>
        <translation>支持单位（ZC）</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>插入占位符</translation>
    </message>
    <message>
        <source>Values are HTML-escaped when they are filled in. {{#parent}}…{{/parent}} is printed only for units with a parent unit. &lt;a name=&quot;seal&quot;&gt;&lt;/a&gt; marks where the seal is stamped; letter:qr is the QR code image.</source>
        <translation>填入的值均经过 HTML 转义。{{#parent}}…{{/parent}} 仅对有上级/推荐单位的单位输出。&lt;a name=&quot;seal&quot;&gt;&lt;/a&gt; 标记盖章位置；letter:qr 为二维码图片。</translation>
    </message>
    <message>
        <source>Seal or signature image</source>
        <translation>印章或签名图片</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Use the built-in template</source>
        <translation>使用内置模板</translation>
    </message>
    <message>
        <source>This campaign&apos;s own template.</source>
        <translation>本年度调查活动的自定义模板。</translation>
    </message>
    <message>
        <source>The built-in template.</source>
        <translation>内置模板。</translation>
    </message>
    <message>
        <source>Sample unit</source>
        <translation>示例单位</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1</source>
        <translation>未知占位符：%1</translation>
    </message>
    <message>
        <source>Saved. Letters printed from now on use this template.</source>
        <translation>已保存。此后打印的授权书将使用此模板。</translation>
    </message>
    <message>
        <source>Drop this campaign&apos;s own template and seal for this series and use the built-in template?</source>
        <translation>删除本年度该系列的自定义模板和印章，改用内置模板？</translation>
    </message>
    <message>
        <source>Choose a seal image</source>
        <translation>选择印章图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read.</source>
        <translation>%1 不是可读取的图片。</translation>
    </message>
    <message>
        <source>The image is larger than 2 MB; please use a smaller one.</source>
        <translation>图片超过 2 MB，请使用较小的图片。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Save the changes to this template?</source>
        <translation>保存对此模板的修改？</translation>
    </message>
    <message>
        <source>the initiating units&apos; template</source>
        <translation>发起单位授权书模板</translation>
    </message>
    <message>
        <source>the supporting units&apos; template</source>
        <translation>支持单位授权书模板</translation>
    </message>
    <message>
        <source>Commendation certificates (RY)</source>
        <translation>荣誉证书（RY）</translation>
    </message>
    <message>
        <source>the certificates&apos; template</source>
        <translation>荣誉证书模板</translation>
    </message>
    <message>
        <source>The campaign could not be read; the preview leaves its year and dates blank: %1</source>
        <translation>无法读取调查活动，预览中的年度和日期留空：%1</translation>
    </message>
    <message>
        <source>The campaign&apos;s letters could not be read; the preview shows an invented one: %1</source>
        <translation>无法读取本次活动的授权书，预览显示的是一份示例：%1</translation>
    </message>
</context>
<context>
    <name>LetterTemplateRepository</name>
    <message>
        <source>the series is FQ or ZC</source>
        <translation>系列只能是 FQ 或 ZC</translation>
    </message>
    <message>
        <source>the template is empty</source>
        <translation>模板为空</translation>
    </message>
    <message>
        <source>unknown placeholders: %1</source>
        <translation>未知占位符：%1</translation>
    </message>
    <message>
        <source>the template must print {{number}} and {{verify_code}}</source>
        <translation>模板必须包含 {{number}} 和 {{verify_code}}</translation>
    </message>
    <message>
        <source>the template was reset to the built-in one since it was opened</source>
        <translation>打开后该模板已被他人恢复为内置模板</translation>
    </message>
    <message>
        <source>the template was %1</source>
        <translation>该模板%1</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters</source>
        <translation>授权书</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>签发…</translation>
    </message>
    <message>
        <source>Issue letters to units you choose</source>
        <translation>为选定的单位签发授权书</translation>
    </message>
    <message>
        <source>Issue to all without a letter</source>
        <translation>为所有无授权书的单位签发</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>重新签发</translation>
    </message>
    <message>
        <source>A new version of the selected letter with a new code; the old one is superseded</source>
        <translation>以新校验码签发所选授权书的新版本；旧版本随即作废</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save selected as PDF…</source>
        <translation>所选另存为 PDF…</translation>
    </message>
    <message>
        <source>Save all as PDF…</source>
        <translation>全部另存为 PDF…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>查验…</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Initiating units (FQ)</source>
        <translation>发起单位（FQ）</translation>
    </message>
    <message>
        <source>Search number, unit or code</source>
        <translation>搜索编号、单位或校验码</translation>
    </message>
    <message>
        <source>%1 of %2 letters</source>
        <translation>%1 / %2 份授权书</translation>
    </message>
    <message>
        <source>Issue letters</source>
        <translation>签发授权书</translation>
    </message>
    <message>
        <source>Every unit of this campaign holds a valid letter.</source>
        <translation>本年度所有单位均已持有有效授权书。</translation>
    </message>
    <message>
        <source>No letter was issued:
%1</source>
        <translation>未签发任何授权书：
%1</translation>
    </message>
    <message numerus="yes">
        <source>Issue a letter to each of the %n unit(s) without a valid letter?</source>
        <translation>
            <numerusform>为 %n 个尚无有效授权书的单位各签发一份授权书？</numerusform>
        </translation>
    </message>
    <message>
        <source>Reissue letter %1 for %2? The printed letter with code %3 will no longer verify.</source>
        <translation>为 %2 重新签发授权书 %1？校验码为 %3 的已打印授权书将不再通过查验。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message numerus="yes">
        <source>Print preview: %n letter(s)</source>
        <translation>
            <numerusform>打印预览：%n 份授权书</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %n letter(s)</source>
        <translation>
            <numerusform>打印 %n 份授权书</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message numerus="yes">
        <source>Save %n letter(s) as one PDF, or one PDF file per letter named &lt;number&gt;_&lt;unit&gt;.pdf?</source>
        <translation>
            <numerusform>将 %n 份授权书保存为一个 PDF，还是每份一个 PDF 文件（命名为 &lt;编号&gt;_&lt;单位&gt;.pdf）？</numerusform>
        </translation>
    </message>
    <message>
        <source>One PDF</source>
        <translation>一个 PDF</translation>
    </message>
    <message>
        <source>One file per letter</source>
        <translation>每份一个文件</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>授权书保存文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n letter(s)…</source>
        <translation>
            <numerusform>正在生成 %n 份授权书…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1.</source>
        <translation>
            <numerusform>%n 份授权书已保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n 个文件已保存在 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n file(s) had been written.</source>
        <translation>
            <numerusform>已取消；已写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The letters could not be saved: %1</source>
        <translation>授权书未能保存：%1</translation>
    </message>
    <message>
        <source>Letter %1 issued to %2; it is selected in the list.</source>
        <translation>已向%2签发授权书 %1，已在列表中选中。</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) issued, %1 to %2; they are selected in the list.</source>
        <translation>
            <numerusform>已签发 %n 份授权书（%1 至 %2），已在列表中选中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>LinkFileExporter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot read the artwork image %1</source>
        <translation>无法读取宣传图片 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>link %1 has no URL: the campaign has no base URL</source>
        <translation>链接 %1 没有网址：该调查活动未设置问卷基础链接</translation>
    </message>
    <message>
        <source>the URL of link %1 is too long for a QR code</source>
        <translation>链接 %1 的网址过长，无法生成二维码</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>LinkRepository</name>
    <message>
        <source>the number of links must be between 0 and %1</source>
        <translation>链接数量须在 0 至 %1 之间</translation>
    </message>
    <message>
        <source>unit %1 does not take part in this campaign</source>
        <translation>单位 %1 未参加本年度调查活动</translation>
    </message>
    <message>
        <source>the number of links must be between 1 and %1</source>
        <translation>链接数量须在 1 至 %1 之间</translation>
    </message>
    <message>
        <source>the label is longer than 200 characters</source>
        <translation>用途标注超过 200 个字符</translation>
    </message>
    <message>
        <source>the campaign does not exist</source>
        <translation>该调查活动不存在</translation>
    </message>
    <message>
        <source>there is no unit %1</source>
        <translation>不存在单位 %1</translation>
    </message>
    <message>
        <source>unit %1 was merged into unit %2</source>
        <translation>单位 %1 已合并到单位 %2</translation>
    </message>
    <message>
        <source>could not draw an unused token in %1 attempts</source>
        <translation>尝试 %1 次仍未生成未被占用的链接编号</translation>
    </message>
    <message>
        <source>there is no link with token %1</source>
        <translation>不存在编号为 %1 的链接</translation>
    </message>
    <message>
        <source>link %1 is already revoked</source>
        <translation>链接 %1 已停用</translation>
    </message>
    <message>
        <source>link %1 is already active</source>
        <translation>链接 %1 已是启用状态</translation>
    </message>
    <message>
        <source>(by %1 at %2)</source>
        <translation>（%1 于 %2 操作）</translation>
    </message>
    <message>
        <source>link %1 was %2</source>
        <translation>链接 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 recorded a request for %n link(s) meanwhile</source>
        <translation>
            <numerusform>%1 已登记该单位申请 %n 个链接</numerusform>
        </translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>questionnaire %1 is not one of this campaign&apos;s</source>
        <translation>问卷 %1 不属于本调查活动</translation>
    </message>
    <message>
        <source>the questionnaire has no base URL; set one before issuing links</source>
        <translation>问卷没有基础链接，请先设置再发放链接</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>停用于 %1</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>%2 发放于 %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>用途标注</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>链接编号</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>有效样本</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <source>first-level initiating unit</source>
        <translation>一级发起单位</translation>
    </message>
    <message>
        <source>second-level initiating unit</source>
        <translation>二级发起单位</translation>
    </message>
    <message>
        <source>supporting unit</source>
        <translation>支持单位</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Record Request…</source>
        <translation>登记申请数量(&amp;R)…</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>独立链接</translation>
    </message>
    <message>
        <source>&amp;Issue Links…</source>
        <translation>发放链接(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>停用(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>恢复(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>复制网址(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;QR Code…</source>
        <translation>查看二维码(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the campaign&apos;s links for the survey platform (.xlsx or .csv)</source>
        <translation>导出本年度的链接供调查平台使用（.xlsx 或 .csv）</translation>
    </message>
    <message>
        <source>&amp;Posters for Selection…</source>
        <translation>为所选链接生成海报(&amp;P)…</translation>
    </message>
    <message>
        <source>Posters for &amp;All…</source>
        <translation>为全部链接生成海报(&amp;A)…</translation>
    </message>
    <message>
        <source>Search unit, label, token or URL</source>
        <translation>搜索单位、用途标注、链接编号或网址</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Link Requests</source>
        <translation>链接数量申请</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have not said how many links they need.</source>
        <translation>
            <numerusform>有 %n 个单位尚未报送所需链接数量。</numerusform>
        </translation>
    </message>
    <message>
        <source>No due date is set.</source>
        <translation>尚未设置截止日期。</translation>
    </message>
    <message>
        <source>The due date has passed.</source>
        <translation>已过截止日期。</translation>
    </message>
    <message>
        <source>No campaign is open.</source>
        <translation>未打开调查活动。</translation>
    </message>
    <message>
        <source>Issue Links</source>
        <translation>发放独立链接</translation>
    </message>
    <message>
        <source>Revoke Links</source>
        <translation>停用链接</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n link(s)? Samples that come in through a revoked link are no longer credited to the unit. The link can be restored later.</source>
        <translation>
            <numerusform>停用 %n 个链接？通过已停用链接提交的样本将不再计入该单位。链接日后可以恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Links</source>
        <translation>恢复链接</translation>
    </message>
    <message>
        <source>links-%1.xlsx</source>
        <translation>独立链接-%1.xlsx</translation>
    </message>
    <message>
        <source>Export Links</source>
        <translation>导出链接</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个链接写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing QR codes and posters…</source>
        <translation>正在生成二维码和海报…</translation>
    </message>
    <message>
        <source>QR Codes and Posters</source>
        <translation>二维码与海报</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n file(s) were written before.</source>
        <translation>
            <numerusform>已取消；取消前已写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record Link Request</source>
        <translation>登记链接申请</translation>
    </message>
    <message>
        <source>How many links did %1 ask for?</source>
        <translation>%1 申请了多少个链接？</translation>
    </message>
    <message>
        <source>the %1 campaign</source>
        <translation>%1 年调查活动</translation>
    </message>
    <message>
        <source>%1 of %2 links shown · %3 of them active · %4 valid samples</source>
        <translation>显示 %1 / 共 %2 个链接 · 其中有效 %3 个 · 有效样本 %4</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n link(s) to %1; they are selected below, ready to copy, export or print as posters.</source>
        <translation>
            <numerusform>已为%1发放 %n 个链接，已在下方选中，可复制、导出或打印海报。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) copied to the clipboard.</source>
        <translation>
            <numerusform>已复制 %n 个网址到剪贴板。</numerusform>
        </translation>
    </message>
    <message>
        <source>Link Request Due Date</source>
        <translation>链接需求截止日期</translation>
    </message>
</context>
<context>
    <name>LockHolder</name>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一程序</translation>
    </message>
</context>
<context>
    <name>LookupError</name>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>Office Mail Account</source>
        <translation>办公邮箱账户</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS（端口 465）</translation>
    </message>
    <message>
        <source>STARTTLS (port 587 or 25)</source>
        <translation>STARTTLS（端口 587 或 25）</translation>
    </message>
    <message>
        <source>None (only a relay on this computer)</source>
        <translation>不加密（仅限本机中继）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP 服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密方式：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>发件地址：</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>发件人名称：</translation>
    </message>
    <message>
        <source>Wait between messages:</source>
        <translation>每封邮件间隔：</translation>
    </message>
    <message>
        <source>Trust…</source>
        <translation>信任…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>服务器证书：</translation>
    </message>
    <message>
        <source>Server Certificate to Trust</source>
        <translation>选择要信任的服务器证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 不是 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>Only those the system&apos;s authorities signed</source>
        <translation>仅信任系统认可的证书颁发机构签发的证书</translation>
    </message>
    <message>
        <source>Also this one, SHA-256:</source>
        <translation>另外信任此证书，SHA-256：</translation>
    </message>
</context>
<context>
    <name>MailAccountRepository</name>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>the pace cannot be negative</source>
        <translation>发送间隔不能为负数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>“%1”不是电子邮件地址</translation>
    </message>
    <message>
        <source>the trusted certificate is not a PEM certificate</source>
        <translation>信任的证书不是 PEM 格式的证书</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Mail to Units — %1</source>
        <translation>给单位发邮件 — %1</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>邮件批次</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Send log</source>
        <translation>发送记录</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>账户…</translation>
    </message>
    <message>
        <source>Dry Run…</source>
        <translation>试运行…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Resend the Failed</source>
        <translation>重发失败的邮件</translation>
    </message>
    <message>
        <source>The unit&apos;s valid letter (PDF)</source>
        <translation>单位的有效授权书（PDF）</translation>
    </message>
    <message>
        <source>The unit&apos;s links (.xlsx)</source>
        <translation>单位的独立链接（.xlsx）</translation>
    </message>
    <message>
        <source>A QR code per link (PNG)</source>
        <translation>每个链接一张二维码（PNG）</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Every region</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Save Mailing</source>
        <translation>保存邮件批次</translation>
    </message>
    <message>
        <source>Save as New…</source>
        <translation>另存为新批次…</translation>
    </message>
    <message>
        <source>Mailing:</source>
        <translation>邮件批次：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Body (HTML):</source>
        <translation>正文（HTML）：</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>占位符：%1</translation>
    </message>
    <message>
        <source>Unit kind:</source>
        <translation>单位类型：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Attach:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>New Mailing</source>
        <translation>新建邮件批次</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Unknown placeholders kept as written: %1</source>
        <translation>未知占位符按原样保留：%1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>已发送 %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>无电子邮件</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) selected by the mailing</source>
        <translation>
            <numerusform>该批次选中 %n 个单位</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit to preview.</source>
        <translation>没有可预览的单位。</translation>
    </message>
    <message>
        <source>%1: no message can be made: %2</source>
        <translation>%1：无法生成邮件：%2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Folder for the .eml Files</source>
        <translation>.eml 文件的保存文件夹</translation>
    </message>
    <message>
        <source>No unit is checked.</source>
        <translation>没有勾选任何单位。</translation>
    </message>
    <message>
        <source>Writing messages…</source>
        <translation>正在写入邮件…</translation>
    </message>
    <message>
        <source>Office Mail Account</source>
        <translation>办公邮箱账户</translation>
    </message>
    <message>
        <source>Mail Password</source>
        <translation>邮箱密码</translation>
    </message>
    <message>
        <source>Password or authorization code for %1 (kept for this session only):</source>
        <translation>%1 的密码或授权码（仅在本次运行期间保留）：</translation>
    </message>
    <message>
        <source>Keep the password in the desktop keyring?</source>
        <translation>将密码保存在桌面密钥环中？</translation>
    </message>
    <message>
        <source>The keyring refused the password: %1</source>
        <translation>密钥环未能保存密码：%1</translation>
    </message>
    <message>
        <source>Nothing to send: no account or no unit.</source>
        <translation>无可发送：没有邮箱账户或没有单位。</translation>
    </message>
    <message numerus="yes">
        <source>Send the mailing &apos;%1&apos; to %n unit(s) from %2?</source>
        <translation>
            <numerusform>从 %2 向 %n 个单位发送邮件批次“%1”？</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending mail…</source>
        <translation>正在发送邮件…</translation>
    </message>
    <message>
        <source>cannot open a second connection</source>
        <translation>无法打开第二个数据库连接</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written.</source>
        <translation>
            <numerusform>已写入 %n 封邮件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 failed.</source>
        <translation>已发送 %1 封，失败 %2 封。</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>已取消。%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Whatever their checklist says</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>工作清单：</translation>
    </message>
</context>
<context>
    <name>MailMessageBuilder</name>
    <message>
        <source>the unit has no e-mail address</source>
        <translation>该单位没有电子邮件地址</translation>
    </message>
    <message>
        <source>the unit holds no valid letter</source>
        <translation>该单位没有有效的授权书</translation>
    </message>
    <message>
        <source>the unit has no active link</source>
        <translation>该单位没有有效的独立链接</translation>
    </message>
    <message>
        <source>no temporary folder for the attachments</source>
        <translation>无法为附件创建临时文件夹</translation>
    </message>
    <message>
        <source>%1_links</source>
        <translation>%1_独立链接</translation>
    </message>
</context>
<context>
    <name>MailRun</name>
    <message>
        <source>%1: not written: %2</source>
        <translation>%1：未写入：%2</translation>
    </message>
    <message>
        <source>%1: could not write %2</source>
        <translation>%1：无法写入 %2</translation>
    </message>
    <message>
        <source>%1: written to %2</source>
        <translation>%1：已写入 %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: sent (%3)</source>
        <translation>%1 &lt;%2&gt;：已发送（%3）</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: failed: %3</source>
        <translation>%1 &lt;%2&gt;：失败：%3</translation>
    </message>
    <message>
        <source>%1: the send log could not be written: %2</source>
        <translation>%1：发送记录无法写入：%2</translation>
    </message>
</context>
<context>
    <name>MailingRepository</name>
    <message>
        <source>a mailing needs a name</source>
        <translation>邮件批次需要名称</translation>
    </message>
    <message>
        <source>a mailing needs a subject</source>
        <translation>邮件批次需要主题</translation>
    </message>
    <message>
        <source>someone else saved the mailing &apos;%1&apos; meanwhile; reload it</source>
        <translation>其他人已同时保存了邮件批次“%1”，请重新加载</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a checklist item; one of: %2</source>
        <translation>“%1”不是工作清单事项，可选：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Survey Secretariat</source>
        <translation>调查活动秘书处工作台</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>调查活动</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>调查活动：</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>授权书</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>独立链接</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>样本统计</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>进度看板</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Survey Secretariat</source>
        <translation>关于调查活动秘书处工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Secretariat databases (*.sqlite)</source>
        <translation>秘书处数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose Open Database to use it.</source>
        <translation>%1 已存在。如要使用它，请选择“打开数据库”。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Secretariat databases (*.sqlite);;All files (*)</source>
        <translation>秘书处数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <source>About Survey Secretariat</source>
        <translation>关于调查活动秘书处工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Survey Secretariat %1&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s workbench for the Netizen Cybersecurity Sense Satisfaction Survey: unit registration, authorization letters, tracking links, sample tallies and progress.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;调查活动秘书处工作台 %1&lt;/h3&gt;&lt;p&gt;网民网络安全感满意度调查活动秘书处的工作台：单位登记、授权书、独立链接、样本统计与进度跟踪。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>调查活动(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>新建调查活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Campaign…</source>
        <translation>编辑调查活动(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Could not connect to %1:
%2</source>
        <translation>无法连接到 %1：
%2</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>办事员</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>— view only</source>
        <translation>— 仅可查看</translation>
    </message>
    <message>
        <source>&amp;Back up Database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Back up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>A server database is backed up on the server, for example:

%1</source>
        <translation>服务器数据库应在服务器上备份，例如：

%1</translation>
    </message>
    <message>
        <source>The database was copied to %1 and the copy checked.</source>
        <translation>数据库已复制到 %1，副本已检查无误。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>A server database is restored on the server, for example:

%1</source>
        <translation>服务器数据库应在服务器上恢复，例如：

%1</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup %2?

A copy of the database as it is now is kept first. Other desks see the restored data at once.</source>
        <translation>用备份 %2 替换 %1 中的全部内容？

会先保留数据库当前状态的副本。其他工位会立即看到恢复后的数据。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The database was restored from %1. The database as it was before is kept as %2.</source>
        <translation>数据库已从 %1 恢复。恢复前的数据库保存为 %2。</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>最近打开的数据库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Recent Databases</source>
        <translation>最近打开的数据库</translation>
    </message>
    <message>
        <source>%1 no longer exists. It is removed from the list.</source>
        <translation>%1 已不存在，已从列表中移除。</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>Gift Register</source>
        <translation>礼品登记</translation>
    </message>
    <message>
        <source>Expert Pool</source>
        <translation>专家库</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>邮件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Mail to Units…</source>
        <translation>给单位发邮件(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;History of Changes…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Commendation &amp;Certificates…</source>
        <translation>荣誉证书(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Mail to Units</source>
        <translation>给单位发邮件</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>荣誉证书</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>调查活动</translation>
    </message>
    <message>
        <source>(permissions could not be read)</source>
        <translation>（无法读取权限）</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>What you may do on this database could not be read, so until it can this desk may only view it:
%1</source>
        <translation>无法读取您在此数据库中的权限，在能读取之前本工作台只能查看：
%1</translation>
    </message>
</context>
<context>
    <name>MergeUnitsCommand</name>
    <message>
        <source>merge %1 into %2</source>
        <translation>将%1合并到%2</translation>
    </message>
</context>
<context>
    <name>MergeUnitsDialog</name>
    <message>
        <source>Merge units</source>
        <translation>合并单位</translation>
    </message>
    <message>
        <source>The same organization entered twice? Choose the record to keep. Everything of the other one (its forms, participations, links, letters and history) moves to it; where both take part in a campaign their targets are added together. The other stays on record as merged. Undo (Ctrl+Z) takes the merge back.</source>
        <translation>同一机构登记了两次？请选择要保留的记录。另一条记录的全部内容（信息表、参与记录、链接、授权书和历史）都将转到保留的单位；两者参加同一年度活动时，样本目标相加。另一条记录保留为“已合并”。可用撤销（Ctrl+Z）取消合并。</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>合并后</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>样本目标</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>独立链接</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>授权书</translation>
    </message>
    <message>
        <source>Form rows</source>
        <translation>信息表条目</translation>
    </message>
    <message>
        <source>Keep A: %1</source>
        <translation>保留 A：%1</translation>
    </message>
    <message>
        <source>Keep B: %1</source>
        <translation>保留 B：%1</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>(choose the record to keep)</source>
        <translation>（请选择要保留的记录）</translation>
    </message>
    <message>
        <source>Merge %1 into %2?</source>
        <translation>将“%1”合并到“%2”？</translation>
    </message>
    <message>
        <source>%1 stays on record as merged; Undo (Ctrl+Z) on the Units page takes the merge back.</source>
        <translation>“%1”将保留为已合并记录；在单位页面按撤销（Ctrl+Z）可取消合并。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>the database has schema version %1, newer than this program understands (%2); it is open read-only. Update the program to edit it.</source>
        <translation>该数据库的结构版本为 %1，高于本程序支持的版本（%2），已以只读方式打开。请升级程序后再编辑。</translation>
    </message>
</context>
<context>
    <name>PdfRenderJob</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfToUnicode</name>
    <message>
        <source>the PDF has no cross-reference table</source>
        <translation>PDF 文件没有交叉引用表</translation>
    </message>
    <message>
        <source>the PDF has no trailer</source>
        <translation>PDF 文件没有文件尾（trailer）</translation>
    </message>
</context>
<context>
    <name>PhoneRule</name>
    <message>
        <source>the country code after + is not one in use</source>
        <translation>+ 后的国家或地区代码不存在</translation>
    </message>
    <message>
        <source>too few digits: write a mobile number of 11 digits or a landline with its area code, as in 010-12345678</source>
        <translation>位数太少：请填写 11 位手机号码，或带区号的固定电话，如 010-12345678</translation>
    </message>
    <message>
        <source>too many digits</source>
        <translation>位数太多</translation>
    </message>
    <message>
        <source>no digits of a phone number</source>
        <translation>不含电话号码的数字</translation>
    </message>
    <message>
        <source>not a number in use in the country or region of +%1</source>
        <translation>不是 +%1 所属国家或地区在用的号码</translation>
    </message>
    <message>
        <source>no mobile number starts with %1: mobile numbers are 11 digits starting with 13–19</source>
        <translation>没有以 %1 开头的手机号码：手机号码为 11 位，以 13–19 开头</translation>
    </message>
    <message>
        <source>a mobile number has 11 digits, this one has %1</source>
        <translation>手机号码应为 11 位，此号码为 %1 位</translation>
    </message>
    <message>
        <source>the area code is missing: write it in front, as in 010-12345678 or 0755-86001234</source>
        <translation>缺少区号：请在前面加上区号，如 010-12345678 或 0755-86001234</translation>
    </message>
    <message>
        <source>no area code starts so, or the number after it has the wrong length (7 or 8 digits): write it as in 010-12345678 or 0755-86001234</source>
        <translation>没有这样开头的区号，或区号后的号码位数不对（应为 7 或 8 位）：请写成 010-12345678 或 0755-86001234 的形式</translation>
    </message>
    <message>
        <source>it holds letters among the digits (O for 0 or l for 1?): a phone number is written in digits</source>
        <translation>号码中夹有字母（是否把 0 写成了 O、把 1 写成了 l？）：电话号码只能由数字组成</translation>
    </message>
    <message>
        <source>it holds more than one number: give one number here and the others in the remarks</source>
        <translation>填写了不止一个号码：此处只填一个号码，其余号码请写在备注中</translation>
    </message>
</context>
<context>
    <name>PlatformFormat</name>
    <message>
        <source>the response ID is empty</source>
        <translation>答卷编号为空</translation>
    </message>
    <message>
        <source>the submit time is empty</source>
        <translation>提交时间为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid flag (1/0, true/false, 是/否)</source>
        <translation>“%1”不是有效标志（应为 1/0、true/false 或 是/否）</translation>
    </message>
</context>
<context>
    <name>PosterExportDialog</name>
    <message>
        <source>Poster as &amp;PDF</source>
        <translation>海报 PDF(&amp;P)</translation>
    </message>
    <message>
        <source>Poster as P&amp;NG</source>
        <translation>海报 PNG 图片(&amp;N)</translation>
    </message>
    <message>
        <source>QR code as PN&amp;G</source>
        <translation>二维码 PNG 图片(&amp;G)</translation>
    </message>
    <message>
        <source>QR code as &amp;SVG</source>
        <translation>二维码 SVG 矢量图(&amp;S)</translation>
    </message>
    <message>
        <source>QR Codes and Posters</source>
        <translation>二维码与海报</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>optional: the campaign&apos;s entry picture</source>
        <translation>可选：本年度问卷入口图片</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message numerus="yes">
        <source>Files for %n active link(s), named after unit, label and token.</source>
        <translation>
            <numerusform>为 %n 个启用的链接生成文件，文件名由单位、用途标注和链接编号组成。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Folder for the Files</source>
        <translation>选择保存文件的文件夹</translation>
    </message>
    <message>
        <source>Poster &amp;page:</source>
        <translation>海报纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Artwork:</source>
        <translation>宣传图片(&amp;A)：</translation>
    </message>
    <message>
        <source>Campaign Artwork</source>
        <translation>宣传图片</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>Write:</source>
        <translation>生成：</translation>
    </message>
    <message>
        <source>QR PNG si&amp;ze:</source>
        <translation>二维码图片尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>Write Files</source>
        <translation>生成文件</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>请选择保存文件的文件夹。</translation>
    </message>
    <message>
        <source>Choose at least one kind of file to write.</source>
        <translation>请至少选择一种要生成的文件。</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read.</source>
        <translation>%1 不是本程序能读取的图片。</translation>
    </message>
    <message>
        <source>Poster &amp;wording:</source>
        <translation>海报文字语言(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>PosterRenderer</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Recent rate %1 a day; projected final %2 against a target of %3</source>
        <translation>近期日均 %1；预计最终 %2，目标 %3</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Valid samples</source>
        <translation>有效样本</translation>
    </message>
    <message>
        <source>Share of target</source>
        <translation>目标完成率</translation>
    </message>
    <message>
        <source>Projected final</source>
        <translation>预计最终</translation>
    </message>
    <message>
        <source>Group samples</source>
        <translation>本组样本</translation>
    </message>
    <message>
        <source>Group target</source>
        <translation>本组目标</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1年样本</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>上年样本</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>ProgressQuery</name>
    <message>
        <source>no campaign with id %1</source>
        <translation>没有编号为 %1 的调查活动</translation>
    </message>
</context>
<context>
    <name>QrCodeDialog</name>
    <message>
        <source>QR Code – %1</source>
        <translation>二维码 – %1</translation>
    </message>
    <message>
        <source>This link is revoked: samples through it are not credited.</source>
        <translation>该链接已停用：通过它提交的样本不再计入。</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>PNG &amp;size:</source>
        <translation>PNG 尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>复制网址(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;PNG…</source>
        <translation>保存 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save S&amp;VG…</source>
        <translation>保存 SVG(&amp;V)…</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>保存二维码</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
</context>
<context>
    <name>QuestionnaireRepository</name>
    <message>
        <source>the questionnaire needs a name</source>
        <translation>问卷须有名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a survey platform (%2)</source>
        <translation>“%1”不是调查平台（%2）</translation>
    </message>
    <message>
        <source>the link parameter must be a name such as src or sojumpparm (letters, digits, _ . ~ -)</source>
        <translation>链接参数须为 src、sojumpparm 这样的名称（字母、数字、_ . ~ -）</translation>
    </message>
    <message>
        <source>the base URL must be an http or https address, e.g. https://survey.example.cn/q</source>
        <translation>问卷基础链接须为 http 或 https 地址，例如 https://survey.example.cn/q</translation>
    </message>
    <message>
        <source>the minimum completion time cannot be negative</source>
        <translation>最短答题用时不能为负数</translation>
    </message>
    <message>
        <source>the campaign already has a questionnaire named &apos;%1&apos;</source>
        <translation>本调查活动已有名为“%1”的问卷</translation>
    </message>
    <message>
        <source>the questionnaire no longer exists</source>
        <translation>该问卷已不存在</translation>
    </message>
    <message>
        <source>the questionnaire was %1</source>
        <translation>该问卷%1</translation>
    </message>
</context>
<context>
    <name>QuestionnairesDialog</name>
    <message>
        <source>Questionnaires</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Link parameter</source>
        <translation>链接参数</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础链接</translation>
    </message>
    <message>
        <source>Minimum seconds</source>
        <translation>最短用时（秒）</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>独立链接</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Survey &amp;platform:</source>
        <translation>调查平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础链接(&amp;B)：</translation>
    </message>
    <message>
        <source>Link &amp;parameter:</source>
        <translation>链接参数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Minimum completion time:</source>
        <translation>最短答题用时(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) of this questionnaire were issued already. Their printed QR codes and posters keep the old address, which no longer counts for the unit. Save anyway?</source>
        <translation>
            <numerusform>此问卷已发放 %n 个链接。已印制的二维码和海报仍是旧地址，其样本将不再计入该单位。仍要保存吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>Share of target (%)</source>
        <translation>目标完成率（%）</translation>
    </message>
    <message>
        <source>Target (100%)</source>
        <translation>目标（100%）</translation>
    </message>
    <message numerus="yes">
        <source>Top %n</source>
        <translation>
            <numerusform>前 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bottom %n</source>
        <translation>
            <numerusform>后 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2
%3% of the target: %4 of %5 valid samples
Click for the daily series</source>
        <translation>%1. %2
完成目标的 %3%：有效样本 %4 / %5
点击查看逐日数据</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Beijing</source>
        <translation>北京市</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>天津市</translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation>河北省</translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation>山西省</translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation>内蒙古自治区</translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation>辽宁省</translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation>吉林省</translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation>黑龙江省</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海市</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>江苏省</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>浙江省</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>安徽省</translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation>福建省</translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation>江西省</translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation>山东省</translation>
    </message>
    <message>
        <source>Henan</source>
        <translation>河南省</translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation>湖北省</translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation>湖南省</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>广东省</translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation>广西壮族自治区</translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation>海南省</translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation>重庆市</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>四川省</translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation>贵州省</translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation>云南省</translation>
    </message>
    <message>
        <source>Tibet</source>
        <translation>西藏自治区</translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation>陕西省</translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation>甘肃省</translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation>青海省</translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation>宁夏回族自治区</translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation>新疆维吾尔自治区</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾省</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港特别行政区</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>澳门特别行政区</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>Gifts by unit</source>
        <translation>按单位列出的礼品</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>仅限本地</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Of which local only</source>
        <translation>其中仅限本地</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Expert pool</source>
        <translation>专家库</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>推荐次数</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>推荐来源</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ResponsesFormat</name>
    <message>
        <source>the response ID is empty</source>
        <translation>答卷编号为空</translation>
    </message>
    <message>
        <source>the link is empty</source>
        <translation>链接为空</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid flag (1/0, true/false, 是/否)</source>
        <translation>“%1”不是有效标志（应为 1/0、true/false 或 是/否）</translation>
    </message>
</context>
<context>
    <name>ReturnedFormsDialog</name>
    <message>
        <source>&amp;Open for review…</source>
        <translation>打开审核(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Accept as read</source>
        <translation>按所读接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Set aside</source>
        <translation>搁置(&amp;S)</translation>
    </message>
    <message>
        <source>Returned information forms</source>
        <translation>回收的信息表</translation>
    </message>
    <message>
        <source>Read a &amp;folder…</source>
        <translation>读取文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open the form in the information form dialog, every field that differs from the stored unit marked; save there</source>
        <translation>在信息表窗口中打开，与已存单位不同的栏目均有标记；在那里保存</translation>
    </message>
    <message>
        <source>Save what the form says without opening it</source>
        <translation>不打开，直接保存信息表所填内容</translation>
    </message>
    <message>
        <source>Leave this form out; nothing is saved</source>
        <translation>不处理此信息表；不保存任何内容</translation>
    </message>
    <message>
        <source>Choose the folder the returned forms (.docx, .xlsx) were saved to.</source>
        <translation>请选择存放回收信息表（.docx、.xlsx）的文件夹。</translation>
    </message>
    <message>
        <source>Folder of returned forms</source>
        <translation>回收信息表所在文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n form(s)</source>
        <translation>
            <numerusform>%1：%n 份信息表</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新单位</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>有修改</translation>
    </message>
    <message>
        <source>Same as stored</source>
        <translation>与已存相同</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>joins this campaign</source>
        <translation>参加本年度活动</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未接受</translation>
    </message>
    <message>
        <source>Nothing was saved:
%1</source>
        <translation>未保存任何内容：
%1</translation>
    </message>
    <message>
        <source>Checklist not ticked</source>
        <translation>工作清单未勾选</translation>
    </message>
    <message>
        <source>accept the returned form of %1</source>
        <translation>接受%1交回的信息表</translation>
    </message>
</context>
<context>
    <name>RevokeLetterDialog</name>
    <message>
        <source>Revoke letter %1</source>
        <translation>吊销授权书 %1</translation>
    </message>
    <message>
        <source>Why is the letter of %1 revoked? Its number will not be given out again.</source>
        <translation>吊销%1的授权书的原因？该编号不会再次使用。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>须填写吊销原因。</translation>
    </message>
</context>
<context>
    <name>SafeFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Broken link</source>
        <translation>失效的链接</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>SaveUnitCommand</name>
    <message>
        <source>register %1</source>
        <translation>登记 %1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>修改 %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no desktop keyring (no D-Bus session)</source>
        <translation>没有桌面密钥环（没有 D-Bus 会话）</translation>
    </message>
    <message>
        <source>Survey Secretariat mail: %1</source>
        <translation>调查活动秘书处邮箱：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language takes effect when the program is started again.</source>
        <translation>新的语言将在程序重新启动后生效。</translation>
    </message>
    <message>
        <source>The program shows the new language after it is closed and started again.</source>
        <translation>新的语言要在关闭并重新启动程序后才会显示。</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>libcurl could not be started</source>
        <translation>无法启动 libcurl</translation>
    </message>
    <message>
        <source>refused: without TLS the password would cross the network in clear</source>
        <translation>已拒绝：不加密时密码会以明文在网络上传输</translation>
    </message>
    <message>
        <source>%1 (server: %2)</source>
        <translation>%1（服务器：%2）</translation>
    </message>
</context>
<context>
    <name>SurveyPlatform</name>
    <message>
        <source>Wenjuanxing (wjx.cn)</source>
        <translation>问卷星（wjx.cn）</translation>
    </message>
    <message>
        <source>Tencent Survey (wj.qq.com)</source>
        <translation>腾讯问卷（wj.qq.com）</translation>
    </message>
    <message>
        <source>Jinshuju (jinshuju.net)</source>
        <translation>金数据（jinshuju.net）</translation>
    </message>
    <message>
        <source>Wenjuan (wenjuan.com)</source>
        <translation>问卷网（wenjuan.com）</translation>
    </message>
    <message>
        <source>Other platform</source>
        <translation>其他平台</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>old binary .xls files cannot be read; save it as .xlsx or CSV</source>
        <translation>无法读取旧版二进制 .xls 文件，请另存为 .xlsx 或 CSV</translation>
    </message>
</context>
<context>
    <name>TalliesPage</name>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be imported</source>
        <translation>数据库以只读方式打开，无法导入</translation>
    </message>
    <message>
        <source>Import daily-count or per-response files from the survey platform</source>
        <translation>导入调查平台导出的每日统计或答卷明细文件</translation>
    </message>
    <message>
        <source>Add a campaign year first</source>
        <translation>请先添加调查活动年度</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s), %1 row(s) accepted in all.</source>
        <translation>
            <numerusform>共 %n 次导入，累计计入 %1 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of the database is kept before each import in %1 (the last %2).</source>
        <translation>每次导入前都会在 %1 保存一份数据库副本（保留最近 %2 份）。</translation>
    </message>
    <message>
        <source>Withdraw import…</source>
        <translation>撤回导入…</translation>
    </message>
    <message>
        <source>Take the selected import&apos;s counts out again, as if it had never been made; it stays in the history, marked withdrawn</source>
        <translation>撤回所选导入计入的数据，如同从未导入；该导入仍留在历史中，标记为已撤回</translation>
    </message>
    <message>
        <source>Withdraw import</source>
        <translation>撤回导入</translation>
    </message>
    <message>
        <source>Withdraw import #%1 (%2, imported %3 by %4)?</source>
        <translation>撤回第 %1 次导入（%2，%4 于 %3 导入）？</translation>
    </message>
    <message>
        <source>Its %1 accepted row(s) are taken out of the tallies, daily figures it replaced come back, and the responses it counted first are forgotten (a later import that had them counts them instead). The import stays in the history, marked withdrawn; the same file can then be imported again.</source>
        <translation>其计入的 %1 行将从统计中扣除，被它替换的每日数据将恢复，由它首次计入的答卷编号将被清除（之后的导入中若有相同答卷，改由该导入计入）。该导入仍留在历史中，标记为已撤回；之后可重新导入同一文件。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Nothing was withdrawn: %1</source>
        <translation>未撤回任何数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>Import #%1 withdrawn: %n response id(s) forgotten, %2 counted again by later imports.</source>
        <translation>
            <numerusform>已撤回第 %1 次导入：清除 %n 个答卷编号，其中 %2 个改由之后的导入计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>样本统计</translation>
    </message>
</context>
<context>
    <name>TallyFileList</name>
    <message>
        <source>Tally files</source>
        <translation>样本统计文件</translation>
    </message>
</context>
<context>
    <name>TallyFormat</name>
    <message>
        <source>&apos;%1&apos; is not a date and time (yyyy-MM-dd HH:mm[:ss])</source>
        <translation>“%1”不是日期时间（应为 yyyy-MM-dd HH:mm[:ss]）</translation>
    </message>
</context>
<context>
    <name>TallyImportWizard</name>
    <message>
        <source>none (workbook)</source>
        <translation>无（工作簿）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Import sample tallies</source>
        <translation>导入样本统计</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Choose tally files</source>
        <translation>选择样本统计文件</translation>
    </message>
    <message>
        <source>Daily-count or per-response files exported by the survey platform, as CSV or Excel .xlsx. Several files can be imported at once; drop them on the list or use Add files.</source>
        <translation>调查平台导出的每日统计或答卷明细文件，CSV 或 Excel .xlsx 格式。可一次导入多个文件：把文件拖到列表中，或点击“添加文件”。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>GB18030 (Excel on Chinese Windows)</source>
        <translation>GB18030（中文 Windows 上的 Excel）</translation>
    </message>
    <message>
        <source>Text encoding of CSV files:</source>
        <translation>CSV 文件的文字编码：</translation>
    </message>
    <message>
        <source>Detect from the headers</source>
        <translation>根据表头识别</translation>
    </message>
    <message>
        <source>Kind of file:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <source>Import the good rows of a file with malformed rows (the others are listed at the end)</source>
        <translation>文件中有格式错误的行时，仍导入正确的行（错误行在最后列出）</translation>
    </message>
    <message>
        <source>Into campaign %1 (window %2 – %3).</source>
        <translation>导入到 %1 年调查活动（采集期 %2 至 %3）。</translation>
    </message>
    <message>
        <source>Tally files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>样本统计文件 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <source>What was detected in each file, and which column holds which field. Change a column where the detection is wrong.</source>
        <translation>每个文件的识别结果，以及各字段对应的列。识别有误时请更改对应的列。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>识别结果：</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>前几行：</translation>
    </message>
    <message>
        <source>cannot read this file: %1</source>
        <translation>无法读取此文件：%1</translation>
    </message>
    <message>
        <source>encoding %1 · delimiter %2 · %3</source>
        <translation>编码 %1 · 分隔符 %2 · %3</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1（必需）：</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1（可选）：</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>无法读取此文件：%1</translation>
    </message>
    <message>
        <source>Missing required columns: %1</source>
        <translation>缺少必需的列：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>These columns will be ignored: %1</source>
        <translation>以下列将被忽略：%1</translation>
    </message>
    <message>
        <source>All required columns found.</source>
        <translation>必需的列都已找到。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Each file is imported in one transaction: a cancelled or rejected file changes nothing. A copy of the database is taken first.</source>
        <translation>每个文件在一个事务中导入：取消或被拒绝的文件不会改动任何数据。导入前先备份数据库。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>cannot open the database in the import thread</source>
        <translation>导入线程无法打开数据库</translation>
    </message>
    <message>
        <source>not started; nothing changed</source>
        <translation>未开始，数据未改动</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>第 %1 个文件（共 %2 个）：%3</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Unknown link</source>
        <translation>未知链接</translation>
    </message>
    <message>
        <source>Problems (FILE:LINE: field: message):</source>
        <translation>问题（文件:行: 字段: 说明）：</translation>
    </message>
    <message>
        <source>Save error list…</source>
        <translation>保存问题清单…</translation>
    </message>
    <message>
        <source>Save error list</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>import-errors.txt</source>
        <translation>导入问题.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Total: read %1, accepted %2, duplicate %3, rejected %4, unknown link %5.</source>
        <translation>合计：读取 %1 行，计入 %2，重复 %3，拒绝 %4，未知链接 %5。</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message>
        <source>%1 — waiting for another desk&apos;s import to finish</source>
        <translation>%1 — 正在等待其他工位的导入完成</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>读取格式：</translation>
    </message>
    <message>
        <source>Choose whose export this is, or whether it is a daily-count or a responses file.</source>
        <translation>请选择这是哪个平台的导出文件，或是每日统计还是答卷明细文件。</translation>
    </message>
    <message>
        <source>format not recognised from the headers</source>
        <translation>无法根据表头识别格式</translation>
    </message>
    <message>
        <source>%1 · questionnaire: %2 · links in column %3</source>
        <translation>%1 · 问卷：%2 · 链接所在列：%3</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> (%1 row(s) without a link, %2 incomplete response(s), not counted)</source>
        <translation>（%1 行没有链接，%2 份未完成答卷，均不计入）</translation>
    </message>
    <message>
        <source>the campaign&apos;s questionnaires could not be read: %1</source>
        <translation>无法读取本次活动的问卷：%1</translation>
    </message>
</context>
<context>
    <name>TallyImporter</name>
    <message>
        <source>there is no campaign to import into</source>
        <translation>没有可以导入的调查活动</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>cannot read the file; nothing imported</source>
        <translation>无法读取文件，未导入任何数据</translation>
    </message>
    <message>
        <source>already imported on %1 (import #%2); nothing changed</source>
        <translation>已于 %1 导入过（第 %2 次导入），数据未改动</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>the file has no header row; nothing imported</source>
        <translation>文件没有表头行，未导入任何数据</translation>
    </message>
    <message>
        <source>cannot tell from the header whether this is a daily or a responses file (found: %1); name the columns, e.g. 链接,日期,有效样本数 or 答卷编号,链接,提交时间,是否有效</source>
        <translation>无法根据表头判断这是每日统计还是答卷明细文件（表头为：%1）；请使用如 链接,日期,有效样本数 或 答卷编号,链接,提交时间,是否有效 的列名</translation>
    </message>
    <message>
        <source>unknown kind of file; nothing imported</source>
        <translation>文件类型未知，未导入任何数据</translation>
    </message>
    <message>
        <source>required columns are missing; nothing imported</source>
        <translation>缺少必需的列，未导入任何数据</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no link token (src=...)</source>
        <translation>“%1”中没有链接编号（src=...）</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; has been revoked; not counted</source>
        <translation>链接“%1”已作废，不计入</translation>
    </message>
    <message>
        <source>unknown link &apos;%1&apos;; not counted</source>
        <translation>未知链接“%1”，不计入</translation>
    </message>
    <message>
        <source>%1 is outside the campaign window %2; not counted</source>
        <translation>%1 不在调查活动采集期 %2 内，不计入</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; on %2 is already on line %3 with other figures</source>
        <translation>链接“%1”在 %2 的数据已出现在第 %3 行，且数字不同</translation>
    </message>
    <message>
        <source>cancelled; nothing changed</source>
        <translation>已取消，数据未改动</translation>
    </message>
    <message>
        <source>the file cannot be read to its end; nothing imported</source>
        <translation>文件无法完整读取，未导入任何数据</translation>
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation>文件没有数据行</translation>
    </message>
    <message>
        <source>the file has no data rows; nothing imported</source>
        <translation>文件没有数据行，未导入任何数据</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed row(s); the file was not imported (nothing changed)</source>
        <translation>
            <numerusform>有 %n 行格式错误，文件未导入（数据未改动）</numerusform>
        </translation>
    </message>
    <message>
        <source>imported as #%1</source>
        <translation>已导入（第 %1 次导入）</translation>
    </message>
    <message>
        <source>the columns named by hand are not in the file; nothing imported</source>
        <translation>手工指定的列不在文件中，未导入任何数据</translation>
    </message>
    <message>
        <source>there is no column named &apos;%1&apos; for %2</source>
        <translation>没有名为“%1”的列可作为“%2”</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; belongs to another questionnaire; not counted</source>
        <translation>链接“%1”属于另一份问卷，不计入</translation>
    </message>
    <message>
        <source>response ids: questionnaire %1 has no id prefix</source>
        <translation>答卷编号：问卷 %1 没有编号前缀</translation>
    </message>
</context>
<context>
    <name>TallyWithdrawal</name>
    <message numerus="yes">
        <source>import #%1 (%2) withdrawn: %n response id(s) forgotten</source>
        <translation>
            <numerusform>已撤回第 %1 次导入（%2）：清除 %n 个答卷编号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n of them counted now by later imports that had them too</source>
        <translation>
            <numerusform>；其中 %n 个改由之后含有相同答卷的导入计入</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no import #%1</source>
        <translation>没有第 %1 次导入</translation>
    </message>
    <message>
        <source>import #%1 was withdrawn already, on %2 by %3</source>
        <translation>第 %1 次导入已于 %2 由 %3 撤回</translation>
    </message>
    <message>
        <source>import #%1 did not import anything; there is nothing to withdraw</source>
        <translation>第 %1 次导入没有导入任何数据，无需撤回</translation>
    </message>
    <message>
        <source>import #%1 was made by an older version that did not record what it added; restore the copy of the database taken before it instead</source>
        <translation>第 %1 次导入由未记录导入明细的旧版本完成；请改为恢复导入前保留的数据库副本</translation>
    </message>
    <message>
        <source>import #%1 was changed by someone else meanwhile; nothing withdrawn</source>
        <translation>第 %1 次导入已被他人更改；未撤回任何数据</translation>
    </message>
</context>
<context>
    <name>TargetImportWizard</name>
    <message>
        <source>Import targets</source>
        <translation>导入样本量目标</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with the columns unit (a unit&apos;s name or id) and target. Every row is checked first: with any problem nothing changes.</source>
        <translation>CSV 文件或 Excel 工作簿（.xlsx），含“单位”（单位名称或编号）和“目标”两列。先逐行检查：只要有一处问题，就不做任何更改。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) changed.</source>
        <translation>
            <numerusform>已更改 %n 个目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed. Fix these rows and import it again:</source>
        <translation>文件未导入，数据未作任何更改。请修正以下各行后重新导入：</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>cannot open a second connection to %1</source>
        <translation>无法再打开一个到 %1 的连接</translation>
    </message>
</context>
<context>
    <name>TargetImporter</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>no unit given</source>
        <translation>未填写单位</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 units; give the unit id</source>
        <translation>“%1”匹配到 %2 个单位，请填写单位编号</translation>
    </message>
    <message>
        <source>no unit &apos;%1&apos; takes part in this campaign</source>
        <translation>本次调查活动中没有单位“%1”</translation>
    </message>
    <message>
        <source>no target given</source>
        <translation>未填写目标</translation>
    </message>
    <message>
        <source>unit &apos;%1&apos; already appears on line %2</source>
        <translation>单位“%1”已在第 %2 行出现</translation>
    </message>
    <message>
        <source>Unit (name or id)</source>
        <translation>单位（名称或编号）</translation>
    </message>
    <message>
        <source>Sample target</source>
        <translation>样本目标</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing changed</source>
        <translation>
            <numerusform>%n 个问题；未做任何更改</numerusform>
        </translation>
    </message>
    <message>
        <source>the file cannot be read to its end; nothing changed</source>
        <translation>文件无法完整读取；未做任何更改</translation>
    </message>
    <message>
        <source>required columns are missing</source>
        <translation>缺少必需的列</translation>
    </message>
</context>
<context>
    <name>TickChecklistCommand</name>
    <message>
        <source>Change the checklist</source>
        <translation>修改工作清单</translation>
    </message>
    <message numerus="yes">
        <source>Tick &quot;%1&quot; for %n unit(s)</source>
        <translation>
            <numerusform>为 %n 家单位勾选“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untick &quot;%1&quot; for %n unit(s)</source>
        <translation>
            <numerusform>为 %n 家单位取消勾选“%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>gave up waiting for another desk</source>
        <translation>等待另一工位超时，已放弃</translation>
    </message>
    <message>
        <source>waited %1 s for the write lock; nothing was written</source>
        <translation>已等待写入锁 %1 秒，未写入任何内容</translation>
    </message>
    <message>
        <source>cancelled while waiting for another desk; nothing was written</source>
        <translation>等待另一工位时已取消，未写入任何内容</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>UnitBatchChange</name>
    <message>
        <source>nothing was recorded to take back</source>
        <translation>没有可撤回的记录</translation>
    </message>
    <message>
        <source>“%1” was changed since; this would overwrite that change</source>
        <translation>“%1”此后已被修改；继续将覆盖该修改</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 since; this would overwrite that change</source>
        <translation>“%1”此后已被 %2 修改；继续将覆盖该修改</translation>
    </message>
    <message>
        <source>“%1” has records added since (a link, a letter, a child unit or the like), so it cannot be removed</source>
        <translation>“%1”此后已新增了记录（链接、授权书、下级单位等），因此不能删除</translation>
    </message>
    <message>
        <source>a unit named “%1” was registered since</source>
        <translation>此后已登记了名为“%1”的单位</translation>
    </message>
</context>
<context>
    <name>UnitBatchCommand</name>
    <message>
        <source>nothing was written</source>
        <translation>未写入任何内容</translation>
    </message>
</context>
<context>
    <name>UnitExporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cancelled; no file was written</source>
        <translation>已取消，未写入文件</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>UnitFormDialog</name>
    <message>
        <source>Information form</source>
        <translation>信息表</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <source>Unit &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Full registered name</source>
        <translation>单位全称</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>单位类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>单位性质(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>省份/地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>城市(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation>上级单位(&amp;P)：</translation>
    </message>
    <message>
        <source>Type to search registered units</source>
        <translation>输入以搜索已登记单位</translation>
    </message>
    <message>
        <source>Sample &amp;target:</source>
        <translation>样本量采集目标(&amp;T)：</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系信息</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>职务(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系方式(&amp;H)：</translation>
    </message>
    <message>
        <source>13812345678 or 010-12345678</source>
        <translation>13812345678 或 010-12345678</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>name@example.cn</source>
        <translation>name@example.cn</translation>
    </message>
    <message>
        <source>Recommended initiating units</source>
        <translation>推荐发起单位</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Register as unit…</source>
        <translation>登记为单位…</translation>
    </message>
    <message>
        <source>Open a new information form filled in from this row, with this unit as its parent</source>
        <translation>按这一行预填一张新的信息表，上级单位为本单位</translation>
    </message>
    <message>
        <source>Recommended supporting units</source>
        <translation>推荐支持单位</translation>
    </message>
    <message>
        <source>Gift goods</source>
        <translation>公益商店礼品</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>推荐专家</translation>
    </message>
    <message>
        <source>Save the whole form (Ctrl+S)</source>
        <translation>保存整张信息表（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Information form — %1</source>
        <translation>信息表 — %1</translation>
    </message>
    <message>
        <source>Register a unit</source>
        <translation>登记新单位</translation>
    </message>
    <message>
        <source>no registered unit is called &apos;%1&apos;; pick one from the list</source>
        <translation>没有名为“%1”的已登记单位，请从列表中选择</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>The changes typed into this form have not been saved. Discard them?</source>
        <translation>在本表中填写的修改尚未保存。要放弃这些修改吗？</translation>
    </message>
    <message>
        <source>The form is not complete</source>
        <translation>信息表尚未填完整</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:
%1</source>
        <translation>未保存任何内容。请更正：
%1</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1（%2）</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复登记</translation>
    </message>
    <message>
        <source>This unit may already be registered:&lt;br&gt;%1</source>
        <translation>该单位可能已经登记过：&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Open the other</source>
        <translation>打开已有单位</translation>
    </message>
    <message>
        <source>Save and merge into the other</source>
        <translation>保存并合并到已有单位</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>未合并</translation>
    </message>
    <message>
        <source>The form was saved but could not be merged: %1</source>
        <translation>信息表已保存，但未能合并：%1</translation>
    </message>
    <message>
        <source>Register as unit</source>
        <translation>登记为单位</translation>
    </message>
    <message>
        <source>Select the row of the unit to register first.</source>
        <translation>请先选中要登记的单位所在的行。</translation>
    </message>
    <message>
        <source>%1 is already registered.</source>
        <translation>%1 已经登记。</translation>
    </message>
    <message>
        <source>Sample targets are set by the managers</source>
        <translation>样本目标由管理人员设定</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Information form — %1 (view only)</source>
        <translation>信息表 — %1（只读）</translation>
    </message>
    <message>
        <source>the unit no longer exists</source>
        <translation>该单位已不存在</translation>
    </message>
    <message>
        <source>the name holds invisible characters (zero-width spaces or the like, often pasted from web pages); they are removed when saving</source>
        <translation>名称中含有不可见字符（零宽空格之类，常随网页内容粘贴进来）；保存时将予以删除</translation>
    </message>
    <message>
        <source>Stored: (empty)</source>
        <translation>已存：（空）</translation>
    </message>
    <message>
        <source>Stored: %1</source>
        <translation>已存：%1</translation>
    </message>
    <message>
        <source>row %1 removed: %2</source>
        <translation>第 %1 行已删除：%2</translation>
    </message>
    <message>
        <source>row %1 added: %2</source>
        <translation>第 %1 行为新增：%2</translation>
    </message>
    <message>
        <source>row %1: %2 (stored: %3)</source>
        <translation>第 %1 行：%2（已存：%3）</translation>
    </message>
    <message>
        <source>The returned form says the same as the stored unit.</source>
        <translation>回收的信息表与已存单位信息相同。</translation>
    </message>
    <message numerus="yes">
        <source>The returned form differs from the stored unit in %n field(s), marked in yellow (the stored value shows when the pointer rests on one). Nothing is saved until you save.</source>
        <translation>
            <numerusform>回收的信息表有 %n 处与已存单位不同，已用黄色标出（鼠标停留可查看已存内容）。点击保存之前不会保存任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned information form — %1</source>
        <translation>回收的信息表 — %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>Checklist not saved</source>
        <translation>工作清单未保存</translation>
    </message>
    <message>
        <source>The form was saved, but not the checklist: %1</source>
        <translation>信息表已保存，但工作清单未保存：%1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>Who changed this unit and when</source>
        <translation>谁在何时修改了此单位</translation>
    </message>
</context>
<context>
    <name>UnitImportWizard</name>
    <message>
        <source>Import the good rows and write the rejected ones, with reasons, beside the file</source>
        <translation>导入无误的行，并把被拒绝的行连同原因写到原文件旁</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>导入单位</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GB18030, as Excel saves it) or an Excel workbook (.xlsx). The first row names the columns.</source>
        <translation>CSV 文件（UTF-8 或 Excel 保存的 GB18030）或 Excel 工作簿（.xlsx）。第一行为列名。</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>Which column of the file holds each field. Name, kind and region are required.</source>
        <translation>文件中哪一列对应各字段。单位名称、单位类型和省份/地区为必填。</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>检查并导入</translation>
    </message>
    <message>
        <source>Every problem is listed by line. With problems nothing is imported unless you choose to skip the rows concerned.</source>
        <translation>按行列出所有问题。有问题时不会导入任何内容，除非选择跳过有问题的行。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 columns; read as %2</source>
        <translation>%1 列；按 %2 读取</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Choose the column that holds: %1</source>
        <translation>请选择对应此字段的列：%1</translation>
    </message>
    <message>
        <source>The file has problems; correct them, or choose to skip the rows concerned.</source>
        <translation>文件有问题；请更正，或选择跳过有问题的行。</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 rejected.</source>
        <translation>新增 %1 个，更新 %2 个，拒绝 %3 个。</translation>
    </message>
    <message>
        <source>The rejected rows are in %1.</source>
        <translation>被拒绝的行已写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, no problems. Press Import to register them.</source>
        <translation>
            <numerusform>已读取 %n 行，没有问题。点击“导入”完成登记。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 row(s) read; %2 with problems.</source>
        <translation>已读取 %1 行，其中 %2 行有问题。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>cannot open a second connection to %1</source>
        <translation>无法再打开一个到 %1 的连接</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>UnitImporter</name>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Province / region</source>
        <translation>省份/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系方式/电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Sample target</source>
        <translation>样本目标</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>there is no campaign to import into; add one first</source>
        <translation>还没有调查活动，无法导入；请先添加活动</translation>
    </message>
    <message>
        <source>the file is empty; the first row must name the columns</source>
        <translation>文件是空的；第一行应为列名</translation>
    </message>
    <message>
        <source>%1 cells but the header names %2 columns; is a comma missing its quotes?</source>
        <translation>有 %1 个单元格，但表头只有 %2 列；是否有逗号未加引号？</translation>
    </message>
    <message>
        <source>the kind is missing: initiating-1, initiating-2 or supporting (一级发起单位, 二级发起单位, 支持单位)</source>
        <translation>缺少单位类型：一级发起单位、二级发起单位或支持单位（initiating-1、initiating-2、supporting）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind: use initiating-1, initiating-2 or supporting (一级发起单位, 二级发起单位, 支持单位)</source>
        <translation>“%1”不是单位类型：请填一级发起单位、二级发起单位或支持单位（initiating-1、initiating-2、supporting）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the 34 provincial-level regions</source>
        <translation>“%1”不是 34 个省级行政区之一</translation>
    </message>
    <message>
        <source>no unit called &apos;%1&apos; is registered or listed earlier in this file</source>
        <translation>没有名为“%1”的已登记单位，本文件前面的行中也没有</translation>
    </message>
    <message>
        <source>the same unit is already on line %1 of this file</source>
        <translation>同一单位已在本文件第 %1 行出现</translation>
    </message>
    <message>
        <source>may be the same organization as the registered unit &apos;%1&apos; (%2)</source>
        <translation>可能与已登记单位“%1”是同一机构（%2）</translation>
    </message>
    <message>
        <source>the same phone as line %1</source>
        <translation>电话与第 %1 行相同</translation>
    </message>
    <message>
        <source>the same e-mail as line %1</source>
        <translation>邮箱与第 %1 行相同</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already registered; its details are updated</source>
        <translation>“%1”已经登记；将更新其信息</translation>
    </message>
    <message>
        <source>the file has a header but no units</source>
        <translation>文件只有表头，没有单位</translation>
    </message>
    <message>
        <source>its parent on line %1 was not imported</source>
        <translation>其上级单位（第 %1 行）未被导入</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 rejected</source>
        <translation>新增 %1 个，更新 %2 个，拒绝 %3 个</translation>
    </message>
    <message>
        <source>the rejected rows could not be written here</source>
        <translation>被拒绝的行无法写到这里</translation>
    </message>
    <message>
        <source>invisible characters (zero-width spaces or the like) removed from the name</source>
        <translation>已删除名称中的不可见字符（零宽空格之类）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the registered unit &apos;%2&apos; written another way; its name and details are updated</source>
        <translation>“%1”与已登记的单位“%2”是同一单位的不同写法；已更新其名称和信息</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>the unit no longer exists</source>
        <translation>该单位已不存在</translation>
    </message>
    <message>
        <source>the sample target cannot be negative</source>
        <translation>样本目标不能为负数</translation>
    </message>
    <message>
        <source>the unit does not take part in this campaign</source>
        <translation>该单位未参加本次调查活动</translation>
    </message>
    <message>
        <source>choose two different units to merge</source>
        <translation>请选择两个不同的单位进行合并</translation>
    </message>
    <message>
        <source>a unit that was already merged cannot be merged again</source>
        <translation>已经合并过的单位不能再次合并</translation>
    </message>
    <message>
        <source>there is no earlier campaign to carry units over from</source>
        <translation>没有可以沿用单位的往年活动</translation>
    </message>
    <message>
        <source>the unit was %1</source>
        <translation>该单位%1</translation>
    </message>
    <message>
        <source>the target was changed to %1 by %2 meanwhile</source>
        <translation>样本目标已被 %2 改为 %1</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>the merge cannot be undone: the unit is no longer merged into the one that was kept</source>
        <translation>无法撤销合并：该单位已不再合并于所保留的单位</translation>
    </message>
</context>
<context>
    <name>UnitSeriesDialog</name>
    <message>
        <source>This unit has no figures in the campaign.</source>
        <translation>该单位在本次调查活动中没有数据。</translation>
    </message>
    <message>
        <source>Daily series: %1</source>
        <translation>每日数据：%1</translation>
    </message>
    <message>
        <source>Valid samples %1 of a target of %2 (%3%); projected final %4 at %5 a day.</source>
        <translation>有效样本 %1，目标 %2（完成 %3%）；按日均 %5 预计最终 %4。</translation>
    </message>
    <message>
        <source>Group of %1 units: %2 valid samples of a target of %3.</source>
        <translation>本组 %1 个单位：有效样本 %2，目标 %3。</translation>
    </message>
    <message>
        <source>%1: %2 valid samples%3.</source>
        <translation>%1年：有效样本 %2%3。</translation>
    </message>
    <message>
        <source> (change %1%)</source>
        <translation>（同比 %1%）</translation>
    </message>
    <message>
        <source>Did not take part in %1.</source>
        <translation>未参加%1年调查活动。</translation>
    </message>
    <message>
        <source>Valid samples that day</source>
        <translation>当日有效样本</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Target pace</source>
        <translation>目标进度</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>样本目标</translation>
    </message>
    <message>
        <source>Valid samples</source>
        <translation>有效样本</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
</context>
<context>
    <name>UnitValidator</name>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation>单位不能是自己的上级单位</translation>
    </message>
    <message>
        <source>enter the unit&apos;s name</source>
        <translation>请填写单位名称</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>名称超过 200 个字符</translation>
    </message>
    <message>
        <source>choose the province or region</source>
        <translation>请选择省份/地区</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the 34 provincial-level regions</source>
        <translation>“%1”不是 34 个省级行政区之一</translation>
    </message>
    <message>
        <source>enter the contact person</source>
        <translation>请填写联系人</translation>
    </message>
    <message>
        <source>enter a phone number</source>
        <translation>请填写联系方式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address such as name@example.cn</source>
        <translation>“%1”不是有效邮箱，格式如 name@example.cn</translation>
    </message>
    <message>
        <source>the sample target cannot be negative</source>
        <translation>样本目标不能为负数</translation>
    </message>
    <message>
        <source>row %1: enter the recommended unit&apos;s name</source>
        <translation>第 %1 行：请填写推荐单位名称</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>row %1: enter the name of the goods</source>
        <translation>第 %1 行：请填写礼品名称</translation>
    </message>
    <message>
        <source>row %1: the quantity cannot be negative</source>
        <translation>第 %1 行：数量不能为负数</translation>
    </message>
    <message>
        <source>row %1: enter the expert&apos;s name</source>
        <translation>第 %1 行：请填写专家姓名</translation>
    </message>
    <message>
        <source>no core partner media is named (the committee asks for one or two)</source>
        <translation>未填写核心合作媒体（组委会要求 1–2 家）</translation>
    </message>
    <message>
        <source>%1 core partner media are named (the committee asks for one or two)</source>
        <translation>填写了 %1 家核心合作媒体（组委会要求 1–2 家）</translation>
    </message>
    <message>
        <source>%1 core partner companies are named (the committee asks for two or three)</source>
        <translation>填写了 %1 家核心合作企业（组委会要求 2–3 家）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number: %2</source>
        <translation>“%1”不是有效的电话号码：%2</translation>
    </message>
    <message>
        <source>the sample target cannot be more than %1</source>
        <translation>样本目标不能超过 %1</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>New unit</source>
        <translation>登记单位</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>打开信息表</translation>
    </message>
    <message>
        <source>Carry over from last year</source>
        <translation>沿用去年单位</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Search name, contact, phone or e-mail (Ctrl+F)</source>
        <translation>搜索单位名称、联系人、电话或邮箱（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>共 %n 个单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n unit(s)</source>
        <translation>
            <numerusform>%1 / 共 %n 个单位</numerusform>
        </translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Choose or create a campaign first.</source>
        <translation>请先选择或创建调查活动。</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>There is no campaign before %1 to carry units over from.</source>
        <translation>%1 年之前没有可以沿用单位的活动。</translation>
    </message>
    <message>
        <source>Carry units over</source>
        <translation>沿用往年单位</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) carried over.</source>
        <translation>
            <numerusform>已沿用 %n 个单位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge units</source>
        <translation>合并单位</translation>
    </message>
    <message>
        <source>Select exactly two rows (Ctrl+click): the same organization entered twice.</source>
        <translation>请选中两行（按住 Ctrl 点击）：同一机构被登记了两次。</translation>
    </message>
    <message>
        <source>Export units</source>
        <translation>导出单位</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个单位写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not register units.</source>
        <translation>您的角色无权登记单位。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>cannot open a second connection to %1</source>
        <translation>无法再打开一个到 %1 的连接</translation>
    </message>
    <message>
        <source>Write forms…</source>
        <translation>生成信息表…</translation>
    </message>
    <message>
        <source>Write the information form (信息表) as .docx or .xlsx: pre-filled for the selected units, blank when none is selected</source>
        <translation>生成信息表（.docx 或 .xlsx）：为所选单位预填已存信息，未选单位时生成空白表</translation>
    </message>
    <message>
        <source>Returned forms…</source>
        <translation>回收信息表…</translation>
    </message>
    <message>
        <source>Read a folder of filled-in information forms and review, accept or set aside each</source>
        <translation>读取一个文件夹中填好的信息表，逐份审核、接受或搁置</translation>
    </message>
    <message>
        <source>Write forms</source>
        <translation>生成信息表</translation>
    </message>
    <message>
        <source>Write a blank information form.</source>
        <translation>生成一份空白信息表。</translation>
    </message>
    <message numerus="yes">
        <source>Write %n pre-filled information form(s), one per selected unit.</source>
        <translation>
            <numerusform>生成 %n 份预填信息表，每个所选单位一份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word（.docx）</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel（.xlsx）</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>信息表保存文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 份信息表写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Every unit of %1 is in %2 already; nothing to carry over.</source>
        <translation>%1 年的单位均已在 %2 年中，无需沿用。</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n unit(s) of %1 that are not yet in %2, with the same kind, parent and target?</source>
        <translation>
            <numerusform>将 %1 年中尚未加入 %2 年的 %n 个单位加入（单位类型、上级单位和样本目标不变）？</numerusform>
        </translation>
    </message>
    <message>
        <source>What the two units hold could not be read, so they are not merged: %1</source>
        <translation>无法读取这两个单位的记录，因此未合并：%1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
</context>
<context>
    <name>VerifyLetterDialog</name>
    <message>
        <source>Verify a letter</source>
        <translation>查验授权书</translation>
    </message>
    <message>
        <source>The code is printed under the QR code of every letter (%1 characters).</source>
        <translation>校验码印在每份授权书的二维码旁（%1 个字符）。</translation>
    </message>
    <message>
        <source>Letter %1 (version %2) for %3</source>
        <translation>授权书 %1（第 %2 版），单位：%3</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>签发于 %1</translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <translation>%1 吊销：%2</translation>
    </message>
    <message>
        <source>A code has %1 letters and digits.</source>
        <translation>校验码由 %1 个字母和数字组成。</translation>
    </message>
    <message>
        <source>e.g. 7K3M9Q2XH4, or the letter number 2024-FQ-0001</source>
        <translation>例如 7K3M9Q2XH4，或授权书编号 2024-FQ-0001</translation>
    </message>
    <message>
        <source>Code or number:</source>
        <translation>校验码或编号：</translation>
    </message>
    <message>
        <source>Enter the %1-character code (%2 so far), or the letter&apos;s number such as 2024-FQ-0001.</source>
        <translation>请输入 %1 位校验码（已输入 %2 位），或授权书编号，如 2024-FQ-0001。</translation>
    </message>
    <message>
        <source>No letter has the number %1.</source>
        <translation>没有编号为 %1 的授权书。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被新版本取代</translation>
    </message>
    <message>
        <source>Letter %1 (version %2) for %3 is %4.
A number can be copied: the %5-character code under the QR code proves the letter genuine.</source>
        <translation>%3的授权书 %1（第 %2 版）状态：%4。
编号可能被抄用：二维码旁的 %5 位校验码才能证明授权书为真。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an .xlsx workbook (cannot open it as a zip archive)</source>
        <translation>%1 不是 .xlsx 工作簿（无法作为 zip 压缩包打开）</translation>
    </message>
    <message>
        <source>the workbook has no worksheet %1</source>
        <translation>工作簿中没有工作表 %1</translation>
    </message>
    <message>
        <source>cannot read worksheet %1</source>
        <translation>无法读取工作表 %1</translation>
    </message>
    <message>
        <source>the file has no xl/workbook.xml: not an .xlsx workbook</source>
        <translation>文件中没有 xl/workbook.xml，不是 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read (damaged data)</source>
        <translation>%1：%2 无法读取（数据已损坏）</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 MiB: not a workbook this program reads</source>
        <translation>%1：%2 大于 %3 MiB，本程序不读取这样的工作簿</translation>
    </message>
    <message>
        <source>%1: %2 is damaged: the archive says it holds %3 bytes, it holds %4</source>
        <translation>%1：%2 已损坏：压缩包记载其大小为 %3 字节，实际为 %4 字节</translation>
    </message>
    <message>
        <source>%1: %2 is damaged (its checksum is wrong)</source>
        <translation>%1：%2 已损坏（校验和不符）</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1，工作表“%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 is damaged: the archive says it holds %3 bytes, it holds more</source>
        <translation>%1：%2 已损坏：压缩包记载其大小为 %3 字节，实际更大</translation>
    </message>
</context>
<context>
    <name>XlsxSharedStrings</name>
    <message>
        <source>a text of more than %1 characters</source>
        <translation>文本超过 %1 个字符</translation>
    </message>
    <message>
        <source>the shared strings of the workbook would take more than %1 MiB of memory</source>
        <translation>工作簿的共享字符串表需要超过 %1 MiB 内存</translation>
    </message>
    <message>
        <source>the shared strings of the workbook are damaged: %1</source>
        <translation>工作簿的共享字符串已损坏：%1</translation>
    </message>
</context>
<context>
    <name>XlsxSheetScanner</name>
    <message>
        <source>%1, row %2, cell %3: %4</source>
        <translation>%1，第 %2 行，单元格 %3：%4</translation>
    </message>
    <message>
        <source>the XML ends in the middle (the file is truncated)</source>
        <translation>XML 在中途结束（文件不完整）</translation>
    </message>
    <message>
        <source>%1: the worksheet is damaged: %2</source>
        <translation>%1：工作表已损坏：%2</translation>
    </message>
    <message>
        <source>%1, row %2: the worksheet is damaged: %3</source>
        <translation>%1，第 %2 行：工作表已损坏：%3</translation>
    </message>
    <message>
        <source>%1, after row %2: &apos;%3&apos; is not a row number</source>
        <translation>%1，第 %2 行之后：“%3”不是行号</translation>
    </message>
    <message>
        <source>%1: row %2 comes after row %3 (rows out of order or repeated)</source>
        <translation>%1：第 %2 行出现在第 %3 行之后（行顺序错乱或重复）</translation>
    </message>
    <message>
        <source>%1: row %2 is beyond a sheet&apos;s last row, %3</source>
        <translation>%1：第 %2 行超出了工作表的最后一行（%3）</translation>
    </message>
    <message>
        <source>the column is beyond a sheet&apos;s last column, XFD</source>
        <translation>列超出了工作表的最后一列 XFD</translation>
    </message>
    <message>
        <source>the row is beyond a sheet&apos;s last row, %1</source>
        <translation>行超出了工作表的最后一行（%1）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cell reference</source>
        <translation>“%1”不是单元格引用</translation>
    </message>
    <message>
        <source>the cell names row %1, but it is in row %2</source>
        <translation>单元格引用指向第 %1 行，但它位于第 %2 行</translation>
    </message>
    <message>
        <source>the cell comes after %1 (cells out of order or repeated)</source>
        <translation>单元格出现在 %1 之后（单元格顺序错乱或重复）</translation>
    </message>
    <message>
        <source>the row has more cells than a sheet&apos;s %1 columns</source>
        <translation>该行的单元格多于工作表的 %1 列</translation>
    </message>
    <message>
        <source>%1, row %2: more than %3 characters in one row</source>
        <translation>%1，第 %2 行：一行中超过 %3 个字符</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot add sheet %1</source>
        <translation>无法添加工作表 %1</translation>
    </message>
</context>
<context>
    <name>XlsxXmlStream</name>
    <message>
        <source>a single tag or text of more than %1 MiB</source>
        <translation>单个标签或文本超过 %1 MiB</translation>
    </message>
    <message>
        <source>the archive entry cannot be read (damaged data)</source>
        <translation>压缩包中的该项无法读取（数据已损坏）</translation>
    </message>
    <message>
        <source>the XML is empty</source>
        <translation>XML 为空</translation>
    </message>
    <message>
        <source>the XML has no document element</source>
        <translation>XML 没有根元素</translation>
    </message>
    <message>
        <source>the XML ends in the middle (the file is truncated)</source>
        <translation>XML 在中途结束（文件不完整）</translation>
    </message>
    <message>
        <source>the XML is in UTF-16; only UTF-8 is read (save the file again)</source>
        <translation>XML 为 UTF-16 编码，只能读取 UTF-8（请重新保存文件）</translation>
    </message>
    <message>
        <source>text outside the document element</source>
        <translation>根元素之外有文本</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; not followed by a name</source>
        <translation>“&lt;”之后没有名称</translation>
    </message>
    <message>
        <source>&apos;/&apos; inside a tag</source>
        <translation>标签内有“/”</translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation>属性没有值</translation>
    </message>
    <message>
        <source>an attribute value without quotes</source>
        <translation>属性值没有引号</translation>
    </message>
    <message>
        <source>a second document element</source>
        <translation>出现第二个根元素</translation>
    </message>
    <message>
        <source>elements nested more than %1 deep</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>an end tag with more than a name</source>
        <translation>结束标签中除名称外还有其他内容</translation>
    </message>
    <message>
        <source>an end tag without its start tag</source>
        <translation>结束标签没有对应的开始标签</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; where &lt;/%2&gt; belongs</source>
        <translation>应为 &lt;/%2&gt;，却是 &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>the XML is encoded in %1; only UTF-8 is read (save the file again)</source>
        <translation>XML 的编码为 %1，只能读取 UTF-8（请重新保存文件）</translation>
    </message>
    <message>
        <source>a CDATA section outside the document element</source>
        <translation>根元素之外有 CDATA 段</translation>
    </message>
    <message>
        <source>a document type declaration (DTD), which .xlsx files may not have</source>
        <translation>文档类型声明（DTD），.xlsx 文件中不允许出现</translation>
    </message>
    <message>
        <source>unknown markup &apos;&lt;!&apos;</source>
        <translation>未知的标记“&lt;!”</translation>
    </message>
    <message>
        <source>an entity reference without its &apos;;&apos;</source>
        <translation>实体引用缺少“;”</translation>
    </message>
    <message>
        <source>&amp;%1; names no character XML allows</source>
        <translation>&amp;%1; 不是 XML 允许的字符</translation>
    </message>
    <message>
        <source>the unknown entity &amp;%1;</source>
        <translation>未知实体 &amp;%1;</translation>
    </message>
    <message>
        <source>an element inside &lt;%1&gt;, where only text belongs</source>
        <translation>&lt;%1&gt; 中只能有文本，却出现了元素</translation>
    </message>
    <message>
        <source>a row of more than %1 MiB of XML</source>
        <translation>一行的 XML 超过 %1 MiB</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Survey Secretariat</source>
        <translation>调查活动秘书处工作台</translation>
    </message>
    <message>
        <source>Database: an SQLite file or postgresql://user@host/db.</source>
        <translation>数据库：SQLite 文件或 postgresql://用户@主机/数据库。</translation>
    </message>
    <message>
        <source>Could not open the database %1:
%2</source>
        <translation>无法打开数据库 %1：
%2</translation>
    </message>
    <message>
        <source>Show the main window at 1280×720 (or its smallest size), save a picture of it as FILE (PNG) and quit.</source>
        <translation>以 1280×720（或窗口的最小尺寸）显示主窗口，将其截图保存为 FILE（PNG）后退出。</translation>
    </message>
    <message>
        <source>An SQLite database file to open (same as --db).</source>
        <translation>要打开的 SQLite 数据库文件（同 --db）。</translation>
    </message>
    <message>
        <source>Page to open: units, letters, links, tallies, dashboard, checklist, gifts or experts.</source>
        <translation>要打开的页面：units、letters、links、tallies、dashboard、checklist、gifts 或 experts。</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size instead of 1280×720, e.g. 1600x1000.</source>
        <translation>与 --screenshot 同用：窗口大小（代替 1280×720），例如 1600x1000。</translation>
    </message>
</context>
</TS>
