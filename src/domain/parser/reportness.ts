import type { Quantity } from "./report.ts";

/**
 * How sure we are that a message is a progress report: figures with units, a percent done, a known
 * task and place, progress verbs. Questions, notices and chit-chat pull it down; a question that
 * carries figures (完成了吗？已完成45户) is still a report.
 */
export interface Evidence {
  readonly lower: string;
  readonly quantities: readonly Quantity[];
  readonly percent: number | null;
  readonly hasTask: boolean;
  /** A work item named after the place, even one the ledger does not know (畜牧养殖). */
  readonly hasTaskPhrase: boolean;
  readonly hasPlace: boolean;
  readonly hasNotes: boolean;
}

const PROGRESS =
  /完成|新增|累计|已经?|建成|开工|完工|竣工|入住|并网|验收|铺设|种植|栽植|培训|发放|实现|达到|推进|实施|启动|搬迁|安置|硬化|改造|新建|签订|带动|投资|到位|覆盖|受益|转移|就业|务工|收益|结业|整改|进度|(?<![a-z])(?:completed?|added|built|installed|planted|trained|moved|invested|spent|finished|done|covered|employed|connected|progress|repaired|renovated|paved|hardened|signed|relocated|so far|to date|in total)(?![a-z])/;
const QUESTION =
  /[?？]|吗|么|呢|什么|怎么|怎样|多少|哪些|哪个|哪里|几时|几成|啥|如何|是否|有没有|能否|可否|(?:^|[\s,.])(?:what|how|when|which|why|where|who|is there|are there|any)(?![a-z])|^\s*(?:is|are|do|does|did|can|could|has|have)\s/;
const NOTICE =
  /通知|会议|开会|召开|参加|请各|请于|请大家|请及时|请按时|报送|材料|(?<![a-z])(?:meeting|please|reminder|notice|submit)(?![a-z])/;
const CHAT =
  /^[\s\p{P}]*(?:收到|谢谢|感谢|辛苦|好的|明白|早上好|中午好|下午好|晚上好|大家好|您好|你好|ok|okay|thanks|thank you|received|noted|got it|good morning|hello|hi)/u;

export function reportConfidence(e: Evidence): number {
  const hasQuantity = e.quantities.length > 0;
  const hasCue = e.quantities.some((q) => q.kind !== "unspecified");
  const hasProgressCue = e.quantities.some((q) => q.kind === "increment" || q.kind === "cumulative");
  const hasProgress = PROGRESS.test(e.lower);
  let score = 0.1;
  if (hasQuantity) score += 0.45;
  if (hasCue) score += 0.1;
  if (e.percent !== null) score += 0.35;
  if (e.hasTask) score += 0.2;
  else if (e.hasTaskPhrase) score += 0.1;
  if (e.hasPlace) score += 0.1;
  if (hasProgress) score += 0.15;
  if (e.hasNotes) score += 0.1;
  // Figures with nothing around them (我家养了3头猪) are not a report.
  if (hasQuantity && !e.hasTask && !e.hasTaskPhrase && !hasCue && !hasProgress) score -= 0.25;
  // 完成了吗？已完成45户 is a report; "is the 3,000 mu target realistic?" is not.
  if (QUESTION.test(e.lower) && !hasProgressCue) score -= hasQuantity ? 0.4 : 0.5;
  if (NOTICE.test(e.lower)) score -= 0.4;
  if (CHAT.test(e.lower)) score -= 0.3;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
