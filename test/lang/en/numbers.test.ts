// English number reader: parseNumber (whole string) and findNumbers (offsets in a text).
import { describe, expect, it } from "vitest";
import { findNumbers, parseNumber } from "../../../loaders/lang/en/numbers.ts";

const VALUES: [string, number][] = [
  ["two", 2],
  ["twenty-two", 22],
  ["a dozen", 12],
  ["two hundred", 200],
  ["two hundred and five", 205],
  ["a hundred", 100],
  ["one thousand", 1000],
  ["seven hundred twenty-one thousand and twelve", 721012],
  ["three billion", 3e9],
  ["two point five million", 2.5e6],
  ["10,000", 10000],
  ["10 000", 10000],
  ["1,234,567.89", 1234567.89],
  ["1.5", 1.5],
  ["1.5 billion", 1.5e9],
  ["44bn", 44e9],
  ["10K", 10000],
  ["10M", 1e7],
  ["two thirds", 2 / 3],
  ["one and a half", 1.5],
  ["half a million", 5e5],
  ["minus five", -5],
  ["-4", -4],
];

const NOT_ONE_NUMBER = ["", "model", "a", "an", "GPT", "1st", "4th", "29km", "1m", "1990s"];

describe("parseNumber (en)", () => {
  it.each(VALUES)("%s = %d", (s, v) => expect(parseNumber(s)).toBeCloseTo(v, 9));
  it.each(NOT_ONE_NUMBER)("%j is not one number", (s) => expect(parseNumber(s)).toBeNull());
});

describe("findNumbers (en)", () => {
  it("finds numbers in words and digits with their offsets", () => {
    const t = "He bought 10,000 GPUs, hired two engineers and paid 1.5 billion.";
    const got = findNumbers(t).map((n) => [t.slice(n.start, n.end), n.value]);
    expect(got).toEqual([["10,000", 10000], ["two", 2], ["1.5 billion", 1.5e9]]);
  });
  it("does not read an article as a number", () => {
    expect(findNumbers("a model and an agent")).toEqual([]);
  });
  it("splits a hyphenated range into two numbers", () => {
    expect(findNumbers("10-20 dollars").map((n) => n.value)).toEqual([10, 20]);
  });
});

describe("parseNumber (en): restatements and quantifiers", () => {
  it.each([
    ["forty-five (45)", 45],
    ["45 (forty-five)", 45],
    ["a couple of", 2],
    ["a dozen of", 12],
  ])("%s = %d", (s, v) => expect(parseNumber(s)).toBe(v));
  it.each(["45 (46)", "one of", "forty (45)"])("%j is not one number", (s) => expect(parseNumber(s)).toBeNull());
});
