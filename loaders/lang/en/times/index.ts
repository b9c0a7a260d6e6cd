// The English time-expression extractor: parsers in order, then the shared refiners
// (loaders/lang/common/times.ts). Overlapping results keep the longest span; on equal spans the
// parser listed first wins, which is why the order below matters:
// - calendar dates before the relative and event parsers (a stated date beats an inference);
// - year cues and ranges before the bare-year parser (same span "2015", but the cue carries
//   "since"/"by" and the range knows both ends);
// - durations and clock times last: they only win where nothing else claims a longer span, so
//   "two years ago" and "two years later" are times while "for two years" stays a duration.
import { extractWith, holidayParser, makeContext, storyTimes, type Parser, type TimeResult } from "../../common/times.ts";
import { HOLIDAYS, HOLIDAYS_CAPITAL_ONLY } from "./constants.ts";
import type { Reference, TimeFound } from "../../pack.ts";
import { bareYear, shortYear, dayMonth, decade, monthYear, numericDate, quarter, season, yearCue, yearPart, yearRangeFirst, yearRangeSecond } from "./absolute.ts";
import { ago, deictic, eventAdverb, future, inUnits, past, present, recent, thisDayPart, unitRelative, unitsLater, weekdayParser } from "./relative.ts";
import { clock, dayPart, duration, set } from "./other.ts";
import { futureEn } from "./util.ts";

export const parsers: readonly Parser[] = [
  // Calendar dates (absolute).
  dayMonth,
  numericDate,
  monthYear,
  season,
  holidayParser("en/holiday", HOLIDAYS, { before: "at|on|for|by|before|after|since|over|until|around", det: "the|this|last|next|coming", past: "past", future: "coming", capitalOnly: HOLIDAYS_CAPITAL_ONLY }),
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
  // Recognised so that they do not become dates; kept for the TIMEX3 benchmarks.
  present,
  future,
  duration,
  clock,
  set,
];

/** Every TIMEX3-like expression: dates, times, durations, sets (for benchmarks and debugging). */
export function extractTimex(text: string, reference: Reference): TimeResult[] {
  return extractWith(parsers, text, makeContext(text, reference, futureEn));
}

/** The Story's time expressions: dates and periods, resolved against the publication date. */
export function extractTimes(text: string, reference: Reference): TimeFound[] {
  return storyTimes(extractTimex(text, reference), text);
}
