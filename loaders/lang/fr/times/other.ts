// French parsers of temporal expressions that are NOT Story times but must be recognised so that
// they do not become dates (and for the TimeBank benchmark): durations ("pendant deux ans",
// "10 ans d'expérience"), clock times ("14 h 30"), parts of a day tied to another day ("la nuit"),
// and sets ("chaque année", "tous les jeudis").
import { alt, eventDraft, interval, norm, rx, type Parser } from "../../common/times.ts";
import { DURATION_UNITS, NUMBER_WORDS, WEEKDAYS } from "./constants.ts";
import { AP, numberOf } from "./util.ts";

const DUR_UNIT = alt(Object.keys(DURATION_UNITS));
const NUMW = alt(Object.keys(NUMBER_WORDS));
const VAGUE_N = "quelques|plusieurs|des|de\\s+nombreuses|de\\s+nombreux|de\\s+longues|de\\s+longs|les|ces";

const DUR_MODS: Readonly<Record<string, string>> = {
  environ: "APPROX", "près de": "APPROX", "pres de": "APPROX", quelque: "APPROX", presque: "APPROX", "plus de": "MORE_THAN",
  "au moins": "EQUAL_OR_MORE", "pas moins de": "EQUAL_OR_MORE", "moins de": "LESS_THAN", "au plus": "EQUAL_OR_LESS",
};

/** "deux ans", "pendant 10 ans", "plus de vingt ans", "quelques jours", "un demi-siècle", "24 mois".
 * An age (", 51 ans,") is not a duration of anything: skipped. */
export const duration: Parser = {
  name: "fr/duration",
  pattern: rx(
    `(?<t>(?:(?:ces|les)\\s+derni(?:ers|ères)\\s+)?(?:(?<mod>${alt(Object.keys(DUR_MODS))})\\s+)?(?:(?<n>\\d+(?:[,.]\\d+)?|${NUMW})|(?<v>${VAGUE_N}))(?:\\s+(?:longues?|longs|petites?|petits|bonnes?|derni(?:ers|ères)|premi(?:ers|ères)))?\\s*(?<u>${DUR_UNIT})|(?<half>un\\s+demi-si[èe]cle|une\\s+demi-heure|une\\s+demi-journ[ée]e|un\\s+quart\\s+de\\s+si[èe]cle|un\\s+quart\\s+d${AP}heure|quinquennat|septennat|mandat\\s+de\\s+cinq\\s+ans))`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (g.half) {
      const w = norm(g.half);
      const value = /demi-si/.test(w) ? "P50Y" : /demi-heure/.test(w) ? "PT30M" : /demi-journ/.test(w) ? "P0.5D" : /quart de si/.test(w) ? "P25Y" : /quart d'heure/.test(w) ? "PT15M" : /septennat/.test(w) ? "P7Y" : "P5Y";
      return { ...interval(null, null), precision: "vague", anchor: "absolute", inferred: [], type: "DURATION", value, story: false };
    }
    const [letter, isTime] = DURATION_UNITS[norm(g.u)];
    const before = ctx.text.slice(Math.max(0, m.index - 40), m.index);
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (/^ans$/i.test(g.u) && isAge(before, after)) return null;
    // "une seconde fois", "un jour prochain": an ordinal or "someday", not a duration.
    if (/^seconde$/i.test(g.u) && /^\s*\p{Ll}/u.test(after) && !/^\s*(?:de|d['’]|à|a|et|ou|pour|par)\s/u.test(after)) return null;
    if (/^un\s+jour$/i.test(m[0]) && !/(?:pendant|durant|en|dans|sur)\s*$/iu.test(before)) return null;
    let amount: string;
    if (g.v) {
      if (/^(?:les|ces)$/i.test(g.v) && !/derni|premi/i.test(m[0])) return null;
      amount = "X";
    } else {
      const n = /^\d/.test(g.n) ? Number(g.n.replace(",", ".")) : numberOf(g.n);
      if (n === null) return null;
      amount = String(n);
    }
    const value = letter === "DE" ? `P${amount === "X" ? "X" : Number(amount) * 10}Y` : letter === "CE" ? `P${amount === "X" ? "X" : Number(amount) * 100}Y` : letter === "6M" ? `P${amount === "X" ? "X" : Number(amount) * 6}M` : `P${isTime ? "T" : ""}${amount}${letter}`;
    return { ...interval(null, null), precision: "vague", anchor: "absolute", inferred: [], type: "DURATION", value, mod: g.mod ? DUR_MODS[norm(g.mod)] : undefined, story: false };
  },
};

/** "14 h", "21 h 45", "14h30", "à 10 heures", "vers 12 h 30", "midi", "minuit": a time on the day of the
 * previous date of the text (or of the publication). Not a Story time. */
export const clock: Parser = {
  name: "fr/clock",
  pattern: rx(
    `(?<t>(?:(?<vers>vers|aux\\s+alentours\\s+de)\\s+)?(?:(?<h>[01]?\\d|2[0-3])\\s*h\\s*(?<mi>[0-5]\\d)?|(?<=(?:à|a|dès|vers|jusqu${AP}à)\\s+)(?<h2>[01]?\\d|2[0-3])\\s+heures(?:\\s+(?<mi2>[0-5]\\d))?|(?<h3>[01]?\\d|2[0-3]):(?<mi3>[0-5]\\d)|(?<noon>midi|minuit)))`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (g.h !== undefined && /^\s*\d/.test(after)) return null;
    const h = g.noon ? (/^midi$/i.test(g.noon) ? 12 : 0) : Number(g.h ?? g.h2 ?? g.h3);
    const mi = Number(g.mi ?? g.mi2 ?? g.mi3 ?? 0);
    const clockValue = `T${String(h).padStart(2, "0")}:${String(mi).padStart(2, "0")}`;
    return { ...eventDraft({ mode: "clock", unit: "day", n: 0, clock: clockValue }, "TIME"), mod: g.vers ? "APPROX" : undefined };
  },
};

/** Nouns that take a duration ("un contrat de trois ans"); after any other noun "de N ans" is an age
 * ("un chauffeur de 38 ans"). */
const DURATION_NOUNS = new Set([
  "contrat", "période", "durée", "mandat", "peine", "prison", "absence", "bail", "plan", "programme", "engagement", "retard",
  "délai", "garantie", "exil", "séjour", "carrière", "expérience", "bout", "espace", "cours", "terme", "intervalle", "moratoire",
  "suspension", "interdiction", "sursis", "réclusion", "détention", "emprisonnement", "condamnation", "travail", "travaux",
  "règne", "conflit", "guerre", "crise", "investissement", "investissements", "prêt", "emprunt", "horizon", "partenariat", "accord",
]);

/** "N ans" read as an age: "âgé de 54 ans", "à l'âge de 114 ans", "Monod, 97 ans,", "les moins de 17 ans",
 * "les 6-16 ans", "un chauffeur de 38 ans". */
function isAge(before: string, after: string): boolean {
  if (/(?:âgée?s?|l['’]âge)\s+de\s*$/iu.test(before)) return true;
  if (/,\s*$/.test(before) && /^\s*[,).;]/.test(after)) return true;
  if (/(?:les|des|aux)\s+(?:moins|plus)\s+de\s*$/iu.test(before)) return true;
  if (/\d\s*[-–à]\s*$/u.test(before) || /(?:de|les|des|aux)\s+\d+\s*(?:-|–|à)\s*$/iu.test(before)) return true;
  const noun = /(\p{L}+)\s+de\s*$/iu.exec(before)?.[1];
  if (noun && !/^(?:plus|moins|près|pres|environ|quelque|pendant|durant|depuis)$/i.test(noun) && !DURATION_NOUNS.has(noun.toLowerCase())) return true;
  return false;
}

/** The first number of a duration range: "de 8 à 24 mois" (the "8"). */
export const durationRangeStart: Parser = {
  name: "fr/duration-range",
  pattern: rx(`(?:de|entre)\\s+(?<t>(?<n>\\d+|${NUMW}))(?=\\s*(?:à|a|et|-|–)\\s*(?:\\d+|${NUMW})\\s+(?<u>${DUR_UNIT}))`),
  extract(m) {
    const g = m.groups!;
    const [letter, isTime] = DURATION_UNITS[norm(g.u)];
    if (/^ans$/i.test(g.u)) return null;
    const n = numberOf(g.n);
    if (n === null || letter.length > 1) return null;
    return { ...interval(null, null), precision: "vague", anchor: "absolute", inferred: [], type: "DURATION", value: `P${isTime ? "T" : ""}${n}${letter}`, story: false };
  },
};

/** Temporal adjectives and nouns of TimeML ("l'actuel directeur", "le précédent dîner", "l'avenir",
 * "les prochaines échéances", "une virée nocturne"): TIMEX3 for the benchmark, never Story times. */
export const temporalWord: Parser = {
  name: "fr/temporal-word",
  pattern: rx(`(?<t>(?<present>actuel(?:le)?s?|nouvellement)|(?<past>précédente?s?)|(?<future>(?:l${AP})?avenir|futur(?:e|s|es)?|prochaine?s?)|(?<night>nocturnes?))`),
  extract(m, ctx) {
    const g = m.groups!;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (g.future && /^prochain/i.test(g.future) && /^\s*(?:\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/iu.test(after)) return null;
    if (g.past && /^\s*(?:de|d['’])\s/iu.test(after)) return null;
    const value = g.present ? (/^nouvellement/i.test(g.present) ? "PAST_REF" : "PRESENT_REF") : g.past ? "PAST_REF" : g.future ? "FUTURE_REF" : "TNI";
    return { ...interval(null, null), precision: "vague", anchor: "publication", inferred: [], type: "TIME", value, story: false };
  },
};

const NIGHT: Readonly<Record<string, string>> = { nuit: "NI", soirée: "EV", matinée: "MO", "après-midi": "AF", journée: "DT" };

/** "la nuit", "dans la soirée", "le lendemain matin": a part of the previous date's day. */
export const dayPart: Parser = {
  name: "fr/day-part",
  pattern: rx(`(?:(?:dans|en|pendant|durant|dès)\\s+)?(?<t>la\\s+(?<p>nuit|soirée|matinée)|fin\\s+d${AP}(?<p2>après-midi)|(?:le\\s+)?(?<lend>lendemain)\\s+(?<p3>matin|soir))`),
  extract(m) {
    const g = m.groups!;
    if (g.lend) return eventDraft({ mode: "point", unit: "day", n: 1, clock: /^matin/i.test(g.p3) ? "TMO" : "TEV" });
    const code = NIGHT[norm(g.p ?? g.p2)] ?? "AF";
    return eventDraft({ mode: "clock", unit: "day", n: 0, clock: `T${code}` }, "TIME");
  },
};

const SET_UNITS: Readonly<Record<string, string>> = {
  trimestre: "P3M", semestre: "P6M", jour: "P1D", jours: "P1D", semaine: "P1W", semaines: "P1W", mois: "P1M", an: "P1Y", ans: "P1Y", année: "P1Y", années: "P1Y",
  hebdomadaire: "P1W", hebdomadaires: "P1W",
  mensuel: "P1M", mensuelle: "P1M", mensuels: "P1M", mensuelles: "P1M", annuel: "P1Y", annuelle: "P1Y", annuels: "P1Y", annuelles: "P1Y",
};
const WD_PLURAL = alt(Object.keys(WEEKDAYS).flatMap((w) => [w, `${w}s`]));

/** "chaque année", "tous les jeudis", "annuel", "par an": recurring times (TIMEX3 SET). Not Story times. */
export const set: Parser = {
  name: "fr/set",
  pattern: rx(
    `(?<t>(?:chaque|tous\\s+les|toutes\\s+les)\\s+(?:(?<wd>${WD_PLURAL})|(?<u>jours?|semaines?|mois|ans?|ann[ée]es?))|(?<adj>hebdomadaires?|mensuel(?:le)?s?|annuel(?:le)?s?)|(?<=par\\s+)(?<u2>an|jour|semaine|mois|trimestre|semestre))`,
  ),
  extract(m) {
    const g = m.groups!;
    const value = g.wd ? `XXXX-WXX-${WEEKDAYS[norm(g.wd).replace(/s$/, "")] + 1}` : SET_UNITS[norm(g.u ?? g.u2 ?? g.adj)] ?? "P1Y";
    return { ...interval(null, null), precision: "vague", anchor: "absolute", inferred: [], type: "SET", value, story: false };
  },
};
