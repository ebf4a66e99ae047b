export * from "./flags.ts";
export * from "./local-date.ts";
export { conversionsInto, convertQuantity, roundFigure } from "./measures.ts";
export * from "./permissions.ts";
export * from "./progress.ts";
export * from "./units.ts";
