import { z } from "zod";
import type { Prisma } from "../client.ts";

export interface TaskRow {
  readonly id: string;
  readonly planYear: number;
  readonly code: string | null;
  readonly name: string;
  readonly aliases: string[];
  readonly ownerUnitId: string;
  readonly lead: string | null;
  readonly note: string | null;
  readonly measure: string;
  readonly target: number | null;
  readonly startDate: string | null;
  readonly deadline: string | null;
  readonly status: string;
  readonly assignments: ReadonlyArray<{ unitId: string; target: number | null; deadline: string | null }>;
}

const aliasesSchema = z.array(z.string());

type Stored = Omit<TaskRow, "aliases"> & { aliases: string };
const toRow = (t: Stored): TaskRow => ({ ...t, aliases: aliasesSchema.parse(JSON.parse(t.aliases)) });

const include = { assignments: { select: { unitId: true, target: true, deadline: true } } } as const;

export function tasksRepository(prisma: Prisma) {
  return {
    async all(): Promise<TaskRow[]> {
      return (await prisma.task.findMany({ where: { status: { not: "cancelled" } }, include })).map(toRow);
    },
    async byId(id: string): Promise<TaskRow | null> {
      const t = await prisma.task.findUnique({ where: { id }, include });
      return t ? toRow(t) : null;
    },
    async create(data: {
      planYear: number;
      name: string;
      aliases: string[];
      ownerUnitId: string;
      measure: string;
      target: number | null;
      deadline: string | null;
      code?: string | null;
    }): Promise<TaskRow> {
      return toRow(
        await prisma.task.create({ data: { ...data, aliases: JSON.stringify(data.aliases) }, include }),
      );
    },
    async assign(
      taskId: string,
      unitId: string,
      target: number | null,
      deadline: string | null,
    ): Promise<void> {
      await prisma.assignment.upsert({
        where: { taskId_unitId: { taskId, unitId } },
        update: { target, deadline },
        create: { taskId, unitId, target, deadline },
      });
    },
  };
}
