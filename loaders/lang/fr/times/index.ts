// The French time-expression extractor: parsers in order, then the shared refiners
// (loaders/lang/common/times.ts). Overlapping results keep the longest span; on equal spans the
// parser listed first wins, which is why the order below matters:
// - calendar dates before the relative and event parsers (a stated date beats an inference);
// - year cues and ranges before the bare-year parser (same span "2015", but the cue carries
//   "depuis"/"d'ici" and the range knows both ends);
// - durations and clock times last: they only win where nothing else claims a longer span, so
//   "il y a deux ans" and "deux ans plus tard" are times while "pendant deux ans" stays a duration.
import { extractWith, holidayParser, makeContext, storyTimes, type Parser, type TimeResult } from "../../common/times.ts";
import { HOLIDAYS, HOLIDAYS_CAPITAL_ONLY } from "./constants.ts";
import type { Reference, TimeFound } from "../../pack.ts";
import { bareYear, dayBeforeMonth, dayMonth, decade, shortYear, monthYear, numericDate, quarter, season, yearCue, yearPart, yearRangeFirst, yearRangeSecond } from "./absolute.ts";
import { ago, deictic, eventAdverb, future, inUnits, past, present, recent, thisDayPart, unitRelative, unitsLater, weekdayParser } from "./relative.ts";
import { clock, dayPart, duration, durationRangeStart, set, temporalWord } from "./other.ts";
import { futureFr } from "./util.ts";

export const parsers: readonly Parser[] = [
  // Calendar dates (absolute).
  dayMonth,
  dayBeforeMonth,
  numericDate,
  monthYear,
  season,
  holidayParser("fr/holiday", HOLIDAYS, { before: "à|a|pour|avant|après|apres|depuis|dès|jusqu['’]à", det: "le|la|l['’]|cette|ce|cet", past: "derni(?:er|ère)", future: "prochaine?", capitalOnly: HOLIDAYS_CAPITAL_ONLY }),
  quarter,
  decade,
  yearPart,
  yearRangeFirst,
  yearRangeSecond,
  yearCue,
  shortYear,
  bareYear,
  // Relative to the publication.
  deictic,
  thisDayPart,
  unitRelative,
  ago,
  inUnits,
  recent,
  past,
  weekdayParser,
  // Relative to the previous date of the text.
  unitsLater,
  eventAdverb,
  dayPart,
  // Recognised so that they do not become dates; kept for the TIMEX3 benchmark.
  present,
  future,
  duration,
  durationRangeStart,
  clock,
  set,
  temporalWord,
];

/** Every TIMEX3-like expression: dates, times, durations, sets (for benchmarks and debugging). */
export function extractTimex(text: string, reference: Reference): TimeResult[] {
  return extractWith(parsers, text, makeContext(text, reference, futureFr));
}

/** The Story's time expressions: dates and periods, resolved against the publication date. */
export function extractTimes(text: string, reference: Reference): TimeFound[] {
  return storyTimes(extractTimex(text, reference), text);
}
