# 台账 (taizhang) — 简体中文
# 发送时按 HTML 解析：文本里不要写裸的 < 和 &；变量由程序转义。

## 控制台聊天

console-welcome = 台账 控制台聊天（未设置 BOT_TOKEN，未连接 Telegram），已载入演示县「{ $county }」：像村干部一样输入进度，我像 Telegram 机器人一样回复。输入按钮前的数字就是按按钮，/help 查看用法，/quit 退出。
example-report = 民建村 高标准农田 本周新增300亩，累计2000亩/计划3000亩。问题：资金未到位
console-example = 例如：{ example-report }
console-bye = 再见！
console-file-saved = { $caption }（文件已保存到 { $path }）

## 报告卡片

card-title = 我理解的是：
card-task = 任务：{ $task }
card-task-unmatched = 任务：{ $task }（台账中未找到）
card-no-task = 任务：（未识别）
card-place = 地点：{ $place }
card-quantity = • { $kind }：{ $value } { $unit }
card-percent = 完成比例：{ $percent }%
card-date = 日期：{ $date }
card-issues = 问题：{ $issues }
card-next-steps = 下一步：{ $steps }
card-ledger-total = 台账累计：{ $total } { $measure }
card-inconsistent-mismatch = ⚠️ 数字对不上：报的累计是 { $stated } { $measure }，上次累计加本次新增应为 { $expected } { $measure }。请核对，有误点「✏️ 修改」。
card-inconsistent-decrease = ⚠️ 累计 { $stated } { $measure } 比之前的 { $expected } { $measure } 还少。请核对，有误点「✏️ 修改」。
card-from-group = 你在「{ $group }」群里的报送：

kind-increment = 新增
kind-cumulative = 累计
kind-target = 目标
kind-unspecified = 数量

card-state-filed = 已记入台账。请核对：无误点「✅ 确认」，有误点「✏️ 修改」，发错了点「↩️ 撤回」。
card-state-confirmed = ✅ 已确认，计入台账。
card-state-corrected = ✏️ 已修改，计入台账。
card-state-withdrawn = ↩️ 已撤回，不计入台账。
card-state-pending = ⚠️ 暂不计入台账，请点「✏️ 修改」补全。
card-holdup-no-task = ⚠️ 暂不计入台账：没有找到对应的台账任务。请点「✏️ 修改」选择任务。
card-holdup-unknown-place = ⚠️ 暂不计入台账：消息里的地点不在你的单位范围内。请编辑原消息，写本单位或下级单位的名称，我会重新识别。
card-holdup-ambiguous-place = ⚠️ 暂不计入台账：有几个同名的地点，请在下面选择是哪一个。
card-holdup-forbidden-place = ⚠️ 暂不计入台账：你只能为本单位和下级单位报送。

not-a-report = 这条消息我没看懂成进度报告。请写明地点、任务和数字，例如：{ example-report }

button-confirm = ✅ 确认
button-fix = ✏️ 修改
button-withdraw = ↩️ 撤回
button-back = « 返回
button-other-task = 🔁 换一个任务
button-place = 📍 { $place }
button-place-in = 📍 { $place }（{ $parent }）
button-quantity = ✏️ { $kind } { $value } { $unit }
button-value = ✍️ 改数值
button-previous = ‹ 上一页
button-next = 下一页 ›

toast-confirmed = 已确认 ✅
toast-withdrawn = 已撤回
toast-changed = 已修改
alert-forbidden = 只有报送人本人或本单位的管理员可以操作。
alert-withdrawn = 这条报告已撤回。
alert-unknown-report = 找不到这条报告。
alert-bad-choice = 这个选项已失效，请重新选择。
alert-confirm-pending = 这条报告还不能确认：请先点「✏️ 修改」补全任务或地点。

fix-value-prompt = 请发送「{ $kind } { $value } { $unit }」的新数值（只写数字），或发送 /cancel 取消。
fix-value-invalid = 请只发送一个数字，例如 120；或发送 /cancel 取消。
fix-value-done = 已修改，卡片已更新。

## 开始、帮助、加入

start-member = 你好，{ $name }！把工作进度直接发给我，我会记进台账并回一张卡片给你核对。发送 /help 查看用法。
start-stranger = 你好，{ $name }！我是台账机器人，帮村镇干部把工作进度记进台账。
    你还没有加入任何单位：请向管理员要一个邀请码，然后发送 /join 邀请码。
stranger-hint = 你还没有加入任何单位，现在只能加入：请向管理员要一个邀请码，然后发送 /join 邀请码。
help-member = <b>怎么报送</b>
    直接发一条进度消息，例如：
    { example-report }
    我会回一张卡片：✅ 确认；✏️ 修改（换任务、选地点、改数量的类型或数值）；↩️ 撤回。编辑原消息，我会重新识别。
    在绑定了单位的群里，我只回复看起来像进度报告的消息，以及 @我 或回复我的消息。

    <b>命令</b>
    /task 任务名称 — 任务进度和最近的报送
    /lang — 切换语言（中文 / English）
    /cancel — 取消进行中的操作
    /help — 本帮助
help-admin = <b>管理员命令</b>
    /invite 单位 身份 [天数] [次数] — 生成邀请码；身份：reporter（填报员）、leader（领导）、admin（管理员）
    /unit add 上级单位 名称 — 添加下级单位
    /task add — 添加台账任务（回答几个问题）
    /task split 任务 单位 目标 … — 把任务分解到各单位
    /bind 单位 — 在群里发送：把本群绑定到单位
    /quiet — 在群里发送：开/关安静模式（用表情回应，卡片私聊发给报送人）

join-usage = 请发送 /join 邀请码，例如 /join ABCD2345。
join-invalid = 这个邀请码无效、已过期或已用完。请向管理员要一个新的。
join-done = 欢迎！你已加入 { $unit }，身份：{ $role }。现在可以直接把工作进度发给我，例如：
    { example-report }
join-in-private = 邀请码请私聊我发送：/join 邀请码。

role-admin = 管理员
role-leader = 领导
role-reporter = 填报员

lang-choose = 请选择语言 / Choose a language:
lang-set = 好的，以后我说中文。

fallback-private = 我只看得懂文字的进度消息和命令。发送 /help 查看用法。
cancelled = 已取消。
nothing-to-cancel = 现在没有进行中的操作。
admins-only = 只有管理员可以这样做。
error-sorry = 抱歉，处理这条消息时出错了。消息已保存，一两分钟内会自动重试，不用重发。

## 邀请、单位、任务

invite-usage = 用法：/invite 单位 身份 [天数] [次数]，例如 /invite 民建村 reporter 7 30。身份：reporter（填报员）、leader（领导）、admin（管理员）。
invite-refused-unknown-unit = 在你的单位范围内没有找到「{ $unit }」。
invite-refused-ambiguous-unit = 「{ $unit }」有好几个，请写上级单位，例如「金塔镇 { $unit }」。
invite-refused-forbidden = 只有「{ $unit }」或其上级单位的管理员可以为它生成邀请码。
invite-refused-bad-role = 身份只能是 reporter（填报员）、leader（领导）或 admin（管理员）。
invite-created = 邀请码：<code>{ $code }</code>
    单位：{ $unit }，身份：{ $role }
    有效期至 { $expires }，可使用 { $uses } 次。
    被邀请人私聊我发送 /join { $code }，或打开链接：{ $link }

unit-usage = 用法：/unit add 上级单位 名称，例如 /unit add 金塔镇 民建村。
unit-added = 已在「{ $parent }」下添加「{ $unit }」。
unit-refused-unknown-unit = 在你的单位范围内没有找到「{ $unit }」。
unit-refused-ambiguous-unit = 「{ $unit }」有好几个，请先确认是哪一个。
unit-refused-forbidden = 只有「{ $unit }」或其上级单位的管理员可以添加下级单位。
unit-refused-bad-input = 名称不能为空，也不能超过 40 个字。

task-usage = 用法：/task 任务名称（查看进度），/task add（添加任务），或 /task split 任务名称 单位 目标 ……（把任务分解到各单位）。
task-split-usage =
    用法：/task split 任务名称，后面写各单位和分到的目标（单位有自己的完成时限可以加上），例如：
    /task split 高标准农田 民建镇 3000 东风镇 2500 红星镇 2000 2026-10-31
    也可以一行一个单位：
    /task split 高标准农田
    民建镇 3000亩
    东风镇 2500亩 10月底
    没写到的单位不变；没写时限的，已有分解保留原时限，新分解沿用任务的时限。
task-split-applied = ✅ 已分解任务「{ $task }」：
task-split-unchanged = ✅ 任务「{ $task }」的分解与台账一致，没有改动。
task-split-rejected = ❌ 任务「{ $task }」没有分解：发现 { $count } 处问题，台账没有任何改动。
task-split-at-share = 第 { $n } 项「{ $unit }」：
task-unknown-task = 没有找到任务「{ $task }」。
task-ambiguous-task = 「{ $task }」能对上好几个任务，请写得更完整一些。
task-forbidden = 你还不属于任何单位，看不到任务。
task-add-name = 任务叫什么？可以在后面加别名，用逗号隔开，例如：农村改厕，改厕，户厕改造
task-add-owner = 哪个单位负责？请写单位名称，例如：金塔县
task-add-owner-unknown-unit = 在你的单位范围内没有找到「{ $unit }」，请重新输入单位名称。
task-add-owner-ambiguous-unit = 「{ $unit }」有好几个，请写得更具体一些。
task-add-measure = 计量单位是什么？例如：亩、户、公里、人
task-add-target = 目标是多少？只写数字，例如 3000；没有目标请发送 -
task-add-deadline = 完成时限？例如 2024-12-31；没有时限请发送 -
task-add-done = 已添加任务「{ $task }」：负责单位 { $owner }，目标 { $target } { $measure }，完成时限 { $deadline }。
task-add-refused-unknown-unit = 没有找到负责单位，任务没有添加。
task-add-refused-ambiguous-unit = 负责单位有好几个同名的，任务没有添加。
task-add-refused-forbidden = 你不是这个单位的管理员，任务没有添加。
task-add-refused-bad-input = 任务信息不完整，没有添加。请重新发送 /task add。

history-title = { $task }
history-no-reports = 还没有计入台账的报送。
history-progress-target = 进度：{ $total } / { $target } { $measure }（{ $percent }%）
history-progress = 进度：{ $total } { $measure }
history-deadline = 完成时限：{ $deadline }
history-units = 各单位：
history-unit = • { $unit }：{ $total } { $measure }
history-recent = 最近的报送：
history-report = • { $when } { $unit }：{ $text }（{ $state }）
history-inconsistent = ⚠️ 有 { $count } 处前后数字对不上，请核对。

state-pending = 待补充
state-filed = 待确认
state-confirmed = 已确认
state-corrected = 已修改
state-withdrawn = 已撤回

## 群

bind-usage = 用法：在群里发送 /bind 单位名称，例如 /bind 金塔镇。
bind-done = 本群已绑定到「{ $unit }」。群里看起来像进度报告的消息，我会记进台账并回复卡片。
bind-can-read = ✅ 我能看到本群的消息。
bind-privacy = ⚠️ 我现在看不到本群的普通消息（Telegram 的隐私模式），只能看到命令、@我 和回复我的消息。解决办法，二选一：
    1. 把 { $bot } 设为本群管理员；或者
    2. 在 @BotFather 发送 /setprivacy，选择 { $bot }，选 Disable，然后把我移出本群再重新拉进来（这个设置在机器人入群时才生效）。
bind-refused-unknown-unit = 在你的单位范围内没有找到「{ $unit }」。
bind-refused-ambiguous-unit = 「{ $unit }」有好几个，请写得更具体一些。
bind-refused-forbidden = 只有「{ $unit }」或其上级单位的管理员可以绑定群。
bind-refused-bad-input = 请写单位名称，例如 /bind 金塔镇。
quiet-on = 已开启安静模式：我用表情回应报送，卡片私聊发给报送人。再发一次 /quiet 关闭。
quiet-off = 已关闭安静模式：我会在群里回复卡片。
quiet-refused = 只有本群所绑定单位的管理员可以切换安静模式（群要先用 /bind 绑定单位）。
group-only = 这个命令请在群里发送。

## 命令行：备份、恢复、重新解析
cli-backup-done = 已备份到 {$file}（{$bytes} 字节）。
cli-restore-done = 已从 {$file} 恢复，数据库已更新到当前版本。
cli-export-ledger = 已写入 { $file }：{ $tasks } 项任务，{ $problems } 个待协调问题，本周 { $silent } 个单位未报送（数据截至 { $at }）。
cli-export-reports = 已写入 { $file }：{ $from } 至 { $to } 的报告 { $reports } 条。
cli-export-tasks = 已写入 { $file }：{ $tasks } 项任务，{ $assignments } 条任务分解。
cli-export-units = 已写入 { $file }：{ $units } 个单位。
cli-reparse-change = · {$when} “{$text}”
cli-reparse-before =     原来：{$state}｜任务 {$task}｜地点 {$unit}｜数值 {$figures}
cli-reparse-after =     改为：{$state}｜任务 {$task}｜地点 {$unit}｜数值 {$figures}
cli-reparse-none = 无
cli-reparse-summary = 读取 {$read} 条：{$changed} 条会改变，{$unchanged} 条不变，{$kept} 条由人工确认或修改过（保留），{$noSender} 条找不到报送人（保留）。
cli-reparse-dry = 以上尚未写入。确认无误后加 --apply 再运行一次。
cli-reparse-applied = 以上改变已写入，并记入审计记录。
cli-reparse-nothing = 没有需要改变的报告。

## 刷屏
flood-notice = 您发送得太快了，最近几条消息没有处理。请稍等十秒，再把没处理的报告重发一次。

report-too-long = 这条消息太长了（超过 {$limit} 字），没有登记。请一条消息报一项工作，分几条发送。

## 聊天里的导出
export-refused = 只能导出本单位及下级的台账。请先加入单位，或在已绑定单位的群里使用。
export-usage = 用法：
    /export — 本单位台账（Excel，可打印）
    /export reports 2026-11-01 2026-11-30 — 这几天的报送记录（加 csv 得到 CSV）
    /export tasks — 任务和任务分解（可修改后用 /import 导入）
    /export units — 单位名单

export-too-many = 这段时间有 { $count } 条报告，聊天里一次最多导出 { $limit } 条。请缩短日期范围，或用命令行 taizhang export reports。

## 聊天里的导入
chat-import-send-file = 请把台账文件（.xlsx 或 .csv）发给我。我会先试导入，告诉您会有哪些变化，您确认后才写入。
chat-import-usage = 用法：/import，然后发送台账文件；/import units 只导入单位，/import tasks 只导入任务和任务分解。
chat-import-private-only = 导入台账请在与我的私聊中进行。
chat-import-admins-only = 只有管理员可以导入台账。
chat-import-too-big = 文件太大：聊天里最多导入 { $limit } MB。更大的文件请用命令行 taizhang import。
chat-import-confirm = 确认按上面的变化导入吗？
chat-import-apply = ✅ 导入
chat-import-cancel = 取消
chat-import-cancelled = 已取消，台账没有改动。
chat-import-nothing-pending = 没有等待确认的导入。请重新发送 /import。

## 命令菜单

command-start = 开始
command-help = 用法和命令
command-join = 用邀请码加入单位
command-lang = 切换语言
command-task = 任务进度；/task add 添加任务，/task split 分解任务
command-cancel = 取消进行中的操作
command-invite = 生成邀请码（管理员）
command-unit = 添加下级单位（管理员）
command-bind = 把群绑定到单位（管理员）
command-quiet = 群安静模式开/关（管理员）
command-digest = 本周周报预览（文字和图表）
command-status = 进度和情况：/status 任务或单位，不写则看本单位
command-silent = 本周哪些单位没报送
command-overdue = 逾期未完成的任务
command-issues = 待协调的问题
command-rank = 进度排名：/rank 或 /rank 任务

## 控制台聊天里的“我”

console-user-name = 李干部

# Digests
digest-title-weekly = 📊 { $unit } 周报（{ $from } 至 { $to }）
digest-title-monthly = 📊 { $unit } 月度调度（{ $from } 至 { $to }）
digest-title-quarterly = 📊 { $unit } 季度通报（{ $from } 至 { $to }）
digest-flags = 🔴 红牌 { $red } · 🟡 黄牌 { $yellow } · 🔵 临期 { $blue }
digest-line = { $flag ->
    [red] 🔴
    [yellow] 🟡
    [blue] 🔵
   *[other] ▫️
  } { $task }：{ $total }/{ $target } { $measure }（{ $percent }%），本期 +{ $change }
digest-more-tasks = …… 另有 { $count } 项任务，发送 /task 任务名 查看
digest-movers = 进展最快：{ $tasks }
digest-laggards = 滞后：{ $tasks }
digest-silent = 本期未报送（{ $count }）：{ $units }
digest-silent-departments = 部门未报送：{ $units }
digest-everyone-reported = 本期各单位均已报送。
digest-problems = 待协调问题（{ $count }）：
digest-problem = • { $unit }：{ $text }（{ $since } 起，提了 { $count } 次）
digest-as-of = 数据截至 { $at }
digest-inconsistent = ⚠️ 前后数字对不上，请核对（{ $count }）：
digest-inconsistent-mismatch = • { $unit } { $task }：报累计 { $stated }，按上次累计加本次新增应为 { $expected } { $measure }（{ $on }）
digest-inconsistent-decrease = • { $unit } { $task }：累计 { $stated } 少于之前的 { $expected } { $measure }（{ $on }）
digest-unchecked = ℹ️ 本期计入台账的 { $reports } 条报告中，{ $unchecked } 条报送人还未确认（✅），以上合计已含这些数。

# Digest charts
chart-schedule = 序时进度 { $percent }
chart-no-data = 无数据
chart-no-rows = 暂无数据
chart-more = …… 另有 { $count } 项未列出
chart-legend-red = 逾期
chart-legend-yellow = 滞后
chart-legend-blue = 临期
chart-legend-green = 正常
chart-legend-grey = 无数据
digest-usage = 用法：/digest now 预览本周周报；/digest weekly fri 17:00、/digest monthly 1 09:00、/digest quarterly 1 09:00 设置本群定时推送（时间按系统时区，默认北京时间；本群在别的时区可在后面加上，如 /digest weekly fri 17:00 Asia/Urumqi）；/digest off 停止。
digest-unbound = 本群还没有绑定单位，请管理员先发送 /bind 单位名称。
digest-refused = 您没有查看该单位台账的权限。

# Answers to questions
answer-forbidden = 您没有查看该单位台账的权限。
answer-unknown-unit = 在您的单位范围内没有找到「{ $unit }」。
answer-ambiguous-unit = 「{ $unit }」有好几个，请连上级单位一起写，例如「某某镇{ $unit }」。
answer-unknown-subject = 没有找到「{ $text }」：台账里没有这个任务，您的单位范围内也没有这个单位。
answer-unknown-question = 这个问题我还答不上来。
answer-no-data = 暂无数据。
answer-page = 第 { $page }/{ $pages } 页
answer-task-title = { $task }（{ $unit }）
answer-task-change = 本周 +{ $change } { $measure }{ $flag ->
    [red] {" · "}🔴 逾期
    [yellow] {" · "}🟡 滞后
    [blue] {" · "}🔵 临期
   *[none] {""}
  }
answer-unit-target = • { $unit }：{ $total } / { $target } { $measure }（{ $percent }%）
answer-unit-title = { $unit } 各项任务
answer-last-report = 最近一次报送：{ $at }
answer-no-report = 还没有报送。
answer-silent = { $unit } { $period ->
    [week] 本周
    [month] 本月
   *[quarter] 本季度
  }未报送的单位（{ $count }）：
answer-silent-none = { $unit } { $period ->
    [week] 本周
    [month] 本月
   *[quarter] 本季度
  }各单位均已报送。
answer-silent-unit = • { $unit }
answer-silent-department = • { $unit }（部门）
answer-rank-fastest = { $unit } { $level ->
    [township] 各乡镇
    [village] 各村
   *[below] 下属单位
  }进度（由快到慢）：
answer-rank-slowest = { $unit } { $level ->
    [township] 各乡镇
    [village] 各村
   *[below] 下属单位
  }进度（由慢到快）：
answer-rank-task = 任务：{ $task }
answer-rank-row = { $place }. { $unit } { $percent }%
answer-rank-row-no-target = { $place }. { $unit }（没有分解目标）
answer-overdue = { $unit } 逾期未完成的任务（{ $count }）：
answer-overdue-line = 🔴 { $task }：{ $total }/{ $target } { $measure }（{ $percent }%），{ $deadline } 到期，还差 { $short } { $measure }
answer-overdue-share-line = 🔴 { $task } · { $unit }：{ $total }/{ $target } { $measure }（{ $percent }%），{ $deadline } 到期，还差 { $short } { $measure }
answer-overdue-none = { $unit } 目前没有逾期未完成的任务。
answer-issues = { $unit } 本期待协调问题（{ $count }）：
answer-issues-none = { $unit } 本期没有提出待协调的问题。
button-page-previous = ◀️ 上一页
button-page-next = 下一页 ▶️
alert-answer-expired = 这个列表已过期，请重新提问。
alert-answer-forbidden = 只有提问的人或管理员可以翻页。
help-questions = <b>可以问我</b>（直接打字，或用命令）
    • 任务进度：{ $task }进度？ 或 /status { $task }
    • 单位情况：{ $unit }情况怎么样？ 或 /status { $unit }
    • 谁没报送：哪些村本周没报？ 或 /silent
    • 逾期任务：逾期的任务有哪些？ 或 /overdue
    • 待协调问题：现在有什么问题需要协调？ 或 /issues
    • 进度排名：哪个乡镇进度最快？ 或 /rank { $task }
    在群里请 @我 或回复我的消息来提问。
help-example-task = 改厕
help-example-unit = 本镇
digest-off = 已停止本群的定时周报、月报和季报。
digest-scheduled-weekly = 好的，每周{ $day ->
    [1] 一
    [2] 二
    [3] 三
    [4] 四
    [5] 五
    [6] 六
   *[7] 日
  } { $time } 在本群推送周报（遇法定节假日顺延至下一个工作日）。
digest-scheduled-monthly = 好的，每月 { $day } 日 { $time } 在本群推送月度调度。
digest-scheduled-quarterly = 好的，每季度第一个月 { $day } 日 { $time } 在本群推送季度通报。
digest-late = ⏰ 补发：机器人离线期间错过了这份推送。

# ── Pause, reminders and red/yellow announcements (issue 4: /pause /resume /remind) ──
command-pause = 暂停自动推送（群）或报送提醒（私聊）
command-resume = 恢复自动推送或报送提醒
command-remind = 设置本群单位的报送提醒时间（管理员）
command-export = 导出台账或报送记录（Excel）
command-import = 导入台账（Excel/CSV，管理员）
pause-group = ⏸ 已暂停本群的自动推送：定时周报、月报、季报，红黄牌通报，以及未启动机器人的填报员名单。发送 /resume 恢复；暂停期间到期的推送不会补发。
resume-group = ▶️ 已恢复本群的自动推送。
pause-private = ⏸ 已暂停给你的报送提醒（以及填报员名单）。发送 /resume 恢复；暂停期间的提醒不会补发。
resume-private = ▶️ 已恢复给你的报送提醒。
pause-refused = 只有本群所绑定单位的管理员可以暂停或恢复本群的推送。
remind-usage = 用法（在群里发送）：/remind thu 16:00 —— 本群单位及下级单位本周还没报送的填报员，每周四 16:00 收到一次私聊提醒；/remind off —— 不再提醒。不设置时按系统默认时间提醒。
remind-set = 好的：{ $unit }及下级单位本周还没报送的填报员，每周{ $day ->
    [1] 一
    [2] 二
    [3] 三
    [4] 四
    [5] 五
    [6] 六
   *[7] 日
  } { $time } 会收到一次私聊提醒（遇法定节假日顺延到本周下一个工作日，本周没有工作日就不提醒）。
remind-off = 好的，{ $unit }及下级单位不再收到报送提醒。
remind-refused = 只有本群所绑定单位的管理员可以设置报送提醒。
reminder-title = ⏰ 报送提醒：本周还没有收到这些任务的进度。
reminder-unit = { $unit }：
reminder-task = • { $task }
reminder-how = 直接把进度发给我就行，例如：
reminder-example = { $unit } { $task } 本周新增10{ $measure }
reminder-pause = 发送 /pause 暂停提醒。
unreached-title = 📋 以下填报员本周还没有报送，但没有私聊启动过机器人，收不到提醒：
unreached-person = • { $name }
unreached-how = 请转告他们：私聊本机器人发送 /start，或者直接在群里报送进度。
notice-more = …… 另有 { $count } 项
flag-red = 🔴 红牌：{ $task }（{ $unit }）已过完成时限 { $deadline }，完成 { $total }/{ $target } { $measure }（{ $percent }%）。
flag-yellow = 🟡 黄牌：{ $task }（{ $unit }）落后序时进度 { $behind } 个百分点：完成 { $total }/{ $target } { $measure }（{ $percent }%），序时进度 { $expected }%。

## Export
export-sheet-ledger = 台账
export-sheet-problems = 问题清单
export-sheet-silent = 未报送单位
export-sheet-reports = 报送记录
export-sheet-tasks = 任务
export-sheet-assignments = 任务分解
export-sheet-units = 单位
export-title-ledger = { $unit } 台账 { $date }
export-title-problems = { $unit } 待协调问题（{ $from } 至 { $to }）
export-title-silent = { $unit } 本周未报送单位（{ $from } 至 { $to }）
export-col-code = 编号
export-col-year = 年度
export-col-task = 任务名称
export-col-aliases = 别名
export-col-owner = 责任单位
export-col-lead = 牵头领导
export-col-target = 目标值
export-col-measure = 计量单位
export-col-start = 开始日期
export-col-deadline = 完成时限
export-col-note = 备注
export-col-unit = 责任单位
export-col-assigned-target = 分解目标
export-col-unit-name = 单位名称
export-col-parent = 上级单位
export-col-kind = 类型
export-col-current = 当前值
export-col-percent = 完成率
export-col-week-change = 本周新增
export-col-last-report = 最近报送
export-col-sender = 报送人
export-col-flag = 预警
export-col-reporting-unit = 报送单位
export-col-problem = 问题
export-col-first-date = 首次提出
export-col-count = 次数
export-col-township = 所属乡镇
export-col-time = 时间
export-col-state = 状态
export-col-value = 数值
export-col-quantities = 全部数量
export-col-running-total = 累计
export-col-raw = 原文
export-col-issues = 问题
export-col-report-task = 任务
export-col-report-measure = 数值单位
export-flag-red = 红
export-flag-yellow = 黄
export-flag-blue = 蓝
export-kind-province = 省
export-kind-city = 市
export-kind-county = 县
export-kind-township = 乡镇
export-kind-village = 村
export-kind-group = 组
export-kind-department = 部门
export-quantity = { $kind }{ $value }{ $unit }
export-redacted = （原文已由管理员删除）
export-caption-ledger = 📎 { $unit } 台账（数据截至 { $at }）
export-caption-reports = 📎 { $unit } 报送记录（{ $from } 至 { $to }，共 { $count } 条）

## Import
import-rejected = ❌ { $file } 未导入：发现 { $count } 处问题，台账没有任何改动。请改正后重新导入。
import-more-problems = …… 另有 { $count } 处问题
import-at-cell = 工作表「{ $sheet }」第 { $row } 行 { $column } 列：
import-at-row = 工作表「{ $sheet }」第 { $row } 行：
import-at-sheet = 工作表「{ $sheet }」：
import-problem-unreadable-file = 文件无法读取（不是有效的 Excel 或 CSV 文件，或已损坏）。
import-problem-unknown-file-type = 只能导入 .xlsx 或 .csv 文件。
import-problem-file-too-large = 文件太大，不能在这里导入（表格内容 { $size } MB，上限 { $limit } MB）。请拆成几个文件，或用命令行 taizhang import 导入。
import-problem-no-ledger-sheet = 没有找到台账表：表头应包含“任务名称”“责任单位”“目标值”等列，或“单位名称”“上级单位”。
import-problem-wrong-kind = 这是{ $kind }，此处只能导入{ $only }。
import-problem-missing-column = 缺少“{ $column }”列。
import-problem-empty-name = 名称为空。
import-problem-not-a-number = “{ $value }”不是数字。
import-problem-not-a-date = “{ $value }”不是日期（可写 2026-12-31、2026年12月31日、12月底、年底）。
import-problem-not-a-year = “{ $value }”不是年度（应为 2026 这样的四位年份）。
import-problem-missing-measure = 有目标值但没有计量单位。
import-problem-measure-mismatch = 计量单位“{ $measure }”与任务的“{ $expected }”不一致，也无法换算。
import-problem-unknown-unit = 找不到单位“{ $unit }”。
import-problem-ambiguous-unit = “{ $unit }”对应多个单位（{ $candidates }），请写明上级，如“金塔镇/团结村”。
import-problem-unknown-task = 找不到任务“{ $task }”。
import-problem-ambiguous-task = “{ $task }”对应 { $count } 个任务，请用任务编号区分。
import-problem-missing-owner = 没有填写责任单位。
import-problem-missing-parent = 没有填写“{ $unit }”的上级单位。
import-problem-duplicate-row = 与第 { $first } 行重复。
import-problem-forbidden = 您无权管理“{ $unit }”。
import-kind-units = 单位表
import-kind-tasks = 任务表
import-kind-assignments = 任务分解表
import-dry-run = 🔍 试导入 { $file }（未写入）：导入后将有以下变化。
import-applied = ✅ 已导入 { $file }。
import-unchanged = ✅ { $file } 与台账一致，没有改动。
import-counts-units = 单位：新增 { $created }，修改 { $updated }，不变 { $unchanged }
import-counts-tasks = 任务：新增 { $created }，修改 { $updated }，不变 { $unchanged }
import-counts-assignments = 任务分解：新增 { $created }，修改 { $updated }，不变 { $unchanged }
import-change-unit-created = + 单位 { $name }
import-change-unit-updated = ~ 单位 { $name }
import-change-task-created = + 任务 { $name }
import-change-task-updated = ~ 任务 { $name }
import-change-assignment-created = + 分解 { $name }
import-change-assignment-updated = ~ 分解 { $name }
import-change-field = {"    "}{ $field }：{ $before } → { $after }
import-more-changes = …… 另有 { $count } 项变化
import-skipped-sheet = 跳过工作表「{ $sheet }」（不是台账表）。
import-field-kind = 类型
import-field-code = 编号
import-field-plan-year = 年度
import-field-name = 任务名称
import-field-aliases = 别名
import-field-owner-unit-id = 责任单位
import-field-lead = 牵头领导
import-field-note = 备注
import-field-measure = 计量单位
import-field-target = 目标值
import-field-start-date = 开始日期
import-field-deadline = 完成时限
