export {
  CHART_WIDTH,
  type ChartWords,
  formatPercent,
  layoutProgressChart,
  MAX_CHART_ROWS,
  type ProgressChart,
  type ProgressRow,
  progressChartSvg,
  type SupervisionFlag,
} from "./progress-chart.ts";
export { CHART_SCALE, prepareChartText, renderProgressChart } from "./render.ts";
