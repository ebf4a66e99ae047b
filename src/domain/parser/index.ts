export { PARSER_VERSION, type ParseOptions, parse } from "./parse.ts";
export * from "./report.ts";
export { TaskIndex } from "./tasks.ts";
export { writtenUnits } from "./units.ts";
