import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { PersonView } from "../db/repositories/index.ts";
import { can } from "../domain/ledger/index.ts";
import { answerQuery } from "./answer-query.ts";
import { type Answer, answerQuerySchema } from "./answers.ts";
import type { AppDeps } from "./deps.ts";

/** A page turned two days on would show figures the asker no longer looks at: ask again instead. */
const KEEP_MS = 2 * 86_400_000;

/** Who asked (the answer is recomputed as they see the ledger), in which language, and what. */
const keptAnswerSchema = z.object({
  asker: z.object({ personId: z.string(), platform: z.string(), externalId: z.string() }),
  locale: z.string(),
  query: answerQuerySchema,
});
export type KeptAnswer = z.infer<typeof keptAnswerSchema>;

/** Keeps a long answer's query for its page buttons; returns the short id the buttons carry. */
export async function keepAnswer(deps: AppDeps, kept: KeptAnswer): Promise<string> {
  const id = randomBytes(6).toString("base64url");
  await deps.repos.answerQueries.save(id, JSON.stringify(kept));
  await deps.repos.answerQueries.prune(new Date(Date.now() - KEEP_MS));
  return id;
}

export type PageTurn =
  | { ok: true; answer: Answer; locale: string }
  | { ok: false; reason: "expired" | "forbidden" };

/**
 * Another page of a kept answer, for the asker or an admin of the unit it is about (a group's
 * other members read it, but do not turn it), computed again for the same instant.
 */
export async function turnPage(deps: AppDeps, id: string, presser: PersonView): Promise<PageTurn> {
  const row = await deps.repos.answerQueries.find(id);
  if (!row || Date.now() - row.savedAt.getTime() > KEEP_MS) return { ok: false, reason: "expired" };
  const kept = keptAnswerSchema.safeParse(JSON.parse(row.value));
  if (!kept.success) return { ok: false, reason: "expired" };
  const { asker, locale, query } = kept.data;
  const snapshot = await deps.ledger.snapshot();
  const mayTurn =
    presser.personId === asker.personId || can(presser.memberships, "manage", query.unitId, snapshot.tree).ok;
  if (!mayTurn) return { ok: false, reason: "forbidden" };
  const person = await deps.repos.people.find(asker.platform, asker.externalId);
  if (!person?.active) return { ok: false, reason: "expired" };
  return { ok: true, answer: await answerQuery(deps, person, query), locale };
}
