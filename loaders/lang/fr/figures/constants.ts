// French word lists of the figures extractors, as typed data. Words are folded (lowercase, no
// accents) unless said otherwise. Ambiguous words sit in explicit lists with the reason.
import type { VagueSpec } from "../../common/figures.ts";

const list = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Plural magnitudes ("des dizaines de", "plusieurs milliers de") -> [low, high]. */
export const VAGUE_PLURAL: Record<string, [number, number]> = {
  dizaines: [10, 100],
  centaines: [100, 1e3],
  milliers: [1e3, 1e4],
  millions: [1e6, 1e7],
  milliards: [1e9, 1e10],
};

/** Approximate collective numbers ("une dizaine", "une centaine", "un millier") -> value, approx. */
export const VAGUE_APPROX: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40,
  cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1e3,
};

export const VAGUE_SCALE: Record<string, number> = { milliers: 1e3, millions: 1e6, milliards: 1e9 };

export const VAGUE: VagueSpec = {
  pattern: new RegExp(
    "(?<![\\p{L}])(?<det>des|plusieurs|quelques|nombreux|nombreuses|les|ces|une|un)[\\s\\u00A0]+" +
      `(?<mag>${Object.keys(VAGUE_PLURAL).concat(Object.keys(VAGUE_APPROX)).join("|")})` +
      "(?:[\\s\\u00A0]+(?:de[\\s\\u00A0]+|d['’])(?<mult>milliers|millions|milliards))?(?![\\p{L}])",
    "giu",
  ),
  plural: VAGUE_PLURAL,
  approx: VAGUE_APPROX,
  scale: VAGUE_SCALE,
};

/** Adjectives that may stand between a number and its noun ("deux nouveaux ingénieurs"). */
export const PRE_ADJECTIVES = list(`
  nouveau nouveaux nouvelle nouvelles nouvel autres premiers premieres derniers dernieres
  grands grandes petits petites principaux principales anciens anciennes gros grosses hauts
  jeunes vrais vraies veritables meilleurs meilleures puissants puissantes precieux precieuses
`);

/** Words that are never the counted noun right after a number. */
export const STOP_WORDS = list(`
  de des du et ou au aux en le la les un une pour par sur sous dans avec sans qui que quoi dont
  ne se il elle ils elles on nous vous est sont etait etaient sera seront serait seraient ont
  avait avaient aura auront fois plus moins fait font selon chez entre vers contre depuis pendant
  avant apres comme mais donc car deja encore aussi ainsi tres bien tout tous toutes toute leurs
  leur ses son ces cet cette mes nos vos ceux celles celle celui chacun chacune seulement
  uniquement environ supplementaires supplementaire reprises premier premiere dernier derniere
  autre memes meme tiers quart quarts moitie pres loin lors parmi voire soit dont ici
  pourraient pourrait peuvent doivent devraient auraient bis ter alors
`);

/** Time units: "deux ans", "trois mois" are durations (times[] or nothing), not figures. */
export const TIME_UNITS = list(`
  an ans annee annees mois jour jours journee journees semaine semaines heure heures minute
  minutes seconde secondes siecle siecles decennie decennies trimestre trimestres semestre
  semestres nuit nuits week-end week-ends h min lundi mardi mercredi jeudi vendredi samedi dimanche
`);

export const MONTHS = list(`
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  janv fevr fev avr juil sept oct nov dec
`);

const D = "d(?:e[\\s\\u00A0]+|['’])"; // "de " or "d'"
const end = (alts: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${alts})[\\s\\u00A0]*$`, "iu");

export const APPROX_BEFORE = end(
  [`près ${D}`, "environ", "quelque", `à peu près`, `aux alentours ${D}`, `autour ${D}`, "approximativement",
    "presque", "quasiment", "pratiquement", "plus ou moins", "grosso modo", `pas loin ${D}`, "avoisinant",
    `de l['’]ordre ${D}`, "estimée?s? à", "~"].join("|"),
);
export const MIN_BEFORE = end(
  [`plus ${D}`, "au moins", "au minimum", `pas moins ${D}`, "supérieure?s? à", "dépassant", `au-delà ${D}`,
    `à partir ${D}`, "minimum", `bien plus ${D}`, `largement plus ${D}`, `davantage ${D}`, "plus que"].join("|"),
);
export const MAX_BEFORE = end(
  [`moins ${D}`, "jusqu['’]à", "au plus", "au maximum", `pas plus ${D}`, "inférieure?s? à", "maximum",
    "tout au plus", "à peine", `en[- ]dessous ${D}`, `au[- ]dessous ${D}`, `sous la barre ${D}`, "moins que"].join("|"),
);

export const RANGE_OPEN = /(?<![\p{L}])(?:entre|de|d['’])[\s\u00A0]*$/iu;
export const RANGE_MID = /^[\s\u00A0]*(?:et|à|-|–)[\s\u00A0]*$/u;
export const RANGE_MID_ALONE = /^[\s\u00A0]*(?:à|-|–)[\s\u00A0]*$/u;

export const YEAR_BEFORE = /(?<![\p{L}])(?:en|depuis|dès|jusqu['’]en|année|années|fin|début|mi|courant|printemps|été|automne|hiver|avant|après|vers|de|à|entre|et|an|l['’]an|d['’]ici)[\s\u00A0-]*$/iu;
export const LABEL_BEFORE = /(?:n°|n[o°]\.|#|(?<![\p{L}])(?:(?:un|une|1)[\s\u00A0]+\p{L}+[\s\u00A0]+sur|numéro|article|page|chapitre|version|années|saison|épisode|tome|niveau|étape|section|alinéa|annexe|v\.?))[\s\u00A0]*$/iu;

/** Words before a bare number that make it share the unit of the figure before it. */
export const INHERIT_CUE = /(?<![\p{L}])(?:contre|à|et|ou|puis|soit|dont|après|avant|vs\.?|face à|comparé à|par rapport à|jusqu['’]à)[\s\u00A0]*$/iu;

/** A percent word before its number ("pourcentage de vingt"). */
export const PERCENT_BEFORE = /(?<![\p{L}])(?:pour[\s\u00A0]*cents?|pourcentages?)[\s\u00A0]+(?:de|des|d['’])[\s\u00A0]*$/iu;

/** Words that announce an amount of money: a bare "86 milliards" after them takes the article's currency. */
export const MONEY_CUE = /(?<![\p{L}])(?:valoris\p{L}*|lev[ée]\p{L}*|lève|investi\p{L}*|dépens\p{L}*|pay\p{L}*|rachet\p{L}*|rachat|vend\p{L}*|achet\p{L}*|co[uû]t\p{L}*|chiffre d['’]affaires|revenus?|recettes?|pertes?|perdu|bénéfices?|amendes?|montant|budget|capitalisation|fortune|financement|prix|valeur|dette)(?![\p{L}])/iu;

export const CONNECTOR = /(?:de[\s\u00A0]+|d['’])/uy;

/** Singular of a folded French word (for lexicon keys): "unites" -> "unite", "graphiques" -> "graphique". */
export function singular(w: string): string {
  if (w.length > 3 && /[sx]$/.test(w) && !/ss$/.test(w) && !SINGULAR_IN_S.has(w)) return w.slice(0, -1);
  return w;
}

/** Words ending in -s or -x that are singular as well: kept as they are. */
const SINGULAR_IN_S = list(`
  pays prix fois temps corps bras dos cours discours repas mois poids souris avis proces succes acces
  progres bus virus campus corpus consensus recours concours propos choix voix croix noix paix
  prix taux flux index
`);

/** An unknown French noun: its singular, lowercased ("possibilités" -> "possibilité"). */
export function unknownUnit(word: string): string | null {
  if (/(?:ment|ments)$/.test(word)) return null; // adverbs ("seulement")
  if (/ées?$/.test(word)) return null; // participles ("achetées")
  return singular(word.normalize("NFD").replace(/\p{M}/gu, "")) === word.normalize("NFD").replace(/\p{M}/gu, "") ? word : word.slice(0, -1);
}
