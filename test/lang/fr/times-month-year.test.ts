// French: the year of a month named without one follows the sentence's tense (passé composé,
// plus-que-parfait, imparfait: the last such month on or before the publication month; future: the
// next one), "dernier"/"prochain" override.
import { describe, it } from "vitest";
import { extractTimes } from "../../../loaders/lang/fr/times/index.ts";
import { check, type Want } from "./times-helpers.ts";

const m = (text: string, from: string, to: string): Want => ({ text, from, to, precision: "month", inferred: ["year"] });

const cases: [string, string, string, Want[]][] = [
  ["passé composé: le dernier novembre", "2023-01-24", "En novembre, la société a licencié 300 salariés.", [m("novembre", "2022-11-01", "2022-11-30")]],
  ["passé composé: un mois proche après la publication reste celui de l'an passé", "2023-01-24", "En mars, la start-up a levé 20 millions d'euros.", [m("mars", "2022-03-01", "2022-03-31")]],
  ["passé composé avec être", "2023-01-24", "Le patron est arrivé en mars chez le constructeur.", [m("mars", "2022-03-01", "2022-03-31")]],
  ["plus-que-parfait", "2023-01-24", "Le groupe avait racheté la plateforme en février.", [m("février", "2022-02-01", "2022-02-28")]],
  ["imparfait", "2023-01-24", "En mars, l'entreprise comptait encore 7 500 salariés.", [m("mars", "2022-03-01", "2022-03-31")]],
  ["le mois de publication compte", "2023-01-24", "Le groupe a supprimé 10 000 postes en janvier.", [m("janvier", "2023-01-01", "2023-01-31")]],
  ["futur: le prochain avril", "2023-01-24", "Le groupe publiera ses résultats en avril.", [m("avril", "2023-04-01", "2023-04-30")]],
  ["futur: un mois avant celui de la publication est celui de l'an prochain", "2023-05-10", "Le laboratoire ouvrira en février.", [m("février", "2024-02-01", "2024-02-29")]],
  ["un conditionnel n'est pas un imparfait", "2023-01-24", "Le groupe devrait annoncer un plan en mars.", [m("mars", "2023-03-01", "2023-03-31")]],
  ["'dernier' l'emporte", "2023-01-24", "Les chiffres de mars dernier seront publiés.", [m("mars dernier", "2022-03-01", "2022-03-31")]],
  ["'prochain' l'emporte", "2023-01-24", "Il a annoncé un lancement en mars prochain.", [m("mars prochain", "2023-03-01", "2023-03-31")]],
  ["une échéance dans une phrase au passé regarde devant", "2023-05-10", "Le groupe a promis de livrer ses puces d'ici juin.", [{ text: "juin", from: "2023-05-10", to: "2023-06-30" }]],
];

describe("fr times: the year of a month without one", () => {
  for (const [name, published, sentence, want] of cases) it(name, () => check(extractTimes, published, sentence, want));
});
