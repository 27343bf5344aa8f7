import type { AnnotatedDoc } from "../model/types.js";
import type { AnnotateStage } from "./stage.js";

/** Placeholder stage: filled in by the entities layer. */
export const entityStage: AnnotateStage = {
  name: "entities",
  run(_doc: AnnotatedDoc): void {},
};
