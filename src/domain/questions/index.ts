export * from "./question.ts";
export { type RecognizeOptions, recognizeQuestion } from "./recognize.ts";
