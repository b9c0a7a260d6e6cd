// The shared scan runner of the figures extractors (chrono-style): a language pack gives its
// locale (word lists, patterns) and an ordered list of extractors and refiners; the runner finds
// the quantity atoms once (numbers and vague magnitudes), lets each extractor claim an atom (the
// first that returns a figure wins), then runs the refiners in order.
//
//   atoms      = numbers (loaders/lang/<lg>/numbers.ts) + vague magnitudes ("des dizaines de millions")
//                minus dates, years, ordinals, product names, times of day          (this file)
//   extractors = (atom, ctx) => Candidate | null   currency before, unit after...  (figures-extractors.ts)
//   refiners   = (candidates, ctx) => candidates    ranges, approx/bound words...   (figures-refiners.ts)
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
export function wordBefore(text: string, pos: number): string | null {
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

/** Blanks between an amount and its unit (sticky; read from `lastIndex`). */
const BLANK_AT = /[\s\u00A0\u202F\u2009]*/y;

/** Read the unit phrase that starts at `pos` (after blanks and, if allowed, a connector). */
export function readUnit(
  text: string,
  pos: number,
  locale: FigureLocale,
  connector: boolean,
): { end: number; entry: UnitEntry; provenance: Provenance } | null {
  let p = pos;
  const blank = BLANK_AT;
  blank.lastIndex = p;
  blank.exec(text);
  p = blank.lastIndex;
  if (p - pos > 3 || /\n/.test(text.slice(pos, p))) return null;
  let hit = attemptUnit(text, locale, p, locale.skipCapitalised);
  if (hit) return hit;
  // "a 12-cent dividend", "a one-yen bid": a hyphen joins the amount and a currency word.
  if (p === pos && text[p] === "-") {
    const h = attemptUnit(text, locale, p + 1, 0);
    if (h && h.entry.kind === "money") return h;
  }
  if (connector) {
    locale.connector.lastIndex = p;
    const c = locale.connector.exec(text);
    if (c) {
      hit = attemptUnit(text, locale, p + c[0].length, locale.skipCapitalised);
      if (hit) return hit;
    }
  }
  return null;
}

/** The unit phrase at `q`, skipping up to `skipCaps` brand words (a module function, not a closure made per call). */
function attemptUnit(text: string, locale: FigureLocale, q: number, skipCaps: number): { end: number; entry: UnitEntry; provenance: Provenance } | null {
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
}

interface Tok {
  t: string;
  start: number;
  end: number;
  /** Its part of a unit key (folded, singular), computed once when a look-up needs it. */
  key?: string;
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
    if (toks[at + len - 1].t === "de") continue;
    // The key of toks[at, at + len) as `unitKey` builds it, from each token's part (folded once).
    let key = "";
    for (let q = at; q < at + len; q++) {
      const tok = toks[q];
      if (tok.key === undefined) tok.key = unitKey([tok.t], locale.singular);
      key = q === at ? tok.key : key + " " + tok.key;
    }
    const entry = locale.units.entries.get(key);
    if (!entry) continue;
    const slice = toks.slice(at, at + len);
    if (entry.exact) {
      // Short entries match with their case ("Go" the gigabyte, not "go"); "GPUs" matches "GPU".
      const written = slice.map((x) => x.t).join(" ");
      if (written !== entry.exact && written !== entry.exact + "s") continue;
    }
    return { end: slice[len - 1].end, entry, provenance: "stated" };
  }
  return null;
}

/** A figure for an atom, its unit and the end of its span (`factor` converts sub-units: cents). */
export function candidate(atom: Atom, end: number, unit: string, kind: FigureKind, factor: number, start = atom.start): Candidate {
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
export const round = (x: number): number => Number(x.toPrecision(12));

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

