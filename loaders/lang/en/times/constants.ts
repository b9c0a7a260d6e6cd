// English word lists for the time extractors (typed data; the parsers only build patterns from them).
import type { Grain, Part, Season } from "../../common/times.ts";
import type { HolidayId } from "../../common/times-holidays.ts";

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** Abbreviations: only read next to a day number or a year ("Apr. 11", "Sept 2022"). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month names that are also other words ("may" the verb, "march" the verb, "April" and "June" the names,
 * "august" the adjective): read alone only capitalised and after a cue ("in May", "last March"). */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(["may", "march", "april", "june", "august"]);

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6,
};

export const SEASONS: Readonly<Record<string, Season>> = { spring: "spring", summer: "summer", fall: "autumn", autumn: "autumn", winter: "winter" };

export const UNITS: Readonly<Record<string, Grain>> = {
  day: "day", days: "day", week: "week", weeks: "week", month: "month", months: "month", quarter: "quarter", quarters: "quarter",
  year: "year", years: "year", decade: "decade", decades: "decade",
};

/** Units of durations (TIMEX3 value letter and whether it is a time unit: PT...). */
export const DURATION_UNITS: Readonly<Record<string, [string, boolean]>> = {
  second: ["S", true], seconds: ["S", true], minute: ["M", true], minutes: ["M", true], hour: ["H", true], hours: ["H", true],
  day: ["D", false], days: ["D", false], week: ["W", false], weeks: ["W", false], month: ["M", false], months: ["M", false],
  quarter: ["Q", false], quarters: ["Q", false], year: ["Y", false], years: ["Y", false], decade: ["DE", false], decades: ["DE", false],
  century: ["CE", false], centuries: ["CE", false],
};

/** Number words up to what time expressions use (the words the patterns accept; their values come from ../numbers.ts first). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, "twenty-five": 25,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, "a hundred": 100, "a dozen": 12, dozen: 12, "a couple of": 2, "a couple": 2,
};

/** Vague counts: the low and high number they stand for ("a few months ago"). */
export const VAGUE_COUNTS: Readonly<Record<string, [number, number]>> = {
  "a few": [2, 6], few: [2, 6], several: [2, 9], some: [2, 9], many: [3, 20], "a number of": [2, 9],
};

export const PARTS: Readonly<Record<string, Part>> = {
  early: "start", "the beginning of": "start", "beginning of": "start", "the start of": "start", "start of": "start", "the early part of": "start",
  mid: "mid", "the middle of": "mid", "middle of": "mid", "the mid": "mid",
  late: "end", "the end of": "end", "end of": "end", "the late": "end", "the latter part of": "end", "the close of": "end",
};

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, last: 4,
};

export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990,
};

/** Function words that may follow a bare year; any other word after a bare 4-digit number makes it a count. */
export const AFTER_YEAR_OK: ReadonlySet<string> = new Set([
  "and", "or", "to", "in", "on", "at", "of", "for", "by", "with", "from", "when", "while", "as", "but", "then", "after", "before",
  "the", "a", "an", "he", "she", "it", "they", "we", "who", "which", "that", "was", "were", "is", "had", "has", "saw", "through", "until",
]);

/** Words that make a following 4-digit number a count or a label, not a year ("more than 2000"). */
export const BEFORE_COUNT: ReadonlySet<string> = new Set([
  "than", "about", "around", "nearly", "almost", "some", "approximately", "roughly", "over", "under", "no", "number", "page", "pages",
  "article", "section", "chapter", "version", "model", "total", "top", "route", "flight", "room", "suite", "at", "to", "x", "times",
]);

/** Holidays by their English names. */
export const HOLIDAYS: Readonly<Record<string, HolidayId>> = {
  christmas: "christmas", "christmas day": "christmas", xmas: "christmas", "christmas eve": "christmas-eve", "new year's day": "new-year",
  "new years day": "new-year", "new year's eve": "new-year-eve", "new years eve": "new-year-eve", halloween: "halloween",
  "valentine's day": "valentine", "valentines day": "valentine", "independence day": "us-independence", "fourth of july": "us-independence",
  "july 4th": "us-independence", "bastille day": "bastille", "all saints' day": "all-saints", "all saints day": "all-saints",
  "may day": "may-day", "armistice day": "armistice", "veterans day": "armistice", easter: "easter", "easter sunday": "easter",
  "easter monday": "easter-monday", "good friday": "good-friday", "ascension day": "ascension", pentecost: "pentecost",
  "whit monday": "whit-monday", thanksgiving: "thanksgiving", "thanksgiving day": "thanksgiving", "black friday": "black-friday",
  "cyber monday": "cyber-monday", "labor day": "labor-day-us", "labour day": "labor-day-us", "memorial day": "memorial-day",
  "mlk day": "mlk-day", "martin luther king day": "mlk-day", "martin luther king jr. day": "mlk-day", "presidents' day": "presidents-day",
  "presidents day": "presidents-day",
};
/** Holiday names that are also common words: read only when capitalised. */
export const HOLIDAYS_CAPITAL_ONLY: ReadonlySet<string> = new Set(["may day", "independence day", "labor day", "labour day"]);
