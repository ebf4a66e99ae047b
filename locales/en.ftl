# taizhang (台账) — English
# Sent as HTML: no bare < or & in the text; the program escapes the variables.

## Console chat

console-welcome = taizhang console chat (no BOT_TOKEN set, not connected to Telegram), with the demo county "{ $county }" loaded: type progress updates as a cadre would and I answer as the Telegram bot does. Type a button's number to press it, /help for help, /quit to leave.
example-report = High-standard farmland: 300 mu added this week, 2,000 mu in total, target 3,000 mu. Problem: funds not yet arrived
console-example = For example: { example-report }
console-bye = Goodbye!
console-file-saved = { $caption } (the file is saved as { $path })

## Report card

card-title = Here is what I understood:
card-task = Task: { $task }
card-task-unmatched = Task: { $task } (not in the ledger)
card-no-task = Task: (not recognised)
card-place = Place: { $place }
card-quantity = • { $kind }: { $value } { $unit }
card-percent = Percent done: { $percent }%
card-date = Date: { $date }
card-issues = Problems: { $issues }
card-ledger-total = Ledger total: { $total } { $measure }
card-inconsistent-mismatch = ⚠️ The figures disagree: the total reported is { $stated } { $measure }, but the previous total plus this increment makes { $expected } { $measure }. Please check, and press ✏️ Fix if it is wrong.
card-inconsistent-decrease = ⚠️ The total reported, { $stated } { $measure }, is lower than the earlier { $expected } { $measure }. Please check, and press ✏️ Fix if it is wrong.
card-next-steps = Next steps: { $steps }
card-from-group = Your report in "{ $group }":

kind-increment = Added
kind-cumulative = Total so far
kind-target = Target
kind-unspecified = Figure

card-state-filed = In the ledger. Please check: ✅ Confirm if right, ✏️ Fix if not, ↩️ Withdraw if sent by mistake.
card-state-confirmed = ✅ Confirmed; it counts in the ledger.
card-state-corrected = ✏️ Fixed; it counts in the ledger.
card-state-withdrawn = ↩️ Withdrawn; it does not count.
card-state-pending = ⚠️ Not counted yet: press ✏️ Fix to complete it.
card-holdup-no-task = ⚠️ Not counted yet: no task of the ledger matches. Press ✏️ Fix to choose the task.
card-holdup-unknown-place = ⚠️ Not counted yet: the place named is not within your units. Edit your message to name your unit or one below it, and I will read it again.
card-holdup-ambiguous-place = ⚠️ Not counted yet: several places have that name. Choose one below.
card-holdup-forbidden-place = ⚠️ Not counted yet: you can report only for your own unit and the units below it.

not-a-report = I could not read that as a progress report. Please give the place, the task and the figures, for example: { example-report }

button-confirm = ✅ Confirm
button-fix = ✏️ Fix
button-withdraw = ↩️ Withdraw
button-back = « Back
button-other-task = 🔁 Another task
button-place = 📍 { $place }
button-place-in = 📍 { $place } ({ $parent })
button-quantity = ✏️ { $kind } { $value } { $unit }
button-value = ✍️ Change the value
button-previous = ‹ Previous
button-next = Next ›

toast-confirmed = Confirmed ✅
toast-withdrawn = Withdrawn
toast-changed = Changed
alert-forbidden = Only the person who sent the report, or an admin of their unit, can do this.
alert-withdrawn = This report was withdrawn.
alert-unknown-report = I cannot find this report.
alert-bad-choice = That choice is no longer valid; please choose again.
alert-confirm-pending = This report cannot be confirmed yet: press ✏️ Fix to complete the task or place first.

fix-value-prompt = Send the new value for "{ $kind } { $value } { $unit }" (just the number), or /cancel.
fix-value-invalid = Please send just a number, e.g. 120, or /cancel.
fix-value-done = Changed; the card is updated.

## Start, help, join

start-member = Hello, { $name }! Send me your progress updates: I put them in the ledger and show you a card to check. Send /help to see how.
start-stranger = Hello, { $name }! I am the taizhang bot: I put the progress of village and township work into the ledger.
    You have not joined a unit yet: ask an admin for an invitation code, then send /join CODE.
stranger-hint = You have not joined a unit yet, so all you can do is join: ask an admin for an invitation code, then send /join CODE.
help-member = <b>How to report</b>
    Just send a progress update, for example:
    { example-report }
    I answer with a card: ✅ Confirm; ✏️ Fix (another task, the place, a figure's kind or value); ↩️ Withdraw. Edit your message and I read it again.
    In a group bound to a unit I answer only messages that look like reports, mention me or reply to me.

    <b>Commands</b>
    /task NAME — a task's progress and latest reports
    /lang — change the language (中文 / English)
    /cancel — cancel what is in progress
    /help — this help
help-admin = <b>Admin commands</b>
    /invite UNIT ROLE [days] [uses] — make an invitation code; ROLE: reporter, leader or admin
    /unit add PARENT NAME — add a unit under another
    /task add — add a task to the ledger (a few questions)
    /task split TASK UNIT TARGET … — split a task among units
    /bind UNIT — in a group: bind the group to a unit
    /quiet — in a group: quiet mode on/off (a reaction instead of a card; the card goes privately)

join-usage = Send /join CODE, e.g. /join ABCD2345.
join-invalid = That invitation code is invalid, expired or used up. Please ask an admin for a new one.
join-done = Welcome! You joined { $unit } as { $role }. Send me your progress updates now, for example:
    { example-report }
join-in-private = Please send invitation codes to me privately: /join CODE.

role-admin = admin
role-leader = leader
role-reporter = reporter

lang-choose = 请选择语言 / Choose a language:
lang-set = OK, I will speak English from now on.

fallback-private = I understand progress updates written as text, and commands. Send /help to see how.
cancelled = Cancelled.
nothing-to-cancel = Nothing is in progress.
admins-only = Only admins can do this.
error-sorry = Sorry, something went wrong with that message. It is saved and will be tried again by itself in a minute or two: no need to send it again.

## Invitations, units, tasks

invite-usage = Usage: /invite UNIT ROLE [days] [uses], e.g. /invite 民建村 reporter 7 30. ROLE: reporter, leader or admin.
invite-refused-unknown-unit = There is no "{ $unit }" within your units.
invite-refused-ambiguous-unit = There are several "{ $unit }"; name its parent too.
invite-refused-forbidden = Only an admin of "{ $unit }" or a unit above it can invite people to it.
invite-refused-bad-role = The role is reporter, leader or admin.
invite-created = Invitation code: <code>{ $code }</code>
    Unit: { $unit }, role: { $role }
    Valid until { $expires }, for { $uses } people.
    The person sends me /join { $code } privately, or opens this link: { $link }

unit-usage = Usage: /unit add PARENT NAME, e.g. /unit add 金塔镇 民建村.
unit-added = Added "{ $unit }" under "{ $parent }".
unit-refused-unknown-unit = There is no "{ $unit }" within your units.
unit-refused-ambiguous-unit = There are several "{ $unit }"; please be more specific.
unit-refused-forbidden = Only an admin of "{ $unit }" or a unit above it can add units under it.
unit-refused-bad-input = The name must not be empty or longer than 40 characters.

task-usage = Usage: /task NAME (its progress), /task add (add a task), or /task split NAME UNIT TARGET … (split a task among units).
task-split-usage =
    Usage: /task split TASK, then each unit with its share of the target (and its own deadline, if it has one), for example:
    /task split 高标准农田 民建镇 3000 东风镇 2500 红星镇 2000 2026-10-31
    or one unit a line:
    /task split 高标准农田
    民建镇 3000亩
    东风镇 2500亩 10月底
    Units not named stay as they are. A share written without a deadline keeps its own; a new one takes the task's.
task-split-applied = ✅ Task “{ $task }” split:
task-split-unchanged = ✅ The split of “{ $task }” already matches the ledger; nothing changed.
task-split-rejected = ❌ Task “{ $task }” was not split: { $count } problems found, nothing in the ledger changed.
task-split-at-share = Share { $n } ({ $unit }):{" "}
task-unknown-task = There is no task "{ $task }".
task-ambiguous-task = "{ $task }" matches several tasks; please write more of the name.
task-forbidden = You do not belong to a unit yet, so you see no tasks.
task-add-name = What is the task called? Add aliases after commas, e.g.: 农村改厕, 改厕, 户厕改造
task-add-owner = Which unit is responsible? E.g.: 金塔县
task-add-owner-unknown-unit = There is no "{ $unit }" within your units; please type the unit's name again.
task-add-owner-ambiguous-unit = There are several "{ $unit }"; please be more specific.
task-add-measure = What is it measured in? E.g.: 亩, 户, 公里, 人
task-add-target = What is the target? Just the number, e.g. 3000; send - for none.
task-add-deadline = What is the deadline? E.g. 2024-12-31; send - for none.
task-add-done = Added the task "{ $task }": responsible unit { $owner }, target { $target } { $measure }, deadline { $deadline }.
task-add-refused-unknown-unit = The responsible unit was not found; the task was not added.
task-add-refused-ambiguous-unit = Several units have that name; the task was not added.
task-add-refused-forbidden = You are not an admin of that unit; the task was not added.
task-add-refused-bad-input = The task is incomplete and was not added. Please send /task add again.

history-title = { $task }
history-no-reports = No reports count for it yet.
history-progress-target = Progress: { $total } / { $target } { $measure } ({ $percent }%)
history-progress = Progress: { $total } { $measure }
history-deadline = Deadline: { $deadline }
history-units = By unit:
history-unit = • { $unit }: { $total } { $measure }
history-recent = Latest reports:
history-report = • { $when } { $unit }: { $text } ({ $state })
history-inconsistent = ⚠️ { $count } figures do not add up; please check.

state-pending = incomplete
state-filed = to check
state-confirmed = confirmed
state-corrected = fixed
state-withdrawn = withdrawn

## Groups

bind-usage = Usage: in a group, send /bind UNIT, e.g. /bind 金塔镇.
bind-done = This group is now bound to "{ $unit }". Messages here that look like progress reports go into the ledger, and I answer each with a card.
bind-can-read = ✅ I can read this group's messages.
bind-privacy = ⚠️ I cannot see this group's ordinary messages (Telegram's privacy mode), only commands, mentions of me and replies to me. To fix it, either:
    1. make { $bot } an admin of this group; or
    2. send /setprivacy to @BotFather, choose { $bot }, choose Disable, then remove me from this group and add me again (the setting applies when a bot joins).
bind-refused-unknown-unit = There is no "{ $unit }" within your units.
bind-refused-ambiguous-unit = There are several "{ $unit }"; please be more specific.
bind-refused-forbidden = Only an admin of "{ $unit }" or a unit above it can bind a group to it.
bind-refused-bad-input = Please name the unit, e.g. /bind 金塔镇.
quiet-on = Quiet mode is on: I react to reports with an emoji and send the card to the sender privately. Send /quiet again to turn it off.
quiet-off = Quiet mode is off: I answer reports here with a card.
quiet-refused = Only an admin of the unit this group is bound to can switch quiet mode (bind the group with /bind first).
group-only = Please send this command in a group.

## Command line: backup, restore, reparse
cli-backup-done = Backed up to {$file} ({$bytes} bytes).
cli-restore-done = Restored from {$file}; the database is migrated to the current version.
cli-export-ledger = Wrote { $file }: { $tasks } tasks, { $problems } open problems, { $silent } units not reported this week (as of { $at }).
cli-export-reports = Wrote { $file }: { $reports } reports sent { $from } to { $to }.
cli-export-tasks = Wrote { $file }: { $tasks } tasks, { $assignments } assignments.
cli-export-units = Wrote { $file }: { $units } units.
cli-reparse-change = · {$when} "{$text}"
cli-reparse-before =     was: {$state} | task {$task} | place {$unit} | figures {$figures}
cli-reparse-after =     now: {$state} | task {$task} | place {$unit} | figures {$figures}
cli-reparse-none = none
cli-reparse-summary = Read {$read}: {$changed} would change, {$unchanged} unchanged, {$kept} checked or fixed by a person (kept), {$noSender} without a known sender (kept).
cli-reparse-dry = Nothing is written yet. Run again with --apply to apply these changes.
cli-reparse-applied = These changes are applied and recorded in the audit trail.
cli-reparse-nothing = No report would change.

## Flooding
flood-notice = You are sending messages too fast; the last few were not handled. Please wait ten seconds, then send the reports that were not handled again.

report-too-long = This message is too long (over {$limit} characters) and was not filed. Please send one piece of work per message, in several messages.

## Exports in the chat
export-refused = You can export only your own unit's ledger and what is under it. Join a unit first, or use this in a group bound to one.
export-usage = Usage:
    /export — your unit's ledger (Excel, ready to print)
    /export reports 2026-11-01 2026-11-30 — the reports of those days (add csv for CSV)
    /export tasks — tasks and their split among units (edit and send back with /import)
    /export units — the unit list

export-too-many = Those days hold { $count } reports; the chat exports at most { $limit } at a time. Choose fewer days, or use taizhang export reports on the command line.

## Imports in the chat
chat-import-send-file = Send me the ledger file (.xlsx or .csv). I will try it first and show what would change; nothing is written until you confirm.
chat-import-usage = Usage: /import, then send the ledger file; /import units takes only units, /import tasks only tasks and their split.
chat-import-private-only = Please import a ledger in a private chat with me.
chat-import-admins-only = Only admins can import a ledger.
chat-import-too-big = The file is too large: at most { $limit } MB in the chat. Use taizhang import on the command line for larger files.
chat-import-confirm = Import with the changes above?
chat-import-apply = ✅ Import
chat-import-cancel = Cancel
chat-import-cancelled = Cancelled; the ledger is unchanged.
chat-import-nothing-pending = No import is waiting to be confirmed. Send /import again.

## Command menu

command-start = Start
command-help = How to use me, and the commands
command-join = Join a unit with an invitation code
command-lang = Change the language
command-task = A task's progress; /task add adds one, /task split splits one
command-cancel = Cancel what is in progress
command-invite = Make an invitation code (admins)
command-unit = Add a unit (admins)
command-bind = Bind a group to a unit (admins)
command-quiet = Group quiet mode on/off (admins)
command-digest = a preview of this week's digest (text and chart)
command-status = Progress: /status TASK or UNIT, or your own unit
command-silent = Units that have not reported this week
command-overdue = Overdue tasks
command-issues = Problems to resolve
command-rank = Ranking: /rank, or /rank TASK

## The console chat's "me"

console-user-name = Cadre Li

# Digests
digest-title-weekly = 📊 { $unit } weekly digest ({ $from } to { $to })
digest-title-monthly = 📊 { $unit } monthly review ({ $from } to { $to })
digest-title-quarterly = 📊 { $unit } quarterly notice ({ $from } to { $to })
digest-flags = 🔴 red { $red } · 🟡 yellow { $yellow } · 🔵 due soon { $blue }
digest-line = { $flag ->
    [red] 🔴
    [yellow] 🟡
    [blue] 🔵
   *[other] ▫️
  } { $task }: { $total }/{ $target } { $measure } ({ $percent }%), +{ $change } this period
digest-more-tasks = … and { $count } more tasks: send /task NAME to see one
digest-movers = Moving fastest: { $tasks }
digest-laggards = Lagging: { $tasks }
digest-silent = Not reported this period ({ $count }): { $units }
digest-silent-departments = Departments not reported: { $units }
digest-everyone-reported = Every unit reported this period.
digest-problems = Problems to resolve ({ $count }):
digest-problem = • { $unit }: { $text } (since { $since }, raised { $count } times)
digest-inconsistent = ⚠️ Figures that do not add up, to check ({ $count }):
digest-inconsistent-mismatch = • { $unit } { $task }: total reported { $stated }, but the previous total plus the increment makes { $expected } { $measure } ({ $on })
digest-inconsistent-decrease = • { $unit } { $task }: total { $stated } is lower than the earlier { $expected } { $measure } ({ $on })
digest-unchecked = ℹ️ Of the { $reports } reports counted this period, { $unchecked } have not been checked (✅) by their senders; the totals above include them.
digest-as-of = Figures as of { $at }

# Digest charts
chart-schedule = Schedule { $percent }
chart-no-data = no data
chart-no-rows = No data yet
chart-more = … and { $count } more
chart-legend-red = overdue
chart-legend-yellow = behind
chart-legend-blue = due soon
chart-legend-green = on track
chart-legend-grey = no data
digest-usage = Usage: /digest now for a preview of this week's digest; /digest weekly fri 17:00, /digest monthly 1 09:00 or /digest quarterly 1 09:00 to schedule this group's digests (in the deployment's time zone, or add the group's own: /digest weekly fri 17:00 Asia/Urumqi); /digest off to stop them.
digest-unbound = This group is not bound to a unit yet: an admin sends /bind UNIT first.
digest-refused = You may not read this unit's ledger.

# Answers to questions
answer-forbidden = You may not read this unit's ledger.
answer-unknown-unit = No unit called "{ $unit }" within your units.
answer-ambiguous-unit = There is more than one "{ $unit }": write the unit above it too, e.g. "Jinta Town { $unit }".
answer-unknown-subject = Nothing called "{ $text }": no task in the ledger and no unit within yours has that name.
answer-unknown-question = I cannot answer that one yet.
answer-no-data = No data yet.
answer-page = Page { $page }/{ $pages }
answer-task-title = { $task } ({ $unit })
answer-task-change = This week +{ $change } { $measure }{ $flag ->
    [red] {" · "}🔴 overdue
    [yellow] {" · "}🟡 behind
    [blue] {" · "}🔵 due soon
   *[none] {""}
  }
answer-unit-target = • { $unit }: { $total } / { $target } { $measure } ({ $percent }%)
answer-unit-title = { $unit }: all tasks
answer-last-report = Last report: { $at }
answer-no-report = No reports yet.
answer-silent = { $unit }: units that have not reported this { $period } ({ $count }):
answer-silent-none = { $unit }: every unit reported this { $period }.
answer-silent-unit = • { $unit }
answer-silent-department = • { $unit } (department)
answer-rank-fastest = { $level ->
    [township] Towns
    [village] Villages
   *[below] Units
  } under { $unit }, fastest first:
answer-rank-slowest = { $level ->
    [township] Towns
    [village] Villages
   *[below] Units
  } under { $unit }, slowest first:
answer-rank-task = Task: { $task }
answer-rank-row = { $place }. { $unit } { $percent }%
answer-rank-row-no-target = { $place }. { $unit } (no target set)
answer-overdue = { $unit }: overdue and not done ({ $count }):
answer-overdue-line = 🔴 { $task }: { $total }/{ $target } { $measure } ({ $percent }%), due { $deadline }, { $short } { $measure } short
answer-overdue-share-line = 🔴 { $task } · { $unit }: { $total }/{ $target } { $measure } ({ $percent }%), due { $deadline }, { $short } { $measure } short
answer-overdue-none = { $unit }: nothing is overdue.
answer-issues = { $unit }: problems to resolve this period ({ $count }):
answer-issues-none = { $unit }: no problems raised this period.
button-page-previous = ◀️ Previous
button-page-next = Next ▶️
alert-answer-expired = This list has expired; please ask again.
alert-answer-forbidden = Only the person who asked, or an admin, can turn the pages.
help-questions = <b>What you can ask me</b> (in plain words, or as a command)
    • A task's progress: { $task } progress? or /status { $task }
    • A unit: how is { $unit } doing? or /status { $unit }
    • Who has not reported: which villages have not reported this week? or /silent
    • Overdue tasks: what is overdue? or /overdue
    • Problems to resolve: what problems need coordinating? or /issues
    • Ranking: which town is fastest? or /rank { $task }
    In a group, mention me or reply to my message to ask.
help-example-task = drinking water
help-example-unit = our town
digest-off = Scheduled digests for this group are off.
digest-scheduled-weekly = Done: the weekly digest comes every { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
  } at { $time } (on a public holiday, on the next working day).
digest-scheduled-monthly = Done: the monthly review comes on day { $day } at { $time }.
digest-scheduled-quarterly = Done: the quarterly notice comes on day { $day } of each quarter's first month at { $time }.
digest-late = ⏰ Late: this digest was missed while the bot was offline.

# ── Pause, reminders and red/yellow announcements (issue 4: /pause /resume /remind) ──
command-pause = Pause automatic posts (group) or reminders (private)
command-resume = Resume automatic posts or reminders
command-remind = When this group's units are reminded to report (admins)
command-export = export the ledger or reports (Excel)
command-import = import a ledger (Excel/CSV, admins)
pause-group = ⏸ Automatic posts in this group are paused: scheduled digests, red/yellow announcements and lists of reporters who never started the bot. Send /resume to resume; what falls due meanwhile is not sent later.
resume-group = ▶️ Automatic posts in this group are back on.
pause-private = ⏸ Your reminders to report (and lists of reporters) are paused. Send /resume to resume; reminders due meanwhile are not sent later.
resume-private = ▶️ Your reminders to report are back on.
pause-refused = Only an admin of this group's unit can pause or resume its automatic posts.
remind-usage = Usage (in a group): /remind thu 16:00 — reporters of this group's unit and the units under it who have not reported this week get one private reminder every Thursday at 16:00; /remind off — no reminders. Without it, the deployment's default time applies.
remind-set = Done: reporters of { $unit } and the units under it who have not reported this week get one private reminder every { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
  } at { $time } (on a public holiday, on the next working day of that week; none if the week has none left).
remind-off = Done: { $unit } and the units under it get no reminders to report.
remind-refused = Only an admin of this group's unit can set its reminders.
reminder-title = ⏰ Reminder: no progress reported this week on these tasks.
reminder-unit = { $unit }:
reminder-task = • { $task }
reminder-how = Just send me your progress, for example:
reminder-example = { $unit } { $task }: 10 { $measure } added this week
reminder-pause = Send /pause to pause reminders.
unreached-title = 📋 These reporters have not reported this week, and never started the bot privately, so no reminder reaches them:
unreached-person = • { $name }
unreached-how = Please ask them to send /start to the bot in a private chat, or to report in the group.
notice-more = … and { $count } more
flag-red = 🔴 Red: { $task } ({ $unit }) is past its deadline { $deadline }: { $total }/{ $target } { $measure } ({ $percent }%).
flag-yellow = 🟡 Yellow: { $task } ({ $unit }) is { $behind } points behind schedule: { $total }/{ $target } { $measure } ({ $percent }%), schedule { $expected }%.

## Export
export-sheet-ledger = Ledger
export-sheet-problems = Problems
export-sheet-silent = Not reported
export-sheet-reports = Reports
export-sheet-tasks = Tasks
export-sheet-assignments = Assignments
export-sheet-units = Units
export-title-ledger = { $unit } ledger { $date }
export-title-problems = { $unit }: problems to resolve ({ $from } to { $to })
export-title-silent = { $unit }: not reported this week ({ $from } to { $to })
export-col-code = Code
export-col-year = Year
export-col-task = Task
export-col-aliases = Aliases
export-col-owner = Owner unit
export-col-lead = Lead
export-col-target = Target
export-col-measure = Unit of measure
export-col-start = Start date
export-col-deadline = Deadline
export-col-note = Note
export-col-unit = Unit
export-col-assigned-target = Assigned target
export-col-unit-name = Unit
export-col-parent = Parent unit
export-col-kind = Kind
export-col-current = Current
export-col-percent = % done
export-col-week-change = This week
export-col-last-report = Last report
export-col-sender = Sent by
export-col-flag = Flag
export-col-reporting-unit = Reporting unit
export-col-problem = Problem
export-col-first-date = First raised
export-col-count = Times
export-col-township = Township
export-col-time = Time
export-col-state = Status
export-col-value = Value
export-col-quantities = All figures
export-col-running-total = Running total
export-col-raw = Message
export-col-issues = Problems
export-col-report-task = Task
export-col-report-measure = Value unit
export-flag-red = red
export-flag-yellow = yellow
export-flag-blue = blue
export-kind-province = province
export-kind-city = city
export-kind-county = county
export-kind-township = township
export-kind-village = village
export-kind-group = group
export-kind-department = department
export-quantity = { $kind } { $value } { $unit }
export-redacted = (message redacted by an admin)
export-caption-ledger = 📎 { $unit } ledger (figures as of { $at })
export-caption-reports = 📎 { $unit } reports ({ $from } to { $to }, { $count } in all)

## Import
import-rejected = ❌ { $file } was not imported: { $count } problems found, nothing in the ledger changed. Please fix them and import again.
import-more-problems = … and { $count } more problems
import-at-cell = Sheet "{ $sheet }", row { $row }, column { $column }:{" "}
import-at-row = Sheet "{ $sheet }", row { $row }:{" "}
import-at-sheet = Sheet "{ $sheet }":{" "}
import-problem-unreadable-file = the file cannot be read (not a valid Excel or CSV file, or damaged).
import-problem-unknown-file-type = only .xlsx and .csv files can be imported.
import-problem-file-too-large = the file is too large to import here ({ $size } MB of sheet content; the limit is { $limit } MB). Split it into several files, or import it with taizhang import on the command line.
import-problem-no-ledger-sheet = no ledger sheet found: the header should have columns such as Task, Owner unit and Target, or Unit and Parent unit.
import-problem-wrong-kind = this is a { $kind }; only a { $only } can be imported here.
import-problem-missing-column = the column "{ $column }" is missing.
import-problem-empty-name = the name is empty.
import-problem-not-a-number = "{ $value }" is not a number.
import-problem-not-a-date = "{ $value }" is not a date (write 2026-12-31, 2026年12月31日, 12月底 or 年底).
import-problem-not-a-year = "{ $value }" is not a plan year (a four-digit year such as 2026).
import-problem-missing-measure = there is a target but no unit of measure.
import-problem-measure-mismatch = the unit of measure "{ $measure }" differs from the task's "{ $expected }" and cannot be converted.
import-problem-unknown-unit = no unit "{ $unit }" was found.
import-problem-ambiguous-unit = "{ $unit }" names several units ({ $candidates }); write its parent too, e.g. 金塔镇/团结村.
import-problem-unknown-task = no task "{ $task }" was found.
import-problem-ambiguous-task = "{ $task }" names { $count } tasks; tell them apart with the task code.
import-problem-missing-owner = the owner unit is missing.
import-problem-missing-parent = the parent unit of "{ $unit }" is missing.
import-problem-duplicate-row = the same as row { $first }.
import-problem-forbidden = you do not manage "{ $unit }".
import-kind-units = units sheet
import-kind-tasks = tasks sheet
import-kind-assignments = task split sheet
import-dry-run = 🔍 Dry run of { $file } (nothing written): importing it would make these changes.
import-applied = ✅ Imported { $file }.
import-unchanged = ✅ { $file } matches the ledger: nothing changed.
import-counts-units = Units: { $created } new, { $updated } changed, { $unchanged } unchanged
import-counts-tasks = Tasks: { $created } new, { $updated } changed, { $unchanged } unchanged
import-counts-assignments = Task splits: { $created } new, { $updated } changed, { $unchanged } unchanged
import-change-unit-created = + unit { $name }
import-change-unit-updated = ~ unit { $name }
import-change-task-created = + task { $name }
import-change-task-updated = ~ task { $name }
import-change-assignment-created = + split { $name }
import-change-assignment-updated = ~ split { $name }
import-change-field = {"    "}{ $field }: { $before } → { $after }
import-more-changes = … and { $count } more changes
import-skipped-sheet = Sheet "{ $sheet }" skipped (not a ledger sheet).
import-field-kind = kind
import-field-code = code
import-field-plan-year = plan year
import-field-name = task name
import-field-aliases = aliases
import-field-owner-unit-id = owner unit
import-field-lead = lead
import-field-note = note
import-field-measure = unit of measure
import-field-target = target
import-field-start-date = start date
import-field-deadline = deadline
