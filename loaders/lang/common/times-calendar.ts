// Calendar arithmetic for the time extractors, on day numbers (days since 1970-01-01, UTC, no
// time zones: every date is a calendar day). Shared by the fr and en packs.
import { daysInMonth, isoDay } from "../../dates.ts";

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY = 86_400_000;

export const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY;

export function ymd(n: number): Ymd {
  const t = new Date(n * DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function isoOf(n: number): string {
  const { y, m, d } = ymd(n);
  return isoDay(y, m, d);
}

export function parseIso(s: string): number {
  return dayNumber(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
}

/** 0 = Monday ... 6 = Sunday. */
export const weekday = (n: number): number => (((n + 3) % 7) + 7) % 7;

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export const monthStart = (y: number, m: number): number => dayNumber(y, m, 1);
export const monthEnd = (y: number, m: number): number => dayNumber(y, m, daysInMonth(y, m));

/** Adds months to (y, m), returning the new (y, m). */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (((k % 12) + 12) % 12) + 1 };
}

/** Adds a calendar shift to a day number (the day of month is clamped: 31 Jan + 1 month = 28/29 Feb). */
export function shiftDay(n: number, unit: "day" | "week" | "month" | "year", k: number): number {
  if (unit === "day") return n + k;
  if (unit === "week") return n + 7 * k;
  const { y, m, d } = ymd(n);
  const t = addMonths(y, m, unit === "year" ? 12 * k : k);
  return dayNumber(t.y, t.m, Math.min(d, daysInMonth(t.y, t.m)));
}

/** Monday of the ISO week holding day n. */
export const weekStart = (n: number): number => n - weekday(n);

/** ISO 8601 week label, e.g. `2023-W15`. */
export function isoWeek(n: number): string {
  const thursday = weekStart(n) + 3;
  const { y } = ymd(thursday);
  const week = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return `${y}-W${String(week).padStart(2, "0")}`;
}
