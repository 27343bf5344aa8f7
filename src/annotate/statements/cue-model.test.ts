import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDoc } from "../doc.js";
import { handDrafts, statementsOf } from "../statements.js";
import { tokenStage } from "../tokens.js";
import type { Statement } from "../../model/types.js";
import { buildContext } from "./context.js";
import { type CueModel, candidates, FeatureNames, FeatureScore, probability, weightIndex } from "./cue-model.js";
import { CUE_MODEL } from "./cue-model-weights.js";

function contextOf(text: string) {
  const doc = emptyDoc({ id: "t", text });
  tokenStage.run(doc);
  return buildContext(doc);
}

function statements(text: string, model: CueModel): Statement[] {
  return statementsOf(contextOf(text), [], model);
}

const OFF: CueModel = { threshold: 2, keep: 0, weights: {} };

// "lobby" is on no list of cue verbs: only the model can take it.
const LOBBY = "Senator Lund lobbied that the tax should fall.";

test("the cue model takes a verb the hand lists leave out, and frames it like a listed one", () => {
  const model: CueModel = { threshold: 0.5, keep: 0, weights: { "c:bias": -4, "c:l=lobby": 6 } };
  const s = statements(LOBBY, model).find((x) => x.cue.text === "lobbied");
  assert.ok(s, "no statement for 'lobbied'");
  assert.equal(s.speaker?.mention?.text, "Senator Lund");
  assert.equal(s.content.text, "that the tax should fall");
  assert.deepEqual(statements(LOBBY, OFF).map((x) => x.cue.text), []);
});

test("the cue model drops a hand rule's draft it finds unlikely, and keeps it otherwise", () => {
  const text = "Senator Lund said the tax should fall.";
  assert.deepEqual(statements(text, OFF).map((x) => x.cue.text), ["said"]);
  const doubtful: CueModel = { threshold: 2, keep: 0.5, weights: { "h:bias": -2 } };
  assert.deepEqual(statements(text, doubtful).map((x) => x.cue.text), []);
});

test("scoring by the weight index agrees with scoring by feature names", () => {
  const ctx = contextOf("“We will win,” Lund argued on Friday, while Berg lobbied that the tax should fall and voters shrugged.");
  const { cues, drafts } = handDrafts(ctx);
  const named = candidates(ctx, [], cues, drafts, () => new FeatureNames());
  assert.ok(named.some((c) => c.origin === "hand") && named.some((c) => c.origin === "learned"));
  // A weight for every feature these candidates have, each a different one, so that a feature the index
  // misreads (a template, a pair of values, a learned feature) moves the sum; small, so that the
  // probability the names give stays short of 1 and its log-odds exact.
  const names = [...new Set(named.flatMap((c) => c.features.names))];
  const model: CueModel = { threshold: 0.5, keep: 0, weights: Object.fromEntries(names.map((name, k) => [name, (k + 1) / (10 * names.length)])) };
  const scored = candidates(ctx, [], cues, drafts, () => new FeatureScore(weightIndex(model)));
  assert.equal(scored.length, named.length);
  named.forEach((c, k) => {
    const fromNames = Math.log(probability(model, c.features.names) / (1 - probability(model, c.features.names)));
    assert.ok(fromNames > 0);
    assert.ok(Math.abs((scored[k] as (typeof scored)[number]).features.z - fromNames) < 1e-9, `candidate ${k}: ${c.features.names.join(" ")}`);
  });
});

test("the trained model keeps a plain report by a named speaker", () => {
  const s = statements("Senator Ann Lund said on Tuesday that the tax would fall next year.", CUE_MODEL);
  assert.deepEqual(s.map((x) => x.cue.text), ["said"]);
});
