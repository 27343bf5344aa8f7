import type { AnnotatedDoc } from "../model/types.js";
import type { AnnotateStage } from "./stage.js";

/** Placeholder stage: filled in by the timexes layer. */
export const timexStage: AnnotateStage = {
  name: "timexes",
  run(_doc: AnnotatedDoc): void {},
};
