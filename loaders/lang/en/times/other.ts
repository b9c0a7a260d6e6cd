// English parsers of temporal expressions that are NOT Story times but must be recognised so that
// they do not become dates (and for the TIMEX3 benchmarks): durations ("for two years", "10 years of
// experience"), clock times ("3 p.m."), parts of another day ("that night"), sets ("every year").
import { alt, eventDraft, interval, norm, rx, type Parser } from "../../common/times.ts";
import { DURATION_UNITS, NUMBER_WORDS, WEEKDAYS } from "./constants.ts";
import { numberOf } from "./util.ts";

const DUR_UNIT = alt(Object.keys(DURATION_UNITS));
const NUMW = alt(Object.keys(NUMBER_WORDS));
const DUR_MODS: Readonly<Record<string, string>> = {
  about: "APPROX", around: "APPROX", nearly: "APPROX", almost: "APPROX", roughly: "APPROX", approximately: "APPROX", some: "APPROX",
  "more than": "MORE_THAN", over: "MORE_THAN", "just over": "MORE_THAN", "less than": "LESS_THAN", under: "LESS_THAN", "just under": "LESS_THAN",
  "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
};

/** "two years", "a decade", "several months", "fifty-year", "more than 20 years", "half a century",
 * "years" after "for"/"over". */
export const duration: Parser = {
  name: "en/duration",
  pattern: rx(
    `(?:(?<mod>${alt(Object.keys(DUR_MODS))})\\s+)?(?<t>(?:(?<n>\\d+(?:\\.\\d+)?|${NUMW})|(?<v>a\\s+few|several|many|the\\s+first|the\\s+final))(?:[\\s-]+(?:more|long|full|additional|straight|consecutive|and\\s+a\\s+half))?[\\s-]+(?<u>${DUR_UNIT})(?:-long|-old)?|(?<half>half\\s+a\\s+century|a\\s+half-century|a\\s+quarter[\\s-]century|half\\s+an\\s+hour|a\\s+half\\s+hour)|(?<=(?:for|over|within|in)\\s+)(?<bare>decades|years|months|weeks|days|hours)|(?<bare2>decades|years|months)-long)`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const base = { ...interval(null, null), precision: "vague" as const, anchor: "absolute" as const, inferred: [], type: "DURATION" as const, story: false };
    if (g.half) {
      const w = norm(g.half);
      return { ...base, value: /century/.test(w) ? (/quarter/.test(w) ? "P25Y" : "P50Y") : "PT30M" };
    }
    if (g.bare || g.bare2) {
      const [letter, isTime] = DURATION_UNITS[norm(g.bare ?? g.bare2)];
      return { ...base, value: `P${isTime ? "T" : ""}X${letter === "DE" ? "0Y" : letter === "CE" ? "00Y" : letter}` };
    }
    const [letter, isTime] = DURATION_UNITS[norm(g.u)];
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (/-old$/i.test(m[0])) return null; // "a 51-year-old engineer": an age
    if (/^an?\s+second$/i.test(g.t) && /^\s*\p{Ll}/u.test(after) && !/^\s*(?:of|to|and|or|for|in|on|at)\s/u.test(after)) return null; // "a second time"
    if (/^quarter$/i.test(g.u) && /^\s*of\s/i.test(after)) return null; // "a quarter of its staff"
    let amount: string;
    if (g.v) amount = /first|final/i.test(g.v) ? "1" : "X";
    else if (/and\s+a\s+half/i.test(m[0])) amount = String((/^\d/.test(g.n) ? Number(g.n) : numberOf(g.n) ?? 0) + 0.5);
    else {
      const n = /^\d/.test(g.n) ? Number(g.n) : numberOf(g.n);
      if (n === null) return null;
      amount = String(n);
    }
    const value = letter === "DE" ? `P${amount === "X" ? "X" : Number(amount) * 10}Y` : letter === "CE" ? `P${amount === "X" ? "X" : Number(amount) * 100}Y` : `P${isTime ? "T" : ""}${amount}${letter}`;
    return { ...base, value, mod: g.mod ? DUR_MODS[norm(g.mod)] : undefined };
  },
};

/** "3 p.m.", "10:30 am", "14:00", "noon", "midnight": a time on the previous date's day. Not a Story time. */
export const clock: Parser = {
  name: "en/clock",
  pattern: rx(
    `(?<t>(?:(?<about>about|around|at\\s+about|approximately)\\s+)?(?:(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\\d))?\\s*(?<ap>[ap]\\.m\\.|[ap]m)|(?<h2>[01]?\\d|2[0-3]):(?<mi2>[0-5]\\d)(?:\\s*(?<ap2>[ap]\\.m\\.|[ap]m))?|(?<h3>[01]\\d|2[0-3])(?<mi3>[0-5]\\d)(?=\\s*(?:UTC|GMT))|(?<noon>noon|midnight|midday))(?:\\s*(?<zone>UTC|GMT|Z)(?:\\s*[+-]\\s*\\d{1,2})?|\\s*\\((?:UTC|GMT)\\s*[+-]\\s*\\d{1,2}\\))?)`,
  ),
  extract(m) {
    const g = m.groups!;
    let h: number;
    let mi = 0;
    if (g.noon) h = /midnight/i.test(g.noon) ? 0 : 12;
    else {
      h = Number(g.h ?? g.h2 ?? g.h3);
      mi = Number(g.mi ?? g.mi2 ?? g.mi3 ?? 0);
      const ap = (g.ap ?? g.ap2 ?? "").toLowerCase();
      if (ap.startsWith("p") && h < 12) h += 12;
      if (ap.startsWith("a") && h === 12) h = 0;
    }
    const clockValue = `T${String(h).padStart(2, "0")}:${String(mi).padStart(2, "0")}${g.zone ? "Z" : ""}`;
    return { ...eventDraft({ mode: "clock", unit: "day", n: 0, clock: clockValue }, "TIME"), mod: g.about ? "APPROX" : undefined };
  },
};

/** "that night", "that morning", "the next morning". */
export const dayPart: Parser = {
  name: "en/day-part",
  pattern: rx(`(?<t>that\\s+(?<p>morning|afternoon|evening|night)|the\\s+(?:next|following)\\s+(?<p2>morning|afternoon|evening|night))`),
  extract(m) {
    const g = m.groups!;
    if (g.p2) return eventDraft({ mode: "point", unit: "day", n: 1 });
    const code: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI" };
    return eventDraft({ mode: "clock", unit: "day", n: 0, clock: `T${code[norm(g.p)]}` }, "TIME");
  },
};

const SET_UNITS: Readonly<Record<string, string>> = {
  day: "P1D", week: "P1W", month: "P1M", year: "P1Y", quarter: "P3M", daily: "P1D", weekly: "P1W", monthly: "P1M", annually: "P1Y", yearly: "P1Y", annual: "P1Y", quarterly: "P3M",
};
const WD_PLURAL = alt(Object.keys(WEEKDAYS).flatMap((w) => [w, `${w}s`]));

/** "every year", "each month", "annually", "per year", "a year" after a number, "on Tuesdays". */
export const set: Parser = {
  name: "en/set",
  pattern: rx(
    `(?<t>(?:every|each)\\s+(?:(?<wd>${WD_PLURAL})|(?<u>day|week|month|year|quarter))|(?<adj>daily|weekly|monthly|annually|yearly|annual|quarterly)|per\\s+(?<u2>day|week|month|year|quarter)|(?<=(?:\\d[\\d,.]*|times|once|twice)\\s+)a\\s+(?<u3>day|week|month|year))`,
  ),
  extract(m) {
    const g = m.groups!;
    const value = g.wd ? `XXXX-WXX-${WEEKDAYS[norm(g.wd).replace(/s$/, "")] + 1}` : SET_UNITS[norm(g.u ?? g.u2 ?? g.u3 ?? g.adj)] ?? "P1Y";
    return { ...interval(null, null), precision: "vague", anchor: "absolute", inferred: [], type: "SET", value, story: false };
  },
};
