# 台账 (taizhang) — 简体中文

console-welcome = 台账 控制台（未设置 BOT_TOKEN，未连接 Telegram）。像村干部一样输入进度，我会显示我理解的内容。输入 /quit 退出。
example-report = 民建村 高标准农田 本周新增300亩，累计2000亩/计划3000亩。问题：资金未到位
console-example = 例如：{ example-report }
console-bye = 再见！

card-title = 我理解的是：
card-task = 任务：{ $task }
card-task-unmatched = 任务：{ $task }（台账中未找到）
card-place = 地点：{ $place }
card-quantity = • { $kind }：{ $value } { $unit }
card-percent = 完成比例：{ $percent }%
card-date = 日期：{ $date }
card-issues = 问题：{ $issues }
card-next-steps = 下一步：{ $steps }

kind-increment = 新增
kind-cumulative = 累计
kind-target = 目标
kind-unspecified = 数量

not-a-report = 这条消息我没看懂成进度报告。请写明地点、任务和数字，例如：{ example-report }
