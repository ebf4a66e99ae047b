import type { ChartWords } from "../charts/index.ts";
import type { Translate } from "./digest-text.ts";

/** The chart's words from locales/*.ftl, through the channel's translate. */
export function chartWords(t: Translate): ChartWords {
  return {
    schedule: (percent) => t("chart-schedule", { percent }),
    noData: t("chart-no-data"),
    noRows: t("chart-no-rows"),
    more: (count) => t("chart-more", { count }),
    legend: {
      red: t("chart-legend-red"),
      yellow: t("chart-legend-yellow"),
      blue: t("chart-legend-blue"),
      green: t("chart-legend-green"),
      grey: t("chart-legend-grey"),
    },
  };
}
