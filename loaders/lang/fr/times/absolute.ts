// French parsers of dates written on the calendar: "le 11 avril 2023", "fin 2018", "au printemps 2023",
// "au premier trimestre", "dans les années 1990". A missing year is inferred from the publication.
import {
  afterResult,
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
import { dayNumber, validDay, weekday, ymd } from "../../common/times-calendar.ts";
import { AFTER_YEAR_OK, BEFORE_COUNT, DECADE_WORDS, ORDINALS, SEASONS, WEEKDAYS } from "./constants.ts";
import { alt } from "../../common/times.ts";
import { AP, DAY, DIR, MONTH, MONTH_ABBR, PART, PART_CORE, WEEKDAY, YEAR, YEAR2, ambiguousAlone, dayOf, dirOf, monthOf, partOfWord, year2 } from "./util.ts";

/** Cues in front of a date that make it the start or the end of an interval; not part of the span. */
const SINCE = `depuis|dès|à\\s+partir\\s+d[eu${"'’"}]|a\\s+partir\\s+d[eu'’]`;
const UNTIL = `jusqu${AP}(?:en|au|à|a)|d${AP}ici(?:\\s+(?:à|a))?`;
const PRE = `(?:(?<since>${SINCE})|(?<until>${UNTIL})|(?<before>avant)|(?<after>après|apres)|en|de|du|au\\s+cours\\s+d[eu${"'’"}]|courant|pour|vers|durant|pendant)\\s*`;

function withCue(m: RegExpExecArray, ctx: Context, d: Draft): Draft {
  if (m.groups?.since) return sinceResult(ctx, d);
  if (m.groups?.until) return untilResult(ctx, d);
  if (m.groups?.before) return beforeResult(d);
  if (m.groups?.after) return afterResult(d);
  return d;
}

/** "le 11 avril 2023", "mardi 11 avril", "le 6 mai dernier", "11 avril" ("du"/"au" in front are signals, outside the
 * span; a range "du 10 au 22 août" is two dates here, joined into one interval by the Story refiner). */
export const dayMonth: Parser = {
  name: "fr/day-month",
  pattern: rx(
    `(?:(?<since>${SINCE})\\s+|(?<until>${UNTIL})\\s+|(?<before>avant)\\s+|(?<after>après|apres)\\s+|(?:du|au|dès|pour)\\s+)?(?<t>(?:(?:le|ce|les)\\s+)?(?:(?<wd>${WEEKDAY})\\s+)?(?<d>${DAY})\\s*(?<mo>${MONTH}|(?:${MONTH_ABBR})\\.?)(?:\\s+(?<y>${YEAR}|${YEAR2}))?(?:\\s+(?<dir>${DIR}))?)`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const mo = monthOf(g.mo)!;
    const d = dayOf(g.d);
    const stated = g.y !== undefined;
    const wd = g.wd ? WEEKDAYS[norm(g.wd)] : undefined;
    const y = stated ? year2(g.y) : yearOfDay(ctx, mo, d, wd, dirOf(g.dir, ctx, m.index));
    if (!validDay(y, mo, d)) return null;
    const r = dayResult(y, mo, d, stated ? [] : ["year"]);
    // A weekday or "dernier"/"prochain" fixes the year: the sentence's year must not override it.
    if (wd !== undefined || g.dir) r.month = undefined;
    return withCue(m, ctx, r);
  },
};

/** The year of a day written without one: the weekday, when given, must match ("jeudi 12 septembre"). */
function yearOfDay(ctx: Context, mo: number, d: number, wd: number | undefined, dir: "past" | "future" | "nearest" | "pastish"): number {
  const y = inferYear(ctx, mo, d, dir);
  if (wd === undefined) return y;
  for (const c of [y, y - 1, y + 1, y - 2, y + 2, y - 3, y + 3, y - 4, y + 4, y - 5, y + 5, y - 6, y + 6])
    if (validDay(c, mo, d) && weekday(dayNumber(c, mo, d)) === wd) return c;
  return y;
}

/** The first day of a range of days sharing one month: "du 19 au 23 juillet", "les 6 et 13 avril" (the "19", "6"). */
export const dayBeforeMonth: Parser = {
  name: "fr/day-before-range",
  pattern: rx(`(?:(?:du|les|entre\\s+le)\\s+)?(?:(?<wd>${WEEKDAY})\\s+)?(?<t>(?<d>${DAY})(?:e|ème)?)(?=\\s*(?:au|et|-|–|jusqu${AP}au)\\s*(?:le\\s+)?(?:${WEEKDAY}\\s+)?${DAY}\\s*(?<mo>${MONTH})(?:\\s+(?<y>${YEAR}))?)`),
  extract(m, ctx) {
    const g = m.groups!;
    const mo = monthOf(g.mo)!;
    const d = dayOf(g.d);
    // Without "du"/"les"/"entre le", only a dash or "au" makes a range ("10 - 22 août", "10 au 22 août").
    if (!/^(?:du|les|entre)/i.test(m[0]) && /^\s*et/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
    const y = g.y ? Number(g.y) : inferYear(ctx, mo, d, dirOf(undefined, ctx, m.index));
    if (!validDay(y, mo, d)) return null;
    return dayResult(y, mo, d, g.y ? ["month"] : ["year", "month"]);
  },
};

/** "11/04/2023", "le 8/2/2016" (day first), and ISO "2023-04-11". */
export const numericDate: Parser = {
  name: "fr/numeric-date",
  pattern: rx(
    `(?<t>(?:le\\s+)?(?:(?:${WEEKDAY})\\s+)?(?:(?<d>[0-3]?\\d)[/.](?<m>[01]?\\d)[/.](?<y>\\d{4}|\\d{2})(?![/.]\\d)|(?<iy>(?:19|20)\\d\\d)-(?<im>[01]\\d)-(?<id>[0-3]\\d)|(?<mm>0?[1-9]|1[0-2])/(?<my>(?:19|20)\\d\\d)(?![/.]\\d)|(?<=(?:le|du|au)\\s+)(?<dd>[0-3]?\\d)/(?<dm>[01]?\\d)(?![/.\\d])))`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (g.mm) return monthResult(Number(g.my), Number(g.mm));
    if (g.dd) {
      // "le 17/02": a day of the nearest year.
      const [d, mo] = [Number(g.dd), Number(g.dm)];
      const y = inferYear(ctx, mo, d, dirOf(undefined, ctx, m.index));
      return validDay(y, mo, d) ? dayResult(y, mo, d, ["year"]) : null;
    }
    const [y, mo, d] = g.iy ? [Number(g.iy), Number(g.im), Number(g.id)] : [year2(g.y), Number(g.m), Number(g.d)];
    if (!validDay(y, mo, d)) return null;
    return dayResult(y, mo, d);
  },
};

/** A deadline ("d'ici juin", "jusqu'en juin") looks ahead of a past-tense saying ("a promis de livrer
 * d'ici juin"): the nearest such month, not the last one. */
const deadlineDir = (d: ReturnType<typeof dirOf>, until: boolean): ReturnType<typeof dirOf> => (until && d === "pastish" ? "nearest" : d);

/** "en mars", "avril 2001", "fin septembre 2000", "début octobre", "le mois de juin", "juin prochain". */
export const monthYear: Parser = {
  name: "fr/month",
  pattern: rx(
    `(?:${PRE})?(?:(?:à|a|au|en)\\s+)?(?<t>(?:(?<part>${PART_CORE})[\\s-]*(?:d${AP}\\s*|de\\s+|du\\s+)?)?(?<mois>(?:(?:le|au|du|ce)\\s+)?mois\\s+d${AP}\\s*|(?:(?:le|au|du|ce)\\s+)?mois\\s+de\\s+)?(?:(?<ce>cet?t?e?)\\s+)?(?<mo>${MONTH}|(?:${MONTH_ABBR})\\.?(?=\\s*(?:\\d|['’])))(?:\\s+(?<y>${YEAR}|${YEAR2}))?(?:\\s+(?<dir>${DIR}))?)`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (/\d\s*$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) return null; // "32 août 2014": not a date at all
    const cued = m[0].length > g.t.length || g.part || g.mois || g.ce || g.y || g.dir;
    if (!cued && ambiguousAlone(g.mo)) return null;
    // "mai" and "mars" alone must at least be lower case; a capitalised one needs a cue.
    const mo = monthOf(g.mo)!;
    const part = partOfWord(g.part);
    const stated = g.y !== undefined;
    // "mai et juin derniers": the direction written after the second month holds for both.
    const shared = g.dir ? undefined : /^\s*(?:et|ou)\s+\p{L}+\s+(derni[eè]re?s|prochaine?s)/iu.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1];
    const dir = g.dir ?? shared;
    // "en octobre de l'année dernière", "en mars l'an dernier", "en mars de cette année": the year named right after.
    const named = /^\s+(?:de\s+)?(?:l['’]an(?:n[ée]e)?\s+(derni[eè]re?|pass[ée]e?|prochaine?)|(cette)\s+ann[ée]e)(?![\p{L}])/iu.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    const shiftY = named ? (named[2] ? 0 : /^proch/i.test(named[1]) ? 1 : -1) : null;
    const y = stated ? year2(g.y) : shiftY !== null ? ymd(ctx.refFrom).y + shiftY : g.ce ? ymd(ctx.refFrom).y : inferYear(ctx, mo, null, deadlineDir(dirOf(dir, ctx, m.index), !!g.until));
    const r = monthResult(y, mo, stated ? [] : ["year"], part);
    if (dir || shiftY !== null) r.month = undefined;
    const out = withCue(m, ctx, r);
    // The span takes in "l'an dernier": one expression, not two.
    return named ? { ...out, end: m.index + m[0].length + named[0].length, anchor: "publication" } : out;
  },
};

/** Two years joined as a range ("entre 1990 et 1999", "de 1982 à 1987", "2002/2003"): the first one. */
export const yearRangeFirst: Parser = {
  name: "fr/year-range",
  pattern: rx(`(?:entre|de)\\s+(?<t>(?<y>${YEAR}))(?=\\s+(?:et|à|a|au)\\s+${YEAR})|(?<t2>(?<y2>${YEAR}))(?=\\s*[-–/]\\s*(?:${YEAR}|\\d{2})(?![\\p{L}\\p{N}]))`),
  extract(m) {
    const g = m.groups!;
    const t = m.indices!.groups!.t ?? m.indices!.groups!.t2;
    return { ...yearResult(Number(g.y ?? g.y2)), start: t[0], end: t[1] };
  },
};

/** The second year of such a range. */
export const yearRangeSecond: Parser = {
  name: "fr/year-range-end",
  pattern: rx(`(?<=(?:entre|de)\\s+${YEAR}\\s+(?:et|à|a|au)\\s+)(?<t>(?<y>${YEAR}))|(?<=${YEAR}\\s*[-–/]\\s*)(?<t2>(?<y2>${YEAR}|\\d{2}))`),
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

/** "fin 2018", "début 2023", "mi-2022", "à la fin de 2018", "courant 2019". */
export const yearPart: Parser = {
  name: "fr/year-part",
  pattern: rx(`(?:(?<since>${SINCE})\\s+|(?<until>${UNTIL})\\s+|(?:à|a|au|en|dès)\\s+)?(?<t>(?:(?<part>${PART_CORE})|(?<courant>courant))[\\s-]*(?:d${AP}\\s*|de\\s+l${AP}ann[ée]e\\s+|de\\s+)?(?<y>${YEAR}))`),
  extract(m, ctx) {
    const g = m.groups!;
    return withCue(m, ctx, yearResult(Number(g.y), g.courant ? undefined : partOfWord(g.part)));
  },
};

const NOT_A_YEAR_AFTER = /^\s*(?:%|‰|€|\$|£|[.,]\d|\s\d{3}(?!\d)|(?:pour\s*cent|euros?|dollars?|millions?|milliards?)(?![\p{L}]))/iu;

/** A year after a cue: "en 2015", "depuis 2019", "d'ici 2025", "l'année 2001", "pour 2025". */
export const yearCue: Parser = {
  name: "fr/year",
  pattern: rx(`(?:(?<loose>de|du|pour|vers)\\s+|${PRE})(?<t>(?:l${AP}an(?:née)?\\s+|ann[ée]e\\s+)?(?<y>${YEAR}))|(?<t2>(?:l${AP}an(?:née)?|ann[ée]e)\\s+(?<y2>${YEAR}))|(?:exercice|saison|bilan|budget|cuvée|promotion|édition|campagne|millésime)\\s+(?<t3>(?<y3>${YEAR}))`),
  extract(m, ctx) {
    const g = m.groups!;
    const t = m.indices!.groups!.t ?? m.indices!.groups!.t2 ?? m.indices!.groups!.t3;
    if (NOT_A_YEAR_AFTER.test(ctx.text.slice(t[1], t[1] + 16))) return null;
    if ((g.loose || g.before || g.after) && countContext(ctx.text, t[0], t[1])) return null;
    return { ...withCue(m, ctx, yearResult(Number(g.y ?? g.y2 ?? g.y3))), start: t[0], end: t[1] };
  },
};

/** A two-digit year after "en"/"depuis" before punctuation ("deux ruptures en 97 (en janvier ..."). */
export const shortYear: Parser = {
  name: "fr/short-year",
  pattern: rx(`(?:en|depuis|dès)\\s+(?<t>['’]?(?<y>[5-9]\\d|0\\d|1\\d))(?=\\s*[,;:.()])`),
  extract(m) {
    return yearResult(year2(m.groups!.y));
  },
};

/** A bare 4-digit number 1900–2099 is a year only when nothing makes it a count: not after "plus de",
 * "les", a digit or a currency sign, and not before a noun or a unit ("2000 employés", "2015 GPU"). */
export const bareYear: Parser = {
  name: "fr/bare-year",
  pattern: rx(`(?<y>(?:19|20)\\d\\d)`),
  extract(m, ctx) {
    if (countContext(ctx.text, m.index, m.index + 4)) return null;
    // After a day and a month that did not make a date ("32 août 2014"), nothing is a date.
    if (/\d\s*\p{L}+\.?\s*$/u.test(ctx.text.slice(Math.max(0, m.index - 16), m.index))) return null;
    return yearResult(Number(m.groups!.y));
  },
};

/** A 4-digit number reads as a count when a count word comes before it or a noun or unit after it. */
function countContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (/[\d$€£+\-−–/#°.,:]\s*$/u.test(before)) return true;
  const words = /(?:([\p{L}°]+)\s+)?([\p{L}°]+)\s*$/u.exec(before);
  const prev = norm(words?.[2] ?? "");
  if (BEFORE_COUNT.has(prev)) return true;
  if (prev === "de" && /^(?:plus|moins|près|pres|environ|quelque|total|sur)$/i.test(words?.[1] ?? "")) return true;
  const after = text.slice(end, end + 40);
  if (NOT_A_YEAR_AFTER.test(after)) return true;
  const next = /^[ \t]*([\p{L}]+)/u.exec(after)?.[1];
  return next !== undefined && !/^\s*[,;:)(»]/.test(after) && !AFTER_YEAR_OK.has(norm(next));
}

const SEASON = alt(Object.keys(SEASONS));

/** "au printemps 2023", "à l'été 2022", "cet hiver", "l'automne dernier". "été" needs an article or a year
 * (it is also the participle of "être"). */
export const season: Parser = {
  name: "fr/season",
  pattern: rx(
    `(?:(?<since>${SINCE})\\s+|(?<until>${UNTIL})\\s+|(?<prep>au|en|à|a|pendant|durant|dès)\\s+)?(?<t>(?:(?<part>${PART_CORE})[\\s-]*(?:de\\s+l${AP}|du\\s+|d${AP})?)?(?:(?<det>cet|ce|cette|l${AP}|le)\\s*)?(?<s>${SEASON})(?:\\s+(?:(?<y>${YEAR})|(?<dir>${DIR})))?)`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (!g.det && !g.y && !g.part && !g.dir && !g.prep) return null;
    if (/^[ée]t[ée]$/i.test(g.s) && !g.det && !g.y && !/^(?:en|au)$/i.test(g.prep ?? "")) return null;
    const s = SEASONS[norm(g.s)];
    const inferred = g.y ? [] : ["year"];
    const dir = /^(?:cet|ce|cette)$/i.test(g.det ?? "") ? "this" : dirOf(g.dir, ctx, m.index);
    const y = g.y ? Number(g.y) : seasonYear(ctx, s, dir);
    return withCue(m, ctx, seasonResult(y, s, inferred));
  },
};

const ORD = alt(Object.keys(ORDINALS));

/** "au premier trimestre 2023", "le 2e semestre", "Q1 2023", "T3 2022", "H1 2023". */
export const quarter: Parser = {
  name: "fr/quarter",
  pattern: rx(
    `(?:(?:au|du|dès|pour|en|depuis|sur)\\s+)?(?<t>(?:(?:le|ce|cet|d${AP}un)\\s+)?(?<q>${ORD}|dernier)\\s+(?<k>trimestre|semestre)(?:\\s+(?:(?:de\\s+|d${AP})?(?<y>${YEAR})|(?<an>de\\s+l${AP}ann[ée]e(?:\\s+(?<dir>${DIR}|en\\s+cours))?)))?|(?<code>[TQ][1-4]|[SH][12])\\s*(?<y2>${YEAR}|['’]?\\d{2}))`,
    "u",
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (g.code) {
      const n = Number(g.code[1]);
      const y = year2(g.y2);
      return g.code[0] === "S" || g.code[0] === "H" ? halfResult(y, n) : quarterResult(y, n);
    }
    const half = /^semestre$/i.test(g.k);
    const n = norm(g.q) === "dernier" ? (half ? 2 : 4) : ORDINALS[norm(g.q)];
    if (half && n > 2) return null;
    let y: number;
    const ry = ymd(ctx.refFrom).y;
    if (g.y) y = Number(g.y);
    else if (g.dir && /^derni|^pass/i.test(g.dir)) y = ry - 1;
    else if (g.dir && /^proch/i.test(g.dir)) y = ry + 1;
    else if (g.an) y = ry;
    else {
      // Nearest such quarter to the publication, a future one counting double.
      const m0 = half ? 6 * n - 5 : 3 * n - 2;
      const dir = ctx.future(m.index) ? "future" : "nearest";
      y = inferYear(ctx, m0, null, dir);
      const startThis = dayNumber(ry, m0, 1);
      if (dir === "nearest" && startThis <= ctx.refTo && dayNumber(ry, m0 + (half ? 5 : 2), 1) >= ctx.refFrom) y = ry;
    }
    return half ? halfResult(y, n, g.y ? [] : ["year"]) : quarterResult(y, n, g.y ? [] : ["year"]);
  },
};

const DECADE_WORD = alt(Object.keys(DECADE_WORDS));

/** "les années 1990", "années 60", "début des années 2000", "la fin du XIXe siècle", "au XXIe siècle". */
export const decade: Parser = {
  name: "fr/decade",
  pattern: rx(
    `(?:(?:à|a|au|aux|dans|depuis|dès|pendant|durant|en)\\s+)?(?<t>(?:(?<part>${PART_CORE})[\\s-]*(?:des|du|de\\s+la|d${AP})?\\s*)?(?:(?:les|des)\\s+)?(?:ann[ée]es\\s+(?<dec>(?:19|20)\\d0|[1-9]0|${DECADE_WORD})|(?<c>[IVX]{1,5}|\\d{1,2})\\s*(?:e|ème|è|eme)\\s+si[èe]cle))`,
  ),
  extract(m) {
    const g = m.groups!;
    const part = partOfWord(g.part);
    if (g.c) {
      const c = /^\d+$/.test(g.c) ? Number(g.c) : roman(g.c);
      if (!c || c > 21) return null;
      return decadeResult((c - 1) * 100 + 1, part, true);
    }
    const w = norm(g.dec);
    const first = DECADE_WORDS[w] ?? (w.length === 2 ? (w === "00" ? 2000 : 1900 + Number(w)) : Number(w));
    return decadeResult(first, part);
  },
};

function roman(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]];
    const b = v[s[i + 1]] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}

export { WEEKDAYS };
