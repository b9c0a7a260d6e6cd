// French calendar dates: days, months, years, parts of years, seasons, quarters, decades, ranges.
import { describe, it } from "vitest";
import { extractTimes } from "../../../loaders/lang/fr/times/index.ts";
import { check, type Want } from "./times-helpers.ts";

const cases: [string, string, string, Want[]][] = [
  ["a full date", "2023-04-15", "Le 11 avril 2023, la start-up a levé des fonds.", [{ text: "Le 11 avril 2023", from: "2023-04-11", to: "2023-04-11", precision: "day", inferred: [] }]],
  ["a day without year takes the publication's", "2023-04-15", "Le contrat a été signé le 11 avril.", [{ text: "le 11 avril", from: "2023-04-11", to: "2023-04-11", inferred: ["year"] }]],
  ["a day with 1er", "2023-04-15", "La loi entre en vigueur le 1er mars 2024.", [{ text: "le 1er mars 2024", from: "2024-03-01", to: "2024-03-01" }]],
  ["a weekday fixes the year", "2002-09-10", "La réunion aura lieu le jeudi 12 septembre.", [{ text: "le jeudi 12 septembre", from: "2002-09-12", to: "2002-09-12" }]],
  ["dernier sends a day to the past", "2023-04-15", "Le 20 mai dernier, l'entreprise a licencié.", [{ text: "Le 20 mai dernier", from: "2022-05-20", to: "2022-05-20" }]],
  ["an impossible day is not a date", "2023-04-15", "Rendez-vous le 32 août 2014 ou le 29 février 2023.", []],
  ["numeric day first", "2023-04-15", "Publié le 11/04/2023 sur le site.", [{ text: "le 11/04/2023", from: "2023-04-11", to: "2023-04-11" }]],
  ["a year after en", "2023-04-15", "Il a cofondé OpenAI en 2015.", [{ text: "2015", from: "2015-01-01", to: "2015-12-31", precision: "year" }]],
  ["depuis gives an interval to publication", "2023-04-15", "Twitter perd des annonceurs depuis 2019.", [{ text: "2019", from: "2019-01-01", to: "2023-04-15", precision: "vague" }]],
  ["d'ici gives an interval from publication", "2023-04-15", "Le groupe vise la neutralité d'ici 2025.", [{ text: "2025", from: "2023-04-15", to: "2025-12-31", precision: "vague" }]],
  ["fin of a year is September to December", "2023-04-15", "Le rachat a été bouclé fin 2022.", [{ text: "fin 2022", from: "2022-09-01", to: "2022-12-31", precision: "vague" }]],
  ["début of a year is January to April", "2023-04-15", "Le modèle sortira début 2024.", [{ text: "début 2024", from: "2024-01-01", to: "2024-04-30", precision: "vague" }]],
  ["mi- of a year is May to August", "2023-04-15", "Les ventes ont chuté à la mi-2022.", [{ text: "la mi-2022", from: "2022-05-01", to: "2022-08-31" }]],
  ["a month with a cue", "2023-04-15", "Le chatbot a été lancé en mars.", [{ text: "mars", from: "2023-03-01", to: "2023-03-31", precision: "month", inferred: ["year"] }]],
  ["a month and year", "2023-04-15", "En novembre 2022, ChatGPT est apparu.", [{ text: "novembre 2022", from: "2022-11-01", to: "2022-11-30" }]],
  ["fin of a month is its last ten days", "2023-04-15", "L'accord a été annoncé fin janvier.", [{ text: "fin janvier", from: "2023-01-21", to: "2023-01-31", precision: "vague" }]],
  ["Mars the planet is not a month", "2023-04-15", "SpaceX veut envoyer des humains sur Mars.", []],
  ["the year of the sentence holds for a bare month", "2023-04-15", "En 2018, il quitte le conseil en février.", [{ text: "2018", from: "2018-01-01", to: "2018-12-31" }, { text: "février", from: "2018-02-01", to: "2018-02-28" }]],
  ["a season with a year", "2023-04-15", "Le produit arrivera au printemps 2024.", [{ text: "printemps 2024", from: "2024-03-20", to: "2024-06-20", precision: "season" }]],
  ["summer with l'", "2023-04-15", "Les licenciements ont commencé à l'été 2022.", [{ text: "l'été 2022", from: "2022-06-21", to: "2022-09-22" }]],
  ["été the participle is not a season", "2023-04-15", "Le projet a été abandonné.", []],
  ["a quarter without year", "2023-04-15", "Les revenus ont baissé au premier trimestre.", [{ text: "premier trimestre", from: "2023-01-01", to: "2023-03-31", precision: "quarter" }]],
  ["a quarter code", "2023-04-15", "Les résultats du T3 2022 déçoivent.", [{ text: "T3 2022", from: "2022-07-01", to: "2022-09-30" }]],
  ["a decade", "2023-04-15", "Le secteur a explosé dans les années 1990.", [{ text: "les années 1990", from: "1990-01-01", to: "1999-12-31", precision: "decade" }]],
  ["a two-digit decade", "2023-04-15", "Une mode des années 80.", [{ text: "des années 80", from: "1980-01-01", to: "1989-12-31" }]],
  ["a year range is one interval", "2023-04-15", "Il a dirigé le groupe de 2015 à 2018.", [{ text: "2015 à 2018", from: "2015-01-01", to: "2018-12-31" }]],
  ["a day range is one interval", "2023-04-15", "Le salon se tient du 19 au 23 juillet.", [{ text: "19 au 23 juillet", from: "2023-07-19", to: "2023-07-23" }]],
  ["a holiday without year is the nearest one", "2023-04-15", "À Noël, les ventes ont bondi.", [{ text: "Noël", from: "2022-12-25", to: "2022-12-25", inferred: ["year"] }]],
  ["Easter moves with the year", "2023-04-15", "Le service reprendra à Pâques 2024.", [{ text: "Pâques 2024", from: "2024-03-31", to: "2024-03-31", precision: "day" }]],
  ["ascension in lower case is a rise, not a holiday", "2023-04-15", "La simple ascension de ChatGPT inquiète.", []],
  ["avant gives an open past", "2023-04-15", "Avant 2020, la société ne publiait rien.", [{ text: "2020", from: null, to: "2019-12-31", precision: "vague" }]],
  ["jusqu'en gives an open past when it is over", "2023-04-15", "Il est resté au conseil jusqu'en 2018.", [{ text: "2018", from: null, to: "2018-12-31" }]],
  ["à partir de gives an open future when it is ahead", "2023-04-15", "Les tarifs changeront à partir de 2024.", [{ text: "2024", from: "2024-01-01", to: null }]],
  ["a month/year numeral", "2023-04-15", "Rapport publié le 06/2004.", [{ text: "le 06/2004", from: "2004-06-01", to: "2004-06-30" }]],
  ["a month with 'l'an dernier' is one expression", "2023-07-13", "Il a racheté Twitter en octobre l'an dernier.", [{ text: "octobre l'an dernier", from: "2022-10-01", to: "2022-10-31", anchor: "publication" }]],
  ["a past-tense sentence leans to the past", "2023-07-13", "Il a annoncé l'accord en octobre.", [{ text: "octobre", from: "2022-10-01", to: "2022-10-31" }]],
];

const notYears: [string, string][] = [
  ["counts of things", "L'entreprise a acheté 10 000 GPU et emploie 2 000 salariés."],
  ["a 4-digit count before a noun", "Plus de 2000 employés ont quitté Twitter."],
  ["money", "Il a injecté 100 millions de dollars, soit 2023 euros par salarié."],
  ["a duration", "Il a travaillé pendant deux ans chez Tesla, avec 10 ans d'expérience."],
];

describe("fr times: calendar dates", () => {
  for (const [name, published, sentence, want] of cases) it(name, () => check(extractTimes, published, sentence, want));
  for (const [name, sentence] of notYears) it(`finds no time in ${name}`, () => check(extractTimes, "2023-04-15", sentence, []));
});
