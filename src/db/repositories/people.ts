import type { Prisma } from "../client.ts";

export type Role = "admin" | "leader" | "reporter";

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

    async setLocale(personId: string, locale: string): Promise<void> {
      cache.clear();
      await prisma.person.update({ where: { id: personId }, data: { locale } });
    },
  };
}
