export * from "./content.ts";
export * from "./periods.ts";
export * from "./schedule.ts";
