import { describe, expect, it } from "vitest";
import {
  changeQuantity,
  choosePlace,
  chooseTask,
  confirmReport,
  editReport,
  fileReport,
  identify,
  totalsAsOf,
  withdrawReport,
} from "../../src/app/index.ts";
import { countyPerTest, incoming, member, person } from "../support/county.ts";
import { databaseKinds } from "../support/databases.ts";

const kinds = await databaseKinds();

describe.each(kinds)("on $name", (kind) => {
  const current = countyPerTest(kind);

  describe("filing a report", () => {
    it("files a cadre's message against their village and the county's task", async () => {
      const outcome = await fileReport(
        current().deps,
        current().reporter,
        incoming("高标准农田 本周新增300亩，累计2000亩。问题：资金未到位"),
      );
      expect(outcome.kind).toBe("filed");
      if (outcome.kind !== "filed") return;
      expect(outcome.card).toMatchObject({
        state: "filed",
        holdup: null,
        taskName: "高标准农田建设",
        unitName: "民建村",
        issues: ["资金未到位"],
      });
      expect(outcome.card.quantities.map((q) => [q.value, q.kind])).toEqual([
        [300, "increment"],
        [2000, "cumulative"],
      ]);
    });

    it("stores the message once, however often it is delivered", async () => {
      const m = incoming("改厕 新增12户");
      const first = await fileReport(current().deps, current().reporter, m);
      const again = await fileReport(current().deps, current().reporter, m);
      expect(again.kind === "filed" && again.repeated).toBe(true);
      expect(
        first.kind === "filed" && again.kind === "filed" && first.card.reportId === again.card.reportId,
      ).toBe(true);
      expect(await current().deps.repos.reports.forTask(current().tasks.toilet.id)).toHaveLength(1);
    });

    it("keeps what it cannot read, pending, with the reason", async () => {
      const outcome = await fileReport(current().deps, current().reporter, incoming("大家好，收到"));
      expect(outcome.kind === "filed" && outcome.card).toMatchObject({
        state: "pending",
        holdup: "not-a-report",
      });
      const noTask = await fileReport(current().deps, current().reporter, incoming("畜牧养殖 新增母牛12头"));
      expect(noTask.kind === "filed" && noTask.card).toMatchObject({
        state: "pending",
        holdup: "no-task",
        taskWritten: "畜牧养殖",
      });
    });

    it("gives a stranger nothing", async () => {
      const stranger = await identify(current().deps, person("9999", "路人"));
      expect(
        await fileReport(current().deps, stranger, incoming("改厕 新增12户", undefined, "9999")),
      ).toEqual({
        kind: "stranger",
      });
    });

    it("lets a reporter file only within their own unit", async () => {
      const outcome = await fileReport(current().deps, current().reporter, incoming("金塔镇 改厕 新增12户"));
      expect(outcome.kind === "filed" && outcome.card).toMatchObject({
        state: "pending",
        holdup: "unknown-place",
        unitName: null,
      });
    });

    it("asks which place when a name repeats, and files it once chosen", async () => {
      const outcome = await fileReport(
        current().deps,
        current().admin,
        incoming("团结村 改厕 新增3户", undefined, "1001"),
      );
      if (outcome.kind !== "filed") throw new Error("not filed");
      expect(outcome.card.holdup).toBe("ambiguous-place");
      expect(outcome.card.candidates).toHaveLength(2);
      const chosen = await choosePlace(
        current().deps,
        current().admin,
        outcome.card.reportId,
        outcome.card.candidates[0]?.id as string,
      );
      expect(chosen.ok && chosen.card).toMatchObject({
        state: "corrected",
        unitName: "团结村",
        holdup: null,
      });
    });
  });

  describe("the cadre's buttons", () => {
    async function filed(text: string) {
      const outcome = await fileReport(current().deps, current().reporter, incoming(text));
      if (outcome.kind !== "filed") throw new Error("not filed");
      return outcome.card.reportId;
    }

    it("✅ confirms, ↩️ withdraws, and nobody else may press them", async () => {
      const id = await filed("改厕 新增12户");
      const other = await member(current().deps, current().admin, "2002", "鼎新镇团结村", "reporter");
      expect(await confirmReport(current().deps, other, id)).toEqual({ ok: false, reason: "forbidden" });
      expect((await confirmReport(current().deps, current().reporter, id)).ok).toBe(true);
      expect((await current().deps.repos.reports.byId(id))?.state).toBe("confirmed");
      expect((await withdrawReport(current().deps, current().reporter, id)).ok).toBe(true);
      expect(await confirmReport(current().deps, current().reporter, id)).toEqual({
        ok: false,
        reason: "withdrawn",
      });
    });

    it("✏️ moves a report to another task and changes a figure's kind, in the audit trail", async () => {
      const id = await filed("农田 新增12户");
      const moved = await chooseTask(current().deps, current().reporter, id, current().tasks.toilet.id);
      expect(moved.ok && moved.card).toMatchObject({ taskName: "农村改厕", state: "corrected" });
      const changed = await changeQuantity(current().deps, current().reporter, id, 0, {
        kind: "cumulative",
        value: 15,
      });
      expect(changed.ok && changed.card.quantities).toEqual([
        { value: 15, unit: "户", kind: "cumulative", label: "新增" },
      ]);
      const audit = await current().deps.repos.audit.forEntity("report", id);
      expect(audit.map((a) => a.action)).toEqual(["choose-task", "change-quantity"]);
    });

    it("an edited message is read again", async () => {
      const m = incoming("改厕 新增12户");
      await fileReport(current().deps, current().reporter, m);
      const edited = await editReport(current().deps, current().reporter, { ...m, text: "改厕 新增21户" });
      expect(edited.kind === "filed" && edited.card.quantities[0]?.value).toBe(21);
    });
  });

  describe("the ledger from stored reports", () => {
    it("adds increments after the latest total, drops what was withdrawn, slots in late reports", async () => {
      const file = async (text: string, at: string) =>
        fileReport(current().deps, current().reporter, incoming(text, at));
      await file("高标准农田 累计完成1000亩", "2024-06-01T10:00:00+08:00");
      await file("高标准农田 本周新增300亩", "2024-06-08T10:00:00+08:00");
      const wrong = await file("高标准农田 本周新增900亩", "2024-06-09T10:00:00+08:00");
      // Sent before the 8 June report, delivered after it.
      await file("高标准农田 本周新增200亩", "2024-06-05T10:00:00+08:00");
      if (wrong.kind !== "filed") throw new Error("not filed");
      await withdrawReport(current().deps, current().reporter, wrong.card.reportId);

      const figures = await totalsAsOf(current().deps, new Date("2024-06-30T00:00:00+08:00"));
      expect(figures.filter((f) => f.taskId === current().tasks.farmland.id).map((f) => f.total)).toEqual([
        1500,
      ]);
    });
  });
});
