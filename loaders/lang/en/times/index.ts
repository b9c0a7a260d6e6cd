// The English time-expression extractor: parsers in order, then the shared refiners
// (loaders/lang/common/times.ts). Overlapping results keep the longest span; on equal spans the
// parser listed first wins, which is why the order below matters:
// - calendar dates before the relative and event parsers (a stated date beats an inference);
// - year cues and ranges before the bare-year parser (same span "2015", but the cue carries
//   "since"/"by" and the range knows both ends);
// - durations and clock times last: they only win where nothing else claims a longer span, so
//   "two years ago" and "two years later" are times while "for two years" stays a duration.
import { alt, anchored, extractWith, holidayParser, makeContext, storyTimes, type Parser, type Tense, type TimeResult } from "../../common/times.ts";
import { HOLIDAYS, HOLIDAYS_CAPITAL_ONLY } from "./constants.ts";
import type { Reference, TimeFound } from "../../pack.ts";
import { bareYear, shortYear, dayBeforeMonth, dayMonth, decade, monthYear, numericDate, quarter, season, yearCue, yearPart, yearRangeFirst, yearRangeSecond } from "./absolute.ts";
import { ago, deictic, eventAdverb, future, inUnits, past, present, recent, thisDayPart, unitRelative, unitsLater, weekdayParser } from "./relative.ts";
import { clock, dayPart, duration, set } from "./other.ts";
import { MONTH, MONTH_ABBR, WEEKDAY_FULL, tenseEn } from "./util.ts";

// Anchors: the words each expression cannot do without. The full patterns (with their optional cues
// in front) run only on windows around these hits: one cheap scan per parser instead of a costly one.
// A month word ends where letters stop ("May", not "Mayor" or "Maybe"): every pattern reads whole month words.
const MONTHS_A = `(?:${MONTH}|${MONTH_ABBR})(?![\\p{L}])`;
// A 4-digit year 1000–2099 (ranges and cues sit within the window before it).
const YEAR4 = "(?:1\\d|20)\\d\\d(?!\\d)";
const UNIT_WORDS = "years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?|half|hour";

export const parsers: readonly Parser[] = [
  // Calendar dates (absolute).
  anchored(dayMonth, MONTHS_A),
  anchored(dayBeforeMonth, MONTHS_A),
  anchored(numericDate, "\\d[/-]\\d"),
  anchored(monthYear, MONTHS_A),
  anchored(season, "spring|summer|fall|autumn|winter"),
  anchored(holidayParser("en/holiday", HOLIDAYS, { before: "at|on|for|by|before|after|since|over|until|around", det: "the|this|last|next|coming", past: "past", future: "coming", capitalOnly: HOLIDAYS_CAPITAL_ONLY }), alt(Object.keys(HOLIDAYS))),
  anchored(quarter, "quarter|half|[QH][1-4]"),
  anchored(decade, "\\d0['’]?s|['’]\\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\\d{1,2}(?:st|nd|rd|th)\\s+century"),
  anchored(yearPart, YEAR4),
  anchored(yearRangeFirst, YEAR4),
  anchored(yearRangeSecond, YEAR4),
  anchored(yearCue, YEAR4),
  anchored(shortYear, "['’]\\d"),
  bareYear,
  // Relative to the publication.
  anchored(deictic, "yesterday|today|tonight|tomorrow|night"),
  anchored(thisDayPart, "morning|afternoon|evening|night"),
  anchored(unitRelative, "week|weekend|month|quarter|year|decade"),
  anchored(ago, "ago"),
  anchored(inUnits, UNIT_WORDS),
  anchored(recent, "recent|lately|late|past|last"),
  anchored(past, "previously|past|formerly|now|hitherto"),
  anchored(weekdayParser, WEEKDAY_FULL),
  // Relative to the previous date of the text.
  anchored(unitsLater, "later|earlier|after|before|prior"),
  anchored(eventAdverb, "after|subsequently|later|since|thereafter|time|then|point|day|eve"),
  anchored(dayPart, "morning|afternoon|evening|night"),
  // Recognised so that they do not become dates; kept for the TIMEX3 benchmarks.
  anchored(present, "current|now|present|moment|days|time|recent|ongoing"),
  anchored(future, "future|soon|coming|next"),
  anchored(duration, UNIT_WORDS),
  anchored(clock, "\\d|noon|midnight|midday"),
  anchored(set, "every|each|daily|weekly|monthly|annual|yearly|quarterly|per|a\\s+(?:day|week|month|year)"),
];

export interface TimeOptions {
  /** How to resolve a date whose direction nothing states ("mardi", "le 5 juillet"): "tense" reads the
   * sentence's tense and otherwise prefers the past (news, the default); "future" always looks ahead,
   * as assistant-style parsers do (used to measure against their suites). */
  direction?: "tense" | "future";
}

const always = (): Tense => "future";

/** Every TIMEX3-like expression: dates, times, durations, sets (for benchmarks and debugging). */
export function extractTimex(text: string, reference: Reference, options: TimeOptions = {}): TimeResult[] {
  return extractWith(parsers, text, makeContext(text, reference, options.direction === "future" ? always : tenseEn));
}

/** The Story's time expressions: dates and periods, resolved against the publication date. */
export function extractTimes(text: string, reference: Reference, options: TimeOptions = {}): TimeFound[] {
  return storyTimes(extractTimex(text, reference, options), text);
}
