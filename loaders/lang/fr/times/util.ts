// Pattern fragments and small readers shared by the French time parsers.
import { parseNumber } from "../numbers.ts";
import { alt, norm, sentenceMark, type Context, type Tense } from "../../common/times.ts";
import { AMBIGUOUS_MONTHS, MONTHS, MONTH_ABBREVIATIONS, NUMBER_WORDS, PARTS, UNITS, WEEKDAYS } from "./constants.ts";
import type { Part } from "../../common/times.ts";

export const AP = "['’]";
export const MONTH = alt(Object.keys(MONTHS));
export const MONTH_ABBR = alt(Object.keys(MONTH_ABBREVIATIONS));
export const WEEKDAY = alt(Object.keys(WEEKDAYS));
export const DAY = "(?:1er|premier|[12]\\d|3[01]|0?[1-9])";
/** A year with a cue in front ("en 1492"): 1000–2099. */
export const YEAR = "(?:1\\d{3}|20\\d\\d)(?![,.]\\d)";
/** A two-digit year only after a month and before punctuation ("octobre 98.", "mars '23"). */
export const YEAR2 = "(?:['’]\\d{2}|\\d{2}(?=\\s*[,.;:)»]|\\s*$))";
export const NUM = `(?:\\d{1,3}|${alt(Object.keys(NUMBER_WORDS))})`;
export const UNIT = alt(Object.keys(UNITS));
export const PART = alt(Object.keys(PARTS));
/** Parts as they start a span: the preposition in front ("à la fin", "au début") is left out of the span. */
export const PART_CORE = alt(["début", "debut", "mi", "milieu", "fin", "la fin", "le début", "le milieu", "la mi"]);
/** Prepositions in front of a date: signals, not part of the expression's span (TimeML). */
export const PREP = `(?:(?<prep>à|a|au|aux|en|dès|dans|vers|pour|durant|pendant|courant|jusqu${AP}à|jusqu${AP}au)\\s+)?`;
/** "dernier" / "prochain" after a date, any gender and number. */
export const DIR = "(?:derni[eè]re?s?|prochaine?s?|pass[ée]e?s?)";

export function monthOf(word: string): number | undefined {
  const w = norm(word).replace(/\.$/, "");
  return MONTHS[w] ?? MONTH_ABBREVIATIONS[w];
}

/** A capitalised ambiguous month ("Mars", "Mai") alone is a name, not a month. */
export function ambiguousAlone(word: string): boolean {
  return AMBIGUOUS_MONTHS.has(norm(word)) && word[0] !== word[0].toLowerCase();
}

export function dayOf(s: string): number {
  const w = norm(s);
  return w === "1er" || w === "premier" ? 1 : Number(w);
}

/** A count in a time expression: the language's number reader, then this pack's words ("a", "an"). */
export function numberOf(s: string): number | null {
  const w = norm(s);
  if (/^\d+$/.test(w)) return Number(w);
  return parseNumber(w) ?? NUMBER_WORDS[w] ?? null;
}

export function year2(s: string): number {
  const n = Number(s.replace(/['’]/g, ""));
  return s.length >= 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

export const partOfWord = (s: string | undefined): Part | undefined => (s ? PARTS[norm(s).replace(/-$/, "")] : undefined);

export function dirOf(s: string | undefined, ctx: Context, index: number): "past" | "future" | "nearest" | "pastish" {
  if (s) return /^(?:derni|pass)/i.test(s) ? "past" : "future";
  return ctx.future(index) ? "future" : ctx.past(index) ? "pastish" : "nearest";
}

/** Future tense in the sentence around an offset: future verb forms and planning words. */
const FUTURE = new RegExp(
  `(?<![\\p{L}])(?:sera|seront|serons|aura|auront|fera|feront|ira|iront|va|vont|devra|devront|pourra|pourront|faudra|devrait|devraient|prévue?s?|programmée?s?|fixée?s?|rendez-vous|à venir|\\p{L}{3,}(?:era|eront|ira|iront|dra|dront))(?![\\p{L}])`,
  "iu",
);
/** Past forms: passé composé and plus-que-parfait auxiliaries, "être" with a participle of ETRE_PARTICIPLES
 * or in a pronominal verb ("s'est retiré"), and the
 * imparfait ("-ait", "-aient") of any verb but the nouns and adjectives listed in IMPARFAIT_LOOKALIKES
 * and the conditional's endings ("-erait", "devrait", "prendrait", "permettrait", "pourrait", "irait"). */
/** Participles conjugated with "être" in the passé composé ("est arrivé"); any other "est fixé" is a
 * present passive. */
const ETRE_PARTICIPLES = ["arrivé", "parti", "venu", "revenu", "devenu", "intervenu", "parvenu", "entré", "rentré", "sorti", "né", "mort", "resté", "tombé", "retourné", "monté", "descendu", "passé"];
const IMPARFAIT_LOOKALIKES = ["fait", "parfait", "satisfait", "refait", "défait", "méfait", "bienfait", "forfait", "contrefait", "surfait", "trait", "extrait", "retrait", "portrait", "attrait", "abstrait", "distrait", "soustrait", "souhait", "lait"];
const PAST = new RegExp(
  `(?<![\\p{L}])(?:hier|a|ont|avait|avaient|avais|avions|aviez|avons|avez|était|étaient|fut|furent|aurait|auraient|dernier|dernière|il\\s+y\\s+a|(?:est|sont)\\s+(?:${ETRE_PARTICIPLES.join("|")})(?:e|s|es)?|(?:s['’]est|se\\s+sont)\\s+\\p{L}+é(?:e|s|es)?|(?!(?:${IMPARFAIT_LOOKALIKES.join("|")})(?![\\p{L}]))(?!ira(?:it|ient)(?![\\p{L}]))\\p{L}{2,}(?<!er|dr|evr|uivr|vivr|ttr|îtr|rr)(?:ait|aient))(?![\\p{L}])`,
  "iu",
);

/** The tense of the sentence around an offset: future verbs and no past ones, or the reverse. */
export function tenseFr(text: string, index: number): Tense {
  let s = index;
  while (s > 0 && index - s < 300 && !sentenceMark(text.charCodeAt(s - 1))) s--;
  let e = index;
  while (e < text.length && e - index < 300 && !sentenceMark(text.charCodeAt(e))) e++;
  const sentence = text.slice(s, e);
  const f = FUTURE.test(sentence);
  const p = PAST.test(sentence);
  return f && !p ? "future" : p && !f ? "past" : null;
}
