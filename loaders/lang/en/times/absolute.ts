// English parsers of dates written on the calendar: "April 11, 2023", "late 2018", "in spring 2023",
// "Q1 2023", "the 1990s". A missing year is inferred from the publication.
import {
  afterResult,
  alt,
  beforeResult,
  dayResult,
  decadeResult,
  halfResult,
  inferYear,
  monthResult,
  norm,
  quarterResult,
  rx,
  seasonResult,
  seasonYear,
  sinceResult,
  untilResult,
  yearResult,
  type Context,
  type Draft,
  type Parser,
} from "../../common/times.ts";
import { dayNumber, validDay, ymd } from "../../common/times-calendar.ts";
import { AFTER_YEAR_OK, BEFORE_COUNT, DECADE_WORDS, ORDINALS, SEASONS } from "./constants.ts";
import { DAY, DIR, MONTH, MONTH_ABBR, PART, WEEKDAY, YEAR, YEAR2, ambiguousMonth, capitalised, dayOf, dirOf, monthOf, partOfWord, year2 } from "./util.ts";

const SINCE = "since|starting(?:\\s+in)?|as\\s+of";
const UNTIL = "until|till|by|through";

function withCue(m: RegExpExecArray, ctx: Context, d: Draft): Draft {
  if (m.groups?.since) return sinceResult(ctx, d);
  if (m.groups?.until) return untilResult(ctx, d);
  if (m.groups?.before) return beforeResult(d);
  if (m.groups?.after) return afterResult(d);
  return d;
}

const END_OF_DAY = "(?![\\d,.]\\d)";

/** "April 11, 2023", "Tuesday, April 11", "Apr. 11th", "March 3-5, 2023", "11 April 2023", "the 11th of April". */
export const dayMonth: Parser = {
  name: "en/day-month",
  pattern: rx(
    `(?:(?<since>${SINCE})\\s+|(?<until>${UNTIL})\\s+|(?<before>before|prior\\s+to)\\s+|(?<after>after)\\s+)?(?<t>(?:(?<wd>${WEEKDAY})\\.?,?\\s+)?(?:(?:the\\s+)?(?<d2>${DAY})(?:\\s+of\\s+|\\s*[-/]\\s*|\\s+)(?<mo2>${MONTH}|(?:${MONTH_ABBR})\\.?)|(?<mo>${MONTH}|(?:${MONTH_ABBR})\\.?)(?:\\s+(?:the\\s+)?|[-/])(?<d>${DAY})${END_OF_DAY}(?:\\s*(?:-|–|to|through)\\s*(?<d1>${DAY})${END_OF_DAY})?)(?:(?:\\s*,\\s*|\\s+|\\s*[-/]\\s*)(?:in\\s+|of\\s+)?(?<y>${YEAR}|${YEAR2}))?)`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const word = g.mo ?? g.mo2;
    if (ambiguousMonth(word) && !capitalised(word) && !g.y) return null;
    const mo = monthOf(word)!;
    let d = dayOf(g.d ?? g.d2);
    const d0 = g.d1 ? d : null;
    if (g.d1) d = dayOf(g.d1);
    const stated = g.y !== undefined;
    const y = stated ? year2(g.y) : inferYear(ctx, mo, d, dirOf(undefined, ctx, m.index));
    if (!validDay(y, mo, d)) return null;
    let r = dayResult(y, mo, d, stated ? [] : ["year"]);
    if (d0 !== null) {
      if (d0 >= d) return null;
      r = { ...r, from: dayResult(y, mo, d0).from };
    }
    return withCue(m, ctx, r);
  },
};

/** The first day of a day range sharing one month: "10 to 22 August 2012", "from the 13th to 15th July". */
export const dayBeforeMonth: Parser = {
  name: "en/day-before-range",
  pattern: rx(`(?:(?:from|between)\\s+)?(?:the\\s+)?(?<t>(?<d>${DAY}))(?=\\s*(?:-|–|to|through|and|until)\\s*(?:the\\s+)?${DAY}(?:\\s+of)?\\s+(?<mo>${MONTH}|(?:${MONTH_ABBR})\\.?)(?:,?\\s+(?<y>${YEAR}))?)`),
  extract(m, ctx) {
    const g = m.groups!;
    const mo = monthOf(g.mo)!;
    const d = dayOf(g.d);
    if (!/^(?:from|between)/i.test(m[0]) && /^\s*and/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
    const y = g.y ? Number(g.y) : inferYear(ctx, mo, d, dirOf(undefined, ctx, m.index));
    if (!validDay(y, mo, d)) return null;
    return dayResult(y, mo, d, g.y ? ["month"] : ["year", "month"]);
  },
};

/** "4/11/2023" (month first), ISO "2023-04-11", "06/2004" (a month). */
export const numericDate: Parser = {
  name: "en/numeric-date",
  pattern: rx(`(?<t>(?<m>[01]?\\d)/(?<d>[0-3]?\\d)/(?<y>\\d{4}|\\d{2})(?![/.]\\d)|(?<iy>(?:19|20)\\d\\d)-(?<im>[01]\\d)-(?<id>[0-3]\\d)|(?<mm>0?[1-9]|1[0-2])/(?<my>(?:19|20)\\d\\d)(?![/.]\\d))`),
  extract(m) {
    const g = m.groups!;
    if (g.mm) return monthResult(Number(g.my), Number(g.mm));
    const [y, mo, d] = g.iy ? [Number(g.iy), Number(g.im), Number(g.id)] : [year2(g.y), Number(g.m), Number(g.d)];
    if (!validDay(y, mo, d)) return null;
    return dayResult(y, mo, d);
  },
};

const PRE = `(?:(?<since>${SINCE})|(?<until>${UNTIL})|(?<before>before|prior\\s+to)|(?<after>after)|in|during|from|for|of|around|circa|throughout|between)\\s+`;

/** "in March", "April 2023", "late March", "last May", "this June", "the end of March 2023". */
export const monthYear: Parser = {
  name: "en/month",
  pattern: rx(
    `(?:${PRE})?(?<t>(?:(?<part>${PART})[\\s-]*)?(?:(?<dir>${DIR})\\s+)?(?<mo>${MONTH}|(?:${MONTH_ABBR})\\.?(?=\\s*[-,]?\\s*(?:\\d|['’])))(?:(?:\\s*[-,]\\s*|\\s+)(?:of\\s+|in\\s+)?(?<y>${YEAR}|['’]\\d{2}))?)`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const cue = m[0].length > g.t.length || g.part || g.dir;
    if (!g.y && /^\s+\d{1,2}(?!\d)/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null; // "February 30": not a date at all
    if (/\d\s*$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) return null;
    if (!capitalised(g.mo) && !g.y) return null;
    const listed = /(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:and|to|through|or|-|–)\s*$/i.test(ctx.text.slice(Math.max(0, m.index - 16), m.index)) || /(?:between|from)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 9), m.index));
    if (ambiguousMonth(g.mo) && !(cue || g.y || listed)) return null;
    if (ambiguousMonth(g.mo) && !capitalised(g.mo)) return null;
    const mo = monthOf(g.mo)!;
    const part = partOfWord(g.part);
    const stated = g.y !== undefined;
    const dir = g.dir ? norm(g.dir) : "";
    let y: number;
    // "October last year", "March this year": the year named right after.
    const namedMatch = /^\s+(last|this|next)\s+year(?![\p{L}])/iu.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    const named = namedMatch?.[1]?.toLowerCase();
    if (stated) y = year2(g.y);
    else if (named) y = ymd(ctx.refFrom).y + (named === "last" ? -1 : named === "next" ? 1 : 0);
    else if (dir === "this") y = ymd(ctx.refFrom).y;
    else {
      // A deadline ("by early June") looks ahead of a past-tense saying: the nearest one, not the last.
      const tense = dirOf(undefined, ctx, m.index);
      y = inferYear(ctx, mo, null, dir === "last" || dir === "past" ? "past" : dir === "next" || dir === "coming" ? "future" : g.until && tense === "pastish" ? "nearest" : tense);
    }
    if (dir === "last" || dir === "next") {
      // "last March" is never the current month.
      const cur = ymd(ctx.refFrom);
      if (y === cur.y && mo === cur.m) y += dir === "last" ? -1 : 1;
    }
    const r = withCue(m, ctx, monthResult(y, mo, stated ? [] : ["year"], part));
    // The span takes in "last year": one expression, not two.
    return namedMatch ? { ...r, end: m.index + m[0].length + namedMatch[0].length, month: undefined, anchor: "publication" } : r;
  },
};

/** "between 1990 and 1999", "from 1982 to 1987", "2002/2003", "2015-18": the first year. */
export const yearRangeFirst: Parser = {
  name: "en/year-range",
  pattern: rx(`(?:between|from)\\s+(?<t>(?<y>${YEAR}))(?=\\s+(?:and|to|through|until)\\s+${YEAR})|(?<t2>(?<y2>${YEAR}))(?=\\s*[-–/]\\s*(?:${YEAR}|\\d{2})(?![\\p{L}\\p{N}]))`),
  extract(m) {
    const g = m.groups!;
    const t = m.indices!.groups!.t ?? m.indices!.groups!.t2;
    return { ...yearResult(Number(g.y ?? g.y2)), start: t[0], end: t[1] };
  },
};

export const yearRangeSecond: Parser = {
  name: "en/year-range-end",
  pattern: rx(`(?<=(?:between|from)\\s+${YEAR}\\s+(?:and|to|through|until)\\s+)(?<t>(?<y>${YEAR}))|(?<=${YEAR}\\s*[-–/]\\s*)(?<t2>(?<y2>${YEAR}|\\d{2}))`),
  extract(m, ctx) {
    const g = m.groups!;
    const t = m.indices!.groups!.t ?? m.indices!.groups!.t2;
    let y = Number(g.y ?? g.y2);
    if (g.y2 && g.y2.length === 2) {
      const first = Number(ctx.text.slice(Math.max(0, m.index - 8), m.index).match(/(\d{4})\s*[-–/]\s*$/)?.[1]);
      if (!first) return null;
      y = Math.floor(first / 100) * 100 + y;
      if (y <= first || y - first > 5) return null;
      if (/^\s*[/-]\s*\d/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
    }
    return { ...yearResult(y), start: t[0], end: t[1] };
  },
};

/** "early 2023", "late 2018", "mid-2022", "the end of 2018". */
export const yearPart: Parser = {
  name: "en/year-part",
  pattern: rx(`(?:(?<since>${SINCE})\\s+|(?<until>${UNTIL})\\s+)?(?<t>(?<part>${PART})[\\s-]*(?<y>${YEAR}))`),
  extract(m, ctx) {
    return withCue(m, ctx, yearResult(Number(m.groups!.y), partOfWord(m.groups!.part)));
  },
};

const NOT_A_YEAR_AFTER = /^\s*(?:%|€|\$|£|[.,]\d|,\d{3}|\s\d{3}(?!\d)|(?:percent|per\s+cent|dollars?|euros?|million|billion)(?![\p{L}]))/iu;

function countContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (/[\d$€£+\-−–/#°.,:]\s*$/u.test(before)) return true;
  const prev = norm(/([\p{L}°]+)\s*$/u.exec(before)?.[1] ?? "");
  if (BEFORE_COUNT.has(prev)) return true;
  const after = text.slice(end, end + 40);
  if (NOT_A_YEAR_AFTER.test(after)) return true;
  const next = /^[ \t]*([\p{L}]+)/u.exec(after)?.[1];
  // "the 1991 agreement", "its 2008 model": a year used as an adjective (counts of 1,000+ take a comma in English).
  if (/^(?:the|its|his|her|their|our|a|an|this|that)$/.test(prev) && /^\d{4}$/.test(text.slice(start, end))) return false;
  return next !== undefined && !/^\s*[,;:)(]/.test(after) && !/^['’]s/.test(after) && !AFTER_YEAR_OK.has(norm(next));
}

/** "in 2015", "since 2019", "by 2025", "fiscal 2023", "the year 2001". */
export const yearCue: Parser = {
  name: "en/year",
  pattern: rx(
    `(?:(?<since>${SINCE})|(?<until>${UNTIL})|(?<before>before|prior\\s+to)|(?<after>after)|(?<loose>from|of|for|around|circa)|in|during|throughout)\\s+(?<t>(?:the\\s+year\\s+|fiscal\\s+(?:year\\s+)?)?(?<y>${YEAR}))|(?<t2>(?:the\\s+year|fiscal(?:\\s+year)?|FY)\\s*(?<y2>${YEAR}))`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const t = m.indices!.groups!.t ?? m.indices!.groups!.t2;
    if (NOT_A_YEAR_AFTER.test(ctx.text.slice(t[1], t[1] + 16))) return null;
    if ((g.loose || g.before || g.after) && countContext(ctx.text, t[0], t[1])) return null;
    return { ...withCue(m, ctx, yearResult(Number(g.y ?? g.y2))), start: t[0], end: t[1] };
  },
};

/** A two-digit year with an apostrophe after a cue ("since '82", "in '98"). */
export const shortYear: Parser = {
  name: "en/short-year",
  pattern: rx(`(?:since|in|from|of|by)\\s+(?<t>['’](?<y>\\d{2}))`),
  extract(m) {
    return yearResult(year2(m.groups!.y));
  },
};

/** A bare 4-digit number 1900–2099 is a year only when nothing makes it a count (see the fr pack). */
export const bareYear: Parser = {
  name: "en/bare-year",
  pattern: rx(`(?<y>(?:19|20)\\d\\d)`),
  extract(m, ctx) {
    if (countContext(ctx.text, m.index, m.index + 4)) return null;
    // After a day and a month that did not make a date ("32 August 2014"), nothing is a date.
    if (/\d\s*\p{L}+\.?\s*$/u.test(ctx.text.slice(Math.max(0, m.index - 16), m.index))) return null;
    return yearResult(Number(m.groups!.y));
  },
};

const SEASON = alt(Object.keys(SEASONS));

/** "in spring 2023", "the spring of 2023", "last summer", "this fall", "winter 2022". */
export const season: Parser = {
  name: "en/season",
  pattern: rx(
    `(?:(?<since>${SINCE})\\s+|(?<until>${UNTIL})\\s+|(?<prep>in|during|over|throughout)\\s+)?(?<t>(?:(?<part>${PART})\\s*)?(?:(?<det>this\\s+past|this\\s+coming|this|last|next|the)\\s+)?(?<s>${SEASON})(?:\\s+(?:of\\s+)?(?<y>${YEAR}))?)`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (!g.det && !g.y && !g.part && !g.prep) return null;
    const word = norm(g.s);
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (!g.y && /^\s+(?:of|in|from)\s/i.test(after)) return null; // "the fall of the empire"
    if (word === "fall" && !g.y && !/^(?:this|last|next|the|in\s+the|during\s+the|over\s+the|this\s+past|this\s+coming)$/i.test(norm(g.det ?? ""))) return null;
    const s = SEASONS[word];
    const det = norm(g.det ?? "");
    const dir = det === "this" ? "this" : /last|past/.test(det) ? "past" : /next|coming/.test(det) ? "future" : ctx.future(m.index) ? "future" : ctx.past(m.index) ? "pastish" : "nearest";
    const y = g.y ? Number(g.y) : seasonYear(ctx, s, dir);
    return withCue(m, ctx, seasonResult(y, s, g.y ? [] : ["year"]));
  },
};

const ORD = alt(Object.keys(ORDINALS).filter((k) => k !== "last"));

/** "the first quarter of 2023", "Q1 2023", "2023 Q1", "first-quarter", "the second half of 2022", "H1 2023". */
export const quarter: Parser = {
  name: "en/quarter",
  pattern: rx(
    `(?:(?:in|during|over)\\s+)?(?<t>(?:(?:the|this|its)\\s+)?(?<q>${ORD})[\\s-]+(?<k>quarter|half)(?:\\s+(?:of\\s+)?(?:(?<fy>fiscal\\s+)?(?<y>${YEAR})|(?<an>(?:this|last|next|the)\\s+year)))?|(?<code>[QHqh][1-4])(?:\\s+(?:of\\s+)?(?<y2>${YEAR}|['’]?\\d{2}))?|(?<y3>${YEAR})\\s*[-‐]?\\s*(?<code2>[QHqh][1-4]))`,
    "u",
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const code = g.code ?? g.code2;
    const ry = ymd(ctx.refFrom).y;
    if (code) {
      const n = Number(code[1]);
      const kind = code[0].toUpperCase();
      if (kind === "H" && n > 2) return null;
      const yy = g.y2 ?? g.y3;
      const y = yy ? year2(yy) : inferYear(ctx, kind === "H" ? 6 * n - 5 : 3 * n - 2, null, ctx.future(m.index) ? "future" : "nearest");
      return kind === "H" ? halfResult(y, n, yy ? [] : ["year"]) : quarterResult(y, n, yy ? [] : ["year"]);
    }
    const half = /^half$/i.test(g.k);
    const n = ORDINALS[norm(g.q)];
    if (half && n > 2) return null;
    let y: number;
    if (g.y) y = Number(g.y);
    else if (g.an && /^last/i.test(g.an)) y = ry - 1;
    else if (g.an && /^next/i.test(g.an)) y = ry + 1;
    else if (g.an) y = ry;
    else {
      const m0 = half ? 6 * n - 5 : 3 * n - 2;
      const dir = ctx.future(m.index) ? "future" : "nearest";
      y = inferYear(ctx, m0, null, dir);
      if (dir === "nearest" && dayNumber(ry, m0, 1) <= ctx.refTo && dayNumber(ry, m0 + (half ? 5 : 2), 1) >= ctx.refFrom) y = ry;
    }
    return half ? halfResult(y, n, g.y ? [] : ["year"]) : quarterResult(y, n, g.y ? [] : ["year"]);
  },
};

const DECADE_WORD = alt(Object.keys(DECADE_WORDS));

/** "the 1990s", "the '90s", "the early 2000s", "the nineties", "the 19th century". */
export const decade: Parser = {
  name: "en/decade",
  pattern: rx(
    `(?<t>(?:(?<part>${PART})[\\s-]*)?(?:(?<the>the)\\s+)?(?:(?<part2>early|mid|late)[\\s-]+)?(?:(?<dec>(?:1[0-9]|20)\\d0)['’]?s|['’](?<dec2>\\d0)s|(?<dec3>[1-9]0)['’]?s|(?<w>${DECADE_WORD})|(?<c>\\d{1,2})(?:st|nd|rd|th)\\s+century))`,
  ),
  extract(m) {
    const g = m.groups!;
    const part = partOfWord(g.part ?? g.part2);
    if (g.c) {
      const c = Number(g.c);
      if (c < 1 || c > 21) return null;
      return decadeResult((c - 1) * 100 + 1, part, true);
    }
    if ((g.dec3 || g.w) && !g.the && !part) return null; // "in his 50s"
    const first = g.dec ? Number(g.dec) : g.w ? DECADE_WORDS[norm(g.w)] : 1900 + Number(g.dec2 ?? g.dec3);
    return decadeResult(first === 1900 && (g.dec2 ?? g.dec3) === "00" ? 2000 : first, part);
  },
};

export { BEFORE_COUNT, DIR };
