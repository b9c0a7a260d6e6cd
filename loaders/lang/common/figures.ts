// The shared scan runner of the figures extractors (chrono-style): a language pack gives its
// locale (word lists, patterns) and an ordered list of extractors and refiners; the runner finds
// the quantity atoms once (numbers and vague magnitudes), lets each extractor claim an atom (the
// first that returns a figure wins), then runs the refiners in order.
//
//   atoms      = numbers (loaders/lang/<lg>/numbers.ts) + vague magnitudes ("des dizaines de millions")
//                minus dates, years, ordinals, product names, times of day
//   extractors = (atom, ctx) => Candidate | null   e.g. currency before, unit after, unknown noun after
//   refiners   = (candidates, ctx) => candidates    e.g. ranges, approx/bound words, inherited units
//
// Why hand-written rather than @microsoft/recognizers-text-suite (a devDependency, used as the
// speed peer in bench/extract.ts): it takes about 1.5 s per article on this machine where this
// runs in milliseconds, it has no notion of the counted noun (GPU, engineer) nor of vague
// magnitudes as ranges ("des dizaines de millions"), and its French number model fails more than
// half of its own French specs in .NET. Its test cases are used as a yardstick instead
// (npm run bench:peers).
import type { FigureKind, Provenance } from "../../types.ts";
import type { FigureFound } from "../pack.ts";
import { foldWord, type NumberMatch } from "./numbers.ts";
import { UNIT_TOKEN, unitKey, type Singularise, type UnitEntry, type UnitLexicon } from "./figures-units.ts";

export interface VagueSpec {
  /** Global regex with named groups `det` (optional), `mag` and `mult` (optional). */
  pattern: RegExp;
  /** Plural magnitude words -> [low, high] ("dizaines": [10, 100], "thousands": [1e3, 1e4]). */
  plural: Record<string, [number, number]>;
  /** Approximate singular words -> value ("dizaine": 10, "centaine": 100, "dozen": 12). */
  approx: Record<string, number>;
  /** Scale words that multiply ("millions": 1e6). */
  scale: Record<string, number>;
}

export interface FigureLocale {
  lang: "fr" | "en";
  findNumbers(text: string): NumberMatch[];
  units: UnitLexicon;
  singular: Singularise;
  vague: VagueSpec;
  /** Sticky regex: the words between a scaled or vague number and its noun ("de ", "d'", "of "). */
  connector: RegExp;
  /** Folded words that may stand between a number and its noun ("nouveaux", "new"). */
  preAdjectives: Set<string>;
  /** Folded words that are never the counted noun (function words, verbs, adverbs...). */
  stopWords: Set<string>;
  /** Folded time units: "deux ans" is a duration, not a figure. */
  timeUnits: Set<string>;
  /** Folded month names, for "11 avril" / "April 11". */
  months: Set<string>;
  /** End-anchored regex on the text before a 4-digit number that makes it a year ("en ", "in "). */
  yearBefore: RegExp;
  /** End-anchored regex on the text before a number that makes it a label ("n°", "GPT-", "années "). */
  labelBefore: RegExp;
  /** Modifier phrases, end-anchored regexes on the text before the figure. */
  approxBefore: RegExp;
  minBefore: RegExp;
  maxBefore: RegExp;
  /** Range: end-anchored opener before the first number ("entre ", "between ") and the middle word ("et", "and"). */
  rangeOpen: RegExp;
  rangeMid: RegExp;
  /** Middle words that make a range without an opener ("à", "to", "-"). */
  rangeMidAlone: RegExp;
  /** End-anchored regex on the text between a figure and a bare number after it, that makes the
   *  bare number share the figure's unit ("7 500 salariés, contre 2 000", "from $5 to 7"). */
  inheritCue: RegExp;
  /** End-anchored regex: a percent word before a number ("percent of ", "pourcentage de "). */
  percentBefore?: RegExp;
  /** Words that announce an amount of money ("valorisée", "a levé", "raised", "worth"). */
  moneyCue?: RegExp;
  /** Noun phrases end with their head ("two investment banks"): English. */
  headFinal?: boolean;
  /** Unit a capitalised word may stand before ("10,000 Nvidia GPUs"): allowed count of skipped words. */
  skipCapitalised: number;
  /** The unit to use for an unknown noun (folded singular form), or null when the word is not a noun. */
  unknownUnit(word: string): string | null;
}

export interface Atom {
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  approx: boolean;
  words: boolean;
  lone1: boolean;
  scaled: boolean;
  /** Multiplier of the scale word (1 when none). */
  scale: number;
  vague: boolean;
  digits: string | null;
}

export interface Candidate extends FigureFound {
  /** No unit found yet (a bare number; kept only for ranges and unit inheritance). */
  bare: boolean;
  atom: Atom;
}

export interface FigureContext {
  text: string;
  locale: FigureLocale;
}

export type FigureExtractor = (atom: Atom, ctx: FigureContext) => Candidate | null;
export type FigureRefiner = (found: Candidate[], ctx: FigureContext) => Candidate[];

/** Find the atoms: numbers (minus dates, years, labels) and vague magnitudes. */
export function findAtoms(text: string, locale: FigureLocale): Atom[] {
  const vague = vagueAtoms(text, locale);
  const atoms: Atom[] = [];
  for (const n of locale.findNumbers(text)) {
    if (n.fraction) continue;
    if (vague.some((v) => v.start < n.end && n.start < v.end)) continue;
    if (isLabel(text, n, locale)) continue;
    atoms.push({
      start: n.start,
      end: n.end,
      value: n.value,
      low: null,
      high: null,
      approx: false,
      words: n.words,
      lone1: n.lone1,
      scaled: n.scaled,
      scale: n.scale,
      vague: false,
      digits: n.digits,
    });
  }
  return atoms.concat(vague).sort((a, b) => a.start - b.start || b.end - a.end);
}

function vagueAtoms(text: string, locale: FigureLocale): Atom[] {
  const out: Atom[] = [];
  const { pattern, plural, approx, scale } = locale.vague;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    // Groups named mag* (the magnitude word) and mult* (a scale word after it); several of each
    // may exist in alternatives of the pattern, one is set.
    const g = m.groups ?? {};
    const pick = (prefix: string) => Object.entries(g).find(([k, v]) => k.startsWith(prefix) && v !== undefined)?.[1];
    const mag = foldWord(pick("mag") ?? "");
    const multWord = pick("mult");
    const mult = multWord ? scale[foldWord(multWord)] ?? 1 : 1;
    const start = m.index;
    const end = m.index + m[0].length;
    if (mag in approx) {
      out.push({ start, end, value: approx[mag] * mult, low: null, high: null, approx: true, words: true, lone1: false, scaled: mult > 1, scale: mult, vague: true, digits: null });
    } else if (mag in plural) {
      const [lo, hi] = plural[mag];
      out.push({ start, end, value: null, low: lo * mult, high: hi * mult, approx: true, words: true, lone1: false, scaled: true, scale: mult, vague: true, digits: null });
    }
  }
  return out;
}

/** Dates ("11 avril", "April 11"), times ("10:30"), product names ("GPT-4"), ordinals, decades, numbered labels. */
function isLabel(text: string, n: NumberMatch, locale: FigureLocale): boolean {
  const before = text.slice(Math.max(0, n.start - 24), n.start);
  const after = text.slice(n.end, n.end + 20);
  if (locale.labelBefore.test(before)) return true;
  if (!n.words) {
    if (/^[:hH]\d/.test(after) || /\d[:]$/.test(before)) return true;
    if (/^[.,/]\d/.test(after) && !n.scaled) return true; // "192.168.1.2", "11/04/2023"
    if (/[/]$/.test(before) || /\d[.,]$/.test(before)) return true;
    if (/\p{L}[\p{L}\p{N}]*[-‑]$/u.test(before)) return true; // "A330-200", "GPT-4"
    if (/\d[ \u00A0]?h[ \u00A0]?$/.test(before)) return true; // "12 h 30"
    if (/(?:^|[\s(])['’]$/.test(before)) return true; // "'11", "’90s"
    // "5G", "3G": a network generation, not five billion (money keeps "$1.2G").
    if (/[gG]$/.test(text.slice(n.start, n.end)) && !/[$€£¥][ \u00A0]?$/.test(before)) return true;
    if (/[\p{L}][-‑]?$/u.test(before) && !/(?<![\p{L}])(?:US\$|USD|EUR|GBP|CHF|CNY|JPY|CAD|AUD|MYR|RM|Rs|UAH|MNT|INR)$/u.test(before)) return true; // "GPT-4", "H100", "A100"
    if (n.digits && /^\d{4}$/.test(n.digits) && !n.scaled && n.value >= 1800 && n.value <= 2100) {
      if (locale.yearBefore.test(before)) return true;
      // A year unless a known unit follows ("2000 salariés").
      if (!readUnit(text, n.end, locale, false)) return true;
    }
    // A capitalised name right before: "Llama 2", "Windows 11", "Falcon 9".
    const prev = /(\p{Lu}[\p{L}\p{N}&]*)[ \u00A0]$/u.exec(before);
    // Not when that word starts the sentence ("Les 3 000 abonnés", "The 10,000 GPUs").
    const prevAt = prev ? n.start - before.length + prev.index : 0;
    const initial = prev !== null && /(?:^|[.!?:»"“\n][\s\u00A0]*)$/.test(text.slice(Math.max(0, prevAt - 4), prevAt));
    if (prev && !initial && !locale.approxBefore.test(before) && !locale.minBefore.test(before) && !locale.maxBefore.test(before)) {
      const u = readUnit(text, n.end, locale, false);
      if (!u || u.entry.kind !== "money" && u.entry.kind !== "percent") {
        // keep "Selon Reuters, 10 000 ..." (comma) — the regex above requires a bare space.
        if (!locale.units.entries.has(unitKey([prev[1]], locale.singular))) return true;
      }
    }
  }
  // Day of month: "11 avril", "1er mai" (the "er" makes it fail earlier), "April 11".
  const nextWord = /^[ \u00A0]*(\p{L}+)/u.exec(after);
  if (nextWord && locale.months.has(foldWord(nextWord[1])) && n.value >= 1 && n.value <= 31 && Number.isInteger(n.value)) return true;
  const prevWord = wordBefore(text, n.start);
  if (prevWord && locale.months.has(foldWord(prevWord)) && !n.words && Number.isInteger(n.value)) return true;
  return false;
}

const LETTER = /\p{L}/u;
/** The word that ends right before `pos` (after at most 3 blanks and an abbreviation dot), or null. */
function wordBefore(text: string, pos: number): string | null {
  let i = pos;
  let blanks = 0;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\u00A0") && blanks < 3) {
    i--;
    blanks++;
  }
  if (i > 0 && text[i - 1] === ".") i--;
  let j = i;
  while (j > 0 && LETTER.test(text[j - 1])) j--;
  return j < i ? text.slice(j, i) : null;
}

/** Read the unit phrase that starts at `pos` (after blanks and, if allowed, a connector). */
export function readUnit(
  text: string,
  pos: number,
  locale: FigureLocale,
  connector: boolean,
): { end: number; entry: UnitEntry; provenance: Provenance } | null {
  let p = pos;
  const blank = /[\s\u00A0\u202F\u2009]*/y;
  blank.lastIndex = p;
  blank.exec(text);
  p = blank.lastIndex;
  if (p - pos > 3 || /\n/.test(text.slice(pos, p))) return null;
  const attempt = (q: number, skipCaps: number): { end: number; entry: UnitEntry; provenance: Provenance } | null => {
    const toks = tokensAt(text, q, locale.units.maxLength + skipCaps + 2);
    let i = 0;
    // Skip adjectives that stand before the noun ("deux nouveaux ingénieurs", "two new engineers").
    while (i < toks.length && i < 2 && locale.preAdjectives.has(foldWord(toks[i].t))) i++;
    for (let skip = 0; skip <= skipCaps; skip++) {
      const at = i + skip;
      if (at >= toks.length) break;
      const hit = lookup(toks, at, locale);
      if (hit) return hit;
      // Only capitalised or alphanumeric brand words may be skipped ("Nvidia", "OpenAI"), and in
      // head-final languages modifiers too ("2,000 production jobs").
      const t = toks[at].t;
      if (!/^\p{Lu}/u.test(t) && !(locale.headFinal && /^\p{Ll}[\p{L}-]*$/u.test(t) && !locale.stopWords.has(foldWord(t)) && !locale.timeUnits.has(foldWord(t)))) break;
    }
    return null;
  };
  let hit = attempt(p, locale.skipCapitalised);
  if (hit) return hit;
  // "a 12-cent dividend", "a one-yen bid": a hyphen joins the amount and a currency word.
  if (p === pos && text[p] === "-") {
    const h = attempt(p + 1, 0);
    if (h && h.entry.kind === "money") return h;
  }
  if (connector) {
    locale.connector.lastIndex = p;
    const c = locale.connector.exec(text);
    if (c) {
      hit = attempt(p + c[0].length, locale.skipCapitalised);
      if (hit) return hit;
    }
  }
  return null;
}

interface Tok {
  t: string;
  start: number;
  end: number;
}

/** Up to `n` unit tokens from `q`, separated only by blanks, hyphens or an elided "d'". */
const TOKEN_AT = new RegExp(UNIT_TOKEN.source, "uy");
const GAP_AT = /[ \u00A0\u202F]?(?:d['’])?/y;

function tokensAt(text: string, q: number, n: number): Tok[] {
  const out: Tok[] = [];
  const re = TOKEN_AT;
  let p = q;
  while (out.length < n) {
    re.lastIndex = p;
    const m = re.exec(text);
    if (!m) break;
    let t = m[0];
    let end = p + t.length;
    // A final dot is a sentence end unless the token is an abbreviation like "U.S.".
    if (t.endsWith(".") && !/\.\p{L}\.$/u.test(t)) {
      t = t.slice(0, -1);
      end--;
    }
    out.push({ t, start: p, end });
    const gap = GAP_AT;
    gap.lastIndex = end;
    const g = gap.exec(text);
    // Tokens may be glued only to a sign ("$CAD", "100$").
    if (!g || g[0] === "" && !/[$€£¥%]/.test(text[end] ?? "") && !/^[$€£¥]$/.test(t)) {
      break;
    }
    p = end + g[0].length;
    if (g[0].includes("d")) out.push({ t: "de", start: end, end: end + g[0].length });
  }
  return out;
}

function lookup(toks: Tok[], at: number, locale: FigureLocale): { end: number; entry: UnitEntry; provenance: Provenance } | null {
  for (let len = Math.min(locale.units.maxLength, toks.length - at); len >= 1; len--) {
    const slice = toks.slice(at, at + len);
    if (slice[len - 1].t === "de") continue;
    const entry = locale.units.entries.get(unitKey(slice.map((x) => x.t), locale.singular));
    if (!entry) continue;
    if (entry.exact) {
      // Short entries match with their case ("Go" the gigabyte, not "go"); "GPUs" matches "GPU".
      const written = slice.map((x) => x.t).join(" ");
      if (written !== entry.exact && written !== entry.exact + "s") continue;
    }
    return { end: slice[len - 1].end, entry, provenance: "stated" };
  }
  return null;
}

function candidate(atom: Atom, end: number, unit: string, kind: FigureKind, factor: number, start = atom.start): Candidate {
  const f = (x: number | null) => (x === null ? null : round(x * factor));
  return {
    start,
    end,
    value: f(atom.value),
    low: f(atom.low),
    high: f(atom.high),
    unit,
    approx: atom.approx,
    kind,
    bound: null,
    unit_provenance: "stated",
    bare: false,
    atom,
  };
}

/** Drop float noise ("16.6 billion" = 16600000000, not 16600000000.000002). */
const round = (x: number): number => Number(x.toPrecision(12));

// ---------------------------------------------------------------------------------------------
// Extractors (order matters: the first that claims an atom wins).

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
export const unitAfter: FigureExtractor = (atom, { text, locale }) => {
  const u = readUnit(text, atom.end, locale, atom.scaled || atom.vague);
  if (!u) return null;
  if (atom.lone1 && !atom.scaled && u.entry.kind !== "money") return null;
  return candidate(atom, u.end, u.entry.unit, u.entry.kind, u.entry.factor);
};

/** An unknown noun after the number: "deux possibilités" -> possibilité (fr) / "two options". */
export const nounAfter: FigureExtractor = (atom, { text, locale }) => {
  if (atom.lone1) return null;
  if (atom.digits && /^\d{4}$/.test(atom.digits) && !atom.scaled) return null;
  let p = atom.end;
  if (atom.scaled || atom.vague) {
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
    for (let k = 0; k < 2; k++) {
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

// ---------------------------------------------------------------------------------------------
// Refiners.

/** "entre 10 et 20 euros", "de 10 à 20 millions", "between $10 and $20", "10-20 dollars". */
export const mergeRanges: FigureRefiner = (found, { text, locale }) => {
  const out: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && a.value !== null && b.value !== null && (a.bare || a.unit === b.unit) && !b.bare) {
      const mid = text.slice(a.end, b.start);
      const before = text.slice(Math.max(0, a.start - 12), a.start);
      const open = locale.rangeOpen.exec(before);
      const ok = (open && locale.rangeMid.test(mid)) || locale.rangeMidAlone.test(mid);
      if (ok && (a.value <= b.value || b.atom.scaled && !a.atom.scaled)) {
        let low = a.value;
        // "entre 10 et 20 millions": the scale of the second applies to the first.
        if (b.atom.scaled && !a.atom.scaled && b.atom.value !== null && a.value !== null) {
          low = round(a.value * b.atom.scale);
        } else if (!a.atom.scaled && a.value < 1000 && b.value >= 1000 && a.value * 1000 <= b.value && a.value * 1000 * 10 > b.value) {
          // "10 à 15.000 enfants": the first number is written without its thousands.
          low = a.value * 1000;
        }
        if (low <= b.value) {
          out.push({
            ...b,
            start: open ? a.start - open[0].length : a.start,
            value: null,
            low,
            high: b.value,
            approx: a.approx || b.approx,
            bound: null,
          });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
};


/** "3 dollars 50 cents", "$20 and 43c", "twenty dollars and 43": the cents join the amount. */
export const mergeSubunits: FigureRefiner = (found, { text }) => {
  const out: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && a.kind === "money" && a.value !== null && Number.isInteger(a.value) && !a.atom.scaled && b.atom.value !== null &&
      Number.isInteger(b.atom.value) && b.atom.value > 0 && b.atom.value < 100 && !b.atom.scaled) {
      const gap = text.slice(a.end, b.start);
      const sub = b.kind === "money" && b.value !== null && Math.abs(b.value - b.atom.value / 100) < 1e-9;
      const glued = /^[¢c](?![\p{L}\p{N}])/u.exec(text.slice(b.atom.end, b.atom.end + 2));
      const endsHere = /^[\s\u00A0]*(?:[.,!?;)]|$)/.test(text.slice(b.end, b.end + 3));
      if (/^[\s\u00A0]*(?:(?:and|et)[\s\u00A0]+)?$/.test(gap) && (sub || b.bare && (glued || endsHere))) {
        out.push({ ...a, end: glued && b.bare ? b.atom.end + 1 : b.end, value: round(a.value + b.atom.value / 100) });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};

/** "près de", "environ", "nearly" (approx); "plus de", "at least" (min); "moins de", "up to" (max). */
export const applyModifiers: FigureRefiner = (found, { text, locale }) => {
  for (const f of found) {
    const before = text.slice(Math.max(0, f.start - 30), f.start);
    // The longest phrase wins: "pas plus de" (max) over "plus de" (min), "no more than" over "more than".
    const min = locale.minBefore.exec(before);
    const max = locale.maxBefore.exec(before);
    const approx = locale.approxBefore.exec(before);
    const len = (m: RegExpExecArray | null) => (m ? m[0].length : 0);
    if (min && len(min) >= len(max)) {
      setBound(f, "min");
      f.start -= min[0].length;
      if (locale.approxBefore.exec(before.slice(0, before.length - min[0].length))) f.approx = true;
    } else if (max) {
      setBound(f, "max");
      f.start -= max[0].length;
    } else if (approx) {
      f.approx = true;
      f.start -= approx[0].length;
    }
  }
  return found;
};

function setBound(f: Candidate, bound: "min" | "max"): void {
  if (f.value === null) return; // a range or vague magnitude keeps its bounds
  if (bound === "min") {
    f.low = f.value;
    f.high = null;
  } else {
    f.low = null;
    f.high = f.value;
  }
  f.value = null;
  f.bound = bound;
}

/** A bare number in a comparison takes the unit of the figure just before it in the same sentence
 *  ("7 500 salariés, contre 2 000 aujourd'hui"): unit_provenance "inferred". */
export const inheritUnits: FigureRefiner = (found, { text, locale }) => {
  let last: Candidate | null = null;
  for (const f of found) {
    if (!f.bare) {
      last = f;
      continue;
    }
    if (!last || f.atom.words && !f.atom.scaled || f.atom.lone1 || f.atom.vague) continue;
    if (f.start - last.end > 80) continue;
    const between = text.slice(last.end, f.start);
    if (/[.!?;:](?:\s|$)|\n/.test(between)) continue;
    // "more than 700 of whom", "700 d'entre eux": the number refers back to the figure before.
    const refersBack = /^[\s\u00A0]*(?:of[\s\u00A0]+(?:whom|them|those|these|which)|d['’]entre[\s\u00A0]+(?:eux|elles))(?![\p{L}])/iu.test(text.slice(f.end, f.end + 20));
    if (!locale.inheritCue.test(between) && !refersBack) continue;
    // "$4.25 and 32 is the quantity": a number that is the subject of a verb is not an amount.
    if (/^[\s\u00A0]*(?:is|are|was|were|est|sont|était|étaient)(?![\p{L}])/iu.test(text.slice(f.end, f.end + 12))) continue;
    // Nothing but blanks or punctuation may follow but a non-noun ("2 000 aujourd'hui", "2,000 now").
    if (last.unit === "percent" && !f.atom.digits) continue;
    if (last.kind !== "count" && last.kind !== "money" && last.kind !== "percent") continue;
    // Same order of magnitude or a money amount with the same scale word.
    f.unit = last.unit;
    f.kind = last.kind;
    f.unit_provenance = "inferred";
    f.bare = false;
  }
  return found;
};

/** A bare amount in millions or billions after a money word ("valorisée à 86 milliards", "raised
 *  another 6 billion") takes the currency of the last money figure before it in the text:
 *  unit_provenance "inferred". */
export const inferCurrency: FigureRefiner = (found, { text, locale }) => {
  if (!locale.moneyCue) return found;
  let lastMoney: Candidate | null = null;
  for (const f of found) {
    if (!f.bare) {
      if (f.kind === "money") lastMoney = f;
      continue;
    }
    if (!lastMoney || !f.atom.scaled || f.atom.vague || (f.value ?? f.low ?? f.high ?? 0) < 1e5) continue;
    // The cue must be in the same sentence, shortly before the number.
    const from = Math.max(0, f.start - 80);
    let before = text.slice(from, f.start);
    const stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
    if (stop >= 0) before = before.slice(stop + 1);
    if (!locale.moneyCue.test(before)) continue;
    f.unit = lastMoney.unit;
    f.kind = "money";
    f.unit_provenance = "inferred";
    f.bare = false;
  }
  return found;
};

/** Drop what is still bare and resolve overlaps (the longer figure wins). */
export const dropBare: FigureRefiner = (found) => {
  const kept = found.filter((f) => !f.bare);
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const f of kept) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) {
      if (f.end - f.start > prev.end - prev.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
};

export function runFigures(text: string, locale: FigureLocale, extractors: FigureExtractor[], refiners: FigureRefiner[]): FigureFound[] {
  const ctx: FigureContext = { text, locale };
  let found: Candidate[] = [];
  for (const atom of findAtoms(text, locale)) {
    for (const ex of extractors) {
      const c = ex(atom, ctx);
      if (c) {
        found.push(c);
        break;
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const r of refiners) found = r(found, ctx);
  return found.map(({ start, end, value, low, high, unit, approx, kind, bound, unit_provenance }) => ({
    start,
    end,
    value,
    low,
    high,
    unit,
    approx,
    kind,
    bound,
    unit_provenance,
  }));
}

