// Holidays as calendar rules (fixed days, nth weekday of a month, offsets from Easter), shared by the
// fr and en packs; each pack maps its own names to these ids (loaders/lang/<lg>/times/constants.ts).
import { dayNumber, monthEnd, weekday, ymd } from "./times-calendar.ts";

export type HolidayId =
  | "christmas" | "christmas-eve" | "new-year" | "new-year-eve" | "halloween" | "valentine" | "us-independence"
  | "bastille" | "all-saints" | "assumption" | "epiphany" | "candlemas" | "may-day" | "armistice"
  | "easter" | "easter-monday" | "good-friday" | "ascension" | "pentecost" | "whit-monday"
  | "thanksgiving" | "black-friday" | "cyber-monday" | "labor-day-us" | "memorial-day" | "mlk-day" | "presidents-day";

/** Western Easter Sunday (anonymous Gregorian algorithm), as a day number. */
export function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

/** The n-th (1-based; -1 = last) weekday (0 = Monday) of a month. */
function nthWeekday(y: number, m: number, wd: number, n: number): number {
  if (n < 0) {
    const last = monthEnd(y, m);
    return last - ((weekday(last) - wd + 7) % 7);
  }
  const first = dayNumber(y, m, 1);
  return first + ((wd - weekday(first) + 7) % 7) + 7 * (n - 1);
}

/** The day of a holiday in a given year. */
export function holidayDay(id: HolidayId, y: number): number {
  const fixed: Partial<Record<HolidayId, [number, number]>> = {
    christmas: [12, 25], "christmas-eve": [12, 24], "new-year": [1, 1], "new-year-eve": [12, 31], halloween: [10, 31],
    valentine: [2, 14], "us-independence": [7, 4], bastille: [7, 14], "all-saints": [11, 1], assumption: [8, 15],
    epiphany: [1, 6], candlemas: [2, 2], "may-day": [5, 1], armistice: [11, 11],
  };
  const f = fixed[id];
  if (f) return dayNumber(y, f[0], f[1]);
  switch (id) {
    case "easter": return easter(y);
    case "easter-monday": return easter(y) + 1;
    case "good-friday": return easter(y) - 2;
    case "ascension": return easter(y) + 39;
    case "pentecost": return easter(y) + 49;
    case "whit-monday": return easter(y) + 50;
    case "thanksgiving": return nthWeekday(y, 11, 3, 4);
    case "black-friday": return nthWeekday(y, 11, 3, 4) + 1;
    case "cyber-monday": return nthWeekday(y, 11, 3, 4) + 4;
    case "labor-day-us": return nthWeekday(y, 9, 0, 1);
    case "memorial-day": return nthWeekday(y, 5, 0, -1);
    case "mlk-day": return nthWeekday(y, 1, 0, 3);
    case "presidents-day": return nthWeekday(y, 2, 0, 3);
    default: return dayNumber(y, 1, 1);
  }
}

/** The occurrence of a holiday named without a year: the nearest to the publication (a future one
 * counting double), or the last / next one when the direction is given. */
export function holidayNear(id: HolidayId, refFrom: number, refTo: number, dir: "past" | "future" | "nearest" | "pastish"): number {
  const y0 = ymd(refFrom).y;
  let best = holidayDay(id, y0);
  let bestCost = Infinity;
  for (const y of [y0 - 1, y0, y0 + 1]) {
    const n = holidayDay(id, y);
    let cost: number;
    if (n < refFrom) cost = dir === "future" ? Infinity : refFrom - n;
    else if (n > refTo) cost = dir === "past" ? Infinity : (dir === "pastish" ? 4 : dir === "nearest" ? 2 : 1) * (n - refTo);
    else cost = 0;
    if (cost < bestCost) {
      bestCost = cost;
      best = n;
    }
  }
  return best;
}
