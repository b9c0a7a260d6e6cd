// French number reader: parseNumber (whole string) and findNumbers (offsets in a text).
import { describe, expect, it } from "vitest";
import { findNumbers, parseNumber } from "../../../loaders/lang/fr/numbers.ts";

const VALUES: [string, number][] = [
  ["deux", 2],
  ["vingt-deux", 22],
  ["vingt et un", 21],
  ["soixante et onze", 71],
  ["soixante-dix-sept", 77],
  ["quatre-vingts", 80],
  ["quatre-vingt-dix-neuf", 99],
  ["dix-huit", 18],
  ["cent dix", 110],
  ["trois cent vingt-quatre", 324],
  ["deux mille vingt-trois", 2023],
  ["neuf mille neuf cent quatre-vingt-dix-neuf", 9999],
  ["trois millions", 3e6],
  ["une douzaine", 12],
  ["10 000", 10000],
  ["10\u202F000", 10000],
  ["10\u00A0000", 10000],
  ["10.000", 10000],
  ["1 234 567,89", 1234567.89],
  ["1,5", 1.5],
  ["1,5 milliard", 1.5e9],
  ["2,5 millions", 2.5e6],
  ["100 millions", 1e8],
  ["10K", 10000],
  ["44 Md", 44e9],
  ["trois quarts", 0.75],
  ["deux tiers", 2 / 3],
  ["un sur trois", 1 / 3],
  ["-4", -4],
];

const NOT_ONE_NUMBER = ["", "modèle", "deux trois", "GPT", "1er", "4e", "29km", "quatre ans"];

describe("parseNumber (fr)", () => {
  it.each(VALUES)("%s = %d", (s, v) => expect(parseNumber(s)).toBeCloseTo(v, 9));
  it.each(NOT_ONE_NUMBER)("%j is not one number", (s) => expect(parseNumber(s)).toBeNull());
});

describe("findNumbers (fr)", () => {
  it("finds numbers in words and digits with their offsets", () => {
    const t = "Il a acheté 10 000 GPU et embauché deux ingénieurs pour 1,5 milliard.";
    const got = findNumbers(t).map((n) => [t.slice(n.start, n.end), n.value]);
    expect(got).toEqual([["10 000", 10000], ["deux", 2], ["1,5 milliard", 1.5e9]]);
  });
  it("does not read digits glued to letters (ordinals, units, names)", () => {
    expect(findNumbers("le 1er mai, la 3e place, 29km, H100").map((n) => n.value)).toEqual([]);
  });
  it("reads a lone « un » as 1 but flags it (article or number)", () => {
    const [n] = findNumbers("un modèle");
    expect(n.value).toBe(1);
    expect(n.lone1).toBe(true);
  });
});
