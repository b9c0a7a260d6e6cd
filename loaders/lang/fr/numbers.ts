// French number words and digit conventions (decimal comma, groups of three separated by spaces,
// narrow no-break spaces or dots). `parseNumber("quatre-vingt-dix-neuf") === 99`,
// `parseNumber("1,5 milliard") === 1.5e9`, `parseNumber("10 000") === 10000`.
// Words are folded (lowercase, accents removed) before lookup.
import { createNumberReader, type NumberLexicon, type NumberMatch } from "../common/numbers.ts";

export const CARDINALS: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  septante: 70, octante: 80, huitante: 80, nonante: 90,
};

export const SCALES: Record<string, number> = {
  mille: 1e3, mil: 1e3, milliers: 1e3,
  million: 1e6, millions: 1e6,
  milliard: 1e9, milliards: 1e9,
  billion: 1e12, billions: 1e12,
  trillion: 1e18, trillions: 1e18,
};

/** Ordinal stems: "cinquieme" -> "cinq"; irregular stems listed. */
const ORDINAL_STEMS: Record<string, number> = {
  unieme: 1, deuxieme: 2, troisieme: 3, quatrieme: 4, cinquieme: 5, sixieme: 6, septieme: 7,
  huitieme: 8, neuvieme: 9, dixieme: 10, onzieme: 11, douzieme: 12, treizieme: 13, quatorzieme: 14,
  quinzieme: 15, seizieme: 16, vingtieme: 20, trentieme: 30, quarantieme: 40, cinquantieme: 50,
  soixantieme: 60, centieme: 100, millieme: 1e3, millionieme: 1e6, milliardieme: 1e9, billionieme: 1e12,
};

export const frNumberLexicon: NumberLexicon = {
  decimal: ",",
  cardinals: CARDINALS,
  hundreds: ["cent", "cents"],
  scales: SCALES,
  dozens: ["douzaine", "douzaines"],
  joiners: ["et"],
  points: ["virgule"],
  negatives: [],
  articles: [],
  fractionWords: { demi: 2, demie: 2, tiers: 3, quart: 4, quarts: 4 },
  ordinal(word: string): number | null {
    const w = word.endsWith("s") ? word.slice(0, -1) : word;
    return ORDINAL_STEMS[w] ?? null;
  },
  ratioWords: /^\s+sur\s+$/u,
  // Currency codes glued to the digits ("USD3.14", "42MYR"): the figures extractor reads them.
  gluedBefore: "(?<=(?<![\\p{L}])(?:US\\$|USD|EUR|GBP|CHF|CNY|JPY|CAD|AUD|MYR|RM|Rs|UAH|MNT|INR))",
  gluedAfter: "(?:US\\$|USD|EUR|GBP|CHF|CNY|JPY|CAD|AUD|MYR|RM|Rs|UAH|MNT|INR)",
  suffixes: { k: 1e3, K: 1e3, M: 1e6, Md: 1e9, Mds: 1e9, md: 1e9, mds: 1e9, Mrd: 1e9, Mrds: 1e9, G: 1e9, g: 1e9 },
};

const reader = createNumberReader(frNumberLexicon);

/** The value of a French number written in digits or words, or null when `s` is not one number. */
export function parseNumber(s: string): number | null {
  return reader.parseNumber(s);
}

/** Every number in a French text, in order, with its offsets. */
export function findNumbers(text: string): NumberMatch[] {
  return reader.findNumbers(text);
}

export const wordValue = reader.wordValue;
