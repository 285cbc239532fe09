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
    <name>LettersPage</name>
    <message>
        <source>Authorization letters will be listed here.</source>
        <translation>此处将列出授权书。</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <source>Tracking links and QR posters will be managed here.</source>
        <translation>此处将管理独立链接和二维码海报。</translation>
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
