import type { AnnotatedDoc } from "../model/types.js";
import type { AnnotateStage } from "./stage.js";

/** Placeholder stage: filled in by the numbers layer. */
export const numberStage: AnnotateStage = {
  name: "numbers",
  run(_doc: AnnotatedDoc): void {},
};
