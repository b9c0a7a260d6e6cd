// Peer suites for numbers, percentages and money (Recognizers-Text and Duckling, fr and en), read
// from ../shared/peer-suites (never copied into the project). Measures our own code only:
// `findNumbers` / `parseNumber` (loaders/lang/<lg>/numbers.ts) and `extractFigures`
// (loaders/lang/<lg>/figures).
//
// What "pass" means, per suite (numbers compare with a relative tolerance of 1e-6):
// - recognizers-text/<lg>/number: `findNumbers(input)` (the number reader the figures extractor is
//   built on) returns exactly as many numbers as expected, and each expected number, in order, is
//   matched by one whose span overlaps the expected span and whose value is equal. A case that
//   expects nothing passes only if nothing is found. Cases whose `not_supported` lists
//   "javascript" are not counted (as the issue asks).
// - recognizers-text/<lg>/percent: `extractFigures(input)` returns exactly as many `percent`
//   figures as expected, each overlapping its expected span with the same value.
// - recognizers-text/<lg>/currency: `extractFigures(input)` returns exactly as many `money`
//   figures as expected, each overlapping its expected span with the same value (the amount as
//   written: our `value`, or the bound of "plus de 247 millions de $", since the suite ignores
//   such modifiers) and the same
//   currency. The suite's currency names are mapped to ISO 4217 (table CURRENCY below; `isoCurrency`
//   when the case gives one). Sub-units (cent, penny, pence, centime, sen) are money in our output
//   as 1/100 of the main unit, so "50 cents" must come out as 0.5 of some currency.
// - duckling/<lg>/numeral: the whole input is one number: `parseNumber(input)` equals the value.
// - duckling/<lg>/money: `extractFigures(input)` returns exactly one `money` figure with the
//   expected value (or bounds: "between" = low/high, "above" = low, "under" = high) and currency
//   ("$" = USD, "£" = GBP, ISO codes as given; "cent" = 1/100 of any currency). Duckling's
//   "unknown", "dinar", "rial", "riyal" (no ISO code) accept any currency; a bare number ("five",
//   "about 5") is not money for a news figures extractor, so those cases fail and are counted.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { FigureFound } from "../../loaders/lang/pack.ts";
import { extractFigures as enFigures } from "../../loaders/lang/en/figures/index.ts";
import { findNumbers as enFind, parseNumber as enParse } from "../../loaders/lang/en/numbers.ts";
import { extractFigures as frFigures } from "../../loaders/lang/fr/figures/index.ts";
import { findNumbers as frFind, parseNumber as frParse } from "../../loaders/lang/fr/numbers.ts";
import type { SuiteRow } from "./types.ts";

const SHARED = resolve(process.env.SHARED_DIR ?? "../shared");

interface Expected {
  text?: string;
  kind: string;
  value?: number | null;
  unit?: string;
  start?: number;
  end?: number;
  min?: number;
  max?: number;
  mod?: string;
  original?: { isoCurrency?: string };
}
interface Case {
  input: string;
  expected: Expected[];
  not_supported?: string[];
}

const LANGS = {
  fr: { find: frFind, parse: frParse, figures: frFigures },
  en: { find: enFind, parse: enParse, figures: enFigures },
} as const;

/** Recognizers-Text currency names -> ISO 4217; "sub" = 1/100 of any currency. */
const CURRENCY: Record<string, string> = {
  dollar: "USD", "dollar états-unis": "USD", "united states dollar": "USD", euro: "EUR", livre: "GBP",
  pound: "GBP", "british pound": "GBP", "dollar canadien": "CAD", "canadian dollar": "CAD",
  "dollar australien": "AUD", "australian dollar": "AUD", "dollar de hong kong": "HKD",
  "hong kong dollar": "HKD", "yen japonais": "JPY", "japanese yen": "JPY", "yuan chinois": "CNY",
  "chinese yuan": "CNY", "franc suisse": "CHF", "swiss franc": "CHF", franc: "FRF",
  "mark finlandais": "FIM", "finnish markka": "FIM", "florins néerlandais": "NLG", "netherlands guilder": "NLG",
  peseta: "ESP", rupee: "INR", cent: "sub", centimes: "sub", pence: "sub", penny: "sub", sen: "sub",
  // Duckling
  $: "USD", "£": "GBP", unknown: "any", dinar: "any", rial: "any", riyal: "any",
};

const close = (a: number | null | undefined, b: number | null | undefined): boolean =>
  a != null && b != null && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

const overlaps = (e: Expected, f: { start: number; end: number }): boolean =>
  e.start === undefined || e.end === undefined || (f.start < e.end && e.start < f.end);

function load(file: string): Case[] {
  return JSON.parse(readFileSync(resolve(SHARED, "peer-suites", file), "utf8")) as Case[];
}

function currencyOk(e: Expected, f: FigureFound): boolean {
  const name = (e.unit ?? "").toLowerCase();
  const iso = e.original?.isoCurrency ?? CURRENCY[name] ?? (/^[A-Z]{3}$/.test(e.unit ?? "") ? e.unit! : null);
  if (iso === "any") return true;
  if (iso === "sub") return close((e.value ?? NaN) / 100, f.value ?? f.low ?? f.high);
  return iso !== null && f.unit === iso;
}

function moneyValueOk(e: Expected, f: FigureFound, rt = false): boolean {
  const iso = e.original?.isoCurrency ?? CURRENCY[(e.unit ?? "").toLowerCase()];
  if (iso === "sub") return true; // checked with the currency
  // Recognizers-Text gives the amount as written, without the modifier ("plus de 247 millions de $").
  if (rt) return close(e.value, f.value ?? f.low ?? f.high);
  if (e.mod === "between") return close(e.min, f.low) && close(e.max, f.high);
  if (e.mod === "above") return close(e.min, f.low) && f.high === null;
  if (e.mod === "under") return close(e.max, f.high) && f.low === null;
  return close(e.value, f.value);
}

function skipped(all: Case[], kept: Case[]): string {
  return `${all.length - kept.length} cases marked unsupported in JavaScript not counted`;
}

function rtNumber(lg: "fr" | "en"): SuiteRow {
  const all = load(`recognizers-text/${lg}/number.json`);
  const cases = all.filter((c) => !c.not_supported?.includes("javascript"));
  let passed = 0;
  for (const c of cases) {
    const found = LANGS[lg].find(c.input);
    const exp = c.expected.filter((e) => e.value !== undefined);
    const ok = found.length === exp.length && exp.every((e, i) => overlaps(e, found[i]) && close(e.value, found[i].value));
    if (ok) passed++;
    else if (process.env.BENCH_VERBOSE) console.error(`  fail rt/${lg}/number ${JSON.stringify(c.input).slice(0, 120)} got ${JSON.stringify(found.map((f) => [c.input.slice(f.start, f.end), f.value]))}`);
  }
  return { suite: `recognizers-text/${lg}/number`, cases: cases.length, passed, notes: skipped(all, cases) };
}

function rtFigures(lg: "fr" | "en", file: "percent" | "currency"): SuiteRow {
  const kind = file === "percent" ? "percent" : "money";
  const all = load(`recognizers-text/${lg}/${file}.json`);
  const cases = all.filter((c) => !c.not_supported?.includes("javascript"));
  const nameOnly = cases.filter((c) => c.expected.some((e) => e.value === null)).length;
  let passed = 0;
  for (const c of cases) {
    const found = LANGS[lg].figures(c.input).filter((f) => f.kind === kind);
    const exp = c.expected;
    const used = new Set<number>();
    const ok =
      found.length === exp.length &&
      exp.every((e) => {
        const i = found.findIndex((f, k) => !used.has(k) && overlaps(e, f) && (kind === "percent" ? close(e.value, f.value) && f.unit === "percent" : moneyValueOk(e, f, true) && currencyOk(e, f)));
        if (i < 0) return false;
        used.add(i);
        return true;
      });
    if (ok) passed++;
    else if (process.env.BENCH_VERBOSE) console.error(`  fail rt/${lg}/${file} ${JSON.stringify(c.input).slice(0, 160)} want ${JSON.stringify(exp.map((e) => [e.text, e.value, e.unit]))} got ${JSON.stringify(found.map((f) => [c.input.slice(f.start, f.end), f.value, f.unit]))}`);
  }
  const notes = [skipped(all, cases)];
  if (nameOnly) notes.push(`${nameOnly} expect a bare currency/percent word without amount (always fail here)`);
  return { suite: `recognizers-text/${lg}/${file}`, cases: cases.length, passed, notes: notes.join("; ") };
}

function ducklingNumeral(lg: "fr" | "en"): SuiteRow {
  const cases = load(`duckling/${lg}/numeral.json`);
  let passed = 0;
  for (const c of cases) {
    const v = LANGS[lg].parse(c.input);
    const ok = c.expected.length === 1 && close(c.expected[0].value, v);
    if (ok) passed++;
    else if (process.env.BENCH_VERBOSE) console.error(`  fail duckling/${lg}/numeral ${JSON.stringify(c.input)} want ${c.expected[0]?.value} got ${v}`);
  }
  return { suite: `duckling/${lg}/numeral`, cases: cases.length, passed };
}

function ducklingMoney(lg: "fr" | "en"): SuiteRow {
  const cases = load(`duckling/${lg}/money.json`);
  let passed = 0;
  for (const c of cases) {
    const found = LANGS[lg].figures(c.input).filter((f) => f.kind === "money");
    let ok: boolean;
    if (c.expected.length === 0) ok = found.length === 0;
    else ok = found.length === 1 && moneyValueOk(c.expected[0], found[0]) && currencyOk(c.expected[0], found[0]);
    if (ok) passed++;
    else if (process.env.BENCH_VERBOSE) console.error(`  fail duckling/${lg}/money ${JSON.stringify(c.input)} want ${JSON.stringify(c.expected.map((e) => [e.value ?? [e.min, e.max], e.unit]))} got ${JSON.stringify(found.map((f) => [f.value ?? [f.low, f.high], f.unit]))}`);
  }
  const unnamed = cases.filter((c) => c.expected.some((e) => e.unit === "unknown")).length;
  return { suite: `duckling/${lg}/money`, cases: cases.length, passed, notes: unnamed ? `${unnamed} expect money with no currency named ("5", "3 balles"; counted)` : undefined };
}

export async function run(): Promise<SuiteRow[]> {
  const rows: SuiteRow[] = [];
  for (const lg of ["fr", "en"] as const) {
    rows.push(rtNumber(lg), rtFigures(lg, "percent"), rtFigures(lg, "currency"));
  }
  for (const lg of ["fr", "en"] as const) rows.push(ducklingNumeral(lg), ducklingMoney(lg));
  return rows;
}
