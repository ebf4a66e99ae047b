import { describe, expect, it } from "vitest";
import { renderImport, splitTask } from "../../src/app/index.ts";
import type { PersonView } from "../../src/db/repositories/index.ts";
import { translate } from "../../src/i18n.ts";
import { countyPerTest, member } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";

const kinds = await databaseKinds();

describe.each(kinds)("/task split on $name", (kind) => {
  const current = countyPerTest(kind);
  const split = async (text: string, actor: PersonView = current().admin) => {
    const result = await splitTask(current().deps, actor, text);
    if (!result.ok) throw new Error(`not read: ${text}`);
    return { ...result, text: renderImport(result.lines, (key, args) => translate("zh-CN", key, args)) };
  };
  const shares = async (taskName: string) => {
    const { deps } = current();
    deps.ledger.invalidate();
    const snapshot = await deps.ledger.snapshot();
    const task = snapshot.tasks.find((t) => t.name === taskName);
    return (task?.assignments ?? [])
      .map((a) => [snapshot.unitName(a.unitId), a.target, a.deadline])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  };

  it("splits a task among units, and the same split again changes nothing", async () => {
    const first = await split("高标准农田 鼎新镇 2000 金塔镇 100公顷 2024-10-31");
    expect(first.applied).toBe(true);
    expect(first.text).toBe(
      [
        "✅ 已分解任务「高标准农田」：",
        "+ 分解 高标准农田建设 × 鼎新镇",
        "+ 分解 高标准农田建设 × 金塔镇",
      ].join("\n"),
    );
    expect(await shares("高标准农田建设")).toEqual([
      ["金塔镇", 1500, "2024-10-31"],
      ["鼎新镇", 2000, null],
    ]);
    const again = await split("高标准农田\n鼎新镇 2000亩\n金塔镇 1500 2024-10-31");
    expect(again.applied).toBe(false);
    expect(again.text).toBe("✅ 任务「高标准农田」的分解与台账一致，没有改动。");
    expect(
      await current().db.prisma.auditEntry.findMany({
        where: { entity: "import" },
        select: { entityId: true },
      }),
    ).toEqual([{ entityId: "/task split 高标准农田" }]);
  });

  it("changes one share's target and keeps its own deadline when none is written", async () => {
    await split("高标准农田 鼎新镇 2000 金塔镇 1000 2024-10-31");
    const changed = await split("高标准农田：金塔镇 1200");
    expect(changed.text).toContain("~ 分解 高标准农田建设 × 金塔镇\n    目标值：1000 → 1200");
    expect(await shares("高标准农田建设")).toEqual([
      ["金塔镇", 1200, "2024-10-31"],
      ["鼎新镇", 2000, null],
    ]);
  });

  it("writes nothing when a share has a problem, and says which share", async () => {
    const rejected = await split("高标准农田 鼎新镇 2000 团结村 300 红旗镇 100 金塔镇 50吨");
    expect(rejected.applied).toBe(false);
    expect(rejected.text.split("\n")).toEqual([
      "❌ 任务「高标准农田」没有分解：发现 3 处问题，台账没有任何改动。",
      expect.stringMatching(/^第 2 项「团结村」：“团结村”对应多个单位/),
      "第 3 项「红旗镇」：找不到单位“红旗镇”。",
      "第 4 项「金塔镇」：计量单位“吨”与任务的“亩”不一致，也无法换算。",
    ]);
    expect(await shares("高标准农田建设")).toEqual([]);
  });

  it("says once that the task is not found", async () => {
    const rejected = await split("茶叶种植 鼎新镇 20 金塔镇 30");
    expect(rejected.text).toBe(
      "❌ 任务「茶叶种植」没有分解：发现 1 处问题，台账没有任何改动。\n找不到任务“茶叶种植”。",
    );
  });

  it("lets a township's admin split among its villages, not another township's", async () => {
    const townAdmin = await member(current().deps, current().admin, "3001", "鼎新镇", "admin");
    const own = await split("农村改厕 民建村 40户 鼎新镇/团结村 35户", townAdmin);
    expect(own.applied).toBe(true);
    const other = await split("农村改厕 金塔镇/团结村 20", townAdmin);
    expect(other.text).toContain("第 1 项「金塔镇/团结村」：您无权管理");
    expect(await shares("农村改厕")).toEqual([
      ["团结村", 35, null],
      ["民建村", 40, null],
    ]);
  });

  it("gives no outcome for text without a share", async () => {
    expect(await splitTask(current().deps, current().admin, "高标准农田")).toEqual({ ok: false });
  });
});
