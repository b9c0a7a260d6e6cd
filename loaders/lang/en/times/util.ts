// Pattern fragments and small readers shared by the English time parsers.
import { parseNumber } from "../numbers.ts";
import { alt, norm, type Context, type Part } from "../../common/times.ts";
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

export function dirOf(s: string | undefined, ctx: Context, index: number): "past" | "future" | "nearest" {
  if (s) return /^(?:last|past)/i.test(s) ? "past" : "future";
  return ctx.future(index) ? "future" : "nearest";
}

const FUTURE = /(?<![\p{L}])(?:will|shall|['’]ll|going\s+to|is\s+set\s+to|are\s+set\s+to|scheduled|slated|expected\s+to|plans?\s+to|planning\s+to|upcoming|due\s+to\s+(?!the)|next)(?![\p{L}])/iu;
const PAST = /(?<![\p{L}])(?:was|were|had|did|said|yesterday|last|ago)(?![\p{L}])/iu;

export function futureEn(text: string, index: number): boolean {
  let s = index;
  while (s > 0 && index - s < 300 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = index;
  while (e < text.length && e - index < 300 && !/[.!?\n]/.test(text[e])) e++;
  const sentence = text.slice(s, e);
  return FUTURE.test(sentence) && !PAST.test(sentence);
}

export { WEEKDAYS };
