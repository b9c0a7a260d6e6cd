// Pattern fragments and small readers shared by the English time parsers.
import { parseNumber } from "../numbers.ts";
import { alt, norm, sentenceMark, type Context, type Part, type Tense } from "../../common/times.ts";
import { AMBIGUOUS_MONTHS, MONTHS, MONTH_ABBREVIATIONS, NUMBER_WORDS, PARTS, UNITS, WEEKDAYS } from "./constants.ts";

export const AP = "['’]";
export const MONTH = alt(Object.keys(MONTHS));
export const MONTH_ABBR = alt(Object.keys(MONTH_ABBREVIATIONS));
export const WEEKDAY = alt([...Object.keys(WEEKDAYS), "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]);
export const WEEKDAY_FULL = alt(Object.keys(WEEKDAYS));
export const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
export const YEAR = "(?:1\\d{3}|20\\d\\d)(?![,.]\\d)";
/** A two-digit year: with an apostrophe ("'23"), or before punctuation or the end ("Aug 9, 96."). */
export const YEAR2 = "(?:['’]\\d{2}|\\d{2}(?=\\s*[,.;:)]|\\s*$))";
export const NUM = `(?:\\d{1,3}|${alt(Object.keys(NUMBER_WORDS))})`;
export const UNIT = alt(Object.keys(UNITS));
export const PART = alt(Object.keys(PARTS));
export const DIR = "(?:last|next|past|this|coming)";

export function monthOf(word: string): number | undefined {
  const w = norm(word).replace(/\.$/, "");
  return MONTHS[w] ?? MONTH_ABBREVIATIONS[w];
}

/** An ambiguous month ("May", "March") needs a capital letter, and a cue when alone. */
export const ambiguousMonth = (word: string): boolean => AMBIGUOUS_MONTHS.has(norm(word));
export const capitalised = (word: string): boolean => word[0] !== word[0].toLowerCase();

export function dayOf(s: string): number {
  return Number(s.replace(/(?:st|nd|rd|th)$/i, ""));
}

/** A count in a time expression: the language's number reader, then this pack's words ("a", "an"). */
export function numberOf(s: string): number | null {
  const w = norm(s);
  if (/^\d+$/.test(w)) return Number(w);
  return parseNumber(w) ?? NUMBER_WORDS[w] ?? null;
}

export function year2(s: string): number {
  const n = Number(s.replace(/['’]/g, ""));
  return s.replace(/['’]/g, "").length >= 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

export const partOfWord = (s: string | undefined): Part | undefined => (s ? PARTS[norm(s).replace(/-$/, "")] : undefined);

export function dirOf(s: string | undefined, ctx: Context, index: number): "past" | "future" | "nearest" | "pastish" {
  if (s) return /^(?:last|past)/i.test(s) ? "past" : "future";
  return ctx.future(index) ? "future" : ctx.past(index) ? "pastish" : "nearest";
}

const FUTURE = /(?<![\p{L}])(?:will|shall|['’]ll|going\s+to|is\s+set\s+to|are\s+set\s+to|scheduled|slated|expected\s+to|plans?\s+to|planning\s+to|upcoming|due\s+to\s+(?!the)|next)(?![\p{L}])/iu;
/** Past-tense words: auxiliaries, common irregular verbs, and "-ed" forms other than the adjectives
 * and participles that look ahead ("expected", "scheduled"). */
/** Words that rule out a future reading of the sentence. */
const PAST_STRONG = /(?<![\p{L}])(?:was|were|had|did|said|yesterday|last|ago)(?![\p{L}])/iu;
const PAST = /(?<![\p{L}])(?:was|were|had|did|said|told|yesterday|ago|bought|sold|made|took|left|gave|became|began|came|went|grew|rose|fell|paid|spent|won|lost|built|brought|met|led|ran|wrote|sent|hit|cut|set\s+up|laid|held|struck|sought|saw|chose|froze|shut|quit|thought|fought|bought|(?:has|have)\s+(?:been|done|gone|taken|given|shown|grown|seen|known|chosen|written|begun|fallen|risen|frozen)|(?!(?:expect|schedul|plann|slat|bas|need|feed|speed|seed|hundr|unit|limit|embed|proceed|succeed|exceed|indeed|red)ed)\p{L}{2,}ed)(?![\p{L}])/iu;

/** The tense of the sentence around an offset: future forms and no past ones, or the reverse. */
export function tenseEn(text: string, index: number): Tense {
  let s = index;
  while (s > 0 && index - s < 300 && !sentenceMark(text.charCodeAt(s - 1))) s--;
  let e = index;
  while (e < text.length && e - index < 300 && !sentenceMark(text.charCodeAt(e))) e++;
  const sentence = text.slice(s, e);
  const f = FUTURE.test(sentence);
  if (f) return PAST_STRONG.test(sentence) ? null : "future";
  return PAST.test(sentence) ? "past" : null;
}

export { WEEKDAYS };
