import { test } from "node:test";
import assert from "node:assert/strict";
import { ageFindings } from "./ages.js";
import { docWith } from "./fixtures.js";
import { StoryTexts } from "./findings.js";

/** Age findings of two reports, the age and the person marked by hand. */
function ages(textA: string, ageA: string, nameA: string, textB: string, ageB: string, nameB: string, published: readonly string[] = []): string[] {
  const layers = (age: string, name: string, date?: string) => ({
    numbers: [{ text: age, low: Number(age), high: Number(age), unit: "year-old" }],
    entities: [{ text: name, type: "person" as const }],
    ...(date ? { published: date } : {}),
  });
  const docs = [docWith("a", textA, layers(ageA, nameA, published[0])), docWith("b", textB, layers(ageB, nameB, published[1]))];
  return ageFindings(docs, new StoryTexts(docs)).map((f) => f.claims.map((c) => c.value).join(" / "));
}

test("one person given two ages in sentences that tell of different things is an age conflict", () => {
  assert.deepEqual(ages("Ola Dahl, 54, rowed into the harbour.", "54", "Ola Dahl", "The 55-year-old Ola Dahl had sold his boat.", "55", "Ola Dahl"), ["54 / 55"]);
});

test("the same age, or ages of two people, is no conflict", () => {
  assert.deepEqual(ages("Ola Dahl, 54, rowed into the harbour.", "54", "Ola Dahl", "The 54-year-old Ola Dahl had sold his boat.", "54", "Ola Dahl"), []);
  assert.deepEqual(ages("Ola Dahl, 54, rowed into the harbour.", "54", "Ola Dahl", "The 55-year-old Bo Lund had sold his boat.", "55", "Bo Lund"), []);
});

test("an age not beside the name belongs to no one for sure", () => {
  assert.deepEqual(ages("Ola Dahl rowed into the harbour with a 54-year-old crewman.", "54", "Ola Dahl", "The 55-year-old Ola Dahl had sold his boat.", "55", "Ola Dahl"), []);
});

test("a name its own report gives two ages speaks for no one's age", () => {
  const text = "Ola Dahl, 54, and his son Ola Dahl, 31, rowed into the harbour.";
  const docs = [
    docWith("a", text, { numbers: [{ text: "54", low: 54, high: 54, unit: "year-old" }, { text: "31", low: 31, high: 31, unit: "year-old" }], entities: [{ text: "Ola Dahl", type: "person" }, { text: "son Ola Dahl", type: "person", canonical: "Ola Dahl" }] }),
    docWith("b", "The 54-year-old Ola Dahl had sold his boat.", { numbers: [{ text: "54", low: 54, high: 54, unit: "year-old" }], entities: [{ text: "Ola Dahl", type: "person" }] }),
  ];
  assert.deepEqual(ageFindings(docs, new StoryTexts(docs)), []);
});

test("ages told years apart grow with the years between the reports", () => {
  const [a, b] = ["Ola Dahl, 27, was arrested in the harbour.", "Ola Dahl, 29, was sentenced for the harbour raid."];
  assert.deepEqual(ages(a, "27", "Ola Dahl", b, "29", "Ola Dahl", ["2021-06-01", "2023-07-01"]), []);
  assert.deepEqual(ages(a, "27", "Ola Dahl", b, "29", "Ola Dahl", ["2023-06-01", "2023-07-01"]), ["27 / 29"]);
});

test("with a report undated, two years apart is a weak conflict, more is a strong one", () => {
  const confidences = (ageB: string) => {
    const docs = [
      docWith("a", "Ola Dahl, 27, was arrested in the harbour.", { numbers: [{ text: "27", low: 27, high: 27, unit: "year-old" }], entities: [{ text: "Ola Dahl", type: "person" }] }),
      docWith("b", `Ola Dahl, ${ageB}, was sentenced for the harbour raid.`, { numbers: [{ text: ageB, low: Number(ageB), high: Number(ageB), unit: "year-old" }], entities: [{ text: "Ola Dahl", type: "person" }] }),
    ];
    return ageFindings(docs, new StoryTexts(docs)).map((f) => f.confidence);
  };
  const [twoApart] = confidences("29");
  const [sixApart] = confidences("33");
  assert.ok(twoApart !== undefined && sixApart !== undefined && twoApart < sixApart, `${twoApart} vs ${sixApart}`);
});

test("two people whose names hold one another each get their own age conflict", () => {
  const doc = (id: string, bergman: number, berg: number) => {
    // Ann Berg is written first so that the fixture finds her name at her own mention, not inside "Ann Bergman".
    const text = `Ann Berg, ${berg}, and Ann Bergman, ${bergman}, rowed into the harbour.`;
    return docWith(id, text, {
      numbers: [
        { text: String(bergman), low: bergman, high: bergman, unit: "year-old" },
        { text: String(berg), low: berg, high: berg, unit: "year-old" },
      ],
      entities: [
        { text: "Ann Bergman", type: "person" },
        { text: "Ann Berg", type: "person" },
      ],
    });
  };
  const docs = [doc("a", 40, 30), doc("b", 45, 36)];
  assert.deepEqual(ageFindings(docs, new StoryTexts(docs)).map((f) => f.claims.map((c) => c.value).join(" / ")), ["40 / 45", "30 / 36"]);
});
