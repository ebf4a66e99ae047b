// A county's ledger as a county office keeps it in Excel, at any size: a units sheet (15 townships,
// 13 villages each), a tasks sheet under a title row, and optionally a 任务分解表. For benchmarks
// and the import tests.
import ExcelJS from "exceljs";

const TOWNSHIPS = [
  "鼎新",
  "金塔",
  "东坝",
  "航天",
  "大庄子",
  "西坝",
  "中东",
  "古城",
  "羊井子湾",
  "三合",
  "红光",
  "双城",
  "巴彦",
  "南山",
  "北河",
];
const VILLAGES = [
  "民建",
  "团结",
  "新华",
  "红星",
  "光明",
  "胜利",
  "和平",
  "永丰",
  "前进",
  "幸福",
  "五星",
  "东风",
  "双桥",
];
const WORKS = [
  ["高标准农田建设", "亩"],
  ["农村改厕", "户"],
  ["农房改造", "户"],
  ["农村道路硬化", "公里"],
  ["人居环境整治", "个"],
  ["饮水安全巩固提升", "处"],
  ["产业园区建设", "万元"],
] as const;

export interface LedgerSize {
  readonly tasks: number;
  readonly townships?: number;
  readonly villagesPerTownship?: number;
  /** Rows of the 任务分解表: the first tasks split between two villages each. */
  readonly splitTasks?: number;
}

export function countyUnits(size: LedgerSize) {
  const townships = TOWNSHIPS.slice(0, size.townships ?? 15).map((name) => `${name}镇`);
  const villages = townships.flatMap((township) =>
    VILLAGES.slice(0, size.villagesPerTownship ?? 13).map((v) => ({ township, name: `${v}村` })),
  );
  return { townships, villages };
}

export function countyLedgerWorkbook(size: LedgerSize): ExcelJS.Workbook {
  const { townships, villages } = countyUnits(size);
  const workbook = new ExcelJS.Workbook();
  const units = workbook.addWorksheet("单位");
  units.addRow(["单位名称", "上级单位", "类型"]);
  units.addRow(["金塔县", null, "县"]);
  for (const t of townships) units.addRow([t, "金塔县", "镇"]);
  for (const v of villages) units.addRow([v.name, v.township, "村"]);

  const tasks = workbook.addWorksheet("重点任务");
  tasks.addRow(["2026年乡村振兴重点任务台账"]);
  tasks.mergeCells("A1:J1");
  tasks.addRow([
    "序号",
    "编号",
    "任务名称",
    "责任单位",
    "牵头领导",
    "目标值",
    "计量单位",
    "完成时限",
    "备注",
    "当前值",
  ]);
  for (let i = 0; i < size.tasks; i++) {
    const [work, measure] = WORKS[i % WORKS.length] as readonly [string, string];
    const village = villages[i % villages.length] as { township: string; name: string };
    tasks.addRow([
      i + 1,
      `JT-${String(i + 1).padStart(5, "0")}`,
      `${work}（第${Math.floor(i / WORKS.length) + 1}批）`,
      i % 3 === 0 ? village.township : `${village.township}/${village.name}`,
      `张${i % 50}`,
      100 + (i % 40) * 25,
      measure,
      new Date(Date.UTC(2026, 5 + (i % 7), 30)),
      i % 10 === 0 ? "省级考核指标" : null,
      i % 9,
    ]);
  }
  if (size.splitTasks) {
    const split = workbook.addWorksheet("任务分解表");
    split.addRow(["编号", "任务名称", "乡镇", "村", "分解目标", "计量单位"]);
    for (let i = 0; i < size.splitTasks; i++) {
      const [work, measure] = WORKS[i % WORKS.length] as readonly [string, string];
      const first = villages[(2 * i) % villages.length] as { township: string; name: string };
      const second = villages[(2 * i + 1) % villages.length] as { township: string; name: string };
      const row = split.rowCount + 1;
      split.addRow([
        `JT-${String(i + 1).padStart(5, "0")}`,
        `${work}（第${Math.floor(i / WORKS.length) + 1}批）`,
        first.township,
        first.name,
        50,
        measure,
      ]);
      split.addRow([null, null, second.township, second.name, 50, measure]);
      split.mergeCells(`A${row}:A${row + 1}`);
      split.mergeCells(`B${row}:B${row + 1}`);
    }
  }
  return workbook;
}
