// English expressions resolved against the publication date.
import { describe, it } from "vitest";
import { extractTimes } from "../../../loaders/lang/en/times/index.ts";
import { check, type Want } from "../fr/times-helpers.ts";

const cases: [string, string, string, Want[]][] = [
  ["recently spans the publication year", "2023-04", "Recently, he bought thousands of GPUs.", [{ text: "Recently", from: "2023-01-01", to: "2023-04-30", precision: "vague", anchor: "publication" }]],
  ["last month", "2023-04-15", "Last month, the company unveiled a plan.", [{ text: "Last month", from: "2023-03-01", to: "2023-03-31", precision: "month" }]],
  ["last year", "2023-04-15", "Twitter lost half its advertisers last year.", [{ text: "last year", from: "2022-01-01", to: "2022-12-31", precision: "year" }]],
  ["this year", "2023-04-15", "This year, AI spending doubled.", [{ text: "This year", from: "2023-01-01", to: "2023-12-31" }]],
  ["earlier this year", "2023-04-15", "The firm cut jobs earlier this year.", [{ text: "earlier this year", from: "2023-01-01", to: "2023-04-15", precision: "vague" }]],
  ["later this year", "2023-04-15", "The car ships later this year.", [{ text: "later this year", from: "2023-04-15", to: "2023-12-31" }]],
  ["next year", "2023-04-15", "The service will be paid next year.", [{ text: "next year", from: "2024-01-01", to: "2024-12-31" }]],
  ["two years ago", "2023-04-15", "Two years ago, he promised robotaxis.", [{ text: "Two years ago", from: "2021-01-01", to: "2021-12-31", precision: "year" }]],
  ["a few months ago is vague", "2023-04-15", "A few months ago, the network changed its name.", [{ text: "A few months ago", from: "2022-10-01", to: "2023-02-28", precision: "vague" }]],
  ["last week", "2023-04-13", "Last week, OpenAI released GPT-4.", [{ text: "Last week", from: "2023-04-03", to: "2023-04-09" }]],
  ["next week", "2023-04-13", "The board meets next week.", [{ text: "next week", from: "2023-04-17", to: "2023-04-23" }]],
  ["yesterday", "2023-04-11", "Yesterday, the billionaire tweeted.", [{ text: "Yesterday", from: "2023-04-10", to: "2023-04-10", precision: "day" }]],
  ["a weekday in the past tense", "2023-04-13", "On Tuesday, the Tesla chief met investors.", [{ text: "Tuesday", from: "2023-04-11", to: "2023-04-11" }]],
  ["a weekday in the future tense", "2023-04-13", "The CEO will present the plan on Tuesday.", [{ text: "Tuesday", from: "2023-04-18", to: "2023-04-18" }]],
  ["last Friday skips the publication day", "2023-04-14", "He resigned last Friday.", [{ text: "last Friday", from: "2023-04-07", to: "2023-04-07" }]],
  ["over the past two years", "2023-04-15", "Shares fell over the past two years.", [{ text: "the past two years", from: "2021-01-01", to: "2023-04-15", precision: "vague" }]],
  ["in recent months", "2023-04-15", "Layoffs spread in recent months.", [{ text: "recent months", from: "2022-10-01", to: "2023-04-15" }]],
  ["previously is an open past", "2023-04", "Two engineers who previously worked at DeepMind.", [{ text: "previously", from: null, to: "2023-04-30" }]],
];

describe("en times: relative to the publication", () => {
  for (const [name, published, sentence, want] of cases) it(name, () => check(extractTimes, published, sentence, want));
  it("finds nothing in 'currently' (a present reference, not a Story time)", () => check(extractTimes, "2023-04-15", "He currently runs three companies.", []));
  it("finds nothing in a lower-case weekday-like word", () => check(extractTimes, "2023-04-15", "The sunday edition sold out.", []));
});
