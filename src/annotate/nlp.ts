import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

// Loading the model costs ~100 ms and a few MB; every stage shares one instance.
let instance: ReturnType<typeof winkNLP> | undefined;

export function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ["sbd", "pos"]);
  return instance;
}
