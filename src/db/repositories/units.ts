import type { Prisma } from "../client.ts";

export interface UnitRow {
  readonly id: string;
  readonly parentId: string | null;
  readonly name: string;
  readonly kind: string;
}

export function unitsRepository(prisma: Prisma) {
  return {
    all(): Promise<UnitRow[]> {
      return prisma.unit.findMany({ select: { id: true, parentId: true, name: true, kind: true } });
    },
    create(data: { parentId: string | null; name: string; kind: string }): Promise<UnitRow> {
      return prisma.unit.create({ data, select: { id: true, parentId: true, name: true, kind: true } });
    },
  };
}
