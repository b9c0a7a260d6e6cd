// The shared machinery of the time-expression extractors (chrono-style): a runner that scans a
// text with each parser's precompiled pattern, builders that turn stated components into
// inclusive ISO intervals, and the refiners (overlaps, year from the sentence, event anchors,
// ranges). The language packs (loaders/lang/{fr,en}/times/) hold only patterns and word lists.
//
// Every result is a TIMEX3-like item: its `type` (DATE, TIME, DURATION, SET) and TIMEX3 `value`
// serve the TimeBank/MEANTIME benchmarks (bench/suites/times.ts); `story` says whether it belongs
// in the Story's `times[]` (dates, and times of day that name a day; never durations, sets, bare
// clock times or "actuellement"/"currently").
//
// Written by hand, not with a library: @microsoft/recognizers-text-suite (already a dev dependency)
// scores strict F1 48.9, relaxed 73.4 and value F1 29.3 on the French TimeBank (measured once with
// the same matching as bench/suites/times.ts, about 1.5 s per article on this machine), far below
// the bar; chrono-node has no French TIMEX-style coverage of periods, seasons, decades or
// event-relative expressions, and neither resolves "par la suite" against the previous date.
//
// Resolution choices (where the issue was silent):
// - A month or day without a year: the year stated earlier in the same sentence; else the
//   occurrence nearest the publication, a future one counting double (news tell the past), unless
//   "dernier"/"prochain"/"last"/"next" or the sentence's tense (future, or past with nothing
//   pointing ahead) gives the direction (a month alone in a past-tense sentence: the last one on or
//   before the publication month; in a future-tense one: the next one on or after it); a weekday
//   written with the day ("jeudi 12 septembre") picks the year where they agree.
// - Weekdays alone: the last one on or before the publication (the next one on or after it in a
//   future-tense sentence); "dernier"/"last" and "prochain"/"next" skip the publication day.
// - Parts of periods (precision vague): "début/early" = Jan–Apr of a year, days 1–10 of a month;
//   "mi-/mid" = May–Aug, days 11–20; "fin/late" = Sep–Dec, days 21–end; decades in 4/3/3 years.
// - Seasons: astronomical dates (spring 20 Mar–20 Jun, summer 21 Jun–22 Sep, autumn 23 Sep–20 Dec,
//   winter 21 Dec–19 Mar of the next year); "cet été"/"this summer" is the publication year's.
// - Weeks are Monday–Sunday and have precision vague (the Story has no week precision).
// - "récemment"/"recently": from the start of the publication year, or three months back when
//   earlier, to the end of the publication interval; "ces derniers mois" 6 months, "ces dernières
//   années" 5 years, "ces derniers jours" 10 days back; "par le passé"/"previously": null..publication.
// - "depuis 2019"/"since 2019": 2019-01-01..end of publication; "d'ici 2025"/"by 2025": publication
//   ..2025-12-31; "avant 2020"/"before 2020": null..2019-12-31; "après 2018"/"after 2018": 2019-01-01..null.
// - "il y a deux ans"/"two years ago" and "deux ans plus tard": the unit's grain (the year 2021),
//   not a day; weeks and days at day grain. Vague counts ("quelques", "a few") give a range.
// - Event-relative expressions take the last dated, non-vague expression before them (else the
//   publication, with anchor "publication"); "par la suite"/"afterwards" run from it to publication.
// - Ranges ("du 19 au 23 juillet", "de 2015 à 2018", "between 2015 and 2018") are one Story time;
//   the TIMEX3 view keeps their two ends apart, as TimeML does.
import type { Precision } from "../../types.ts";
import type { Reference, TimeFound } from "../pack.ts";
import {
  addMonths,
  dayNumber,
  isoOf,
  isoWeek,
  monthEnd,
  monthStart,
  parseIso,
  shiftDay,
  validDay,
  weekStart,
  weekday,
  ymd,
} from "./times-calendar.ts";
import { holidayDay, holidayNear, type HolidayId } from "./times-holidays.ts";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";
export type Grain = "day" | "week" | "month" | "quarter" | "year" | "decade";
export type Part = "start" | "mid" | "end";

export interface TimeResult extends TimeFound {
  type: TimexType;
  /** TIMEX3 value: `2023-04-11`, `2023-04`, `2023`, `2023-SP`, `2023-Q1`, `199X`, `2023-W15`, `P2Y`, `PAST_REF`... */
  value: string;
  /** TIMEX3 mod (START, MID, END, APPROX, ...). */
  mod?: string;
  /** Name of the parser that found it. */
  parser: string;
  /** Belongs in the Story's times[] (see the header). */
  story: boolean;
  /** Month and day as stated, for results whose year was inferred (re-resolved from the sentence's year). */
  month?: number;
  day?: number;
  /** Part of the period ("fin mars"), kept for re-resolution. */
  part?: Part;
  /** Resolved against the previous time expression of the text (see `resolveAnchors`). */
  shift?: Shift;
  /** The period as stated, when the interval was opened by a cue ("depuis 2019" states 2019). */
  stated?: { from: string; to: string; precision: Precision };
}

/** How an event-anchored expression is resolved against the previous dated expression. */
export interface Shift {
  /** point: the anchor moved by n units ("deux ans plus tard"); after: from the anchor to publication
   * ("par la suite"); same: the anchor itself ("la même année"); clock: a time of day on the anchor's day. */
  mode: "point" | "after" | "same" | "clock";
  unit: Grain;
  n: number;
  /** For mode clock: the TIMEX3 time suffix, `T14:00` or `TEV`. */
  clock?: string;
}

/** A parser's answer: a result without the bookkeeping the runner fills in. */
export type Draft = Omit<TimeResult, "start" | "end" | "parser" | "story"> & { start?: number; end?: number; story?: boolean };

export interface Context {
  text: string;
  ref: Reference;
  /** First and last day of the publication interval. */
  refFrom: number;
  refTo: number;
  /** True when the sentence around `index` is in the future tense (language-specific). */
  future(index: number): boolean;
  /** True when the sentence around `index` is in a past tense and nothing in it points ahead. */
  past(index: number): boolean;
}

export interface Parser {
  name: string;
  /** Optional cheap pattern (flags g, i) for the words the expression cannot do without (a month name,
   * a digit): the full pattern then runs only on windows around its hits, which keeps the scan fast. */
  anchor?: RegExp;
  /** Built with `rx` (flags g, d, u): one pass over the text. A named group `t` gives the span when the
   * match carries cue words that are not part of the expression ("en 2015" spans "2015"). */
  pattern: RegExp;
  extract(m: RegExpExecArray, ctx: Context): Draft | null;
}

/** Compiles a pattern with letter/digit boundaries on both sides (`\b` fails on accented letters). */
export function rx(source: string, flags = "iu"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, `g${flags}d`);
}

/** Alternation of words (longest first, so "septembre" is tried before "sept"). */
export function alt(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]").replace(/ /g, "\\s+"))
    .join("|");
}

/** Normalises a word for lexicon look-up: lower case, curly apostrophe to straight, spaces collapsed. */
export const norm = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, " ").trim();

export type Tense = "past" | "future" | null;

export function makeContext(text: string, ref: Reference, tense: (text: string, index: number) => Tense): Context {
  // The tense of a sentence is asked for several times at one offset (future, then past; several parsers).
  const memo = new Map<number, Tense>();
  const tenseAt = (i: number): Tense => {
    let t = memo.get(i);
    if (t === undefined && !memo.has(i)) memo.set(i, (t = tense(text, i)));
    return t ?? null;
  };
  return { text, ref, refFrom: parseIso(ref.from), refTo: parseIso(ref.to), future: (i) => tenseAt(i) === "future", past: (i) => tenseAt(i) === "past" };
}

/** Whether a UTF-16 code unit is `.`, `!`, `?` or a line feed (what ends a sentence for the cheap scans). */
export const sentenceMark = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;

/** The sentence around an offset (cheap: scans to the nearest . ! ? or line break on each side). */
export function sentenceAround(text: string, index: number): string {
  let s = index;
  while (s > 0 && !sentenceMark(text.charCodeAt(s - 1))) s--;
  let e = index;
  while (e < text.length && !sentenceMark(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

/** Characters of context kept before and after an anchor hit (longer than any cue in front of a date). */
const BACK = 56;
const AHEAD = 72;

// Character classes for the window scan, cached per UTF-16 code unit as they are met (a table built
// up front would cost tens of milliseconds at start-up): JavaScript's `\s`, `\p{L}`, `[\p{L}\p{N}]`. An
// anchor's leading `(?<![\p{L}])` is checked with them rather than in the regular expression: the same
// hits, and irregexp scans a pattern without a look-behind in front several times faster.
const KNOWN = 1;
const IS_SPACE = 2;
const IS_LETTER = 4;
const IS_WORD = 8;
const CLASSES = new Uint8Array(65536);
function classOf(c: number): number {
  let k = CLASSES[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN;
    if (/\s/.test(ch)) k |= IS_SPACE;
    if (/\p{L}/u.test(ch)) k |= IS_LETTER | IS_WORD;
    else if (/\p{N}/u.test(ch)) k |= IS_WORD;
    CLASSES[c] = k;
  }
  return k;
}
const isSpace = (c: number): boolean => (classOf(c) & IS_SPACE) !== 0;

/** Whether the code point that ends right before `i` is a letter. */
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return /\p{L}/u.test(text.slice(i - 2, i));
  }
  return (classOf(c) & IS_LETTER) !== 0;
}

const NOT_AFTER_LETTER = "(?<![\\p{L}])(?:";
/** The anchor without its leading letter look-behind (checked by hand in `windows`), or null. */
const plainAnchors = new WeakMap<RegExp, RegExp | null>();
function plainAnchor(anchor: RegExp): RegExp | null {
  let plain = plainAnchors.get(anchor);
  if (plain === undefined) {
    const s = anchor.source;
    plain = s.startsWith(NOT_AFTER_LETTER) && s.endsWith(")") && balanced(s.slice(NOT_AFTER_LETTER.length - 3)) ? new RegExp(s.slice(NOT_AFTER_LETTER.length - 3), anchor.flags) : null;
    plainAnchors.set(anchor, plain);
  }
  return plain;
}

/** Whether a pattern is one group `(?:...)` from its first to its last character. */
function balanced(s: string): boolean {
  let depth = 0;
  let cls = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (cls) cls = c !== "]";
    else if (c === "[") cls = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0 && i < s.length - 1) return false;
  }
  return depth === 0;
}

/** Disjoint windows of text around the hits of an anchor, cut at white space so that word boundaries
 * inside a window are those of the text. */
function windows(text: string, anchor: RegExp): [number, number][] {
  const out: [number, number][] = [];
  const plain = plainAnchor(anchor);
  const re = plain ?? anchor;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (plain && letterBefore(text, m.index)) {
      // The look-behind would have failed here: the scan goes on from the next character.
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m[0].length === 0) re.lastIndex++;
    let a = Math.max(0, m.index - BACK);
    while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--;
    let b = Math.min(text.length, m.index + m[0].length + AHEAD);
    while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Moves a match found in a window to text offsets. */
function shift(m: RegExpExecArray, by: number): RegExpExecArray {
  if (!by) return m;
  m.index += by;
  const ind = m.indices;
  if (ind) {
    for (let i = 0; i < ind.length; i++) if (ind[i]) ind[i] = [ind[i]![0] + by, ind[i]![1] + by];
    if (ind.groups) for (const k of Object.keys(ind.groups)) { const v = ind.groups[k]; if (v) ind.groups[k] = [v[0] + by, v[1] + by]; }
  }
  return m;
}

const NOT_IN_WORD = "(?<![\\p{L}\\p{N}])(?:";

/** Whether the code point that ends right before `i` is a letter or a digit. */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return /[\p{L}\p{N}]/u.test(text.slice(i - 2, i));
  }
  return (classOf(c) & IS_WORD) !== 0;
}

/** A pattern built by `rx` scans fast without its leading look-behind and without indices (flag d):
 * `scan` finds where the pattern can match (the look-behind checked by hand), then `at` (sticky, with
 * indices) reads the very same match there. Null for other patterns. */
interface Scan {
  scan: RegExp;
  at: RegExp;
}
const scans = new WeakMap<RegExp, Scan | null>();
function scanOf(pattern: RegExp): Scan | null {
  let sc = scans.get(pattern);
  if (sc === undefined) {
    const s = pattern.source;
    const body = s.slice(NOT_IN_WORD.length - 3);
    sc =
      s.startsWith(NOT_IN_WORD) && pattern.flags.includes("g") && !pattern.flags.includes("y") && balancedPrefix(body)
        ? { scan: new RegExp(uncaptured(body), pattern.flags.replace("d", "")), at: new RegExp(s, pattern.flags.replace("g", "") + "y") }
        : null;
    scans.set(pattern, sc);
  }
  return sc;
}

/** Whether a pattern starts with one group `(?:...)` that holds no back-reference (the scan's pattern drops
 * the look-behind in front of it; a back-reference's group numbers would stay the same, but keep it simple). */
function balancedPrefix(s: string): boolean {
  if (!s.startsWith("(?:") || /\\[1-9k]/.test(s)) return false;
  let depth = 0;
  let cls = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (cls) cls = c !== "]";
    else if (c === "[") cls = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return true;
  }
  return false;
}

/** The same pattern with its capturing groups made non-capturing (same matches, cheaper results). */
function uncaptured(s: string): string {
  let out = "";
  let cls = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") {
      out += c + (s[i + 1] ?? "");
      i++;
    } else if (cls) {
      cls = c !== "]";
      out += c;
    } else if (c === "[") {
      cls = true;
      out += c;
    } else if (c === "(" && s[i + 1] !== "?") out += "(?:";
    else if (c === "(" && s[i + 2] === "<" && s[i + 3] !== "=" && s[i + 3] !== "!") {
      out += "(?:";
      i = s.indexOf(">", i);
    } else out += c;
  }
  return out;
}

/** The next match of a parser's pattern in `piece` from `from`, exactly as `pattern.exec` finds it. */
function nextMatch(p: Parser, sc: Scan | null, piece: string, from: number): RegExpExecArray | null {
  if (!sc) {
    p.pattern.lastIndex = from;
    return p.pattern.exec(piece);
  }
  const { scan, at } = sc;
  scan.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = scan.exec(piece))) {
    if (!wordCharBefore(piece, m.index)) {
      at.lastIndex = m.index;
      const full = at.exec(piece);
      if (full) return full;
    }
    // The look-behind fails here: the pattern tries the next position.
    scan.lastIndex = m.index + 1;
  }
  return null;
}

/** One anchor object per anchor pattern (parsers made with the same anchor words share one). */
const anchorBySource = new Map<string, RegExp>();
const anchorOf = new WeakMap<RegExp, RegExp>();
function sameAnchor(anchor: RegExp): RegExp {
  let a = anchorOf.get(anchor);
  if (!a) {
    const key = `${anchor.flags}/${anchor.source}`;
    a = anchorBySource.get(key);
    if (!a) anchorBySource.set(key, (a = anchor));
    anchorOf.set(anchor, a);
  }
  return a;
}

/** Runs the parsers in order; a result keeps the span of its group `t` when there is one. */
export function runParsers(parsers: readonly Parser[], ctx: Context): TimeResult[] {
  const out: TimeResult[] = [];
  const whole: [number, number][] = [[0, ctx.text.length]];
  // Parsers that share an anchor (the month names, a 4-digit year) share its windows.
  const seen = new Map<RegExp, [number, number][]>();
  const windowsOf = (anchor: RegExp) => {
    const key = sameAnchor(anchor);
    let w = seen.get(key);
    if (!w) seen.set(key, (w = windows(ctx.text, anchor)));
    return w;
  };
  for (const p of parsers) {
    const sc = scanOf(p.pattern);
    for (const [a, b] of p.anchor ? windowsOf(p.anchor) : whole) {
      const piece = a === 0 && b === ctx.text.length ? ctx.text : ctx.text.slice(a, b);
      let m: RegExpExecArray | null;
      let from = 0;
      while ((m = nextMatch(p, sc, piece, from))) {
        const len = m[0].length;
        from = m.index + (len === 0 ? 1 : len);
        if (len === 0) continue;
        shift(m, a);
        const d = p.extract(m, ctx);
        if (!d) continue;
        const t = m.indices?.groups?.t;
        const start = d.start ?? (t ? t[0] : m.index);
        const end = d.end ?? (t ? t[1] : m.index + m[0].length);
        out.push({ ...d, start, end, parser: p.name, story: d.story ?? (d.type === "DATE" || (d.type === "TIME" && d.precision !== "vague")) });
      }
    }
  }
  // Windows may overlap across parsers but not within one; the same span twice comes only from one parser.
  return out;
}

/** Gives a parser its anchor (see `Parser.anchor`). */
export function anchored(p: Parser, source: string): Parser {
  return { ...p, anchor: new RegExp(`(?<![\\p{L}])(?:${source})`, "giu") };
}

// ---------------------------------------------------------------------------------------------
// Builders: stated components to intervals and TIMEX3 values.

const seasonCode = { spring: "SP", summer: "SU", autumn: "FA", winter: "WI" } as const;
export type Season = keyof typeof seasonCode;

export function interval(from: number | null, to: number | null) {
  return { from: from === null ? null : isoOf(from), to: to === null ? null : isoOf(to) };
}

/** The first and last day of the grain unit holding day n. */
export function grainBounds(n: number, grain: Grain): [number, number] {
  const { y, m } = ymd(n);
  switch (grain) {
    case "day":
      return [n, n];
    case "week":
      return [weekStart(n), weekStart(n) + 6];
    case "month":
      return [monthStart(y, m), monthEnd(y, m)];
    case "quarter": {
      const q = Math.floor((m - 1) / 3);
      return [monthStart(y, 3 * q + 1), monthEnd(y, 3 * q + 3)];
    }
    case "year":
      return [dayNumber(y, 1, 1), dayNumber(y, 12, 31)];
    case "decade": {
      const d0 = y - (y % 10);
      return [dayNumber(d0, 1, 1), dayNumber(d0 + 9, 12, 31)];
    }
  }
}

/** TIMEX3 value of the grain unit holding day n. */
export function grainValue(n: number, grain: Grain): string {
  const iso = isoOf(n);
  switch (grain) {
    case "day":
      return iso;
    case "week":
      return isoWeek(n);
    case "month":
      return iso.slice(0, 7);
    case "quarter":
      return `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
    case "year":
      return iso.slice(0, 4);
    case "decade":
      return `${iso.slice(0, 3)}X`;
  }
}

const precisionOf = (g: Grain): Precision => (g === "week" ? "vague" : g);

export function dayResult(y: number, m: number, d: number, inferred: string[] = [], anchor: TimeFound["anchor"] = "absolute"): Draft {
  const n = dayNumber(y, m, d);
  return { ...interval(n, n), precision: "day", anchor, inferred, type: "DATE", value: isoOf(n), month: m, day: d };
}

export function monthResult(y: number, m: number, inferred: string[] = [], part?: Part): Draft {
  let a = monthStart(y, m);
  let b = monthEnd(y, m);
  if (part) [a, b] = partOf(a, b, part, "month");
  return {
    ...interval(a, b),
    precision: part ? "vague" : "month",
    anchor: "absolute",
    inferred,
    type: "DATE",
    value: isoOf(monthStart(y, m)).slice(0, 7),
    mod: part?.toUpperCase(),
    month: m,
    part,
  };
}

export function yearResult(y: number, part?: Part): Draft {
  let a = dayNumber(y, 1, 1);
  let b = dayNumber(y, 12, 31);
  if (part) [a, b] = partOf(a, b, part, "year");
  return { ...interval(a, b), precision: part ? "vague" : "year", anchor: "absolute", inferred: [], type: "DATE", value: String(y).padStart(4, "0"), mod: part?.toUpperCase(), part };
}

/** "les années 1990" (decade 1990), "le XIXe siècle" (century 19: 1801..1900, TIMEX3 `18XX`). */
export function decadeResult(first: number, part?: Part, century = false): Draft {
  const span = century ? 100 : 10;
  let a = dayNumber(first, 1, 1);
  let b = dayNumber(first + span - 1, 12, 31);
  if (part) [a, b] = partOf(a, b, part, century ? "century" : "decade");
  const value = century ? `${String(first).slice(0, 2)}XX` : `${String(first).slice(0, 3)}X`;
  return { ...interval(a, b), precision: part ? "vague" : "decade", anchor: "absolute", inferred: [], type: "DATE", value, mod: part?.toUpperCase() };
}

/** Seasons of the northern hemisphere, by the astronomical dates (spring 20 Mar–20 Jun, summer 21 Jun–22 Sep,
 * autumn 23 Sep–20 Dec, winter 21 Dec–19 Mar); "l'hiver 2022" is the winter that starts in December 2022. */
export function seasonResult(y: number, s: Season, inferred: string[] = []): Draft {
  const b: Record<Season, [number, number]> = {
    spring: [dayNumber(y, 3, 20), dayNumber(y, 6, 20)],
    summer: [dayNumber(y, 6, 21), dayNumber(y, 9, 22)],
    autumn: [dayNumber(y, 9, 23), dayNumber(y, 12, 20)],
    winter: [dayNumber(y, 12, 21), dayNumber(y + 1, 3, 19)],
  };
  const [a, z] = b[s];
  return { ...interval(a, z), precision: "season", anchor: "absolute", inferred, type: "DATE", value: `${y}-${seasonCode[s]}` };
}

export function seasonOfDay(n: number): { y: number; s: Season } {
  const { y, m, d } = ymd(n);
  const md = m * 100 + d;
  if (md < 320) return { y: y - 1, s: "winter" };
  if (md < 621) return { y, s: "spring" };
  if (md < 923) return { y, s: "summer" };
  if (md < 1221) return { y, s: "autumn" };
  return { y, s: "winter" };
}

/** The year of a season named without one: "cet été" the one nearest the publication, "l'été dernier"
 * the last one over before it, "l'été prochain" the next one, else the nearest. */
export function seasonYear(ctx: Context, s: Season, dir: "this" | "past" | "future" | "nearest" | "pastish"): number {
  const y0 = ymd(ctx.refFrom).y;
  // "cet été", "this fall": the one of the publication's year (for winter, the one under way in Jan–Mar).
  if (dir === "this") return s === "winter" && ymd(ctx.refFrom).m <= 3 ? y0 - 1 : y0;
  let best = y0;
  let bestCost = Infinity;
  for (const y of [y0 - 2, y0 - 1, y0, y0 + 1]) {
    const r = seasonResult(y, s);
    const a = parseIso(r.from!);
    const b = parseIso(r.to!);
    let cost: number;
    if (b < ctx.refFrom) cost = dir === "future" ? Infinity : ctx.refFrom - b;
    else if (a > ctx.refTo) cost = dir === "past" ? Infinity : (dir === "pastish" ? 4 : 1) * (a - ctx.refTo);
    else cost = dir === "past" || dir === "future" ? Infinity : 0;
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}

export function quarterResult(y: number, q: number, inferred: string[] = []): Draft {
  const a = monthStart(y, 3 * q - 2);
  const b = monthEnd(y, 3 * q);
  return { ...interval(a, b), precision: "quarter", anchor: "absolute", inferred, type: "DATE", value: `${y}-Q${q}` };
}

/** First or second half of a year ("premier semestre", "H1"): month-aligned, so precision month. */
export function halfResult(y: number, h: number, inferred: string[] = []): Draft {
  const a = monthStart(y, 6 * h - 5);
  const b = monthEnd(y, 6 * h);
  return { ...interval(a, b), precision: "month", anchor: "absolute", inferred, type: "DATE", value: `${y}-H${h}` };
}

/**
 * The part of a period named by "début", "mi-" and "fin" (documented choice):
 * a year's start is January–April, its middle May–August, its end September–December;
 * a month's start is days 1–10, its middle 11–20, its end 21–last; a decade's start its first
 * four years, middle the next three, end the last three; a century's thirds (0–32, 33–65, 66–99);
 * a week's start Monday–Tuesday, middle Wednesday–Thursday, end Friday–Sunday.
 */
export function partOf(a: number, b: number, part: Part, unit: "week" | "year" | "month" | "decade" | "century"): [number, number] {
  const s = ymd(a);
  // A week's start is Monday–Tuesday, its middle Wednesday–Thursday, its end Friday–Sunday.
  if (unit === "week") return part === "start" ? [a, a + 1] : part === "mid" ? [a + 2, a + 3] : [a + 4, b];
  if (unit === "year") {
    const [m0, m1] = part === "start" ? [1, 4] : part === "mid" ? [5, 8] : [9, 12];
    return [monthStart(s.y, m0), monthEnd(s.y, m1)];
  }
  if (unit === "month") {
    if (part === "start") return [a, a + 9];
    if (part === "mid") return [a + 10, a + 19];
    return [a + 20, b];
  }
  const len = unit === "decade" ? 10 : 100;
  const [o0, o1] = unit === "decade" ? (part === "start" ? [0, 3] : part === "mid" ? [4, 6] : [7, 9]) : part === "start" ? [0, 32] : part === "mid" ? [33, 65] : [66, 99];
  void len;
  return [dayNumber(s.y + o0, 1, 1), dayNumber(s.y + o1, 12, 31)];
}

// ---------------------------------------------------------------------------------------------
// Resolution against the publication date.

/** The year to give a month (and day) written without one: the nearest occurrence to the publication,
 * a future one counting double (news tell the past), unless a cue gives the direction. A month alone
 * in a past-tense sentence ("pastish": "laid off staff in November", "a licencié en novembre") is the
 * last one on or before the publication month, as with "dernier"/"last"; a day in such a sentence
 * keeps the weighted choice, a future day counting four times ("said it would share details on
 * July 14" told on July 13 is the next day). */
export function inferYear(ctx: Context, m: number, d: number | null, dirIn: "past" | "future" | "nearest" | "pastish"): number {
  const dir = dirIn === "pastish" && d === null ? "past" : dirIn;
  const y0 = ymd(ctx.refFrom).y;
  let best = y0;
  let bestCost = Infinity;
  for (const y of [y0 - 1, y0, y0 + 1]) {
    if (d !== null && !validDay(y, m, d)) continue;
    const a = d === null ? monthStart(y, m) : dayNumber(y, m, d);
    const b = d === null ? monthEnd(y, m) : a;
    let cost: number;
    if (b < ctx.refFrom) cost = dir === "future" ? Infinity : ctx.refFrom - b;
    else if (a > ctx.refTo) cost = dir === "past" ? Infinity : (dir === "pastish" ? 4 : dir === "future" ? 1 : 2) * (a - ctx.refTo);
    else cost = 0;
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}

/** The publication interval moved by k units, snapped to whole units: "l'an dernier" (year, -1). */
export function fromPublication(ctx: Context, unit: Grain, k: number): Draft {
  const u = unit === "decade" ? "year" : unit === "quarter" ? "month" : unit;
  const kk = unit === "decade" ? 10 * k : unit === "quarter" ? 3 * k : k;
  const a = grainBounds(shiftDay(ctx.refFrom, u, kk), unit)[0];
  const b = grainBounds(shiftDay(ctx.refTo, u, kk), unit)[1];
  const single = grainBounds(a, unit)[1] === b;
  return {
    ...interval(a, b),
    precision: single ? precisionOf(unit) : "vague",
    anchor: "publication",
    inferred: inferredBelow(unit),
    type: "DATE",
    value: single ? grainValue(a, unit) : grainValue(a, coarser(ctx.ref.precision, unit)),
  };
}

const ORDER: Grain[] = ["day", "week", "month", "quarter", "year", "decade"];
const coarser = (p: Reference["precision"], g: Grain): Grain => (ORDER.indexOf(p) > ORDER.indexOf(g) ? p : g);

/** What a publication-relative expression infers: every component it resolves, from the publication date. */
function inferredBelow(unit: Grain): string[] {
  if (unit === "day" || unit === "week") return ["year", "month", "day"];
  if (unit === "month" || unit === "quarter") return ["year", "month"];
  return ["year"];
}

/** A weekday (0 = Monday) near the publication: the last one on or before it, or the next one on or after it
 * when the sentence is in the future tense; `strict` ("dernier", "prochain", "last", "next") skips the
 * publication day itself. */
export function weekdayResult(ctx: Context, wd: number, dir: "past" | "future", strict = false): Draft {
  if (ctx.ref.precision !== "day") {
    const a = dir === "past" ? ctx.refFrom - 6 : ctx.refFrom + 1;
    const b = dir === "past" ? ctx.refTo : ctx.refTo + 7;
    return { ...interval(a, b), precision: "vague", anchor: "publication", inferred: ["year", "month", "day"], type: "DATE", value: grainValue(a, "month") };
  }
  const r = ctx.refFrom;
  const back = (weekday(r) - wd + 7) % 7;
  const ahead = (wd - weekday(r) + 7) % 7;
  const n = dir === "past" ? r - (back || (strict ? 7 : 0)) : r + (ahead || (strict ? 7 : 0));
  return { ...interval(n, n), precision: "day", anchor: "publication", inferred: ["year", "month", "day"], type: "DATE", value: isoOf(n) };
}

/** "récemment", "recently": from the start of the publication year, or three months back when that is
 * earlier, to the end of the publication interval. */
export function recentResult(ctx: Context): Draft {
  const { y, m } = ymd(ctx.refFrom);
  const back = addMonths(y, m, -3);
  const a = Math.min(dayNumber(y, 1, 1), monthStart(back.y, back.m));
  return { ...interval(a, ctx.refTo), precision: "vague", anchor: "publication", inferred: [], type: "DATE", value: "PAST_REF" };
}

/** "ces dernières années", "in recent years": n units back to the end of the publication interval. */
export function lastUnitsResult(ctx: Context, unit: Grain, n: number): Draft {
  const u = unit === "decade" ? "year" : unit === "quarter" ? "month" : unit;
  const a = grainBounds(shiftDay(ctx.refFrom, u, unit === "decade" ? -10 * n : unit === "quarter" ? -3 * n : -n), unit === "week" ? "day" : unit)[0];
  return { ...interval(a, ctx.refTo), precision: "vague", anchor: "publication", inferred: [], type: "DATE", value: "PAST_REF" };
}

/** "par le passé", "previously": an open past up to the end of the publication interval. */
export function pastResult(ctx: Context): Draft {
  return { ...interval(null, ctx.refTo), precision: "vague", anchor: "publication", inferred: [], type: "DATE", value: "PAST_REF" };
}

/** "d'ici 2025", "by 2025": from the publication to the end of the stated period. */
export function untilResult(ctx: Context, end: Draft): Draft {
  end = keepStated(end);
  // "jusqu'en 2018" told after 2018 is an open past ending then.
  if (end.to && parseIso(end.to) < ctx.refFrom) return { ...end, from: null, precision: "vague", mod: "BEFORE" };
  return { ...end, from: isoOf(ctx.refFrom), precision: "vague", anchor: "publication", mod: "BEFORE" };
}

/** "depuis 2019", "since 2019": from the start of the stated period to the end of the publication interval. */
export function sinceResult(ctx: Context, start: Draft): Draft {
  start = keepStated(start);
  // "à partir de 2024" told before 2024 is an open future starting then.
  if (start.from && parseIso(start.from) > ctx.refTo) return { ...start, to: null, precision: "vague", mod: "AFTER" };
  return { ...start, to: isoOf(ctx.refTo), precision: "vague", mod: "AFTER" };
}

function keepStated(d: Draft): Draft {
  return d.from && d.to && d.precision !== "vague" && !d.stated ? { ...d, stated: { from: d.from, to: d.to, precision: d.precision } } : d;
}

/** "avant 2020", "before 2018": an open past up to the day before the stated period. */
export function beforeResult(d: Draft): Draft {
  d = keepStated(d);
  return d.from ? { ...d, from: null, to: isoOf(parseIso(d.from) - 1), precision: "vague", mod: "BEFORE" } : d;
}

/** "après 2018", "after 2016": an open future from the day after the stated period. */
export function afterResult(d: Draft): Draft {
  d = keepStated(d);
  return d.to ? { ...d, from: isoOf(parseIso(d.to) + 1), to: null, precision: "vague", mod: "AFTER" } : d;
}

/** The same interval relative to publication, for event-anchored drafts that wait for their anchor. */
export function eventDraft(shift: Shift, type: TimexType = "DATE"): Draft {
  return { from: null, to: null, precision: "vague", anchor: "event", inferred: [], type, value: "", shift };
}

/** A holiday parser from a language's names: "à Noël", "Noël 2022", "Christmas", "last Thanksgiving".
 * Names listed in `capitalOnly` count only when capitalised ("l'ascension de ChatGPT" is a rise). */
export function holidayParser(
  name: string,
  names: Readonly<Record<string, HolidayId>>,
  opts: { before: string; det: string; past: string; future: string; capitalOnly: ReadonlySet<string> },
): Parser {
  const YEAR = "(?:1\\d{3}|20\\d\\d)(?![,.]\\d)";
  return {
    name,
    pattern: rx(`(?:(?:${opts.before})\\s+)?(?<t>(?:(?<det>${opts.det})\\s+)?(?<h>${alt(Object.keys(names))})(?:\\s+(?:(?<y>${YEAR})|(?<past>${opts.past})|(?<future>${opts.future})))?)`),
    extract(m, ctx) {
      const g = m.groups!;
      const key = norm(g.h);
      if (opts.capitalOnly.has(key) && g.h[0] === g.h[0].toLowerCase()) return null;
      const id = names[key];
      if (!id) return null;
      const detNorm = norm(g.det ?? "");
      const dir = g.past || /^(?:last|past)$/.test(detNorm) ? "past" : g.future || /^(?:next|coming)$/.test(detNorm) ? "future" : ctx.future(m.index) ? "future" : ctx.past(m.index) ? "pastish" : "nearest";
      const n = g.y ? holidayDay(id, Number(g.y)) : holidayNear(id, ctx.refFrom, ctx.refTo, dir);
      const r = { ...interval(n, n), precision: "day" as const, anchor: "absolute" as const, inferred: g.y ? [] : ["year"], type: "DATE" as const, value: isoOf(n) };
      return g.y ? r : { ...r, anchor: "publication" as const };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Refiners, run in this order by `refine`.

/** Keeps, among overlapping results, the longest (then the one of the earlier parser). */
export function dropOverlaps(results: TimeResult[], order: readonly Parser[]): TimeResult[] {
  const rank = new Map(order.map((p, i) => [p.name, i]));
  const sorted = [...results].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (rank.get(a.parser) ?? 0) - (rank.get(b.parser) ?? 0) || a.start - b.start,
  );
  const kept: TimeResult[] = [];
  for (const r of sorted) if (!kept.some((k) => k.start < r.end && r.start < k.end)) kept.push(r);
  return kept.sort((a, b) => a.start - b.start);
}

/** A month or day written without a year takes the year stated earlier in the same sentence
 * ("En 2018, ... en mars" is March 2018), else keeps the year inferred from the publication. */
export function yearFromSentence(results: TimeResult[], ctx: Context): TimeResult[] {
  let lastYear: { y: number; end: number } | null = null;
  return results.map((r) => {
    // Only a plain year counts: "depuis 2019, ... en janvier" is not January 2019.
    if (r.type === "DATE" && !r.inferred.includes("year") && !r.stated && r.from && r.to && r.from.slice(0, 4) === r.to.slice(0, 4) && r.precision !== "decade" && r.anchor === "absolute") {
      lastYear = { y: Number(r.from.slice(0, 4)), end: r.end };
      return r;
    }
    if (!lastYear || !r.inferred.includes("year") || r.month === undefined || r.anchor !== "absolute") return r;
    if (/[.!?\n]/.test(ctx.text.slice(lastYear.end, r.start))) return r;
    const y = lastYear.y;
    const d = r.day === undefined ? monthResult(y, r.month, r.inferred, r.part) : dayResult(y, r.month, r.day, r.inferred);
    return { ...r, from: d.from, to: d.to, value: d.value };
  });
}

/** Resolves event-anchored results against the previous dated result ("En 2018 ... deux ans plus
 * tard"), or against the publication when there is none. */
export function resolveAnchors(results: TimeResult[], ctx: Context): TimeResult[] {
  let anchor: { from: number; to: number; grain: Grain } | null = null;
  const out: TimeResult[] = [];
  for (const r of results) {
    if (!r.shift) {
      const p = r.stated ?? (r.from && r.to && r.precision !== "vague" ? { from: r.from, to: r.to, precision: r.precision } : null);
      if (p && (r.type === "DATE" || r.type === "TIME")) {
        const grain: Grain = p.precision === "season" ? "month" : (p.precision as Grain);
        anchor = { from: parseIso(p.from), to: parseIso(p.to), grain };
      }
      out.push(r);
      continue;
    }
    const s = r.shift;
    const a = anchor ?? { from: ctx.refFrom, to: ctx.refTo, grain: ctx.ref.precision as Grain };
    const via: TimeFound["anchor"] = anchor ? "event" : "publication";
    if (s.mode === "after") {
      out.push({ ...r, ...interval(a.from, ctx.refTo), precision: "vague", anchor: via, value: r.value || "FUTURE_REF" });
      continue;
    }
    if (s.mode === "clock") {
      const day = a.grain === "day" ? a.from : ctx.ref.precision === "day" ? ctx.refFrom : null;
      if (day === null) out.push({ ...r, ...interval(ctx.refFrom, ctx.refTo), precision: "vague", anchor: "publication", value: `XXXX-XX-XX${s.clock}`, story: false });
      else out.push({ ...r, ...interval(day, day), precision: "day", anchor: anchor ? "event" : "publication", value: `${isoOf(day)}${s.clock}`, story: false });
      continue;
    }
    const unit = s.mode === "same" ? (ORDER.indexOf(s.unit) < ORDER.indexOf(a.grain) ? a.grain : s.unit) : s.unit;
    const u = unit === "decade" ? "year" : unit === "quarter" ? "month" : unit;
    const k = unit === "decade" ? 10 * s.n : unit === "quarter" ? 3 * s.n : s.n;
    const from = grainBounds(shiftDay(a.from, u, k), unit)[0];
    const to = grainBounds(shiftDay(a.to, u, k), unit)[1];
    const single = grainBounds(from, unit)[1] === to;
    // A day-level shift of a coarser anchor ("le lendemain" after "en 2018") stays vague.
    const exact = single && ORDER.indexOf(unit) >= ORDER.indexOf(a.grain === "week" ? "day" : a.grain) ? true : single && a.grain === unit;
    out.push({
      ...r,
      ...interval(from, to),
      precision: exact && !r.mod ? precisionOf(unit) : "vague",
      anchor: via,
      inferred: ["year", "month", "day"].slice(0, unit === "day" || unit === "week" ? 3 : unit === "month" ? 2 : 1),
      value: r.value || (single ? grainValue(from, unit) : grainValue(from, a.grain)) + (s.clock && single && unit === "day" ? s.clock : ""),
      type: s.clock && single && unit === "day" ? "TIME" : r.type,
    });
  }
  return out;
}

/** The whole chain; `timex` keeps durations, sets and clock times (for the TimeBank benchmark). */
export function extractWith(parsers: readonly Parser[], text: string, ctx: Context): TimeResult[] {
  let rs = runParsers(parsers, ctx);
  rs = dropOverlaps(rs, parsers); // 1. one result per stretch of text, before anything reads neighbours
  rs = yearFromSentence(rs, ctx); // 2. years from the sentence, so that anchors below see the right year
  rs = resolveAnchors(rs, ctx); //   3. event-relative expressions need the resolved previous dates
  void text;
  return rs;
}

/** Range connectors between two dates, and the words that open a range before the first one. */
const RANGE_BETWEEN = /^\s*(?:-|–|—|au|à|a|et|jusqu['’]au|jusqu['’]à|to|through|until|till|and)\s*$/iu;
const RANGE_OPEN = /(?:^|[^\p{L}])(?:du|de|d['’]|entre|from|between)\s*$/iu;
const RANGE_DASH = /^\s*(?:[-–—]|au|jusqu['’]au|to|through)\s*$/iu;

/** Story refiner: "du 19 au 23 juillet", "de 2015 à 2018", "between 2015 and 2018", "2015-2018" become one
 * interval (the TIMEX3 view keeps two dates, as TimeML does). "les 6 et 13 avril" stays two days. */
export function mergeRanges(results: TimeFound[], text: string): TimeFound[] {
  const out: TimeFound[] = [];
  for (const r of results) {
    const a = out[out.length - 1];
    if (a && a.from && r.to && a.anchor !== "event" && r.anchor !== "event") {
      const between = text.slice(a.end, r.start);
      const opens = RANGE_OPEN.test(text.slice(Math.max(0, a.start - 12), a.start));
      if (RANGE_BETWEEN.test(between) && (opens || RANGE_DASH.test(between)) && (a.from <= r.to || (a.inferred.includes("year") && !r.inferred.includes("year")))) {
        const same = a.precision === r.precision && a.precision !== "vague";
        // "10 août - 12 septembre 2013": the first date takes the year stated with the second.
        let from = a.from;
        if (a.inferred.includes("year") && !r.inferred.includes("year") && r.to && from.length === 10) {
          from = r.to.slice(0, 4) + from.slice(4);
          if (from > r.to) from = String(Number(r.to.slice(0, 4)) - 1) + from.slice(4);
        }
        out[out.length - 1] = {
          start: a.start,
          end: r.end,
          from,
          to: r.to,
          precision: same ? a.precision : "vague",
          anchor: a.anchor === "absolute" && r.anchor === "absolute" ? "absolute" : "publication",
          inferred: [...new Set([...a.inferred, ...r.inferred])],
        };
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

/** The Story's view: only what places something in time, ranges joined. */
export function storyTimes(results: TimeResult[], text: string): TimeFound[] {
  const found = results
    .filter((r) => r.story)
    .map(({ start, end, from, to, precision, anchor, inferred }) => ({ start, end, from, to, precision, anchor, inferred }));
  return mergeRanges(found, text);
}
