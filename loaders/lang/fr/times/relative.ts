// French parsers of expressions resolved against the publication date ("hier", "l'an dernier",
// "il y a deux ans", "mardi", "récemment") or against the previous date of the text ("par la suite",
// "deux ans plus tard", "l'année suivante", "le lendemain").
import {
  eventDraft,
  fromPublication,
  grainBounds,
  grainValue,
  interval,
  lastUnitsResult,
  partOf,
  pastResult,
  recentResult,
  rx,
  norm,
  sinceResult,
  untilResult,
  weekdayResult,
  type Context,
  type Draft,
  type Grain,
  type Parser,
} from "../../common/times.ts";
import { shiftDay, weekday } from "../../common/times-calendar.ts";
import { UNITS, VAGUE_COUNTS, WEEKDAYS } from "./constants.ts";
import { AP, NUM, PART_CORE, WEEKDAY, numberOf, partOfWord } from "./util.ts";
import { alt } from "../../common/times.ts";

const DEICTIC: Readonly<Record<string, number>> = { "avant-hier": -2, hier: -1, "aujourd'hui": 0, demain: 1, "après-demain": 2, "apres-demain": 2 };
/** Parts of a day, to TIMEX3 codes. */
const DAY_PARTS: Readonly<Record<string, string>> = { matin: "MO", matinée: "MO", midi: "MI", "après-midi": "AF", "apres-midi": "AF", soir: "EV", soirée: "EV", nuit: "NI" };
const DAY_PART = alt(Object.keys(DAY_PARTS));

/** A day relative to the publication: exact when the publication date is a day, else the publication
 * interval moved by the same amount (vague). */
function dayFromPublication(ctx: Context, k: number, code?: string): Draft {
  const r = fromPublication(ctx, "day", k);
  if (!code) return r;
  return { ...r, type: "TIME", value: r.precision === "day" ? `${r.value}T${code}` : r.value };
}

/** "hier", "aujourd'hui", "demain", "avant-hier", with a part of the day ("hier soir"). */
export const deictic: Parser = {
  name: "fr/deictic-day",
  pattern: rx(`(?<t>(?<w>avant-hier|apr[èe]s-demain|hier|aujourd${AP}hui|demain)(?:\\s+${WEEKDAY}(?![\\p{L}]))?(?:\\s+(?:(?:en\\s+(?:d[ée]but|fin)\\s+d${AP}|en\\s+fin\\s+de\\s+|dans\\s+la\\s+)?(?<pod>${DAY_PART})))?)`),
  extract(m, ctx) {
    const g = m.groups!;
    return dayFromPublication(ctx, DEICTIC[norm(g.w)], g.pod ? DAY_PARTS[norm(g.pod)] : undefined);
  },
};

/** "ce matin", "ce soir", "cet après-midi", "cette nuit" (the publication day). */
export const thisDayPart: Parser = {
  name: "fr/this-day-part",
  pattern: rx(`(?<t>(?:ce|cet|cette)\\s+(?<pod>${DAY_PART})(?:-ci|-là)?)`),
  extract(m, ctx) {
    if (/-là$/i.test(m[0])) return { ...eventDraft({ mode: "clock", unit: "day", n: 0, clock: `T${DAY_PARTS[norm(m.groups!.pod)]}` }, "TIME") };
    return dayFromPublication(ctx, 0, DAY_PARTS[norm(m.groups!.pod)]);
  },
};

const REL_UNITS: Readonly<Record<string, Grain>> = {
  jour: "day", semaine: "week", "week-end": "week", weekend: "week", mois: "month", trimestre: "quarter", semestre: "quarter", année: "year", annee: "year", an: "year", décennie: "decade", decennie: "decade",
};
const REL_UNIT = alt(Object.keys(REL_UNITS));
const PUB_DIRS: Readonly<Record<string, number>> = {
  dernier: -1, dernière: -1, derniere: -1, passé: -1, passée: -1, prochain: 1, prochaine: 1, "qui vient": 1, "à venir": 1, "en cours": 0, "-ci": 0,
};
const EVENT_DIRS: Readonly<Record<string, number>> = {
  précédent: -1, précédente: -1, "d'avant": -1, suivant: 1, suivante: 1, "d'après": 1, "qui suit": 1, "qui précède": -1, "-là": 0, "là": 0, même: 0,
};
const REL_DIR = alt([...Object.keys(PUB_DIRS).filter((k) => k !== "-ci"), ...Object.keys(EVENT_DIRS).filter((k) => !k.includes("là"))]);

/** "la semaine dernière", "l'an prochain", "cette année", "ce mois-ci", "l'année suivante", "cette année-là",
 * "la fin de l'année", "au début du mois prochain", "ce week-end". */
export const unitRelative: Parser = {
  name: "fr/unit-relative",
  pattern: rx(
    `(?:(?<until>d${AP}ici(?:\\s+[àa])?)\\s+|(?<since>depuis|dès|à\\s+partir\\s+d[eu])\\s+|(?:à|a|au|en|pour|avant|après)\\s+)?(?<t>(?:(?<part>${PART_CORE})\\s*(?:de\\s+l${AP}|de\\s+la\\s+|du\\s+|d${AP}|de\\s+)?\\s*)?(?:(?<det>l${AP}|la|le|les|cette|ce|cet|au)\\s*)?(?<same>même\\s+)?(?<u>${REL_UNIT})(?<ci>\\s*-\\s*(?:ci|là)|\\s+là)?(?:\\s+(?<dir>${REL_DIR}))?)`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const unit = REL_UNITS[norm(g.u)];
    const det = norm(g.det ?? "");
    const dir = g.dir ? norm(g.dir) : "";
    const ci = g.ci ? norm(g.ci).replace(/\s/g, "") : "";
    const part = partOfWord(g.part);
    const weekend = /^week-?end$/i.test(g.u);
    // Event-anchored: "l'année suivante", "cette année-là", "la même année".
    if (dir in EVENT_DIRS || ci === "-là" || ci === "là" || g.same) {
      const n = dir in EVENT_DIRS ? EVENT_DIRS[dir] : 0;
      return eventDraft({ mode: n === 0 ? "same" : "point", unit, n });
    }
    let k: number;
    if (dir in PUB_DIRS) k = PUB_DIRS[dir];
    else if (ci === "-ci" || det === "cette" || det === "ce" || det === "cet") k = 0;
    else if (part && (det === "l'" || det === "la" || det === "le" || det === "") && (unit === "year" || unit === "month" || unit === "week")) k = 0;
    else return null;
    if (unit === "day" && !(det === "ce" && k === 0)) return null; // only "ce jour" (today) is publication-relative
    if (det === "les") return null;
    if (weekend) return weekendResult(ctx, k, m.index);
    let r = fromPublication(ctx, unit, k);
    if (part && (unit === "year" || unit === "month" || unit === "week") && r.from && r.to && (r.precision !== "vague" || unit === "week")) {
      const [a, b] = partOf(Date.parse(r.from!) / 864e5, Date.parse(r.to!) / 864e5, part, unit);
      r = { ...r, ...interval(a, b), precision: "vague", mod: part.toUpperCase() };
    }
    if (g.until) r = untilResult(ctx, r);
    else if (g.since) r = sinceResult(ctx, r);
    return r;
  },
};

/** "ce week-end": the last weekend on or before the publication (the next one in the future tense). */
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

const AGO_UNITS: Readonly<Record<string, Grain>> = { ...UNITS };
const AGO_UNIT = alt(Object.keys(AGO_UNITS));
const VAGUE = alt(Object.keys(VAGUE_COUNTS));

/** Moves the publication interval by n units back (or forward), at the unit's grain (weeks at the day's). */
function shifted(ctx: Context, unit: Grain, lo: number, hi: number, anchor: Draft["anchor"] = "publication"): Draft {
  const grain: Grain = unit === "week" ? "day" : unit === "decade" ? "year" : unit;
  const u = unit === "decade" ? "year" : unit === "quarter" ? "month" : unit;
  const mul = unit === "decade" ? 10 : unit === "quarter" ? 3 : 1;
  const a = grainBounds(shiftDay(ctx.refFrom, u, lo * mul), grain)[0];
  const b = grainBounds(shiftDay(ctx.refTo, u, hi * mul), grain)[1];
  const single = grainBounds(a, grain)[1] === b;
  return {
    ...interval(a, b),
    precision: single ? grain : "vague",
    anchor,
    inferred: grain === "day" ? ["year", "month", "day"] : grain === "month" ? ["year", "month"] : ["year"],
    type: "DATE",
    value: grainValue(a, single ? grain : unit === "week" || unit === "day" ? "month" : grain),
  };
}

/** "il y a deux ans", "il y a une semaine", "il y a quelques mois", "il y a peu". */
export const ago: Parser = {
  name: "fr/ago",
  pattern: rx(`(?<t>il\\s+y\\s+a\\s+(?:(?<approx>environ|près\\s+de|pres\\s+de|plus\\s+de|moins\\s+de|quelque|presque)\\s+)?(?:(?<peu>peu|peu\\s+de\\s+temps)|(?:(?<n>${NUM})|(?<v>${VAGUE}))\\s+(?<u>${AGO_UNIT})))`),
  extract(m, ctx) {
    const g = m.groups!;
    if (g.peu) return recentResult(ctx);
    const unit = AGO_UNITS[norm(g.u)];
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

/** "dans deux ans", "dans trois semaines" (future, from the publication); "d'ici deux ans" (until then). */
export const inUnits: Parser = {
  name: "fr/in-units",
  pattern: rx(`(?<w>dans|d${AP}ici(?:\\s+[àa])?)\\s+(?<t>(?:(?<n>${NUM})|(?<v>quelques|plusieurs))\\s+(?<u>${AGO_UNIT}))(?!\\s+d['’e])`),
  extract(m, ctx) {
    const g = m.groups!;
    const unit = AGO_UNITS[norm(g.u)];
    const [lo, hi] = g.v ? VAGUE_COUNTS[norm(g.v)] : [numberOf(g.n) ?? 0, numberOf(g.n) ?? 0];
    if (!hi) return null;
    const r = shifted(ctx, unit, lo, hi);
    if (/^d['’]/i.test(g.w)) return untilResult(ctx, r);
    return g.v ? { ...r, precision: "vague" } : r;
  },
};

const LAST_UNITS: Readonly<Record<string, [Grain, number]>> = {
  jours: ["day", 10], semaines: ["week", 6], mois: ["month", 6], années: ["year", 5], annees: ["year", 5], temps: ["month", 4], décennies: ["decade", 3],
};
const LAST_UNIT = alt(Object.keys(LAST_UNITS));

/** "récemment", "dernièrement", "ces derniers mois", "au cours des dix derniers mois", "ces dernières années". */
export const recent: Parser = {
  name: "fr/recent",
  pattern: rx(
    `(?<t>(?:tout\\s+)?r[ée]cemment|derni[èe]rement|depuis\\s+peu|(?:(?:ces|les|des)\\s+)?(?:(?<n>${NUM})\\s+)?derni(?:ers|ères|eres)\\s+(?<u>${LAST_UNIT})|(?:(?:ces|les|des)\\s+)?(?<n2>${NUM})\\s+(?<u2>${LAST_UNIT})\\s+pass[ée]e?s)`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const u = g.u ?? g.u2;
    if (!u) return recentResult(ctx);
    const [unit, dflt] = LAST_UNITS[norm(u)];
    const n = g.n ?? g.n2 ? numberOf(g.n ?? g.n2) : dflt;
    if (!n) return null;
    if (norm(u) === "temps") return recentResult(ctx);
    return lastUnitsResult(ctx, unit, n);
  },
};

/** "par le passé", "auparavant", "autrefois", "jusqu'ici": an open past to the publication. */
export const past: Parser = {
  name: "fr/past",
  pattern: rx(`(?<t>par\\s+le\\s+pass[ée]|dans\\s+le\\s+pass[ée]|auparavant|autrefois|jadis|naguère|pr[ée]c[ée]demment|ant[ée]rieurement|jusqu${AP}(?:ici|à\\s+présent|a\\s+present|à\\s+maintenant))`),
  extract(m, ctx) {
    return pastResult(ctx);
  },
};

/** "actuellement", "désormais", "pour l'instant": the present (TIMEX3 PRESENT_REF; not a Story time). */
export const present: Parser = {
  name: "fr/present",
  pattern: rx(`(?<t>actuellement|à\\s+l${AP}heure\\s+actuelle|en\\s+ce\\s+moment|à\\s+présent|désormais|dorénavant|pour\\s+l${AP}instant|pour\\s+le\\s+moment|maintenant|de\\s+nos\\s+jours)`),
  extract(m, ctx) {
    return { ...interval(ctx.refFrom, ctx.refTo), precision: "vague", anchor: "publication", inferred: [], type: "TIME", value: "PRESENT_REF", story: false };
  },
};

/** "à l'avenir", "prochainement", "dans les prochains mois" (the latter is a Story time: the next months). */
export const future: Parser = {
  name: "fr/future",
  pattern: rx(`(?:(?:dans|au\\s+cours|pendant|durant|sur)\\s+)?(?<t>à\\s+l${AP}avenir|dans\\s+le\\s+futur|prochainement|(?:(?:les|des|ces)\\s+)?(?:(?<n>${NUM})\\s+)?prochain(?:s|es)\\s+(?<u>jours|semaines|mois|années|annees))`),
  extract(m, ctx) {
    const g = m.groups!;
    if (!g.u) return { ...interval(ctx.refFrom, null), precision: "vague", anchor: "publication", inferred: [], type: "TIME", value: "FUTURE_REF", story: false };
    const unit = AGO_UNITS[norm(g.u)];
    const n = g.n ? numberOf(g.n) ?? 3 : unit === "day" ? 10 : unit === "week" ? 6 : unit === "month" ? 6 : 5;
    const r = shifted(ctx, unit, 1, n);
    return { ...r, from: interval(ctx.refFrom, null).from, precision: "vague", value: "FUTURE_REF" };
  },
};

/** Weekdays: "mardi", "vendredi dernier", "lundi prochain", "mardi soir". The last one on or before the
 * publication, or the next one when the sentence is in the future tense. */
export const weekdayParser: Parser = {
  name: "fr/weekday",
  pattern: rx(`(?<t>(?:(?:ce|le)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?<dir>dernier|prochain|pass[ée]))?(?:\\s+(?<pod>${DAY_PART}))?)(?!\\s*(?:\\d|1er|premier))`),
  extract(m, ctx) {
    const g = m.groups!;
    const wd = WEEKDAYS[norm(g.wd)];
    // "le mercredi" with no other cue is often a habit ("le mercredi, il ..."): only a weekday with "ce"
    // or alone, or with dernier/prochain.
    if (/^le\s/i.test(m[0]) && !g.dir) return null;
    if (/^\s+saint/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 7))) return null; // "Vendredi saint"
    const dir = g.dir ? (/^proch/i.test(g.dir) ? "future" : "past") : ctx.future(m.index) ? "future" : "past";
    let r = weekdayResult(ctx, wd, dir, !!g.dir);
    if (/^ce\s/i.test(m[0]) && ctx.ref.precision === "day" && weekday(ctx.refFrom) === wd) r = fromPublication(ctx, "day", 0);
    if (g.pod && r.precision === "day") r = { ...r, type: "TIME", value: `${r.value}T${DAY_PARTS[norm(g.pod)]}` };
    return r;
  },
};

/** Event-anchored adverbs: "par la suite", "plus tard", "à l'époque", "le lendemain", "la veille". */
export const eventAdverb: Parser = {
  name: "fr/event-adverb",
  pattern: rx(
    `(?:(?:à|a|au|dès|depuis)\\s+)?(?<t>(?<after>par\\s+la\\s+suite|depuis\\s+lors|plus\\s+tard|peu\\s+(?:de\\s+temps\\s+)?apr[èe]s)|(?<same>l${AP}[ée]poque|cette\\s+[ée]poque|ce\\s+moment(?:-|\\s+)l[àa]|la\\s+même\\s+[ée]poque)|(?<day>(?:le\\s+)?lendemain|(?:la\\s+)?veille|(?:le\\s+)?surlendemain|(?:l${AP})?avant-veille|ce\\s+jour(?:-|\\s+)l[àa]|(?:le\\s+)?même\\s+jour))(?!\\s+(?:de|du|des|d['’])\\s)`,
  ),
  extract(m) {
    const g = m.groups!;
    if (g.after) return eventDraft({ mode: "after", unit: "day", n: 0 });
    if (g.same) return { ...eventDraft({ mode: "same", unit: "day", n: 0 }), precision: "vague" };
    const w = norm(g.day);
    const n = /surlendemain/.test(w) ? 2 : /lendemain/.test(w) ? 1 : /avant-veille/.test(w) ? -2 : /veille/.test(w) ? -1 : 0;
    return eventDraft({ mode: n === 0 ? "same" : "point", unit: "day", n });
  },
};

/** "deux ans plus tard", "trois mois après", "deux ans auparavant", "quelques jours plus tôt". */
export const unitsLater: Parser = {
  name: "fr/units-later",
  pattern: rx(`(?<t>(?:(?<n>${NUM})|(?<v>quelques|plusieurs))\\s+(?<u>${AGO_UNIT})\\s+(?<w>plus\\s+tard|plus\\s+t[ôo]t|auparavant|en\\s+arri[èe]re|(?:apr[èe]s|avant)(?=\\s*(?:[,.;:!?)]|$))))`),
  extract(m) {
    const g = m.groups!;
    const unit = AGO_UNITS[norm(g.u)];
    const n = g.v ? 3 : numberOf(g.n);
    if (!n) return null;
    const sign = /^(?:plus\s+t[ôo]t|auparavant|avant|en)/i.test(g.w) ? -1 : 1;
    const d = eventDraft({ mode: "point", unit: unit === "week" ? "day" : unit, n: sign * n * (unit === "week" ? 7 : 1) });
    return g.v ? { ...d, mod: "APPROX" } : d;
  },
};

export { DAY_PARTS };
