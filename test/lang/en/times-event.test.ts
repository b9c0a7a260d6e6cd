// English expressions resolved against the previous date of the text.
import { describe, it } from "vitest";
import { extractTimes } from "../../../loaders/lang/en/times/index.ts";
import { check, type Want } from "../fr/times-helpers.ts";

const cases: [string, string, string, Want[]][] = [
  ["later that year", "2023-04-15", "He bought Twitter in 2022. Later that year, he fired the board.", [
    { text: "2022", from: "2022-01-01", to: "2022-12-31" },
    { text: "Later that year", from: "2022-01-01", to: "2022-12-31", anchor: "event" },
  ]],
  ["two years later", "2023-04-15", "He co-founded OpenAI in 2015. Two years later, he drifted away.", [
    { text: "2015", from: "2015-01-01", to: "2015-12-31" },
    { text: "Two years later", from: "2017-01-01", to: "2017-12-31", precision: "year", anchor: "event" },
  ]],
  ["the following year", "2023-04-15", "Tesla went public in 2010. The following year, it launched the Model S.", [
    { text: "2010", from: "2010-01-01", to: "2010-12-31" },
    { text: "The following year", from: "2011-01-01", to: "2011-12-31", anchor: "event" },
  ]],
  ["afterwards runs to publication", "2023-04", "He left in 2018. Microsoft invested heavily afterwards.", [
    { text: "2018", from: "2018-01-01", to: "2018-12-31" },
    { text: "afterwards", from: "2018-01-01", to: "2023-04-30", precision: "vague", anchor: "event" },
  ]],
  ["the next day", "2023-04-15", "The deal closed on October 27, 2022. The next day, he fired executives.", [
    { text: "October 27, 2022", from: "2022-10-27", to: "2022-10-27" },
    { text: "The next day", from: "2022-10-28", to: "2022-10-28", anchor: "event" },
  ]],
  ["two years after a clause is not an anchor shift", "2023-04-15", "In 2015 he left, two years after the launch of the firm.", [
    { text: "2015", from: "2015-01-01", to: "2015-12-31" },
  ]],
];

describe("en times: relative to another event", () => {
  for (const [name, published, sentence, want] of cases) it(name, () => check(extractTimes, published, sentence, want));
});
