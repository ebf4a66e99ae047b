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

    /**
     * Takes one use of a live code in one conditional UPDATE, so two people racing for the last use
     * cannot both win, and fifty joining at once with a 60-use code all get in (a compare-and-set on
     * the old count would turn away everyone who lost a race for a use that was still there).
     */
    async redeem(code: string, now: Date): Promise<{ unitId: string; role: Role } | null> {
      const taken = await prisma.invite.updateMany({
        where: { code, expiresAt: { gt: now }, uses: { lt: prisma.invite.fields.maxUses } },
        data: { uses: { increment: 1 } },
      });
      if (taken.count !== 1) return null;
      const invite = await prisma.invite.findUnique({ where: { code } });
      return invite ? { unitId: invite.unitId, role: invite.role as Role } : null;
    },
  };
}
