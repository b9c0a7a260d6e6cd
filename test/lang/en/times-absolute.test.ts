// English calendar dates: days, months, years, parts of years, seasons, quarters, decades, ranges.
import { describe, it } from "vitest";
import { extractTimes } from "../../../loaders/lang/en/times/index.ts";
import { check, type Want } from "../fr/times-helpers.ts";

const cases: [string, string, string, Want[]][] = [
  ["a full date", "2023-04-15", "On April 11, 2023, the startup raised funds.", [{ text: "April 11, 2023", from: "2023-04-11", to: "2023-04-11", precision: "day", inferred: [] }]],
  ["a day without year", "2023-04-15", "The deal was signed on April 11.", [{ text: "April 11", from: "2023-04-11", to: "2023-04-11", inferred: ["year"] }]],
  ["day first", "2023-04-15", "He joined on 3 March 2021.", [{ text: "3 March 2021", from: "2021-03-03", to: "2021-03-03" }]],
  ["an ordinal day", "2023-04-15", "The filing is due Sept. 30th, 2023.", [{ text: "Sept. 30th, 2023", from: "2023-09-30", to: "2023-09-30" }]],
  ["an impossible day is not a date", "2023-04-15", "Nothing happened on February 30, 2023.", []],
  ["a year after in", "2023-04-15", "He co-founded OpenAI in 2015.", [{ text: "2015", from: "2015-01-01", to: "2015-12-31", precision: "year" }]],
  ["since gives an interval to publication", "2023-04-15", "Revenue has fallen since 2019.", [{ text: "2019", from: "2019-01-01", to: "2023-04-15", precision: "vague" }]],
  ["by gives an interval from publication", "2023-04-15", "The company aims for profit by 2025.", [{ text: "2025", from: "2023-04-15", to: "2025-12-31" }]],
  ["late of a year", "2023-04-15", "The takeover closed in late 2022.", [{ text: "late 2022", from: "2022-09-01", to: "2022-12-31", precision: "vague" }]],
  ["early of a year", "2023-04-15", "The model ships in early 2024.", [{ text: "early 2024", from: "2024-01-01", to: "2024-04-30" }]],
  ["mid- of a year", "2023-04-15", "Sales slumped in mid-2022.", [{ text: "mid-2022", from: "2022-05-01", to: "2022-08-31" }]],
  ["a month with a cue", "2023-04-15", "The chatbot launched in March.", [{ text: "March", from: "2023-03-01", to: "2023-03-31", precision: "month", inferred: ["year"] }]],
  ["the verb may is not a month", "2023-04-15", "Regulators may act soon.", []],
  ["the verb march is not a month", "2023-04-15", "Workers will march on the capital.", []],
  ["a month and year", "2023-04-15", "ChatGPT appeared in November 2022.", [{ text: "November 2022", from: "2022-11-01", to: "2022-11-30" }]],
  ["last month name", "2023-04-15", "He announced it last May.", [{ text: "last May", from: "2022-05-01", to: "2022-05-31" }]],
  ["a season with a year", "2023-04-15", "The product arrives in spring 2024.", [{ text: "spring 2024", from: "2024-03-20", to: "2024-06-20", precision: "season" }]],
  ["the fall of an empire is not a season", "2023-04-15", "Historians study the fall of Rome.", []],
  ["a quarter code", "2023-04-15", "Revenue dropped in Q3 2022.", [{ text: "Q3 2022", from: "2022-07-01", to: "2022-09-30", precision: "quarter" }]],
  ["a quarter in words", "2023-04-15", "Sales rose in the first quarter.", [{ text: "the first quarter", from: "2023-01-01", to: "2023-03-31" }]],
  ["a decade", "2023-04-15", "The sector boomed in the 1990s.", [{ text: "the 1990s", from: "1990-01-01", to: "1999-12-31", precision: "decade" }]],
  ["an age in the 50s is not a decade", "2023-04-15", "The founder, in his 50s, resigned.", []],
  ["a year range is one interval", "2023-04-15", "He led the firm from 2015 to 2018.", [{ text: "2015 to 2018", from: "2015-01-01", to: "2018-12-31" }]],
  ["a year as an adjective", "2023-04-15", "The 2016 election changed everything.", [{ text: "2016", from: "2016-01-01", to: "2016-12-31" }]],
  ["Thanksgiving of a stated year", "2023-04-15", "Sales spiked on Thanksgiving 2016.", [{ text: "Thanksgiving 2016", from: "2016-11-24", to: "2016-11-24" }]],
  ["last Easter", "2023-04-15", "He tweeted last Easter.", [{ text: "last Easter", from: "2023-04-09", to: "2023-04-09" }]],
  ["before gives an open past", "2023-04-15", "Before 2020, the firm published nothing.", [{ text: "2020", from: null, to: "2019-12-31" }]],
  ["after gives an open future", "2023-04-15", "After 2018, he stopped funding it.", [{ text: "2018", from: "2019-01-01", to: null }]],
  ["a day range before the month", "2023-04-15", "The summit runs from 10 to 22 August 2024.", [{ text: "10 to 22 August 2024", from: "2024-08-10", to: "2024-08-22" }]],
  ["a day with dashes", "2023-04-15", "Filed on 09-JAN-2017 with the SEC.", [{ text: "09-JAN-2017", from: "2017-01-09", to: "2017-01-09" }]],
  ["the end of the year", "2023-04-15", "The model ships by the end of the year.", [{ text: "the end of the year", from: "2023-04-15", to: "2023-12-31", precision: "vague" }]],
  ["a month with 'last year' is one expression", "2023-07-13", "He bought Twitter in October last year.", [{ text: "October last year", from: "2022-10-01", to: "2022-10-31", anchor: "publication" }]],
  ["a past-tense sentence leans to the past", "2023-07-13", "He announced the deal in October.", [{ text: "October", from: "2022-10-01", to: "2022-10-31" }]],
  ["a near date in a past-tense sentence can still be ahead", "2023-07-13", "The company said it would share details on July 14.", [{ text: "July 14", from: "2023-07-14", to: "2023-07-14" }]],
  ["a year after 'since' does not give its year to a later month", "2023-07-13", "Microsoft has invested since 2019, including $10 billion announced in January.", [
    { text: "2019", from: "2019-01-01", to: "2023-07-13" },
    { text: "January", from: "2023-01-01", to: "2023-01-31" },
  ]],
];

const notYears: [string, string][] = [
  ["counts", "The company bought 10,000 GPUs and employs 2,000 people."],
  ["a 4-digit count before a noun", "More than 2000 employees left Twitter."],
  ["a duration", "He worked for two years at Tesla and has 10 years of experience."],
  ["an age", "A 51-year-old engineer was hired."],
];

describe("en times: calendar dates", () => {
  for (const [name, published, sentence, want] of cases) it(name, () => check(extractTimes, published, sentence, want));
  for (const [name, sentence] of notYears) it(`finds no time in ${name}`, () => check(extractTimes, "2023-04-15", sentence, []));
});
