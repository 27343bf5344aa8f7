import type { AnnotatedDoc } from "../model/types.js";
import { EntityRecognizer } from "./entities/recognizer.js";
import type { AnnotateStage } from "./stage.js";

export { descriptionFits, isDefiniteSingular, roleHead, rolesConflict, isRoleWord } from "./entities/roles.js";
export type { RoleHead, RoleComparison } from "./entities/roles.js";
export { sameEntity, personNamesCompatible, isAcronymOf, foldName } from "./entities/names.js";
export { firstNameGender } from "./entities/lexicon.js";

/**
 * People, organisations and places, typed without model weights: proper-noun chunks from the tokens,
 * titles and appositive roles, compact gazetteers, acronym definitions; one canonical name per entity.
 */
export const entityStage: AnnotateStage = {
  name: "entities",
  run(doc: AnnotatedDoc): void {
    doc.entities = new EntityRecognizer(doc).run();
  },
};
