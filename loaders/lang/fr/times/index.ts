// The French time-expression extractor: parsers in order, then the shared refiners
// (loaders/lang/common/times.ts). Overlapping results keep the longest span; on equal spans the
// parser listed first wins, which is why the order below matters:
// - calendar dates before the relative and event parsers (a stated date beats an inference);
// - year cues and ranges before the bare-year parser (same span "2015", but the cue carries
//   "depuis"/"d'ici" and the range knows both ends);
// - durations and clock times last: they only win where nothing else claims a longer span, so
//   "il y a deux ans" and "deux ans plus tard" are times while "pendant deux ans" stays a duration.
import { alt, anchored, extractWith, holidayParser, makeContext, storyTimes, type Parser, type Tense, type TimeResult } from "../../common/times.ts";
import { HOLIDAYS, HOLIDAYS_CAPITAL_ONLY } from "./constants.ts";
import type { Reference, TimeFound } from "../../pack.ts";
import { bareYear, dayBeforeMonth, dayMonth, decade, shortYear, monthYear, numericDate, quarter, season, yearCue, yearPart, yearRangeFirst, yearRangeSecond } from "./absolute.ts";
import { ago, deictic, eventAdverb, future, inUnits, past, present, recent, thisDayPart, unitRelative, unitsLater, weekdayParser } from "./relative.ts";
import { clock, dayPart, duration, durationRangeStart, set, temporalWord } from "./other.ts";
import { MONTH, MONTH_ABBR, WEEKDAY, tenseFr } from "./util.ts";

// Anchors: the words each expression cannot do without. The full patterns (with their optional cues
// in front) run only on windows around these hits: one cheap scan per parser instead of a costly one.
// A month word ends where letters stop ("mai", not "mais" or "maison"): every pattern reads whole month words.
const MONTHS_A = `(?:${MONTH}|${MONTH_ABBR})(?![\\p{L}])`;
// A 4-digit year 1000–2099 (ranges and cues sit within the window before it).
const YEAR4 = "(?:1\\d|20)\\d\\d(?!\\d)";
const UNIT_WORDS = "ans?(?![\\p{L}])|ann[ée]es?|mois|jours?|journ[ée]es?|semaines?|heures?|minutes?|secondes?|d[ée]cennies?|si[èe]cles?|trimestres?|semestres?|demi|quart|quinquennat|septennat|mandat";

export const parsers: readonly Parser[] = [
  // Calendar dates (absolute).
  anchored(dayMonth, MONTHS_A),
  anchored(dayBeforeMonth, MONTHS_A),
  anchored(numericDate, "\\d[/.-]\\d"),
  anchored(monthYear, MONTHS_A),
  anchored(season, "printemps|[ée]t[ée]|automne|hiver"),
  anchored(holidayParser("fr/holiday", HOLIDAYS, { before: "à|a|pour|avant|après|apres|depuis|dès|jusqu['’]à", det: "le|la|l['’]|cette|ce|cet", past: "derni(?:er|ère)", future: "prochaine?", capitalOnly: HOLIDAYS_CAPITAL_ONLY }), alt(Object.keys(HOLIDAYS))),
  anchored(quarter, "trimestre|semestre|[TQSH][1-4]"),
  anchored(decade, "ann[ée]es|si[èe]cle"),
  anchored(yearPart, YEAR4),
  anchored(yearRangeFirst, YEAR4),
  anchored(yearRangeSecond, YEAR4),
  anchored(yearCue, YEAR4),
  anchored(shortYear, "['’]?\\d\\d(?!\\d)"),
  bareYear,
  // Relative to the publication.
  deictic,
  thisDayPart,
  anchored(unitRelative, "jour|semaine|mois|ann[ée]e|an(?![\\p{L}])|week-?end|trimestre|semestre|d[ée]cennie"),
  ago,
  inUnits,
  anchored(recent, "r[ée]cemment|derni|peu|pass[ée]"),
  past,
  anchored(weekdayParser, WEEKDAY),
  // Relative to the previous date of the text.
  anchored(unitsLater, "tard|t[ôo]t|auparavant|arri[èe]re|apr[èe]s|avant"),
  anchored(eventAdverb, "suite|lors|tard|apr[èe]s|[ée]poque|moment|lendemain|veille|jour(?![\\p{L}])|surlendemain|avant-veille|m[êe]me"),
  anchored(dayPart, "nuit|soir[ée]e|matin[ée]e|apr[èe]s-midi|lendemain"),
  // Recognised so that they do not become dates; kept for the TIMEX3 benchmark.
  anchored(present, "actuel|heure|moment|pr[ée]sent|d[ée]sormais|dor[ée]navant|instant|maintenant|nos\\s+jours"),
  anchored(future, "avenir|futur|prochain"),
  anchored(duration, UNIT_WORDS),
  anchored(durationRangeStart, UNIT_WORDS),
  anchored(clock, "\\d\\s*h|\\d:\\d|heures|midi|minuit"),
  anchored(set, "chaque|tous|toutes|par\\s+(?:an|jour|semaine|mois|trimestre|semestre)(?![\\p{L}])|hebdomadaire|mensuel|annuel"),
  anchored(temporalWord, "actuel|nouvellement|pr[ée]c[ée]dent|avenir|futur|prochain|nocturne"),
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
  return extractWith(parsers, text, makeContext(text, reference, options.direction === "future" ? always : tenseFr));
}

/** The Story's time expressions: dates and periods, resolved against the publication date. */
export function extractTimes(text: string, reference: Reference, options: TimeOptions = {}): TimeFound[] {
  return storyTimes(extractTimex(text, reference, options), text);
}
