export * from "./flag-announcements.ts";
export * from "./notice.ts";
export * from "./reminder-time.ts";
export * from "./reminders.ts";
