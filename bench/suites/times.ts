// Time expressions measured on other projects' data (../shared/peer-suites, read in place, never
// copied into the project). Run alone:
//   npx tsx -e 'import("./bench/suites/times.ts").then(async m=>console.table(await m.run()))'
// BENCH_VERBOSE=1 prints misses on stderr.
//
// What each row measures:
// - fr-timebank (French TimeBank 1.1, 108 Est Républicain news articles, 425 TIMEX3 of all types) and
//   meantime (English Wikinews, 120 documents, 368 TIMEX3): `extractTimex` (every TIMEX3-like item:
//   dates, times, durations, sets) against the gold TIMEX3, resolved against each document's creation
//   time (DCT, a day). One-to-one greedy matching. `passed` = STRICT matches (same start and end);
//   the notes give strict P/R/F1, RELAXED (overlap) F1, and value F1: a relaxed match whose TIMEX3
//   value equals the gold value (upper case, `mod` ignored) is correct; value P = correct / predicted,
//   value R = correct / gold (the TempEval-3 definition, comparable with HeidelTime's published
//   French figures: strict F1 86.0, relaxed 91.0, value F1 73.6). A second row restricts both sides
//   to DATE (what the Story's times[] holds).
//   Caveat: the French rules were improved by reading the TimeBank misses (span conventions such as
//   prepositions left out, ages that are not durations, TimeML temporal adjectives), so fr-timebank
//   is not a blind test; MEANTIME was read the same way for English, once. No case is copied.
// - chrono fr/en, duckling fr/en time, recognizers-text fr/en datetime: one case per input. Only
//   expected items that are dates or periods count (chrono: no asserted hour; duckling: grain day,
//   week, month, quarter or year; recognizers-text: kind date or daterange, cases not marked
//   unsupported in JavaScript); cases with none are left out; cases that expect nothing count and
//   pass when `extractTimes` finds nothing. A counted item passes when one of our Story times
//   overlaps its span (the whole input when the suite gives no span) and, when the suite gives a
//   resolved value, our interval equals it: chrono's asserted year/month/day of the start (and end),
//   duckling's value at its grain (range ends exclusive, so end - 1 day; seasons within 2 days, as
//   their astronomical bounds move by a day), recognizers-text's value (`start/end`, end
//   exclusive; open sides not compared). A case passes when all its counted items pass.
//   The reference date is the suite's ("now"); our resolution prefers the past (news), the suites
//   mostly prefer the future ("lundi" = next Monday), which costs those cases: the pass rate is
//   reported as is, and the notes add the share of cases whose spans were all found (value not
//   compared) and the pass rate with the extractor's `direction: "future"` option.
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SuiteRow } from "./types.ts";
import type { Reference, TimeFound } from "../../loaders/lang/pack.ts";
import type { TimeResult } from "../../loaders/lang/common/times.ts";
import { extractTimex as timexFr, extractTimes as timesFr } from "../../loaders/lang/fr/times/index.ts";
import { extractTimex as timexEn, extractTimes as timesEn } from "../../loaders/lang/en/times/index.ts";
import { interval } from "../../loaders/dates.ts";
import { dayNumber, isoOf, parseIso } from "../../loaders/lang/common/times-calendar.ts";

const ROOT = process.env.PEER_SUITES ?? fileURLToPath(new URL("../../../shared/peer-suites/", import.meta.url));
const verbose = !!process.env.BENCH_VERBOSE;
const say = (s: string) => verbose && process.stderr.write(s + "\n");

function load<T>(path: string): T | null {
  const p = `${ROOT}/${path}`;
  if (!existsSync(p)) return null;
  return JSON.parse(readFileSync(p, "utf8")) as T;
}

function reference(day: string): Reference {
  const { from, to, precision } = interval(day.slice(0, 10));
  return { published: day.slice(0, 10), from, to, precision };
}

const f1 = (tp: number, np: number, ng: number) => {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pc = (x: number) => (100 * x).toFixed(1);

// ---------------------------------------------------------------------------------------------
// Annotated corpora (TimeBank, MEANTIME).

interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}
interface Doc {
  id: string;
  dct: string;
  text: string;
  timex: Timex[];
}

function corpusRows(name: string, docs: Doc[], extract: (text: string, ref: Reference) => TimeResult[]): SuiteRow[] {
  const rows: SuiteRow[] = [];
  for (const only of [null, "DATE"] as const) {
    let gold = 0;
    let pred = 0;
    let strict = 0;
    let relaxed = 0;
    let values = 0;
    for (const doc of docs) {
      const gs = doc.timex.filter((t) => !only || t.type === only);
      const ps = extract(doc.text, reference(doc.dct)).filter((t) => !only || t.type === only);
      gold += gs.length;
      pred += ps.length;
      const usedS = new Set<number>();
      for (const g of gs) {
        const i = ps.findIndex((p, k) => !usedS.has(k) && p.start === g.start && p.end === g.end);
        if (i >= 0) {
          usedS.add(i);
          strict++;
        }
      }
      const usedR = new Set<number>();
      for (const g of gs) {
        const same = (p: TimeResult) => p.value.toUpperCase() === g.value.toUpperCase();
        const overl = (p: TimeResult, k: number) => !usedR.has(k) && p.start < g.end && g.start < p.end;
        let i = ps.findIndex((p, k) => overl(p, k) && same(p));
        if (i < 0) i = ps.findIndex(overl);
        if (i >= 0) {
          usedR.add(i);
          relaxed++;
          if (!only && (ps[i].start !== g.start || ps[i].end !== g.end)) say(`${name} ${doc.id} span: "${g.text}" got "${doc.text.slice(ps[i].start, ps[i].end)}"`);
          if (same(ps[i])) values++;
          else if (!only) say(`${name} ${doc.id} value: "${g.text}" gold ${g.value} got ${ps[i].value} ("${doc.text.slice(ps[i].start, ps[i].end)}") [dct ${doc.dct}]`);
        } else if (!only) say(`${name} ${doc.id} missed: "${g.text}" ${g.type} ${g.value} ...${JSON.stringify(doc.text.slice(Math.max(0, g.start - 40), g.end + 20))}`);
      }
      if (!only)
        ps.forEach((p, k) => {
          if (!usedR.has(k)) say(`${name} ${doc.id} extra: "${doc.text.slice(p.start, p.end)}" ${p.type} ${p.value}`);
        });
    }
    const s = f1(strict, pred, gold);
    const r = f1(relaxed, pred, gold);
    const v = f1(values, pred, gold);
    rows.push({
      suite: `${name}${only ? " (DATE only)" : " (all TIMEX3)"}`,
      cases: gold,
      passed: strict,
      notes: `strict P ${pc(s.p)} R ${pc(s.r)} F1 ${pc(s.f)}; relaxed F1 ${pc(r.f)}; value F1 ${pc(v.f)} (value acc. on relaxed matches ${pc(relaxed ? values / relaxed : 0)}); predicted ${pred}`,
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Case suites (chrono, duckling, recognizers-text).

interface Expected {
  text?: string;
  kind: string;
  value?: string | number | null;
  timex?: string;
  start?: number;
  end?: number;
  grain?: string;
  mod?: string;
  components?: { start?: Record<string, number>; end?: Record<string, number> | null } | null;
}
interface Case {
  input: string;
  reference_date?: string | null;
  expected: Expected[];
  not_supported?: string[];
  source_case?: unknown;
}

type Check = (e: Expected, t: TimeFound) => boolean;

function caseSuite(
  name: string,
  cases: Case[],
  extractWith: (text: string, ref: Reference, options?: { direction?: "tense" | "future" }) => TimeFound[],
  counts: (e: Expected) => boolean,
  check: Check,
  keep: (c: Case) => boolean = () => true,
  defaultRef = "2012-08-10",
): SuiteRow {
  let n = 0;
  let passed = 0;
  let spotted = 0;
  let forward = 0;
  for (const c of cases) {
    if (!keep(c)) continue;
    const items = c.expected.filter(counts);
    if (c.expected.length && !items.length) continue;
    n++;
    const ref = reference(c.reference_date ? c.reference_date.slice(0, 10) : defaultRef);
    const judge = (found: TimeFound[], value: boolean) =>
      !c.expected.length
        ? found.length === 0
        : items.every((e) => {
            const s = e.start ?? 0;
            const end = e.end ?? c.input.length;
            return found.some((t) => t.start < end && s < t.end && (!value || check(e, t)));
          });
    const found = extractWith(c.input, ref);
    const ok = judge(found, true);
    if (judge(found, false)) spotted++;
    if (judge(extractWith(c.input, ref, { direction: "future" }), true)) forward++;
    if (ok) passed++;
    else say(`${name} #${String(c.source_case)} "${c.input}" [ref ${c.reference_date}] expected ${JSON.stringify(items.map((e) => [e.text, e.value ?? e.timex, e.grain]))} got ${JSON.stringify(found.map((t) => [c.input.slice(t.start, t.end), t.from, t.to]))}`);
  }
  return {
    suite: name,
    cases: n,
    passed,
    notes: `date/period items only; pass = overlapping span and equal value; spans found ${pc(spotted / n)}%; ${pc(forward / n)}% with direction "future" (the suite's convention)`,
  };
}

/** chrono: asserted year/month/day of the start (and end). */
const chronoCounts = (e: Expected) => {
  const s = e.components?.start;
  if (s) return !("hour" in s) && !("minute" in s) && ("day" in s || "month" in s || "year" in s);
  return typeof e.value === "string" && /T12:00:00(?:\.000)?(?:\/|$)/.test(e.value);
};
const chronoCheck: Check = (e, t) => {
  const comp = e.components;
  const parts = (iso: string | null) => (iso ? { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) } : null);
  const eq = (want: Record<string, number> | undefined | null, got: ReturnType<typeof parts>) =>
    !want || (!!got && (["year", "month", "day"] as const).every((k) => !(k in want) || want[k] === got[k]));
  if (comp) return eq(comp.start, parts(t.from)) && (!comp.end || eq(comp.end, parts(t.to)));
  const [a, b] = String(e.value).split("/");
  return a.slice(0, 10) === t.from && (!b || b.slice(0, 10) === t.to);
};

/** duckling: value at its grain; intervals with an exclusive end. */
const DUCK_GRAINS = new Set(["day", "week", "month", "quarter", "year"]);
const duckDay = (s: string) => {
  const y = Number(s.slice(0, 4));
  const m = Math.max(1, Number(s.slice(5, 7)));
  const d = Math.max(1, Number(s.slice(8, 10)));
  return dayNumber(y, m, d);
};
const duckCheck: Check = (e, t) => {
  if (typeof e.value !== "string") return true;
  const near = (a: number, b: string | null, tol: number) => b !== null && Math.abs(a - parseIso(b)) <= tol;
  if (e.kind === "datetimerange" && e.value.includes("/")) {
    const [a, b] = e.value.split("/");
    const tol = t.precision === "season" ? 2 : 0;
    return (a === ".." || near(duckDay(a), t.from, tol)) && (b === ".." || near(duckDay(b) - 1, t.to, tol));
  }
  const a = duckDay(e.value);
  const y = Number(e.value.slice(0, 4));
  const m = Math.max(1, Number(e.value.slice(5, 7)));
  let last = a;
  if (e.grain === "week") last = a + 6;
  else if (e.grain === "month") last = dayNumber(y, m + 1, 1) - 1;
  else if (e.grain === "quarter") last = dayNumber(y, m + 3, 1) - 1;
  else if (e.grain === "year") last = dayNumber(y + 1, 1, 1) - 1;
  return t.from === isoOf(a) && t.to === isoOf(last);
};

/** recognizers-text: `value` "2016-11-08" or "start/end" (end exclusive, ".." open). */
const rtCheck: Check = (e, t) => {
  if (typeof e.value !== "string" || !/^\d{4}-\d{2}-\d{2}|^\.\./.test(e.value)) return true;
  if (!e.value.includes("/")) return t.from === e.value && t.to === e.value;
  const [a, b] = e.value.split("/");
  return (a === ".." || t.from === a) && (b === ".." || (t.to !== null && isoOf(parseIso(b) - 1) === t.to));
};

export async function run(): Promise<SuiteRow[]> {
  const rows: SuiteRow[] = [];
  const tb = load<Doc[]>("fr-timebank/fr-timebank.json");
  if (tb) rows.push(...corpusRows("fr-timebank", tb, timexFr));
  const mt = load<Doc[]>("meantime/meantime.json");
  if (mt) rows.push(...corpusRows("meantime (en)", mt, timexEn));

  for (const lg of ["fr", "en"] as const) {
    const extract = lg === "fr" ? timesFr : timesEn;
    const chrono = load<Case[]>(`chrono/${lg}/datetime.json`);
    if (chrono) rows.push(caseSuite(`chrono/${lg}/datetime`, chrono, extract, chronoCounts, chronoCheck));
    const duck = load<Case[]>(`duckling/${lg}/time.json`);
    if (duck) rows.push(caseSuite(`duckling/${lg}/time`, duck, extract, (e) => DUCK_GRAINS.has(e.grain ?? ""), duckCheck, () => true, "2013-02-12"));
    const rt = load<Case[]>(`recognizers-text/${lg}/datetime.json`);
    if (rt)
      rows.push(
        caseSuite(`recognizers-text/${lg}/datetime`, rt, extract, (e) => e.kind === "date" || e.kind === "daterange", rtCheck, (c) => !(c.not_supported ?? []).includes("javascript"), "2016-11-07"),
      );
  }
  if (!rows.length) rows.push({ suite: "times", cases: 0, passed: 0, notes: `no peer suites found under ${ROOT}` });
  return rows;
}
