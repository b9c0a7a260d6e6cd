// English figures: table-driven cases on sentences written for these tests (news style, tech/AI/money).
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../loaders/lang/en/figures/index.ts";
import { figureChecks, type Want } from "../figures-check.ts";

const { found, check } = figureChecks(extractFigures);

const COUNTS: [string, Want[]][] = [
  ["The lab ordered 20,000 GPUs from Nvidia.", [{ text: "20,000 GPUs", value: 20000, unit: "GPU", kind: "count" }]],
  ["The cluster links 100,000 Nvidia H100 chips.", [{ text: "100,000 Nvidia H100", value: 100000, unit: "GPU" }]],
  ["xAI hired twelve engineers from Google DeepMind.", [{ text: "twelve engineers", value: 12, unit: "engineer" }]],
  ["Two data centers will be built in Memphis.", [{ text: "Two data centers", value: 2, unit: "datacenter" }]],
  ["The social network had 7,500 employees before the takeover.", [{ text: "7,500 employees", value: 7500, unit: "employee" }]],
  ["ChatGPT reached 100 million users in two months.", [{ text: "100 million users", value: 100e6, unit: "user" }]],
  ["Twenty-two researchers signed the open letter.", [{ text: "Twenty-two researchers", value: 22, unit: "researcher" }]],
  ["The board named two hundred new advisers.", [{ text: "two hundred new advisers", value: 200, unit: "adviser" }]],
  ["The fund backed 10K startups.", [{ text: "10K startups", value: 10000, unit: "startup" }]],
  ["The company weighed two options.", [{ text: "two options", value: 2, unit: "option" }]],
  ["Some 1,500 people protested outside the office.", [{ text: "Some 1,500 people", value: 1500, unit: "person", approx: true }]],
  ["Two investment banks advised on the deal.", [{ text: "Two investment banks", value: 2, unit: "bank" }]],
  ["The carmaker cut 2,000 production jobs.", [{ text: "2,000 production jobs", value: 2000, unit: "job" }]],
  ["X lost 10m users and 1.5m advertisers.", [{ text: "10m users", value: 1e7, unit: "user" }, { text: "1.5m advertisers", value: 1.5e6, unit: "advertiser" }]],
  ["The app has 3mn users and 20bn downloads.", [{ text: "3mn users", value: 3e6, unit: "user" }, { text: "20bn downloads", value: 20e9, unit: "download" }]],
  ["Musk fired 80% of Twitter's 7,500 staff.", [{ text: "80%", value: 80, unit: "percent" }, { text: "7,500 staff", value: 7500, unit: "employee" }]],
];

const MONEY: [string, Want[]][] = [
  ["Musk bought Twitter for $44bn in 2022.", [{ text: "$44bn", value: 44e9, unit: "USD", kind: "money" }]],
  ["Microsoft invested $10 billion in OpenAI.", [{ text: "$10 billion", value: 10e9, unit: "USD" }]],
  ["The startup raised €100m in its latest round.", [{ text: "€100m", value: 100e6, unit: "EUR" }]],
  ["The deal was valued at US$ 1.5 billion.", [{ text: "US$ 1.5 billion", value: 1.5e9, unit: "USD" }]],
  ["Regulators fined the firm £8 million.", [{ text: "£8 million", value: 8e6, unit: "GBP" }]],
  ["The chipmaker earned 2.5 billion dollars.", [{ text: "2.5 billion dollars", value: 2.5e9, unit: "USD" }]],
  ["Baidu spent 30 billion yuan on research.", [{ text: "30 billion yuan", value: 30e9, unit: "CNY" }]],
  ["Shares closed at $3.50, down 12 cents.", [{ text: "$3.50", value: 3.5, unit: "USD" }, { text: "12 cents", value: 0.12, unit: "USD" }]],
];

const VAGUE: [string, Want[]][] = [
  ["Musk reportedly spent tens of millions of dollars on the chips.", [{ text: "tens of millions of dollars", low: 1e7, high: 1e8, value: null, unit: "USD", approx: true }]],
  ["The company bought thousands of GPUs.", [{ text: "thousands of GPUs", low: 1e3, high: 1e4, unit: "GPU", approx: true }]],
  ["Hundreds of millions of dollars flowed into AI startups.", [{ text: "Hundreds of millions of dollars", low: 1e8, high: 1e9, unit: "USD" }]],
  ["Several hundred engineers threatened to quit.", [{ text: "Several hundred engineers", low: 100, high: 1000, unit: "engineer" }]],
  ["A dozen researchers left the lab.", [{ text: "A dozen researchers", value: 12, unit: "researcher", approx: true }]],
];

const MODIFIERS: [string, Want[]][] = [
  ["The firm owns nearly 10,000 GPUs.", [{ text: "nearly 10,000 GPUs", value: 10000, approx: true, unit: "GPU" }]],
  ["Roughly 3,700 employees were laid off.", [{ text: "Roughly 3,700 employees", value: 3700, approx: true, unit: "employee" }]],
  ["More than 1,000 experts signed the letter.", [{ text: "More than 1,000 experts", low: 1000, high: null, bound: "min", value: null, unit: "expert" }]],
  ["Fewer than 2,000 employees remain.", [{ text: "Fewer than 2,000 employees", high: 2000, low: null, bound: "max", unit: "employee" }]],
  ["The round could reach up to $6 billion.", [{ text: "up to $6 billion", high: 6e9, bound: "max", unit: "USD" }]],
  ["At least 20 companies bid for the contract.", [{ text: "At least 20 companies", low: 20, bound: "min", unit: "company" }]],
  ["Tickets cost between 10 and 20 euros.", [{ text: "between 10 and 20 euros", low: 10, high: 20, value: null, unit: "EUR" }]],
  ["The startup hopes to raise between $6 and $8 billion.", [{ text: "between $6 and $8 billion", low: 6e9, high: 8e9, unit: "USD" }]],
  ["Microsoft invested $10 billion. OpenAI is now valued at 86 billion.", [
    { text: "$10 billion", value: 10e9, unit: "USD" },
    { text: "86 billion", value: 86e9, unit: "USD", kind: "money", inferred: true },
  ]],
  ["The workforce fell from 7,500 employees to 1,500.", [
    { text: "7,500 employees", value: 7500, unit: "employee" },
    { text: "1,500", value: 1500, unit: "employee", inferred: true },
  ]],
];

const PERCENT: [string, Want[]][] = [
  ["Ad revenue fell 50% last year.", [{ text: "50%", value: 50, unit: "percent", kind: "percent" }]],
  ["Musk holds a 9.2 percent stake.", [{ text: "9.2 percent", value: 9.2, unit: "percent" }]],
  ["Usage rose by twenty per cent.", [{ text: "twenty per cent", value: 20, unit: "percent" }]],
];

const NOT_FIGURES: [string, string][] = [
  ["year", "In 2015, Elon Musk co-founded OpenAI."],
  ["year at the end", "He left the board in 2018."],
  ["date", "The letter was published on March 29, 2023."],
  ["day before month", "The report came out on 11 April."],
  ["decade", "Neural networks date back to the 1990s."],
  ["product name", "GPT-4 was released by OpenAI."],
  ["product with space", "Meta released Llama 2 this summer."],
  ["ordinal", "It is the company's 3rd funding round."],
  ["article a", "He is building a language model."],
  ["one of", "One of the founders left the company."],
  ["time of day", "The keynote starts at 10:30 a.m."],
  ["duration", "Two years ago, the company changed its name."],
  ["age", "Musk, 52, declined to comment."],
  ["pronoun", "The two sued each other."],
  ["aircraft model", "Airlines ordered the Airbus A330-200 and the 5G version."],
  ["duration with adjective", "Shares fell for six straight days."],
  ["abbreviated year", "Apple showed iLife '11 on stage."],
];

describe("extractFigures (en)", () => {
  for (const [name, table] of [["counts", COUNTS], ["money", MONEY], ["vague magnitudes", VAGUE], ["modifiers and ranges", MODIFIERS], ["percentages", PERCENT]] as const) {
    describe(name, () => {
      it.each(table)("%s", (sentence, want) => check(sentence, want));
    });
  }
  describe("finds nothing in", () => {
    it.each(NOT_FIGURES)("%s: %s", (_name, sentence) => expect(found(sentence).map((f) => f.text)).toEqual([]));
  });
  it("keeps only the counted datacenters in « one of the two data centers »", () => {
    check("They sit in one of the two data centers Twitter owns.", [{ text: "two data centers", value: 2, unit: "datacenter" }]);
  });
});

describe("restatements and quantifier nouns (en)", () => {
  it("an amount restated in figures between brackets is one figure", () => {
    check("The contract costs five million dollars ($5,000,000) over three years.", [{ text: "five million dollars ($5,000,000)", value: 5e6, unit: "USD" }]);
  });
  it("two different amounts side by side stay two figures", () => {
    check("Revenue rose 5% (up from 3%).", [{ text: "5%", value: 5, unit: "percent" }, { text: "3%", value: 3, unit: "percent" }]);
  });
  it("'a couple of' and 'a pair of' count what follows 'of'", () => {
    check("The lab hired a couple of engineers from Google.", [{ text: "a couple of engineers", value: 2, unit: "engineer" }]);
  });
  it("'a couple of years ago' is a time, not a figure", () => {
    check("A couple of years ago the firm was small.", []);
  });
});
