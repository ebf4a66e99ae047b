# taizhang (台账) — English

console-welcome = taizhang console (no BOT_TOKEN set, not connected to Telegram). Type a progress update as a cadre would; I show what I understood. Type /quit to leave.
example-report = Jinta County farmland: 300 mu added this week, 2,000 mu in total, target 3,000 mu. Problem: funds not yet arrived
console-example = For example: { example-report }
console-bye = Goodbye!

card-title = Here is what I understood:
card-task = Task: { $task }
card-task-unmatched = Task: { $task } (not in the ledger)
card-place = Place: { $place }
card-quantity = • { $kind }: { $value } { $unit }
card-percent = Percent done: { $percent }%
card-date = Date: { $date }
card-issues = Problems: { $issues }
card-next-steps = Next steps: { $steps }

kind-increment = Added
kind-cumulative = Total so far
kind-target = Target
kind-unspecified = Figure

not-a-report = I could not read that as a progress report. Please give the place, the task and the figures, for example: { example-report }
