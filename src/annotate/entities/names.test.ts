import { test } from "node:test";
import assert from "node:assert/strict";
import { foldSurname } from "./names.js";

test("transliteration variants of a surname fold to one key, other endings stay", () => {
  for (const variant of ["Maravskyy", "Maravskiy", "Maravsky", "Maravskij", "Maravskii"]) assert.equal(foldSurname(variant), "maravsky", variant);
  for (const [name, key] of [["Kovalski", "kovalski"], ["Tuomij", "tuomy"], ["Ly", "ly"], ["Y", "y"], ["Oyi", "oyi"], ["Iy", "y"]] as const) assert.equal(foldSurname(name), key, name);
});
