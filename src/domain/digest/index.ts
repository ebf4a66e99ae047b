export * from "./content.ts";
export * from "./periods.ts";
