// English word lists of the figures extractors, as typed data. Words are folded (lowercase, no
// accents). Ambiguous words sit in explicit lists with the reason.
import type { VagueSpec } from "../../common/figures.ts";

const list = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Plural magnitudes ("thousands of", "tens of millions of") and singular ones after "several" /
 *  "a few" ("several million", "a few hundred") -> [low, high]. */
export const VAGUE_PLURAL: Record<string, [number, number]> = {
  tens: [10, 100],
  dozens: [24, 144],
  hundreds: [100, 1e3],
  thousands: [1e3, 1e4],
  millions: [1e6, 1e7],
  billions: [1e9, 1e10],
  trillions: [1e12, 1e13],
  hundred: [100, 1e3],
  thousand: [1e3, 1e4],
  million: [1e6, 1e7],
  billion: [1e9, 1e10],
  trillion: [1e12, 1e13],
};

export const VAGUE_APPROX: Record<string, number> = { dozen: 12 };

export const VAGUE_SCALE: Record<string, number> = {
  thousands: 1e3, millions: 1e6, billions: 1e9, thousand: 1e3, million: 1e6, billion: 1e9,
};

const B = "[\\s\\u00A0]+";
export const VAGUE: VagueSpec = {
  pattern: new RegExp(
    "(?<![\\p{L}])(?:" +
      // "several million", "a few hundred thousand"
      `(?:several|a${B}few|a${B}couple${B}of)${B}(?<mag1>hundred|thousand|million|billion|trillion)(?:${B}(?<mult1>thousand|million|billion))?` +
      // "a dozen"
      `|an?${B}(?<mag2>dozen)` +
      // "thousands of", "tens of millions of", "several hundred"
      `|(?:(?:several|many|some)${B})?(?<mag3>tens|dozens|hundreds|thousands|millions|billions|trillions)(?:${B}of${B}(?<mult3>thousands|millions|billions))?` +
      ")(?![\\p{L}])",
    "giu",
  ),
  plural: VAGUE_PLURAL,
  approx: VAGUE_APPROX,
  scale: VAGUE_SCALE,
};

/** Adjectives that may stand between a number and its noun ("two new engineers"). */
export const PRE_ADJECTIVES = list(`
  new more additional other extra top senior former major key big large small leading different
  separate prominent powerful advanced existing potential active monthly daily weekly full-time
  high-end young own total current remaining most largest biggest best richest greatest wealthiest
  highest fastest newest oldest
`);

/** Words that are never the counted noun right after a number. */
export const STOP_WORDS = list(`
  of the a an and or to in on at for by with from as is are was were be been being has have had
  will would could can may might should must more less than times that which who whom whose this
  these those it its their his her they we you he she per each apiece so such also only just
  still already ago later earlier before after into over under about around up down out off
  through since until while but if not no all both either neither another what including among
  between against during without within across behind beyond near instead like unlike via vs
  versus said says say percent per cent am pm other others last first next then there here when
  where why how did does do yet ever even almost nearly roughly once twice alone together
  respectively apiece plus minus
  said met spoke went took made built told left sold bought won lost ran got found saw came became
  began held paid led sent fought agreed joined signed sued
`);

/** Time units: "two years" is a duration (times[] or nothing), not a figure. */
export const TIME_UNITS = list(`
  year years month months week weeks day days hour hours minute minutes second seconds decade
  decades century centuries quarter quarters night nights weekend weekends am pm o'clock
  yr yrs monday tuesday wednesday thursday friday saturday sunday
`);

export const MONTHS = list(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

const end = (alts: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${alts})[\\s\\u00A0]*$`, "iu");

export const APPROX_BEFORE = end(
  ["nearly", "almost", "about", "around", "roughly", "approximately", "some", "close to", "an estimated",
    "estimated", "circa", "more or less", "upward of", "~"].join("|"),
);
export const MIN_BEFORE = end(
  ["more than", "over", "at least", "upwards of", "no less than", "not less than", "in excess of", "above",
    "exceeding", "north of", "a minimum of", "greater than", "higher than", "well over", "just over"].join("|"),
);
export const MAX_BEFORE = end(
  ["less than", "fewer than", "under", "up to", "at most", "no more than", "not more than", "below",
    "a maximum of", "lower than", "as many as", "as much as", "just under"].join("|"),
);

export const RANGE_OPEN = /(?<![\p{L}])(?:between|from)[\s\u00A0]*$/iu;
export const RANGE_MID = /^[\s\u00A0]*(?:and|to|-|–)[\s\u00A0]*$/u;
export const RANGE_MID_ALONE = /^[\s\u00A0]*(?:to|-|–)[\s\u00A0]*$/u;

export const YEAR_BEFORE = /(?<![\p{L}])(?:in|since|by|until|till|from|to|between|and|before|after|early|late|mid|year|years|of|the|around|circa|spring|summer|fall|autumn|winter)[\s\u00A0-]*$/iu;
export const LABEL_BEFORE = /(?:#|(?<![\p{L}])(?:(?:one|1)[\s\u00A0]+(?:in|out[\s\u00A0]+of)|no\.|nos\.|nr\.|number|article|page|chapter|version|season|episode|level|step|section|v\.?|fig\.?|figure|table|route|grade|class|the\s+top|top))[\s\u00A0]*$/iu;

/** Words before a bare number that make it share the unit of the figure before it. */
export const INHERIT_CUE = /(?<![\p{L}])(?:to|from|and|or|including|versus|vs\.?|against|compared (?:with|to)|than|then|after|before)[\s\u00A0]*$/iu;

/** A percent word before its number ("per cent of twenty-two"). */
export const PERCENT_BEFORE = /(?<![\p{L}])(?:per[\s\u00A0]*cents?|percents?|percentages?)[\s\u00A0]+of[\s\u00A0]+$/iu;

/** Words that announce an amount of money: a bare "86 milliards" after them takes the article's currency. */
export const MONEY_CUE = /(?<![\p{L}])(?:valu\p{L}*|rais\p{L}*|invest\p{L}*|spen[dt]\p{L}*|pa(?:y|id)\p{L}*|bought|buy\p{L}*|sold|sell\p{L}*|cost\p{L}*|revenues?|sales|loss\p{L}*|lost|profits?|fines?|fined|worth|budget|funding|financing|market cap\p{L}*|fortune|price\p{L}*|debt)(?![\p{L}])/iu;

export const CONNECTOR = /of[\s\u00A0]+/uy;

/** Singular of a folded English word (for lexicon keys): "companies" -> "company", "GPUs" -> "gpu". */
export function singular(w: string): string {
  if (w.length <= 3) return w.endsWith("s") && w.length === 3 ? w : w;
  if (/ies$/.test(w)) return w.slice(0, -3) + "y";
  if (/(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/ss$/.test(w) && !SINGULAR_IN_S.has(w)) return w.slice(0, -1);
  return w;
}

/** Words ending in -s that are singular (or have no singular): kept as they are. */
const SINGULAR_IN_S = list(`
  status campus virus bus bonus census consensus corpus nexus focus analysis basis crisis thesis axis
  chassis series species news gas plus minus this its his us was has is does lens atlas canvas
  alias bias
`);

/** Irregular plurals of nouns that may be counted. */
const IRREGULAR: Record<string, string> = { people: "person", men: "man", women: "woman", children: "child" };

/** An unknown English noun: its singular ("options" -> "option"). */
export function unknownUnit(word: string): string | null {
  if (/ly$/.test(word) && word.length > 4) return null; // adverbs
  if (/ed$/.test(word) && word.length >= 4) return null; // past tenses and participles ("sued", "acquired")
  if (/ing$/.test(word) && word.length > 5) return null; // gerunds
  return IRREGULAR[word] ?? singular(word);
}
