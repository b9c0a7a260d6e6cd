// English parsers of expressions resolved against the publication date ("yesterday", "last year",
// "two years ago", "Tuesday", "recently", "earlier this year") or against the previous date of the
// text ("later that year", "two years later", "the following year", "the next day").
import {
  alt,
  eventDraft,
  fromPublication,
  grainBounds,
  grainValue,
  interval,
  lastUnitsResult,
  norm,
  partOf,
  pastResult,
  recentResult,
  rx,
  sinceResult,
  untilResult,
  weekdayResult,
  type Context,
  type Draft,
  type Grain,
  type Parser,
} from "../../common/times.ts";
import { parseIso, shiftDay, weekday } from "../../common/times-calendar.ts";
import { UNITS, VAGUE_COUNTS, WEEKDAYS } from "./constants.ts";
import { NUM, PART, WEEKDAY_FULL, capitalised, numberOf, partOfWord } from "./util.ts";

const DEICTIC: Readonly<Record<string, number>> = {
  "the day before yesterday": -2, yesterday: -1, today: 0, tonight: 0, "last night": -1, tomorrow: 1, "the day after tomorrow": 2,
};
const DAY_PARTS: Readonly<Record<string, string>> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", tonight: "EV", "last night": "NI" };
const DAY_PART = alt(["morning", "afternoon", "evening", "night"]);

function dayFromPublication(ctx: Context, k: number, code?: string): Draft {
  const r = fromPublication(ctx, "day", k);
  if (!code) return r;
  return { ...r, type: "TIME", value: r.precision === "day" ? `${r.value}T${code}` : r.value };
}

/** "yesterday", "today", "tomorrow", "tonight", "last night", "yesterday morning". */
export const deictic: Parser = {
  name: "en/deictic-day",
  pattern: rx(`(?<t>(?:(?:earlier|later)\\s+(?=today|tonight))?(?<w>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tonight|last\\s+night|tomorrow)(?:\\s+(?<pod>${DAY_PART}))?)`),
  extract(m, ctx) {
    const g = m.groups!;
    const w = norm(g.w);
    const code = g.pod ? DAY_PARTS[norm(g.pod)] : DAY_PARTS[w];
    return dayFromPublication(ctx, DEICTIC[w], code);
  },
};

/** "this morning", "this afternoon", "this evening" (the publication day). */
export const thisDayPart: Parser = {
  name: "en/this-day-part",
  pattern: rx(`(?<t>this\\s+(?<pod>${DAY_PART}))`),
  extract(m, ctx) {
    return dayFromPublication(ctx, 0, DAY_PARTS[norm(m.groups!.pod)]);
  },
};

const REL_UNITS: Readonly<Record<string, Grain>> = { week: "week", weekend: "week", month: "month", quarter: "quarter", year: "year", decade: "decade" };
const REL_UNIT = alt(Object.keys(REL_UNITS));
const PUB_DETS: Readonly<Record<string, number>> = { this: 0, current: 0, "the current": 0, last: -1, "this past": -1, next: 1, coming: 1, "the coming": 1, "this coming": 1 };
const EVENT_DETS: Readonly<Record<string, number>> = { "the previous": -1, "the preceding": -1, previous: -1, "the following": 1, "the next": 1, following: 1, that: 0, "the same": 0, "that same": 0 };
const DET = alt([...Object.keys(PUB_DETS), ...Object.keys(EVENT_DETS), "the past", "the last", "past", "the"]);

/** "last year", "this month", "next week", "earlier this year", "later this year", "the end of last year",
 * "the following year", "that year", "the same month", "the year before", "this weekend". */
export const unitRelative: Parser = {
  name: "en/unit-relative",
  pattern: rx(
    `(?:(?<until>by)\\s+|(?<since>since|starting)\\s+)?(?<t>(?:(?<part>${PART}|earlier|later)\\s+(?:in\\s+)?)?(?<det>${DET})\\s+(?<u>${REL_UNIT})(?:\\s+(?<after>before|after|earlier|later|prior))?|(?<part2>${PART}|earlier\\s+in|later\\s+in|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of)\\s+(?:the\\s+)?(?<u2>year|month|week|decade)(?!\\s+(?:before|after|of|\\d))|(?<ytd>(?:the\\s+)?year\\s+to\\s+date))`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (g.ytd) return { ...interval(grainBounds(ctx.refFrom, "year")[0], ctx.refTo), precision: "vague", anchor: "publication", inferred: ["year"], type: "DATE", value: grainValue(ctx.refFrom, "year") };
    const unit = REL_UNITS[norm(g.u ?? g.u2)];
    const det = norm(g.det ?? "this");
    if (det === "the" && !/weekend/i.test(g.u ?? "") && !g.after && !g.part) return null;
    const p = g.part ? norm(g.part) : g.part2 ? norm(g.part2).replace(/\s+in$/, "").replace(/^(?:the )?(end|beginning|start|middle) of$/, (_, w: string) => (w === "middle" ? "middle of" : `${w} of`)) : "";
    if (det === "the past" || det === "the last" || det === "past") {
      if (g.after) return null;
      if (p) return null;
      return lastUnitsResult(ctx, unit, 1);
    }
    if (/weekend/i.test(g.u ?? "")) return weekendResult(ctx, PUB_DETS[det] ?? 0, m.index);
    if (det === "the" && !g.part) return null; // "the year", "the month": deictic only with a part ("the end of the year") or for "the weekend"
    if (det === "the previous" && g.after) return null;
    if (g.after) {
      // "the year before", "the month after": relative to the previous date.
      return eventDraft({ mode: "point", unit, n: /before|earlier|prior/i.test(g.after) ? -1 : 1 });
    }
    if (det in EVENT_DETS) {
      const n = EVENT_DETS[det];
      if (p === "earlier" || p === "later") return { ...eventDraft({ mode: "same", unit, n: 0 }), mod: p === "earlier" ? "START" : "END" };
      return eventDraft({ mode: n === 0 ? "same" : "point", unit, n });
    }
    const k = PUB_DETS[det] ?? 0;
    let r = fromPublication(ctx, unit, k);
    if (p === "earlier" && k === 0) r = { ...r, to: interval(null, ctx.refTo).to, precision: "vague", mod: "START" };
    else if (p === "later" && k === 0) r = { ...r, from: interval(ctx.refFrom, null).from, precision: "vague", mod: "END" };
    else if ((p === "earlier" || p === "later") && r.from && r.to) {
      const [a, b] = partOf(parseIso(r.from), parseIso(r.to), p === "earlier" ? "start" : "end", unit === "month" ? "month" : "year");
      r = { ...r, ...interval(a, b), precision: "vague" };
    } else if (p && r.from && r.to && (unit === "year" || unit === "month") && r.precision !== "vague") {
      const part = partOfWord(p)!;
      const [a, b] = partOf(parseIso(r.from), parseIso(r.to), part, unit);
      r = { ...r, ...interval(a, b), precision: "vague", mod: part.toUpperCase() };
    }
    if (g.until) r = untilResult(ctx, r);
    else if (g.since) r = sinceResult(ctx, r);
    return r;
  },
};

function weekendResult(ctx: Context, k: number, index: number): Draft {
  const r = ctx.refFrom;
  const w = weekday(r);
  let sat: number;
  if (k < 0) sat = r - ((w - 5 + 7) % 7) - (w >= 5 ? 7 : 0);
  else if (k > 0) sat = r + ((5 - w + 7) % 7 || 7);
  else if (w >= 5) sat = r - (w - 5);
  else sat = ctx.future(index) ? r + (5 - w) : r - (w + 2);
  const exact = ctx.ref.precision === "day";
  const a = exact ? sat : ctx.refFrom - 7;
  const b = exact ? sat + 1 : ctx.refTo;
  return { ...interval(a, b), precision: "vague", anchor: "publication", inferred: ["year", "month", "day"], type: "DATE", value: `${grainValue(sat, "week")}-WE` };
}

const AGO_UNIT = alt(Object.keys(UNITS));
const VAGUE = alt(Object.keys(VAGUE_COUNTS));

function shifted(ctx: Context, unit: Grain, lo: number, hi: number): Draft {
  const grain: Grain = unit === "week" ? "day" : unit === "decade" ? "year" : unit;
  const u = unit === "decade" ? "year" : unit === "quarter" ? "month" : unit;
  const mul = unit === "decade" ? 10 : unit === "quarter" ? 3 : 1;
  const a = grainBounds(shiftDay(ctx.refFrom, u, lo * mul), grain)[0];
  const b = grainBounds(shiftDay(ctx.refTo, u, hi * mul), grain)[1];
  const single = grainBounds(a, grain)[1] === b;
  return {
    ...interval(a, b),
    precision: single ? grain : "vague",
    anchor: "publication",
    inferred: grain === "day" ? ["year", "month", "day"] : grain === "month" ? ["year", "month"] : ["year"],
    type: "DATE",
    value: grainValue(a, single ? grain : unit === "week" || unit === "day" ? "month" : grain),
  };
}

/** "two years ago", "a week ago", "a few months ago", "about a decade ago". */
export const ago: Parser = {
  name: "en/ago",
  pattern: rx(`(?<t>(?:(?<approx>about|around|nearly|almost|roughly|more\\s+than|less\\s+than|over|just\\s+over|just\\s+under|some)\\s+)?(?:(?<n>${NUM})|(?<v>${VAGUE}))\\s+(?<u>${AGO_UNIT})\\s+ago)`),
  extract(m, ctx) {
    const g = m.groups!;
    const unit = UNITS[norm(g.u)];
    if (g.v) {
      const [lo, hi] = VAGUE_COUNTS[norm(g.v)];
      return { ...shifted(ctx, unit, -hi, -lo), precision: "vague" };
    }
    const n = numberOf(g.n);
    if (n === null) return null;
    const r = shifted(ctx, unit, -n, -n);
    return g.approx ? { ...r, precision: "vague", mod: "APPROX" } : r;
  },
};

/** "in two years" (only in a future-tense sentence: "the first time in two years" is a duration), "within a year". */
export const inUnits: Parser = {
  name: "en/in-units",
  pattern: rx(`(?<t>in\\s+(?:(?<n>${NUM})|(?<v>a\\s+few|several))\\s+(?<u>${AGO_UNIT})(?:['’]\\s*time)?)(?!\\s+(?:of|time))`),
  extract(m, ctx) {
    if (!ctx.future(m.index)) return null;
    const g = m.groups!;
    const unit = UNITS[norm(g.u)];
    const [lo, hi] = g.v ? VAGUE_COUNTS[norm(g.v)] : [numberOf(g.n) ?? 0, numberOf(g.n) ?? 0];
    if (!hi) return null;
    const r = shifted(ctx, unit, lo, hi);
    return g.v ? { ...r, precision: "vague" } : r;
  },
};

const LAST_UNITS: Readonly<Record<string, [Grain, number]>> = {
  days: ["day", 10], weeks: ["week", 6], months: ["month", 6], years: ["year", 5], decades: ["decade", 3],
};
const LAST_UNIT = alt(Object.keys(LAST_UNITS));

/** "recently", "lately", "in recent months", "over the past two years", "the last few weeks". */
export const recent: Parser = {
  name: "en/recent",
  pattern: rx(
    `(?<t>(?:very\\s+|more\\s+|most\\s+|only\\s+)?recently|lately|of\\s+late|(?<=(?:in|over|during)\\s+)recent\\s+(?<u>${LAST_UNIT})|the\\s+(?:past|last)\\s+(?:(?<n>${NUM})\\s+|(?<v>few|several|couple\\s+of)\\s+)?(?<u2>${LAST_UNIT})|(?:past|last)\\s+(?:(?<n3>\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve)|(?<v3>few|several))\\s+(?<u3>${LAST_UNIT}))`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const u = g.u ?? g.u2 ?? g.u3;
    if (!u) return recentResult(ctx);
    const [unit, dflt] = LAST_UNITS[norm(u)];
    const nw = g.n ?? g.n3;
    const vw = g.v ?? g.v3;
    const n = nw ? numberOf(nw) : vw ? (/couple/i.test(vw) ? 2 : 6) : dflt;
    if (!n) return null;
    return lastUnitsResult(ctx, unit, n);
  },
};

/** "previously", "in the past", "formerly", "until now": an open past to the publication. */
export const past: Parser = {
  name: "en/past",
  pattern: rx(`(?<t>previously|formerly|(?:up\\s+)?until\\s+now|hitherto|in\\s+years\\s+past|the\\s+past(?!\\s+(?:\\d|${NUM}|few|several|couple|days?|weeks?|months?|years?|decades?|centur)))`),
  extract(m, ctx) {
    return pastResult(ctx);
  },
};

/** "currently", "now", "nowadays", "at present", "these days" (TIMEX3 PRESENT_REF; not a Story time). */
export const present: Parser = {
  name: "en/present",
  pattern: rx(`(?<t>currently|nowadays|now|at\\s+present|presently|at\\s+the\\s+moment|for\\s+now|right\\s+now|these\\s+days|the\\s+present|the\\s+time\\s+being|(?<adj>current|recent|ongoing))`),
  extract(m, ctx) {
    // The adjectives ("the current crisis", "recent moves") are TIMEX3 in TimeML; never Story times.
    const value = m.groups!.adj && /^recent$/i.test(m.groups!.adj) ? "PAST_REF" : "PRESENT_REF";
    return { ...interval(ctx.refFrom, ctx.refTo), precision: "vague", anchor: "publication", inferred: [], type: "TIME", value, story: false };
  },
};

/** "in the future", "soon", "in the coming months", "over the next two years". */
export const future: Parser = {
  name: "en/future",
  pattern: rx(`(?<t>the\\s+future|(?:very\\s+)?soon|(?:(?:the\\s+)?(?:next|upcoming)\\s+(?=\\d|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several)|the\\s+(?:coming|next|upcoming)\\s+)(?:(?<n>${NUM})\\s+|(?:few|several|couple\\s+of)\\s+)?(?<u>days|weeks|months|years|decades))`),
  extract(m, ctx) {
    const g = m.groups!;
    if (!g.u) return { ...interval(ctx.refFrom, null), precision: "vague", anchor: "publication", inferred: [], type: "TIME", value: "FUTURE_REF", story: false };
    const unit = UNITS[norm(g.u)];
    const n = g.n ? numberOf(g.n) ?? 3 : unit === "day" ? 10 : unit === "week" ? 6 : unit === "month" ? 6 : 5;
    const r = shifted(ctx, unit, 1, n);
    return { ...r, precision: "vague", value: "FUTURE_REF" };
  },
};

/** "Tuesday", "on Tuesday", "last Friday", "next Monday", "Tuesday night": the last one on or before the
 * publication, or the next one in a future-tense sentence. Weekdays must be capitalised. */
export const weekdayParser: Parser = {
  name: "en/weekday",
  pattern: rx(`(?<t>(?:(?<dir>last|next|this\\s+past|this\\s+coming|this)\\s+)?(?<wd>${WEEKDAY_FULL})(?:\\s+(?<pod>${DAY_PART}))?)(?!,?\\s+(?:\\d|the\\s+\\d))`),
  extract(m, ctx) {
    const g = m.groups!;
    if (!capitalised(g.wd) && !g.dir) return null;
    const wd = WEEKDAYS[norm(g.wd)];
    const d = g.dir ? norm(g.dir) : "";
    const dir = /next|coming/.test(d) ? "future" : /last|past/.test(d) ? "past" : ctx.future(m.index) ? "future" : "past";
    let r = weekdayResult(ctx, wd, dir, /last|next|past|coming/.test(d));
    if (g.pod && r.precision === "day") r = { ...r, type: "TIME", value: `${r.value}T${DAY_PARTS[norm(g.pod)]}` };
    return r;
  },
};

/** "later", "afterwards", "subsequently", "since then", "at the time", "the next day", "the day before". */
export const eventAdverb: Parser = {
  name: "en/event-adverb",
  pattern: rx(
    `(?<t>(?<after>afterwards?|subsequently|later\\s+on|since\\s+then|thereafter|(?:shortly|soon)\\s+after(?:wards?)?)|(?<later>later)|(?<same>at\\s+the\\s+time|at\\s+that\\s+time|back\\s+then|at\\s+that\\s+point)|(?<day>the\\s+(?:next|following)\\s+day|the\\s+day\\s+(?:after|before)|the\\s+previous\\s+day|the\\s+same\\s+day|that\\s+(?:same\\s+)?day|the\\s+eve))(?!\\s+(?:of|the|a|an|his|her|its|their)(?![\\p{L}]))`,
  ),
  extract(m) {
    const g = m.groups!;
    if (g.after) return eventDraft({ mode: "after", unit: "day", n: 0 });
    // "later" alone ("he later founded xAI") is TIMEX3 but too vague for the Story.
    if (g.later) return { ...eventDraft({ mode: "after", unit: "day", n: 0 }), story: false };
    if (g.same) return { ...eventDraft({ mode: "same", unit: "day", n: 0 }), precision: "vague", mod: "APPROX" };
    const w = norm(g.day);
    const n = /next|following|after/.test(w) ? 1 : /before|previous|eve/.test(w) ? -1 : 0;
    return eventDraft({ mode: n === 0 ? "same" : "point", unit: "day", n });
  },
};

/** "two years later", "a year earlier", "three months after", "a decade before". */
export const unitsLater: Parser = {
  name: "en/units-later",
  pattern: rx(`(?<t>(?:(?<n>${NUM})|(?<v>a\\s+few|several))\\s+(?<u>${AGO_UNIT})\\s+(?<w>later|earlier|afterwards?|(?:after|before)(?=\\s*(?:[,.;:!?)]|$))))`),
  extract(m) {
    const g = m.groups!;
    const unit = UNITS[norm(g.u)];
    const n = g.v ? 3 : numberOf(g.n);
    if (!n) return null;
    const sign = /^(?:earlier|before|prior)/i.test(g.w) ? -1 : 1;
    const d = eventDraft({ mode: "point", unit: unit === "week" ? "day" : unit, n: sign * n * (unit === "week" ? 7 : 1) });
    return g.v ? { ...d, mod: "APPROX" } : d;
  },
};

export { partOf };
