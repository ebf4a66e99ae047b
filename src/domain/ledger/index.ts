export * from "./flags.ts";
export * from "./local-date.ts";
export { convertQuantity, roundFigure } from "./measures.ts";
export * from "./permissions.ts";
export { maskPersonalNumbers } from "./personal-data.ts";
export * from "./progress.ts";
export * from "./units.ts";
export { isTimeZone, SHANGHAI, type Zone, zone } from "./zone.ts";
