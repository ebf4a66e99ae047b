import type { Intent } from "./question.ts";
import { anyOf, COUNT } from "./words.ts";

/**
 * The words that say what is asked, one rule per intent, tried in order: the first whose cue is in
 * the text wins. The order settles the overlaps: 能问些什么问题 is help, not issues; 逾期没报的 is
 * silent; 进度最慢的村 is rank even though it names progress. Each rule reads the text with the task
 * and the unit blanked out, so a name never counts as a cue (村道硬化 is a task, not a village).
 */
export interface IntentRule {
  readonly intent: Exclude<Intent, "task_status" | "unit_status" | "report" | "chat">;
  readonly cue: RegExp;
  /** Phrases blanked out before the cue is looked for: 没问题 is no problem raised. */
  readonly unless?: RegExp;
}

// biome-ignore format: one kind of phrasing a line
const HELP = anyOf(
  [
    "能问(?:些)?(?:什么|啥|哪些)", "可以问(?:些)?(?:什么|啥|哪些)", "怎么问",
    "(?:你|机器人|小助手|bot)(?:都)?(?:能|会|可以)(?:做|干|帮我?)?(?:些)?(?:什么|啥|哪些)",
    "有(?:什么|啥|哪些)功能", "你是(?:干嘛|干什么|做什么|谁)", "(?:干嘛|干什么)用的",
    "^(?:请问)?(?:你|这个|机器人|小助手)?(?:该)?(?:怎么|如何|咋)(?:用|使用)", "使用说明", "使用方法",
    "(?:什么|哪些)(?:命令|指令)", "(?:命令|指令)有哪些",
    // A word alone is asking for help; 感谢大家的帮助 is not.
    "^[\\s/]*(?:帮助|help|菜单|menu|指令|命令|说明)[\\s?!.。]*$",
  ],
  [
    "what can (?:you|i|we|it|this(?: bot)?|the bot) (?:do|ask)", "what (?:do you|does (?:this|the) bot|does it) do",
    "who are you", "what are you", "how (?:do|can|should) (?:i|we) use", "how does (?:this|it) work",
    "what (?:should|can) i ask", "commands",
  ],
);

// biome-ignore format: one kind of phrasing a line
const SILENT = anyOf(
  [
    "(?:没|未|还没|还未|尚未)有?(?:上|来)?(?:报|交|填|提交|汇报|更新)", "漏报", "缺报", "迟报", "不报",
    "报了没", "报没报", "交了没", "交没交", "报了吗", "交了吗", "报送了吗", "报齐", "交齐", "都报了", "报全",
  ],
  [
    // hasn't, hasnt: the apostrophe is often left out.
    "(?:has|have|did|do|does|is|are|was|were)n'?t (?:yet )?(?:reported|submitted|report|submit|sent|send|filed|updated)",
    "not (?:yet )?(?:reported|submitted|sent|filed|updated|checked in)", "not (?:report|submit)",
    "missing (?:reports?|updates?|submissions?)", "(?:no|without) (?:reports?|updates?)", "silent",
    "not heard", "no word from", "failed to report", "yet to (?:report|submit)", "(?:outstanding|late) reports?",
    "(?:has|have)(?:\\s+[a-z]+){0,4}\\s+(?:reported|submitted)",
  ],
);

// biome-ignore format: one kind of phrasing a line
const OVERDUE = anyOf(
  [
    "逾期", "余期", "超期", "过期", "延期", "误期", "拖期", "超时", "过了(?:截止|期限|时限|最后期限)",
    "超过(?:期限|时限|截止)", "(?:没|未)(?:按期|按时|如期)", "到期(?:未|没)", "红灯", "红牌", "红色", "亮红",
    // 最滞后 asks for the end of a ranking.
    "(?<!最)滞后",
  ],
  [
    "overdue", "over due", "past (?:the |its |their |due )?(?:deadlines?|due)",
    "missed (?:the |its |their |a )?deadlines?", "deadlines?[^?.!]{0,30}missed", "missed[^?.!]{0,30}deadlines?",
    "behind schedule", "late", "delayed", "red[- ]?flag(?:s|ged)?", "red (?:tasks?|items?|ones|projects?)",
    "(?:in|is|are|gone|turned) red",
  ],
);

// biome-ignore format: one kind of phrasing a line
const RANK = anyOf(
  [
    "排名", "排行", "排序", "排个名", "排一下", "排排", "名次", "榜单", "排(?:在)?第", "排(?:在)?最?(?:前|后)",
    "最快", "最慢", "最好", "最差", "最高", "最低", "最(?:滞后|落后|靠前|靠后|领先|先进)",
    // 问题最多的村 asks about problems, not progress.
    "(?<!问题|困难)最多", "(?<!问题|困难)最少",
    "倒数", "垫底", "领先", "落后", "靠前", "靠后", "拖后腿", "末位", "第一名", "最后一名",
    `前${COUNT}(?:名|位|的|个)`, `后${COUNT}(?:名|位)`,
  ],
  [
    "rank(?:ing|ings|ed)?", "league table", "leaderboard", "fastest", "slowest", "quickest",
    "(?:furthest|farthest|most) behind", "leading", "lagging", "underperform(?:ing|s)?",
    "(?:top|bottom) (?:\\d+|one|two|three|five|ten|towns?|townships?|villages?|units?)",
    "who(?:'s| is) (?:leading|lagging|first|last|ahead|behind)",
    "(?:best|worst)(?=[- ](?:performing|performers?|towns?|townships?|villages?|units?))",
    // which … best; not "what did they report last week".
    "(?:which|who|what)(?![a-z])[^?.!]{0,40}(?<![a-z])(?:best|worst|most|least|highest|lowest|first|last(?! week| month| quarter| year| time))",
  ],
);

// biome-ignore format: one kind of phrasing a line
const ISSUES = anyOf(
  [
    "问题", "困难", "难题", "难处", "难点", "卡点", "堵点", "痛点", "瓶颈", "障碍", "阻力", "短板", "隐患",
    "风险", "矛盾", "诉求", "协调", "帮忙", "需要(?:帮助|支持|解决)", "解决(?:什么|啥|哪些)", "卡(?:在|住|壳)",
  ],
  [
    "problems?", "issues?", "difficult(?:y|ies)", "obstacles?", "blockers?", "blocked", "blocking",
    "bottlenecks?", "challenges?", "concerns?", "risks?", "stuck", "troubles?", "holding (?:up|back)",
    "held up", "coordinat(?:e|ion)", "needs? (?:help|support)",
  ],
);
// 有没有问题 still asks about problems.
const NO_ISSUE = anyOf(
  ["(?<!有)没(?:有|啥|什么)?问题", "问题不大", "不是问题"],
  ["no problems?", "not a problem", "no issues?", "no worries"],
  "g",
);

export const INTENT_RULES: readonly IntentRule[] = [
  { intent: "help", cue: HELP },
  { intent: "silent", cue: SILENT },
  { intent: "overdue", cue: OVERDUE },
  { intent: "rank", cue: RANK },
  { intent: "issues", cue: ISSUES, unless: NO_ISSUE },
];

export function matchRule(rest: string): IntentRule | null {
  for (const rule of INTENT_RULES) {
    const text = rule.unless ? rest.replace(rule.unless, (m) => " ".repeat(m.length)) : rest;
    if (rule.cue.test(text)) return rule;
  }
  return null;
}

/** Words that ask how a named task or unit is doing; without them a bare name is a weaker guess. */
// biome-ignore format: a list
export const STATUS = anyOf(
  ["进度", "进展", "情况", "怎么样", "怎样", "咋样", "如何", "多少", "几成", "完成", "到哪", "程度", "推进",
    "搞得", "弄得", "干得", "做得", "报了"],
  ["status", "progress", "how", "going", "doing", "update", "done", "far", "happening"],
);

/**
 * A question about progress with nothing named is about the asker's own units: one that says so
 * (整体进度怎么样, overall progress) or one made of status words alone (进度？, how are we doing).
 * 农房改造进度 names a task the ledger does not know, and gets no answer about everything instead.
 */
export const OVERALL = anyOf(
  ["完成情况", "整体", "总体", "全县", "总的来说", "各项"],
  ["overall", "all tasks"],
);
// biome-ignore format: a list
const STATUS_ONLY = anyOf(
  ["进度", "进展", "情况", "怎么样", "怎样", "咋样", "如何", "完成", "了", "呢", "啊", "吗", "的", "现在", "目前",
    "最近", "请问", "[\\s?!.,。~]"],
  ["status", "progress", "how", "hows", "how's", "are", "we", "doing", "things", "going", "what", "whats", "what's",
    "is", "the"],
  "g",
);

export const isOverall = (rest: string): boolean =>
  OVERALL.test(rest) || (STATUS.test(rest) && rest.replace(STATUS_ONLY, "") === "");

/**
 * Questions about a task or a unit that its status does not answer: who to call, who pays, a form
 * to fill in. The bot keeps out of them.
 */
export const NOT_STATUS = anyOf(
  ["电话", "联系人", "联系方式", "手机号", "模板", "费用", "经费", "谁来出", "谁负责", "负责人"],
  ["phone", "contact", "template", "someone", "anyone"],
);
