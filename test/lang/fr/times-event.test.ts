// French expressions resolved against the previous date of the text.
import { describe, it } from "vitest";
import { extractTimes } from "../../../loaders/lang/fr/times/index.ts";
import { check, type Want } from "./times-helpers.ts";

const cases: [string, string, string, Want[]][] = [
  ["par la suite runs from the previous date to publication", "2023-04", "En 2018, il quitte OpenAI. Microsoft y investit massivement par la suite.", [
    { text: "2018", from: "2018-01-01", to: "2018-12-31" },
    { text: "par la suite", from: "2018-01-01", to: "2023-04-30", precision: "vague", anchor: "event" },
  ]],
  ["deux ans plus tard", "2023-04-15", "En 2015, il cofonde OpenAI. Deux ans plus tard, il s'en éloigne.", [
    { text: "2015", from: "2015-01-01", to: "2015-12-31" },
    { text: "Deux ans plus tard", from: "2017-01-01", to: "2017-12-31", precision: "year", anchor: "event" },
  ]],
  ["l'année suivante", "2023-04-15", "Tesla entre en Bourse en 2010. L'année suivante, elle lance la Model S.", [
    { text: "2010", from: "2010-01-01", to: "2010-12-31" },
    { text: "L'année suivante", from: "2011-01-01", to: "2011-12-31", anchor: "event" },
  ]],
  ["le lendemain after a day", "2023-04-15", "Le 27 octobre 2022, il rachète Twitter. Le lendemain, il licencie la direction.", [
    { text: "Le 27 octobre 2022", from: "2022-10-27", to: "2022-10-27" },
    { text: "Le lendemain", from: "2022-10-28", to: "2022-10-28", precision: "day", anchor: "event" },
  ]],
  ["without a previous date, publication is the anchor", "2023-04", "Par la suite, le projet a été abandonné.", [
    { text: "Par la suite", from: "2023-04-01", to: "2023-04-30", anchor: "publication" },
  ]],
];

describe("fr times: relative to another event", () => {
  for (const [name, published, sentence, want] of cases) it(name, () => check(extractTimes, published, sentence, want));
});
