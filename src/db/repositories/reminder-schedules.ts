import type { Prisma } from "../client.ts";

export interface ReminderScheduleRow {
  readonly chatId: string;
  /** Null with `time`: /remind off. */
  readonly day: number | null;
  readonly time: string | null;
  readonly createdAt: Date;
}

const select = { chatId: true, day: true, time: true, createdAt: true } as const;

/** Groups' own reminder times (/remind), overriding the deployment's REMIND_AT for their units. */
export function reminderSchedulesRepository(prisma: Prisma) {
  return {
    /** `at` is the app's clock: a time set after today's reminder fell due does not owe it. */
    async set(chatId: string, when: { day: number; time: string } | null, at: Date): Promise<void> {
      const data = { day: when?.day ?? null, time: when?.time ?? null, createdAt: at };
      await prisma.reminderSchedule.upsert({ where: { chatId }, update: data, create: { chatId, ...data } });
    },
    all(): Promise<ReminderScheduleRow[]> {
      return prisma.reminderSchedule.findMany({ select });
    },
  };
}
