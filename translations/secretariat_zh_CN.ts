<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>someone else changed this campaign since it was loaded</source>
        <translation>载入后该调查活动已被他人修改</translation>
    </message>
    <message>
        <source>the campaign was changed meanwhile</source>
        <translation>该调查活动已被修改</translation>
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
        <translation>第 %1 行：引号括起的字段没有结束（开头的引号在这一行）</translation>
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation>第 %1 行：结束引号后还有多余文字（字段内的引号必须写成两个）</translation>
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
    <name>SetTargetCommand</name>
    <message>
        <source>target of %1: %2 → %3</source>
        <translation>%1 的样本目标：%2 → %3</translation>
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
    <name>UnitExporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
        <source>no registered unit is called '%1'; pick one from the list</source>
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
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>The changes typed into this form have not been saved. Discard them?</source>
        <translation>在本表中填写的修改尚未保存。要放弃这些修改吗？</translation>
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
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
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
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>cannot open a second connection to %1</source>
        <translation>无法再打开一个到 %1 的连接</translation>
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
    <message>
        <source>%1 cells but the header names %2 columns; is a comma missing its quotes?</source>
        <translation>有 %1 个单元格，但表头只有 %2 列；是否有逗号未加引号？</translation>
    </message>
    <message>
        <source>the kind is missing: initiating-1, initiating-2 or supporting (一级发起单位, 二级发起单位, 支持单位)</source>
        <translation>缺少单位类型：一级发起单位、二级发起单位或支持单位（initiating-1、initiating-2、supporting）</translation>
    </message>
    <message>
        <source>'%1' is not a kind: use initiating-1, initiating-2 or supporting (一级发起单位, 二级发起单位, 支持单位)</source>
        <translation>“%1”不是单位类型：请填一级发起单位、二级发起单位或支持单位（initiating-1、initiating-2、supporting）</translation>
    </message>
    <message>
        <source>'%1' is not one of the 34 provincial-level regions</source>
        <translation>“%1”不是 34 个省级行政区之一</translation>
    </message>
    <message>
        <source>'%1' is not a sample target: write a whole number such as 5000</source>
        <translation>“%1”不是样本目标：请填写整数，例如 5000</translation>
    </message>
    <message>
        <source>no unit called '%1' is registered or listed earlier in this file</source>
        <translation>没有名为“%1”的已登记单位，本文件前面的行中也没有</translation>
    </message>
    <message>
        <source>the same unit is already on line %1 of this file</source>
        <translation>同一单位已在本文件第 %1 行出现</translation>
    </message>
    <message>
        <source>may be the same organization as the registered unit '%1' (%2)</source>
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
        <source>'%1' is already registered; its details are updated</source>
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
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>the unit no longer exists</source>
        <translation>该单位已不存在</translation>
    </message>
    <message>
        <source>someone else changed this unit since it was opened; close it and open it again</source>
        <translation>打开后已有其他人修改了该单位；请关闭后重新打开</translation>
    </message>
    <message>
        <source>the unit was changed meanwhile</source>
        <translation>该单位已被他人修改</translation>
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
</context>
<context>
    <name>UnitValidator</name>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation>单位不能是自己的上级单位</translation>
    </message>
    <message>
        <source>enter the unit's name</source>
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
        <source>'%1' is not one of the 34 provincial-level regions</source>
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
        <source>'%1' is not a phone number: use a mobile number of 11 digits starting with 13–19, or a landline with area code such as 010-12345678</source>
        <translation>“%1”不是有效电话：请填写以 13–19 开头的 11 位手机号，或带区号的座机号，例如 010-12345678</translation>
    </message>
    <message>
        <source>'%1' is not an e-mail address such as name@example.cn</source>
        <translation>“%1”不是有效邮箱，格式如 name@example.cn</translation>
    </message>
    <message>
        <source>the sample target cannot be negative</source>
        <translation>样本目标不能为负数</translation>
    </message>
    <message>
        <source>row %1: enter the recommended unit's name</source>
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
        <source>row %1: enter the expert's name</source>
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
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
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
    <message>
        <source>Add every unit of %1 that is not yet in %2, with the same kind, parent and target?</source>
        <translation>把 %1 年尚未加入 %2 年活动的所有单位加入，类型、上级单位和样本目标不变？</translation>
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
        <source>Which one is kept? Everything of the other one (its forms, participations, links, letters and history) moves to the kept unit; the other stays on record as merged.</source>
        <translation>保留哪一个？另一个单位的全部内容（信息表、参与记录、链接、授权书和历史记录）将移到保留的单位；另一个单位保留记录并标记为已合并。</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
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
        <translation>文件中没有 xl/workbook.xml：不是 .xlsx 工作簿</translation>
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
