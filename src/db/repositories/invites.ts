import type { Prisma } from "../client.ts";
import type { Role } from "./people.ts";

export function invitesRepository(prisma: Prisma) {
  return {
    async create(data: {
      code: string;
      unitId: string;
      role: Role;
      createdById: string | null;
      expiresAt: Date;
      maxUses: number;
    }) {
      await prisma.invite.create({ data });
    },

    /** Takes one use of a live code, atomically, so two people racing for the last use cannot both win. */
    async redeem(code: string, now: Date): Promise<{ unitId: string; role: Role } | null> {
      const invite = await prisma.invite.findUnique({ where: { code } });
      if (!invite || invite.expiresAt <= now || invite.uses >= invite.maxUses) return null;
      const taken = await prisma.invite.updateMany({
        where: { code, uses: invite.uses },
        data: { uses: { increment: 1 } },
      });
      return taken.count === 1 ? { unitId: invite.unitId, role: invite.role as Role } : null;
    },
  };
}
