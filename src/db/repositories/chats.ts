import type { Prisma } from "../client.ts";

export interface ChatRow {
  readonly id: string;
  readonly externalId: string;
  readonly type: string;
  readonly unitId: string | null;
  readonly locale: string | null;
  readonly quiet: boolean;
}

const select = { id: true, externalId: true, type: true, unitId: true, locale: true, quiet: true } as const;

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
    byId(id: string): Promise<ChatRow | null> {
      return prisma.chat.findUnique({ where: { id }, select });
    },
    find(platform: string, externalId: string): Promise<ChatRow | null> {
      return prisma.chat.findUnique({ where: { platform_externalId: { platform, externalId } }, select });
    },
    update(id: string, data: { unitId?: string; quiet?: boolean; locale?: string }): Promise<ChatRow> {
      return prisma.chat.update({ where: { id }, data, select });
    },
  };
}
