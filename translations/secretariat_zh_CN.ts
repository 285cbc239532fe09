<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Several desks work on one shared PostgreSQL database. Ask the office's administrator for the server and your user name.</source>
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
        <source>line %1: a record longer than %2 characters (is a quote not closed?)</source>
        <translation>第 %1 行：一条记录超过 %2 个字符（是否有引号没有结束？）</translation>
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
    <name>DashboardPage</name>
    <message>
        <source>Progress against targets will be charted here.</source>
        <translation>此处将以图表显示样本目标完成进度。</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>a campaign for %1 already exists; demo data goes into an empty year</source>
        <translation>%1 年度调查活动已存在；演示数据只能写入尚无活动的年度</translation>
    </message>
    <message>
        <source>%1 Netizen Cybersecurity Sense Satisfaction Survey</source>
        <translation>%1网民网络安全感满意度调查活动</translation>
    </message>
    <message>
        <source>Official website</source>
        <translation>官方网站</translation>
    </message>
    <message>
        <source>Official account</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>Poster, city library</source>
        <translation>海报（市图书馆）</translation>
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
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Authorization letters will be listed here.</source>
        <translation>此处将列出授权书。</translation>
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
        <source>the campaign has no base URL; set one before issuing links</source>
        <translation>该调查活动未设置问卷基础链接，请先设置再发放链接</translation>
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
        <source>link %1 was changed meanwhile</source>
        <translation>链接 %1 已被他人修改</translation>
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
        <source>Export the campaign's links for the survey platform (.xlsx or .csv)</source>
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
        <source>%1 of %2 links shown · %3 active · %4 valid samples</source>
        <translation>显示 %1 / %2 个链接 · 启用 %3 个 · 有效样本 %4 份</translation>
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
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>&lt;h3&gt;Survey Secretariat %1&lt;/h3&gt;&lt;p&gt;The secretariat's workbench for the Netizen Cybersecurity Sense Satisfaction Survey: unit registration, authorization letters, tracking links, sample tallies and progress.&lt;/p&gt;</source>
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
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>the database has schema version %1, newer than this program understands (%2); it is open read-only. Update the program to edit it.</source>
        <translation>该数据库的结构版本为 %1，高于本程序支持的版本（%2），已以只读方式打开。请升级程序后再编辑。</translation>
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
        <source>optional: the campaign's entry picture</source>
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
        <source>Sample tally imports will be run and listed here.</source>
        <translation>此处将导入并列出样本量统计。</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units and their information forms will be listed here.</source>
        <translation>此处将列出各单位及其信息表。</translation>
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
        <source>the shared strings of the workbook are damaged: %1</source>
        <translation>工作簿的共享字符串已损坏：%1</translation>
    </message>
    <message>
        <source>row %1: the worksheet is damaged: %2</source>
        <translation>第 %1 行：工作表已损坏：%2</translation>
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
</context>
</TS>
