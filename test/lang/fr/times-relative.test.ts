// French expressions resolved against the publication date.
import { describe, it } from "vitest";
import { extractTimes } from "../../../loaders/lang/fr/times/index.ts";
import { check, type Want } from "./times-helpers.ts";

const cases: [string, string, string, Want[]][] = [
  ["récemment spans the publication year to its end", "2023-04", "Récemment, il a acheté des milliers de GPU.", [{ text: "Récemment", from: "2023-01-01", to: "2023-04-30", precision: "vague", anchor: "publication" }]],
  ["récemment early in a year reaches three months back", "2023-02-10", "Il a récemment embauché deux ingénieurs.", [{ text: "récemment", from: "2022-11-01", to: "2023-02-10" }]],
  ["le mois dernier", "2023-04-15", "Le mois dernier, la société a annoncé un plan.", [{ text: "Le mois dernier", from: "2023-03-01", to: "2023-03-31", precision: "month" }]],
  ["l'an dernier", "2023-04-15", "L'an dernier, Twitter a perdu la moitié de ses annonceurs.", [{ text: "L'an dernier", from: "2022-01-01", to: "2022-12-31", precision: "year" }]],
  ["l'année prochaine", "2023-04-15", "Le service sera payant l'année prochaine.", [{ text: "l'année prochaine", from: "2024-01-01", to: "2024-12-31" }]],
  ["cette année", "2023-04-15", "Cette année, les dépenses en IA ont doublé.", [{ text: "Cette année", from: "2023-01-01", to: "2023-12-31" }]],
  ["la fin de l'année", "2023-04-15", "Le modèle sortira d'ici la fin de l'année.", [{ text: "la fin de l'année", from: "2023-04-15", to: "2023-12-31", precision: "vague" }]],
  ["il y a deux ans", "2023-04-15", "Il y a deux ans, il promettait des robotaxis.", [{ text: "Il y a deux ans", from: "2021-01-01", to: "2021-12-31", precision: "year" }]],
  ["il y a trois mois", "2023-04-15", "Le rachat a eu lieu il y a trois mois.", [{ text: "il y a trois mois", from: "2023-01-01", to: "2023-01-31", precision: "month" }]],
  ["il y a quelques mois is vague", "2023-04-15", "Il y a quelques mois, le réseau social a changé de nom.", [{ text: "Il y a quelques mois", from: "2022-10-01", to: "2023-02-28", precision: "vague" }]],
  ["la semaine dernière is Monday to Sunday", "2023-04-13", "La semaine dernière, OpenAI a publié GPT-4.", [{ text: "La semaine dernière", from: "2023-04-03", to: "2023-04-09" }]],
  ["hier with a day reference", "2023-04-11", "Hier, le milliardaire a tweeté.", [{ text: "Hier", from: "2023-04-10", to: "2023-04-10", precision: "day", inferred: ["year", "month", "day"] }]],
  ["hier with a month reference is vague", "2023-04", "Hier, le milliardaire a tweeté.", [{ text: "Hier", from: "2023-03-31", to: "2023-04-29", precision: "vague" }]],
  ["aujourd'hui", "2023-04-11", "Aujourd'hui, la plateforme compte moins d'utilisateurs.", [{ text: "Aujourd'hui", from: "2023-04-11", to: "2023-04-11" }]],
  ["a weekday in the past tense is the last one", "2023-04-13", "Mardi, le patron de Tesla a rencontré des investisseurs.", [{ text: "Mardi", from: "2023-04-11", to: "2023-04-11" }]],
  ["a weekday in the future tense is the next one", "2023-04-13", "Le PDG présentera son plan mardi.", [{ text: "mardi", from: "2023-04-18", to: "2023-04-18" }]],
  ["vendredi dernier is before the same weekday", "1999-05-28", "Il a démissionné vendredi dernier.", [{ text: "vendredi dernier", from: "1999-05-21", to: "1999-05-21" }]],
  ["dans deux ans", "2023-04-15", "L'usine ouvrira dans deux ans.", [{ text: "deux ans", from: "2025-01-01", to: "2025-12-31" }]],
  ["ces derniers mois", "2023-04-15", "Ces derniers mois, les licenciements se sont multipliés.", [{ text: "Ces derniers mois", from: "2022-10-01", to: "2023-04-15", precision: "vague" }]],
  ["par le passé is an open past", "2023-04", "Il s'en est plaint par le passé.", [{ text: "par le passé", from: null, to: "2023-04-30", precision: "vague" }]],
  ["auparavant is an open past", "2023-04", "Deux ingénieurs travaillant auparavant chez DeepMind.", [{ text: "auparavant", from: null, to: "2023-04-30" }]],
  ["depuis le début de l'année runs to publication", "2023-07-13", "Depuis le début de l'année, l'action a doublé.", [{ text: "le début de l'année", from: "2023-01-01", to: "2023-07-13", precision: "vague" }]],
  ["les trois prochaines années", "2023-07-13", "Les trois prochaines années seront décisives.", [{ text: "Les trois prochaines années", from: "2023-07-13", to: "2026-12-31" }]],
];

describe("fr times: relative to the publication", () => {
  for (const [name, published, sentence, want] of cases) it(name, () => check(extractTimes, published, sentence, want));
  it("finds nothing in 'actuellement' (a present reference, not a Story time)", () => check(extractTimes, "2023-04-15", "Il dirige actuellement trois entreprises.", []));
  it("finds nothing in 'le mercredi' used as a habit", () => check(extractTimes, "2023-04-15", "Le mercredi, le musée est fermé.", []));
  it("looks ahead for a bare weekday with direction 'future'", () =>
    check((t, r) => extractTimes(t, r, { direction: "future" }), "2023-04-13", "Mardi, le patron a parlé.", [{ text: "Mardi", from: "2023-04-18", to: "2023-04-18" }]));
});
