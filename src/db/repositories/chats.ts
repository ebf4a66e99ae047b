import type { Prisma } from "../client.ts";

export interface ChatRow {
  readonly id: string;
  readonly externalId: string;
  readonly type: string;
  readonly unitId: string | null;
  readonly locale: string | null;
  readonly quiet: boolean;
  /** Set by /pause: nothing the bot sends on its own goes here until /resume. */
  readonly pausedAt: Date | null;
  readonly createdAt: Date;
}

const select = {
  id: true,
  externalId: true,
  type: true,
  unitId: true,
  locale: true,
  quiet: true,
  pausedAt: true,
  createdAt: true,
} as const;

export function chatsRepository(prisma: Prisma) {
  return {
    ensure(platform: string, externalId: string, type: string, title: string | null): Promise<ChatRow> {
      return prisma.chat.upsert({
        where: { platform_externalId: { platform, externalId } },
        update: { title, type },
        create: { platform, externalId, type, title },
        select,
      });
    },
    /**
     * A person's private chat with the bot (its id is their user id), made when first needed:
     * reminders are planned for it and /pause there is kept on it.
     */
    privateChat(platform: string, externalId: string): Promise<ChatRow> {
      return prisma.chat.upsert({
        where: { platform_externalId: { platform, externalId } },
        update: {},
        create: { platform, externalId, type: "private", title: null },
        select,
      });
    },
    byId(id: string): Promise<ChatRow | null> {
      return prisma.chat.findUnique({ where: { id }, select });
    },
    find(platform: string, externalId: string): Promise<ChatRow | null> {
      return prisma.chat.findUnique({ where: { platform_externalId: { platform, externalId } }, select });
    },
    /** Groups bound to a unit: where digests, announcements and unreached-reporter lists go. */
    bound(): Promise<ChatRow[]> {
      return prisma.chat.findMany({
        where: { unitId: { not: null } },
        select,
        orderBy: { createdAt: "asc" },
      });
    },
    update(
      id: string,
      data: { unitId?: string; quiet?: boolean; locale?: string; pausedAt?: Date | null },
    ): Promise<ChatRow> {
      return prisma.chat.update({ where: { id }, data, select });
    },
  };
}
