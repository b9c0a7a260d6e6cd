// English: the year of a month named without one follows the sentence's tense (past: the last such
// month on or before the publication month; future: the next one), "last"/"next" override.
import { describe, it } from "vitest";
import { extractTimes } from "../../../loaders/lang/en/times/index.ts";
import { check, type Want } from "../fr/times-helpers.ts";

const m = (text: string, from: string, to: string): Want => ({ text, from, to, precision: "month", inferred: ["year"] });

const cases: [string, string, string, Want[]][] = [
  ["simple past: the last November before publication", "2023-01-24", "Microsoft laid off staff in November.", [m("November", "2022-11-01", "2022-11-30")]],
  ["simple past: a month soon after publication is still last year's", "2023-01-24", "Microsoft laid off staff in March.", [m("March", "2022-03-01", "2022-03-31")]],
  ["simple past with -ed: the last March", "2023-01-24", "In March, the startup announced a new model.", [m("March", "2022-03-01", "2022-03-31")]],
  ["present perfect: the last March", "2023-01-24", "The company has been hiring engineers since February.", [{ text: "February", from: "2022-02-01", to: "2023-01-24" }]],
  ["present perfect with an irregular participle", "2023-01-24", "Shares have fallen sharply in March.", [m("March", "2022-03-01", "2022-03-31")]],
  ["past: the publication month itself counts", "2023-01-24", "Microsoft cut 10,000 jobs in January.", [m("January", "2023-01-01", "2023-01-31")]],
  ["future: the next April", "2023-01-24", "Microsoft will report results in April.", [m("April", "2023-04-01", "2023-04-30")]],
  ["future: a month before the publication month is next year's", "2023-05-10", "The firm will open its lab in February.", [m("February", "2024-02-01", "2024-02-29")]],
  ["'last' overrides a future tense", "2023-01-24", "The results of last March will be published again.", [m("last March", "2022-03-01", "2022-03-31")]],
  ["'next' overrides a past tense", "2023-01-24", "He said the product ships next March.", [m("next March", "2023-03-01", "2023-03-31")]],
  ["no tense: the nearest, a future one counting double", "2023-01-24", "Layoffs in November: a timeline.", [m("November", "2022-11-01", "2022-11-30")]],
  ["a deadline in a past-tense sentence looks ahead", "2023-05-10", "The firm said it wanted to cut 500 jobs by June.", [{ text: "June", from: "2023-05-10", to: "2023-06-30" }]],
];

describe("en times: the year of a month without one", () => {
  for (const [name, published, sentence, want] of cases) it(name, () => check(extractTimes, published, sentence, want));
});
