import { addTask, findUnitFor } from "../../app/index.ts";
import { type BotContext, isAdmin } from "../context.ts";
import { type Conversation, endConversation, setConversation, type TaskDraft } from "../conversation.ts";
import { readDate, readNumber } from "../typed.ts";

/**
 * /task add, a few questions long: name (with aliases), owner unit, unit of measure, target,
 * deadline. Each answer is checked as it comes, so a typo costs one question, not the whole task.
 */
type TaskAdd = Extract<Conversation, { kind: "task-add" }>;

export async function startTaskAdd(ctx: BotContext) {
  // The use case decides for the owner unit; this only spares a non-admin five pointless questions.
  if (!isAdmin(ctx)) return ctx.reply(ctx.t("admins-only"));
  await setConversation(ctx, { kind: "task-add", step: "name", draft: {} });
  await ctx.reply(ctx.t("task-add-name"));
}

const SKIP = /^\s*[-－—无]\s*$/;

async function next(ctx: BotContext, step: TaskAdd["step"], draft: TaskDraft, question: string) {
  await setConversation(ctx, { kind: "task-add", step, draft });
  await ctx.reply(ctx.t(question));
}

export async function taskAddStep(ctx: BotContext, state: TaskAdd, text: string) {
  const person = ctx.person;
  if (!person) return;
  const { draft } = state;
  switch (state.step) {
    case "name": {
      const [name = "", ...aliases] = text.split(/[,，、;；]/).map((s) => s.trim());
      if (name === "" || name.length > 40) return ctx.reply(ctx.t("task-add-name"));
      return next(ctx, "owner", { ...draft, name, aliases: aliases.filter(Boolean) }, "task-add-owner");
    }
    case "owner": {
      const unit = await findUnitFor(ctx.app, person, text.trim());
      if (!unit.ok) return ctx.reply(ctx.t(`task-add-owner-${unit.reason}`, { unit: text.trim() }));
      return next(ctx, "measure", { ...draft, owner: text.trim() }, "task-add-measure");
    }
    case "measure": {
      const measure = text.trim();
      if (measure === "" || measure.length > 10) return ctx.reply(ctx.t("task-add-measure"));
      return next(ctx, "target", { ...draft, measure }, "task-add-target");
    }
    case "target": {
      const target = SKIP.test(text) ? null : readNumber(text);
      if (target === null && !SKIP.test(text)) return ctx.reply(ctx.t("task-add-target"));
      return next(ctx, "deadline", { ...draft, target }, "task-add-deadline");
    }
    case "deadline": {
      const deadline = SKIP.test(text) ? null : readDate(text);
      if (deadline === null && !SKIP.test(text)) return ctx.reply(ctx.t("task-add-deadline"));
      await endConversation(ctx);
      const result = await addTask(ctx.app, person, {
        name: draft.name ?? "",
        aliases: draft.aliases ?? [],
        ownerUnitName: draft.owner ?? "",
        measure: draft.measure ?? "",
        target: draft.target ?? null,
        deadline,
      });
      if (!result.ok) return ctx.reply(ctx.t(`task-add-refused-${result.reason}`));
      const { task } = result;
      return ctx.reply(
        ctx.t("task-add-done", {
          task: task.name,
          owner: draft.owner ?? "",
          target: task.target ?? "-",
          measure: task.measure,
          deadline: task.deadline ?? "-",
        }),
      );
    }
  }
}
