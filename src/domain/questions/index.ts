export { type QuestionCommand, questionCommands, questionOfCommand } from "./commands.ts";
export * from "./question.ts";
export { asksAQuestion, type RecognizeOptions, recognizeQuestion } from "./recognize.ts";
