import type { AnnotatedDoc } from "../model/types.js";
import type { AnnotateStage } from "./stage.js";

/** Placeholder stage: filled in by the statements layer. */
export const statementStage: AnnotateStage = {
  name: "statements",
  run(_doc: AnnotatedDoc): void {},
};
