import type { AnnotatedDoc } from "../model/types.js";

/** One annotation layer. Stages run in a configured order and only add to the document. */
export interface AnnotateStage {
  readonly name: string;
  run(doc: AnnotatedDoc): void;
}
