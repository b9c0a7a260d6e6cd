// English number words and digit conventions (decimal point, groups of three separated by commas
// or spaces). `parseNumber("twenty-two") === 22`, `parseNumber("1.5 billion") === 1.5e9`,
// `parseNumber("10,000") === 10000`, `parseNumber("a dozen") === 12`.
import { createNumberReader, type NumberLexicon, type NumberMatch } from "../common/numbers.ts";

export const CARDINALS: Record<string, number> = {
  zero: 0, nought: 0, naught: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};

export const SCALES: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9,
  trillion: 1e12, trillions: 1e12, lakh: 1e5, lakhs: 1e5, lac: 1e5, lkh: 1e5, lkhs: 1e5,
  crore: 1e7, crores: 1e7, krore: 1e7, krores: 1e7, koti: 1e7, cr: 1e7,
};

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1e3, millionth: 1e6,
  billionth: 1e9, trillionth: 1e12,
};

export const enNumberLexicon: NumberLexicon = {
  decimal: ".",
  cardinals: CARDINALS,
  hundreds: ["hundred", "hundreds"],
  scales: SCALES,
  dozens: ["dozen", "dozens", "dz", "dzs", "doz", "dozs"],
  pairs: ["couple", "pair"],
  gluedMillionsBeforeNoun: true,
  joiners: ["and"],
  points: ["point"],
  negatives: ["minus", "negative"],
  articles: ["a", "an"],
  fractionWords: { half: 2, halves: 2, quarter: 4, quarters: 4, thirds: 3 },
  ordinal(word: string): number | null {
    // "second" and "first" only count as denominators in fraction context (handled by the parser).
    const w = word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
    return ORDINALS[w] ?? null;
  },
  ratioWords: /^\s+(?:over|out\s+of)\s+$/u,
  // Currency codes glued to the digits ("USD3.14", "42MYR"): the figures extractor reads them.
  gluedBefore: "(?<=(?<![\\p{L}])(?:US\\$|USD|EUR|GBP|CHF|CNY|JPY|CAD|AUD|MYR|RM|Rs|UAH|MNT|INR))",
  gluedAfter: "(?:US\\$|USD|EUR|GBP|CHF|CNY|JPY|CAD|AUD|MYR|RM|Rs|UAH|MNT|INR|c)",
  suffixes: { k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mm: 1e6, mil: 1e6, mn: 1e6, B: 1e9, b: 1e9, bn: 1e9, bln: 1e9, G: 1e9, g: 1e9, T: 1e12, tn: 1e12, tln: 1e12, trn: 1e12 },
};

const reader = createNumberReader(enNumberLexicon);

/** The value of an English number written in digits or words, or null when `s` is not one number. */
export function parseNumber(s: string): number | null {
  return reader.parseNumber(s);
}

/** Every number in an English text, in order, with its offsets. */
export function findNumbers(text: string): NumberMatch[] {
  return reader.findNumbers(text);
}

export const wordValue = reader.wordValue;
