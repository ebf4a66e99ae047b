import { type ProgressChart, prepareChartText, renderProgressChart } from "../charts/index.ts";
import { chartWords } from "./chart-words.ts";
import type { AppDeps } from "./deps.ts";
import type { Digest } from "./digest.ts";
import type { Translate } from "./digest-text.ts";

const figure = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** The digest's picture: one bar per task, coloured by its flag, laggards first. */
export function digestChart(digest: Digest, t: Translate): ProgressChart {
  const order = { red: 0, yellow: 1, blue: 2 } as const;
  const lines = [...digest.content.lines].sort(
    (a, b) =>
      (a.flag ? order[a.flag] : 3) - (b.flag ? order[b.flag] : 3) || (a.percent ?? -1) - (b.percent ?? -1),
  );
  return {
    title: t(`digest-title-${digest.content.kind}`, {
      unit: digest.unitName,
      from: digest.content.from,
      to: digest.content.to,
    }),
    subtitle: t("digest-as-of", { at: digest.asOfLocal }),
    rows: lines.map((l) => ({
      label: l.name,
      percent: l.percent,
      value: `${figure(l.total)} / ${l.target === null ? "—" : figure(l.target)} ${l.measure}`,
      flag: l.flag,
      change: l.change > 0 ? `+${figure(l.change)}` : undefined,
    })),
    words: chartWords(t),
  };
}

export function renderDigestChart(digest: Digest, t: Translate): Promise<Buffer> {
  return renderProgressChart(digestChart(digest, t));
}

/**
 * Outlines the glyphs of the ledger's task names for charts before the first digest is due (at
 * start): otherwise the first chart of a process spends a few hundred ms on them.
 */
export async function prepareDigestCharts(deps: AppDeps): Promise<number> {
  const snapshot = await deps.ledger.snapshot();
  return prepareChartText(snapshot.tasks.map((t) => t.name));
}
