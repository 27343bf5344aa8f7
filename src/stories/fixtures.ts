/**
 * Invented reports for the story tests: two fires of one kind in different towns (same topic,
 * different events), a rewrite, and unrelated news. Names and places are made up.
 */
import { annotateStory } from "../annotate/pipeline.js";
import type { AnnotatedDoc, Article } from "../model/types.js";

export const MILL_FIRE = [
  "Fire guts Tolland mill in Brenford\n" +
    "A fire tore through the Tolland textile mill in Brenford on Tuesday, injuring three workers, fire chief Maria Okonkwo said.\n" +
    "Forty firefighters fought the blaze for six hours before bringing it under control.\n" +
    "Okonkwo said the fire started in a dye store at the back of the mill.",
  "Three hurt as blaze destroys Brenford textile mill\n" +
    "Three workers were hurt when fire swept through the Tolland mill in Brenford on Tuesday.\n" +
    "Fire chief Maria Okonkwo said forty firefighters spent six hours on the blaze, which began in the dye store.\n" +
    "The mill owner, Pieter Tolland, said the building could not be saved.",
  "Tolland mill fire: dye store blamed\n" +
    "Investigators believe Tuesday's fire at the Tolland textile mill in Brenford began in a dye store, chief Maria Okonkwo said.\n" +
    "Three workers remain in hospital after the blaze, which took forty firefighters six hours to put out.\n" +
    "Pieter Tolland thanked the crews.",
];

export const SCHOOL_FIRE = [
  "Fire closes Wexley school in Carrow\n" +
    "A fire broke out at Wexley primary school in Carrow on Friday, and 120 pupils were led out safely, fire officer Daniel Hurst said.\n" +
    "Twenty-five firefighters put the blaze out within an hour.\n" +
    "Hurst said the fire began in the school kitchen.",
  "Pupils evacuated as kitchen fire hits Carrow school\n" +
    "All 120 pupils at Wexley primary in Carrow were evacuated on Friday after a fire in the kitchen, officer Daniel Hurst said.\n" +
    "Twenty-five firefighters brought it under control in under an hour, and nobody was hurt.\n" +
    "Head teacher Ruth Amberley said classes would resume on Monday.",
  "Wexley school to reopen after kitchen blaze\n" +
    "Wexley primary school in Carrow will reopen on Monday after Friday's kitchen fire, head teacher Ruth Amberley said.\n" +
    "Fire officer Daniel Hurst praised staff for leading 120 pupils out within minutes.\n" +
    "Twenty-five firefighters attended.",
];

export const UNRELATED = [
  "Harbour Rovers beat Kestrel United 3-1\n" +
    "Harbour Rovers came from behind to beat Kestrel United 3-1 on Saturday, with two goals from striker Tomas Bellweather.\n" +
    "Manager Ingrid Sollis said the win lifts the club to fourth place in the league.",
  "Council approves new tram line for Ostmere\n" +
    "The Ostmere city council voted 31 to 12 on Wednesday to build a tram line from the station to the university.\n" +
    "Mayor Helga Varnum said construction would begin next spring and cost 240 million euros.",
];

/** The first mill report with one sentence reworded, as a wire copy lightly edited. */
export const MILL_FIRE_COPY = (MILL_FIRE[0] as string).replace("for six hours before bringing it under control", "for about six hours");

export function annotated(texts: readonly string[], prefix: string, extra: Partial<Article> = {}): AnnotatedDoc[] {
  return texts.map((text, i) => annotateStory([{ id: `${prefix}${i + 1}`, text, ...extra }], { today: "2031-06-15" })[0] as AnnotatedDoc);
}
