// French word lists for the time extractors (typed data; the parsers only build patterns from them).
import type { Grain, Part, Season } from "../../common/times.ts";
import type { HolidayId } from "../../common/times-holidays.ts";

/** Full month names (with and without accents). */
export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7,
  août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};

/** Abbreviations: only read next to a day number or a year ("12 juil. 2012"), never alone
 * ("sept" is also the number seven). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  janv: 1, jan: 1, févr: 2, fevr: 2, fév: 2, fev: 2, avr: 4, juil: 7, sept: 9, sep: 9, oct: 10, nov: 11, déc: 12, dec: 12,
};

/** Month names that are also other words: read alone only in lower case or after a cue ("Mars" is the planet). */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(["mars", "mai"]);

export const WEEKDAYS: Readonly<Record<string, number>> = {
  lundi: 0, mardi: 1, mercredi: 2, jeudi: 3, vendredi: 4, samedi: 5, dimanche: 6,
};

export const SEASONS: Readonly<Record<string, Season>> = { printemps: "spring", été: "summer", ete: "summer", automne: "autumn", hiver: "winter" };

/** Calendar units, singular and plural, to a grain ("an" and "année" are both year). */
export const UNITS: Readonly<Record<string, Grain>> = {
  jour: "day", jours: "day", journée: "day", journées: "day", semaine: "week", semaines: "week",
  mois: "month", trimestre: "quarter", trimestres: "quarter", an: "year", ans: "year", année: "year", années: "year",
  décennie: "decade", décennies: "decade",
};

/** Units of durations (TIMEX3 value letter and whether it is a time unit: PT...). */
export const DURATION_UNITS: Readonly<Record<string, [string, boolean]>> = {
  seconde: ["S", true], secondes: ["S", true], minute: ["M", true], minutes: ["M", true], heure: ["H", true], heures: ["H", true],
  jour: ["D", false], jours: ["D", false], journée: ["D", false], journées: ["D", false], semaine: ["W", false], semaines: ["W", false],
  mois: ["M", false], trimestre: ["Q", false], trimestres: ["Q", false], semestre: ["6M", false], semestres: ["6M", false],
  an: ["Y", false], ans: ["Y", false], année: ["Y", false], années: ["Y", false], décennie: ["DE", false], décennies: ["DE", false],
  siècle: ["CE", false], siècles: ["CE", false],
};

/** Number words up to what time expressions use (the words the patterns accept; their values come from ../numbers.ts first). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, vingt: 20,
  "vingt-cinq": 25, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100,
};

/** Vague counts: the low and high number they stand for ("il y a quelques mois"). */
export const VAGUE_COUNTS: Readonly<Record<string, [number, number]>> = {
  quelques: [2, 6], plusieurs: [2, 9], des: [2, 9], "de nombreuses": [3, 20], "de nombreux": [3, 20],
};

/** Words that place a part of a period ("fin 2018", "début mars", "mi-2022", "à la fin de"). */
export const PARTS: Readonly<Record<string, Part>> = {
  début: "start", debut: "start", "au début": "start", "le début": "start", "dès le début": "start",
  mi: "mid", "la mi": "mid", "à la mi": "mid", "a la mi": "mid", milieu: "mid", "au milieu": "mid", "le milieu": "mid",
  fin: "end", "à la fin": "end", "a la fin": "end", "la fin": "end", "en fin": "end", "d'ici la fin": "end", "d'ici à la fin": "end",
};

/** Ordinals of quarters and halves ("premier trimestre", "2e semestre"). */
export const ORDINALS: Readonly<Record<string, number>> = {
  premier: 1, "1er": 1, deuxième: 2, "2e": 2, "2ème": 2, second: 2, troisième: 3, "3e": 3, "3ème": 3, quatrième: 4, "4e": 4, "4ème": 4,
};

/** Decades written in words ("les années soixante"). */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  vingt: 1920, trente: 1930, quarante: 1940, cinquante: 1950, soixante: 1960, "soixante-dix": 1970, "quatre-vingt": 1980, "quatre-vingts": 1980, "quatre-vingt-dix": 1990,
};

/** Function words that may follow a bare year ("bilan 2001 de la..."); any other word after a bare
 * 4-digit number makes it a count ("2000 employés", "2015 GPU"), not a year. */
export const AFTER_YEAR_OK: ReadonlySet<string> = new Set([
  "et", "ou", "à", "a", "au", "aux", "de", "du", "des", "en", "dans", "sur", "par", "pour", "avec", "où", "puis", "mais",
  "lorsque", "quand", "alors", "contre", "selon", "chez", "le", "la", "les", "l", "il", "elle", "ils", "elles", "on", "qui", "que", "déjà",
]);

/** Words that make a following 4-digit number a count or a label, not a year ("plus de 2000", "n° 1984"). */
export const BEFORE_COUNT: ReadonlySet<string> = new Set([
  "plus", "moins", "près", "environ", "quelque", "les", "des", "ces", "n°", "no", "numéro", "page", "pages", "article", "chapitre",
  "version", "modèle", "à", "sur", "fois", "x", "soit", "total", "contre", "code", "rue", "route", "lot", "top",
]);

/** Holidays by their French names. */
export const HOLIDAYS: Readonly<Record<string, HolidayId>> = {
  noël: "christmas", noel: "christmas", "réveillon de noël": "christmas-eve", "veille de noël": "christmas-eve", "nouvel an": "new-year",
  "jour de l'an": "new-year", "réveillon du nouvel an": "new-year-eve", "saint-sylvestre": "new-year-eve", "la saint-sylvestre": "new-year-eve",
  toussaint: "all-saints", "fête du travail": "may-day", "fête nationale": "bastille", assomption: "assumption", épiphanie: "epiphany",
  chandeleur: "candlemas", "saint-valentin": "valentine", halloween: "halloween", pâques: "easter", paques: "easter",
  "lundi de pâques": "easter-monday", "lundi de paques": "easter-monday", "vendredi saint": "good-friday", ascension: "ascension",
  pentecôte: "pentecost", pentecote: "pentecost", "lundi de pentecôte": "whit-monday", thanksgiving: "thanksgiving",
  "black friday": "black-friday", "cyber monday": "cyber-monday",
};
/** Holiday names that are also common nouns: read only when capitalised. */
export const HOLIDAYS_CAPITAL_ONLY: ReadonlySet<string> = new Set(["ascension", "assomption", "épiphanie", "fête nationale", "fête du travail"]);
