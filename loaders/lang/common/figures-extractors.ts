// Extractors of the figures runner (loaders/lang/common/figures.ts): each looks at one atom (a
// number or a vague magnitude) and its neighbours and returns a figure, or null to let the next
// extractor try. Language packs list them in order in loaders/lang/<lg>/figures/index.ts.
import { foldWord } from "./numbers.ts";
import { candidate, readUnit, wordBefore, type Atom, type FigureExtractor, type FigureLocale } from "./figures.ts";

const PREFIX_CURRENCY: Record<string, string> = {
  US$: "USD", C$: "CAD", CA$: "CAD", A$: "AUD", AU$: "AUD", HK$: "HKD", NZ$: "NZD", S$: "SGD", R$: "BRL",
  $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", RM: "MYR", RS: "INR", RMB: "CNY",
};

/** A currency sign or code before the number: "$44bn", "US$ 3.14", "€100m", "£ 8,10 millions". */
export const currencyBefore: FigureExtractor = (atom, { text, locale }) => {
  if (atom.lone1 && !atom.scaled) return null;
  const before = text.slice(Math.max(0, atom.start - 6), atom.start);
  const m = /(US ?\$|us \$|[Cc] ?\$|CA\$|A\$|AU\$|HK ?\$|hk \$|NZ ?\$|S\$|R\$|[$€£¥]|USD|EUR|GBP|CHF|CNY|JPY|CAD|AUD|INR|RMB|MYR|RM|Rs\.?|EGP|UAH|KWD|QAR|SAR|BGN|MNT|ILS|HKD|NZD|SGD)[ \u00A0]?$/u.exec(before);
  if (!m) return null;
  const pre = before.slice(0, m.index);
  if (/[\p{L}\p{N}]$/u.test(pre)) return null;
  if (/\d[ \u00A0]*$/.test(text.slice(Math.max(0, atom.start - m[0].length - 4), atom.start - m[0].length))) return null;
  const sign = m[1].replace(/[ .]/g, "").toUpperCase();
  const unit = PREFIX_CURRENCY[sign] ?? sign;
  let end = atom.end;
  let value = atom.value;
  // Glued magnitude not read by the number reader: "€100m", "$5bn", "$3tn".
  const glued = /^(m|mn|bn|b|tn|k)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 4));
  if (glued && value !== null && !atom.scaled) {
    value *= { m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, k: 1e3 }[glued[1]]!;
    end += glued[0].length;
  }
  const c = candidate({ ...atom, value }, end, unit, "money", 1, atom.start - m[0].length);
  // A currency word right after may refine it ("$ 75 millions de dollars canadiens" is rare; "$US").
  const after = readUnit(text, end, locale, false);
  if (after && after.entry.kind === "money" && after.entry.unit !== unit && unit === "USD") {
    c.unit = after.entry.unit;
    c.end = after.end;
  }
  return c;
};

/** The percent word before the number ("per cent of twenty-two", "pourcentage de vingt"): only when
 *  no number stands before the percent word (else "30 percent of 10,000 users" is 30 %). */
export const percentBefore: FigureExtractor = (atom, { text, locale }) => {
  if (!locale.percentBefore || atom.value === null || atom.lone1) return null;
  const before = text.slice(Math.max(0, atom.start - 30), atom.start);
  const m = locale.percentBefore.exec(before);
  if (!m) return null;
  const start = atom.start - m[0].length;
  if (/[\p{N}%][\s\u00A0]*$/u.test(text.slice(Math.max(0, start - 8), start))) return null;
  if (wordValueBefore(text, start, locale)) return null;
  return candidate(atom, atom.end, "percent", "percent", 1, start);
};

function wordValueBefore(text: string, pos: number, locale: FigureLocale): boolean {
  const w = wordBefore(text, pos);
  return !!w && locale.findNumbers(w).length > 0;
}

/** A unit from the lexicon after the number: "10 000 GPU", "100 millions de dollars", "20 %". */
/** Whether "of" may stand between the number and what it counts: "tens of millions of dollars", "a couple of engineers". */
const QUANTIFIER_END = /(?:couple|pair|dozen|douzaine|paire)s?$/i;
const takesConnector = (atom: Atom, text: string) => atom.scaled || atom.vague || QUANTIFIER_END.test(text.slice(atom.start, atom.end));

export const unitAfter: FigureExtractor = (atom, { text, locale }) => {
  const u = readUnit(text, atom.end, locale, takesConnector(atom, text));
  if (!u) return null;
  if (atom.lone1 && !atom.scaled && u.entry.kind !== "money") return null;
  return candidate(atom, u.end, u.entry.unit, u.entry.kind, u.entry.factor);
};

/** An unknown noun after the number: "deux possibilités" -> possibilité (fr) / "two options". */
export const nounAfter: FigureExtractor = (atom, { text, locale }) => {
  if (atom.lone1) return null;
  if (atom.digits && /^\d{4}$/.test(atom.digits) && !atom.scaled) return null;
  let p = atom.end;
  if (takesConnector(atom, text)) {
    locale.connector.lastIndex = p + (/^[ \u00A0]/.test(text.slice(p, p + 1)) ? 1 : 0);
    const c = locale.connector.exec(text);
    if (c) p = locale.connector.lastIndex;
  }
  // An elided word ("aujourd'hui", "jusqu'à") is not a noun.
  const re = /[ \u00A0\u202F]?((?:\p{L}+)(?:-\p{L}+)*)(?!['’\p{L}])/uy;
  re.lastIndex = p;
  let m = re.exec(text);
  let tries = 0;
  while (m && locale.preAdjectives.has(foldWord(m[1])) && tries < 2) {
    re.lastIndex = m.index + m[0].length;
    m = re.exec(text);
    tries++;
  }
  if (!m || m.index !== p && tries === 0 || !/^\p{Ll}/u.test(m[1])) return null;
  const bad = (w: string) => w.length < 3 || locale.stopWords.has(w) || locale.timeUnits.has(w) || locale.months.has(w);
  if (bad(foldWord(m[1]))) return null;
  // A number word is not a noun ("deux deux", "vingt-deux trois").
  if (locale.findNumbers(m[1]).length) return null;
  let head = m;
  if (locale.headFinal) {
    // English noun phrases end with their head: "two investment banks", "six straight days".
    let next: RegExpExecArray | null = m;
    for (let k = 0; k < 3; k++) {
      re.lastIndex = next.index + next[0].length;
      next = re.exec(text);
      if (!next || !/^\p{Ll}/u.test(next[1]) || /^[\s\u00A0]{2}/.test(next[0])) break;
      const w = foldWord(next[1]);
      if (locale.stopWords.has(w)) break;
      if (locale.timeUnits.has(w)) return null;
      if (/s$/.test(w) && !/ss$/.test(w) || locale.unknownUnit(next[1].toLowerCase()) !== next[1].toLowerCase() && !/s$/.test(foldWord(m[1]))) head = next;
    }
  }
  const unit = locale.unknownUnit(head[1].toLowerCase());
  if (!unit) return null;
  return candidate(atom, head.index + head[0].length, unit, "count", 1);
};

/** A bare number: kept for the range and inheritance refiners, dropped at the end if still bare. */
export const bare: FigureExtractor = (atom, { text, locale }) => {
  if (atom.lone1 && !atom.scaled) return null;
  // "sur 3 ans", "in 3 years": a duration, never a figure.
  const next = /^[\s\u00A0]*(\p{L}+)/u.exec(text.slice(atom.end, atom.end + 20));
  if (next && locale.timeUnits.has(foldWord(next[1]))) return null;
  const c = candidate(atom, atom.end, "", "count", 1);
  c.bare = true;
  return c;
};
