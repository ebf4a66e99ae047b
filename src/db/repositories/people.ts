import type { Prisma } from "../client.ts";

export type Role = "admin" | "leader" | "reporter";

/** One role of an active person in one unit, with how the bot reaches them on a platform. */
export interface MemberRow {
  readonly personId: string;
  readonly displayName: string;
  readonly unitId: string;
  readonly role: Role;
  /** Their account on the platform asked for, null when they have none there. */
  readonly externalId: string | null;
  /** They have started the bot privately, so it may write to them. */
  readonly canMessage: boolean;
}

export interface PersonView {
  readonly personId: string;
  readonly accountId: string;
  readonly displayName: string;
  readonly locale: string | null;
  readonly active: boolean;
  readonly canMessage: boolean;
  readonly memberships: ReadonlyArray<{ unitId: string; role: Role }>;
}

const withMemberships = {
  person: { include: { memberships: { select: { unitId: true, role: true } } } },
} as const;

export function peopleRepository(prisma: Prisma) {
  const view = (a: {
    id: string;
    canMessage: boolean;
    person: {
      id: string;
      displayName: string;
      locale: string | null;
      active: boolean;
      memberships: Array<{ unitId: string; role: string }>;
    };
  }): PersonView => ({
    personId: a.person.id,
    accountId: a.id,
    displayName: a.person.displayName,
    locale: a.person.locale,
    active: a.person.active,
    canMessage: a.canMessage,
    memberships: a.person.memberships.map((m) => ({ unitId: m.unitId, role: m.role as Role })),
  });

  // Every update asks who sent it; roles change a few times a week. Writes through this process
  // clear the cache at once; another process's change shows within CACHE_MS.
  const cache = new Map<string, { view: PersonView | null; at: number }>();
  const CACHE_MS = 10_000;

  const findFresh = async (platform: string, externalId: string): Promise<PersonView | null> => {
    const account = await prisma.account.findUnique({
      where: { platform_externalId: { platform, externalId } },
      include: withMemberships,
    });
    return account ? view(account) : null;
  };

  return {
    async find(platform: string, externalId: string): Promise<PersonView | null> {
      const key = `${platform}\u0000${externalId}`;
      const hit = cache.get(key);
      if (hit && Date.now() - hit.at < CACHE_MS) return hit.view;
      const found = await findFresh(platform, externalId);
      if (cache.size > 50_000) cache.clear();
      cache.set(key, { view: found, at: Date.now() });
      return found;
    },

    /** A person as seen through their account on `platform`: how a stored report's sender is read again. */
    async byPerson(personId: string, platform: string): Promise<PersonView | null> {
      const account = await prisma.account.findFirst({
        where: { personId, platform },
        include: withMemberships,
      });
      return account ? view(account) : null;
    },

    /** The person behind a platform account, created on first contact. */
    async ensure(
      platform: string,
      externalId: string,
      profile: { displayName: string; username?: string | null; canMessage?: boolean },
    ): Promise<PersonView> {
      cache.delete(`${platform}\u0000${externalId}`);
      const account = await prisma.account.upsert({
        where: { platform_externalId: { platform, externalId } },
        update: {
          username: profile.username ?? null,
          ...(profile.canMessage ? { canMessage: true } : {}),
        },
        create: {
          platform,
          externalId,
          username: profile.username ?? null,
          canMessage: profile.canMessage ?? false,
          person: { create: { displayName: profile.displayName } },
        },
        include: withMemberships,
      });
      return view(account);
    },

    async addMembership(personId: string, unitId: string, role: Role): Promise<void> {
      cache.clear();
      await prisma.membership.upsert({
        where: { personId_unitId_role: { personId, unitId, role } },
        update: {},
        create: { personId, unitId, role },
      });
    },

    /** Every active member holding one of `roles`, in one query (reminders are planned for all at once). */
    async members(roles: readonly Role[], platform: string): Promise<MemberRow[]> {
      const rows = await prisma.membership.findMany({
        where: { role: { in: [...roles] }, person: { active: true } },
        orderBy: { createdAt: "asc" },
        select: {
          unitId: true,
          role: true,
          person: {
            select: {
              id: true,
              displayName: true,
              accounts: { where: { platform }, select: { externalId: true, canMessage: true } },
            },
          },
        },
      });
      return rows.map((m) => {
        const account =
          m.person.accounts.find((a) => a.canMessage) ??
          (m.person.accounts[0] as (typeof m.person.accounts)[0] | undefined);
        return {
          personId: m.person.id,
          displayName: m.person.displayName,
          unitId: m.unitId,
          role: m.role as Role,
          externalId: account?.externalId ?? null,
          canMessage: account?.canMessage ?? false,
        };
      });
    },

    /** They blocked the bot: it may not write to them until they start it again. */
    async markUnreachable(platform: string, externalId: string): Promise<void> {
      cache.delete(`${platform}\u0000${externalId}`);
      await prisma.account.updateMany({ where: { platform, externalId }, data: { canMessage: false } });
    },

    async setLocale(personId: string, locale: string): Promise<void> {
      cache.clear();
      await prisma.person.update({ where: { id: personId }, data: { locale } });
    },
  };
}
