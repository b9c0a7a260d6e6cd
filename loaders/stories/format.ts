// Words for the Present page: dates, amounts and relations written for an audience. Everything is
// formatted here, in the loader, so the page only places strings and tests can read them.
import type { Figure, RelationType, When } from "../types.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SEASONS: Record<number, string> = { 12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring", 6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn" };

function parts(iso: string): [number, number, number] {
  const [y, m = 1, d = 1] = iso.split("-").map(Number);
  return [y, m, d];
}

function day(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function month(iso: string): string {
  const [y, m] = parts(iso);
  return `${MONTHS[m - 1]} ${y}`;
}

/** A span of months: "March–April 2023", "December 2022–January 2023", "April 2023". */
function months(from: string, to: string): string {
  const [y1, m1] = parts(from);
  const [y2, m2] = parts(to);
  if (y1 === y2 && m1 === m2) return month(from);
  if (y1 === y2) return `${MONTHS[m1 - 1]}–${MONTHS[m2 - 1]} ${y1}`;
  return `${month(from)}–${month(to)}`;
}

/** "11 April 2023", "April 2023", "spring 2023", "Q2 2023", "2023", "the 2010s", "around March–April 2023". */
export function formatWhen(when: When | null): string {
  if (!when) return "undated";
  const { from, to, precision } = when;
  if (!from && !to) return "undated";
  if (!from) return `before ${precision === "day" ? day(to!) : month(to!)}`;
  if (!to) return `after ${precision === "day" ? day(from) : month(from)}`;
  const [y1, m1] = parts(from);
  const [y2] = parts(to);
  switch (precision) {
    case "day":
      return from === to ? day(from) : `${day(from)}–${day(to)}`;
    case "month":
      return months(from, to);
    case "season":
      return `${SEASONS[m1]} ${m1 === 12 ? y1 + 1 : y1}`;
    case "quarter":
      return `Q${Math.floor((m1 - 1) / 3) + 1} ${y1}`;
    case "year":
      return y1 === y2 ? String(y1) : `${y1}–${y2}`;
    case "decade":
      return `the ${Math.floor(y1 / 10) * 10}s`;
    default:
      return `around ${months(from, to)}`;
  }
}

const SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", CNY: "CN¥" };

function compact(n: number): string {
  const abs = Math.abs(n);
  const units: Array<[number, string]> = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [size, suffix] of units)
    if (abs >= size) {
      const v = n / size;
      return `${Number(v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2))}${suffix}`;
    }
  return grouped(n);
}

function grouped(n: number): string {
  const [int, dec] = String(Number(n.toFixed(2))).split(".");
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return dec ? `${withCommas}.${dec}` : withCommas;
}

/** English plural of a unit noun: GPU → GPUs, company → companies, box → boxes. */
export function plural(noun: string): string {
  if (!noun) return noun;
  if (/[^aeiou]y$/i.test(noun)) return noun.slice(0, -1) + "ies";
  if (/(s|x|z|ch|sh)$/i.test(noun)) return noun + "es";
  return noun + "s";
}

type Amount = Pick<Figure, "value" | "low" | "high" | "unit" | "kind" | "approx" | "bound">;

/** One number in the figure's unit: "$100M", "10,000", "12%". */
function number(n: number, f: Amount): string {
  if (f.kind === "percent") return `${grouped(n)}%`;
  if (f.kind === "money") {
    const symbol = SYMBOLS[f.unit];
    return symbol ? `${symbol}${compact(n)}` : `${compact(n)} ${f.unit}`;
  }
  return n >= 1e6 ? compact(n) : grouped(n);
}

/** The amount for an audience: "10,000 GPUs", "$10M–$100M", "about $100M", "more than 1,500 employees". */
export function formatAmount(f: Amount): string {
  const counted = f.kind === "count" || f.kind === "measure";
  const noun = (n: number | null) => (counted && f.unit ? ` ${n === 1 ? f.unit : plural(f.unit)}` : "");
  if (f.value != null) {
    const prefix = f.bound === "min" ? "more than " : f.bound === "max" ? "up to " : f.approx ? "about " : "";
    return `${prefix}${number(f.value, f)}${noun(f.value)}`;
  }
  if (f.low != null && f.high != null) return `${number(f.low, f)}–${number(f.high, f)}${noun(f.high)}`;
  if (f.low != null) return `more than ${number(f.low, f)}${noun(f.low)}`;
  if (f.high != null) return `up to ${number(f.high, f)}${noun(f.high)}`;
  return f.unit;
}

/** A single size to rank and draw figures: the value, else the geometric middle of the range. */
export function magnitude(f: Pick<Figure, "value" | "low" | "high">): number {
  if (f.value != null) return f.value;
  if (f.low != null && f.high != null) return Math.sqrt(Math.max(f.low, 0) * Math.max(f.high, 0));
  return f.low ?? f.high ?? 0;
}

const VERBS: Record<RelationType, string> = {
  founded: "founded",
  invested_in: "invested in",
  acquired: "acquired",
  leads: "leads",
  owns: "owns",
  hired: "hired",
  worked_at: "worked at",
  left: "left",
  makes: "makes",
  competes_with: "competes with",
  criticized: "criticized",
  reported: "reported on",
  partnered_with: "partnered with",
  sued: "sued",
  signed: "signed",
};

export function relationVerb(type: string): string {
  return VERBS[type as RelationType] ?? type.replace(/_/g, " ");
}

const MODALITY: Record<string, string> = {
  reported: "Reported",
  planned: "Planned, not done yet",
  hypothetical: "A possibility, not a fact",
  negated: "Denied or did not happen",
};

/** "Reported by Business Insider", "Planned, not done yet"; null when simply asserted. */
export function modalityNote(modality: string, sourceName: string | null): string | null {
  if (modality === "reported" || (sourceName && modality === "asserted")) return sourceName ? `Reported by ${sourceName}` : MODALITY.reported;
  return MODALITY[modality] ?? null;
}
