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
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
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
        <source>Grades and commendations…</source>
        <translation>等级评定与表彰…</translation>
    </message>
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
    <message>
        <source>Share of target (%)</source>
        <translation>目标完成率（%）</translation>
    </message>
    <message>
        <source>Target (100%)</source>
        <translation>目标（100%）</translation>
    </message>
    <message>
        <source>Click a bar to see that unit's daily series</source>
        <translation>点击条形查看该单位的每日数据</translation>
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
        <source>Valid samples and targets by region</source>
        <translation>各地区有效样本与目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>By kind of unit</source>
        <translation>按单位类别</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>未选择调查活动</translation>
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
    <message>
        <source>Day %1 of %2</source>
        <translation>第 %1 天 / 共 %2 天</translation>
    </message>
    <message>
        <source>Window %1 – %2</source>
        <translation>采集期 %1 – %2</translation>
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
        <source>Progress dashboard</source>
        <translation>进度看板</translation>
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
        <source>Import targets…</source>
        <translation>导入样本量目标…</translation>
    </message>
    <message>
        <source>Set units' sample targets from a CSV or Excel file with the columns unit and target</source>
        <translation>从含 unit（单位）和 target（目标）两列的 CSV 或 Excel 文件设置各单位的样本量采集目标</translation>
    </message>
    <message>
        <source>Import targets</source>
        <translation>导入样本量目标</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed. Fix these rows and import it again:</source>
        <translation>文件未导入，数据未作任何更改。请修正以下各行后重新导入：</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) changed.</source>
        <translation>
            <numerusform>已更改 %n 个目标。</numerusform>
        </translation>
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
        <source>Double-click a support score to change it. Store the grades to make them the units' data-query tiers.</source>
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
    <name>TargetImporter</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>no column named unit</source>
        <translation>没有名为 unit（单位）的列</translation>
    </message>
    <message>
        <source>no column named target</source>
        <translation>没有名为 target（目标）的列</translation>
    </message>
    <message>
        <source>no unit given</source>
        <translation>未填写单位</translation>
    </message>
    <message>
        <source>'%1' matches %2 units; give the unit id</source>
        <translation>“%1”匹配到 %2 个单位，请填写单位编号</translation>
    </message>
    <message>
        <source>no unit '%1' takes part in this campaign</source>
        <translation>本次调查活动中没有单位“%1”</translation>
    </message>
    <message>
        <source>no target given</source>
        <translation>未填写目标</translation>
    </message>
    <message>
        <source>'%1' is not a whole number of samples (0 or more)</source>
        <translation>“%1”不是有效的样本数（0 或以上的整数）</translation>
    </message>
    <message>
        <source>unit '%1' already appears on line %2</source>
        <translation>单位“%1”已在第 %2 行出现</translation>
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
