// Calendar helpers on ISO date strings (no time zones: every date is a calendar day).

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2023`, `2023-04` or `2023-04-11` with a real month and day. */
export function validDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(Number(y), month);
}

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The inclusive interval a partial ISO date covers: `2023-04` is 2023-04-01..2023-04-30. */
export function interval(s: string): { from: string; to: string; precision: "day" | "month" | "year" } {
  const [y, m, d] = s.split("-").map(Number);
  if (m === undefined) return { from: isoDay(y, 1, 1), to: isoDay(y, 12, 31), precision: "year" };
  if (d === undefined) return { from: isoDay(y, m, 1), to: isoDay(y, m, daysInMonth(y, m)), precision: "month" };
  return { from: isoDay(y, m, d), to: isoDay(y, m, d), precision: "day" };
}
