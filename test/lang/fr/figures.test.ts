// French figures: table-driven cases on sentences written for these tests (news style, tech/AI/money).
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../loaders/lang/fr/figures/index.ts";
import { figureChecks, type Want } from "../figures-check.ts";

const { found, check } = figureChecks(extractFigures);

const COUNTS: [string, Want[]][] = [
  ["La start-up a commandé 20 000 GPU à Nvidia.", [{ text: "20 000 GPU", value: 20000, unit: "GPU", kind: "count" }]],
  ["Le groupe a acquis 25\u202F000 cartes graphiques.", [{ text: "25\u202F000 cartes graphiques", value: 25000, unit: "GPU" }]],
  ["Le laboratoire exploite 4.000 processeurs graphiques.", [{ text: "4.000 processeurs graphiques", value: 4000, unit: "GPU" }]],
  ["xAI a recruté douze ingénieurs venus de Google.", [{ text: "douze ingénieurs", value: 12, unit: "engineer" }]],
  ["Trois centres de données seront construits au Texas.", [{ text: "Trois centres de données", value: 3, unit: "datacenter" }]],
  ["Le réseau social employait 7 500 salariés.", [{ text: "7 500 salariés", value: 7500, unit: "employee" }]],
  ["L'application revendique 150 millions d'utilisateurs.", [{ text: "150 millions d'utilisateurs", value: 150e6, unit: "user" }]],
  ["Vingt-deux chercheurs ont signé la tribune.", [{ text: "Vingt-deux chercheurs", value: 22, unit: "researcher" }]],
  ["Elle a embauché quatre-vingt-dix-neuf employés.", [{ text: "quatre-vingt-dix-neuf employés", value: 99, unit: "employee" }]],
  ["Soixante et onze modèles ont été évalués.", [{ text: "Soixante et onze modèles", value: 71, unit: "model" }]],
  ["Le fonds a soutenu deux nouveaux laboratoires.", [{ text: "deux nouveaux laboratoires", value: 2, unit: "lab" }]],
  ["Le débat oppose deux visions de l'IA.", [{ text: "deux visions", value: 2, unit: "vision" }]],
  ["Les 3 000 abonnés du service payant ont reçu un courriel.", [{ text: "3 000 abonnés", value: 3000, unit: "follower" }]],
  ["Le modèle compte 175 milliards de paramètres.", [{ text: "175 milliards de paramètres", value: 175e9, unit: "parameter" }]],
];

const MONEY: [string, Want[]][] = [
  ["Microsoft a investi 10 milliards de dollars dans OpenAI.", [{ text: "10 milliards de dollars", value: 10e9, unit: "USD", kind: "money" }]],
  ["Le rachat a coûté 44 Md$ au milliardaire.", [{ text: "44 Md$", value: 44e9, unit: "USD" }]],
  ["La jeune pousse a levé 100 M€ en série B.", [{ text: "100 M€", value: 100e6, unit: "EUR" }]],
  ["Mistral a levé 1,5 milliard d'euros.", [{ text: "1,5 milliard d'euros", value: 1.5e9, unit: "EUR" }]],
  ["Le contrat s'élève à 300 millions de dollars américains.", [{ text: "300 millions de dollars américains", value: 300e6, unit: "USD" }]],
  ["Une amende de 5 millions de livres sterling a été infligée.", [{ text: "5 millions de livres sterling", value: 5e6, unit: "GBP" }]],
  ["L'abonnement coûte 8 $ par mois.", [{ text: "8 $", value: 8, unit: "USD" }]],
  ["Un demi-milliard d'euros a été levé.", [{ text: "Un demi-milliard d'euros", value: 5e8, unit: "EUR" }]],
  ["Il a perdu près d'un milliard de dollars.", [{ text: "près d'un milliard de dollars", value: 1e9, unit: "USD", approx: true }]],
  ["Le titre a perdu 12 francs suisses.", [{ text: "12 francs suisses", value: 12, unit: "CHF" }]],
];

const VAGUE: [string, Want[]][] = [
  ["Il aurait dépensé des dizaines de millions de dollars.", [{ text: "des dizaines de millions de dollars", low: 1e7, high: 1e8, value: null, unit: "USD", approx: true }]],
  ["Des centaines d'ingénieurs ont menacé de partir.", [{ text: "Des centaines d'ingénieurs", low: 100, high: 1000, unit: "engineer", approx: true }]],
  ["Plusieurs milliers de comptes ont été suspendus.", [{ text: "Plusieurs milliers de comptes", low: 1e3, high: 1e4, unit: "account", approx: true }]],
  ["Une dizaine de chercheurs ont quitté l'entreprise.", [{ text: "Une dizaine de chercheurs", value: 10, unit: "researcher", approx: true }]],
  ["Une douzaine de start-up se disputent le marché.", [{ text: "Une douzaine de start-up", value: 12, unit: "startup", approx: true }]],
  ["Des centaines de milliers d'internautes ont protesté.", [{ text: "Des centaines de milliers d'internautes", low: 1e5, high: 1e6, unit: "user" }]],
  ["Plusieurs dizaines de milliards de dollars ont été investis.", [{ text: "Plusieurs dizaines de milliards de dollars", low: 1e10, high: 1e11, unit: "USD" }]],
  ["Une vingtaine de milliers de GPU ont été livrés.", [{ text: "Une vingtaine de milliers de GPU", value: 20000, unit: "GPU", approx: true }]],
];

const MODIFIERS: [string, Want[]][] = [
  ["Le groupe compte près de 10 000 GPU.", [{ text: "près de 10 000 GPU", value: 10000, unit: "GPU", approx: true, bound: null }]],
  ["Environ 3 000 salariés ont été licenciés.", [{ text: "Environ 3 000 salariés", value: 3000, approx: true, unit: "employee" }]],
  ["Quelque 500 ingénieurs travaillent sur le projet.", [{ text: "Quelque 500 ingénieurs", value: 500, approx: true, unit: "engineer" }]],
  ["Plus de 1 500 personnes ont signé la lettre.", [{ text: "Plus de 1 500 personnes", value: null, low: 1500, high: null, bound: "min", unit: "person" }]],
  ["Moins de 2 000 employés sont restés.", [{ text: "Moins de 2 000 employés", value: null, low: null, high: 2000, bound: "max", unit: "employee" }]],
  ["La levée pourrait atteindre jusqu'à 6 milliards de dollars.", [{ text: "jusqu'à 6 milliards de dollars", high: 6e9, bound: "max", unit: "USD" }]],
  ["Le ticket d'entrée se situe entre 10 et 20 euros.", [{ text: "entre 10 et 20 euros", value: null, low: 10, high: 20, unit: "EUR" }]],
  ["La valorisation irait de 80 à 90 milliards de dollars.", [{ text: "de 80 à 90 milliards de dollars", low: 80e9, high: 90e9, unit: "USD" }]],
  ["Le scandale touche de 10 à 15.000 enfants.", [{ text: "de 10 à 15.000 enfants", low: 10000, high: 15000, unit: "child" }]],
  ["OpenAI a levé 10 milliards de dollars. Elle est valorisée à 86 milliards.", [
    { text: "10 milliards de dollars", value: 10e9, unit: "USD" },
    { text: "86 milliards", value: 86e9, unit: "USD", kind: "money", inferred: true },
  ]],
  ["Twitter comptait 7 500 salariés, contre 1 500 aujourd'hui.", [
    { text: "7 500 salariés", value: 7500, unit: "employee" },
    { text: "1 500", value: 1500, unit: "employee", inferred: true },
  ]],
];

const PERCENT: [string, Want[]][] = [
  ["Les revenus publicitaires ont chuté de 50 %.", [{ text: "50 %", value: 50, unit: "percent", kind: "percent" }]],
  ["Il détient 9,2\u00A0% du capital.", [{ text: "9,2\u00A0%", value: 9.2, unit: "percent" }]],
  ["Le taux atteint vingt pour cent.", [{ text: "vingt pour cent", value: 20, unit: "percent" }]],
];

const NOT_FIGURES: [string, string][] = [
  ["année", "En 2015, Elon Musk cofonde OpenAI."],
  ["année après préposition", "Il quitte le conseil d'administration en 2018."],
  ["date", "La lettre a été publiée le 29 mars 2023."],
  ["date sans année", "Business Insider l'a révélé le 11 avril."],
  ["décennie", "Les réseaux de neurones datent des années 1990."],
  ["nom de produit", "GPT-4 a été lancé par OpenAI."],
  ["produit avec espace", "Meta a publié Llama 2 cet été."],
  ["ordinal", "C'est la 3e levée de fonds de la société."],
  ["premier", "Le premier modèle a déçu."],
  ["article un", "Il développe un modèle de langage."],
  ["l'un des", "L'un des fondateurs a quitté le groupe."],
  ["heure", "La conférence commence à 14h30."],
  ["durée", "Il y a deux ans, la société a changé de nom."],
  ["durée en mois", "Le chantier doit durer six mois."],
  ["pronom les deux", "Les deux se sont affrontés en justice."],
  ["fois", "Il a répété deux fois la même chose."],
  ["heure et minutes", "Le train est arrivé à 12 h 30 locales."],
  ["jour de la semaine", "Il n'en a vu que trois samedi."],
  ["adresse", "Le siège est au 4 bis, avenue de la Gare."],
];

describe("extractFigures (fr)", () => {
  for (const [name, table] of [["counts", COUNTS], ["money", MONEY], ["vague magnitudes", VAGUE], ["modifiers and ranges", MODIFIERS], ["percentages", PERCENT]] as const) {
    describe(name, () => {
      it.each(table)("%s", (sentence, want) => check(sentence, want));
    });
  }
  describe("finds nothing in", () => {
    it.each(NOT_FIGURES)("%s: %s", (_name, sentence) => expect(found(sentence).map((f) => f.text)).toEqual([]));
  });
  it("keeps only the counted datacenters in « l'un des deux datacenters »", () => {
    check("Elles seront installées dans l'un des deux datacenters de Twitter.", [{ text: "deux datacenters", value: 2, unit: "datacenter" }]);
  });
  it("stops the GPU span before the parenthesis", () => {
    check("Il a acquis 10 000 unités de traitements graphiques (GPU).", [{ text: "10 000 unités de traitements graphiques", value: 10000, unit: "GPU" }]);
  });
  it("returns offsets that slice the text, in order", () => {
    const t = "Il a payé 44 milliards de dollars, puis licencié 3 700 salariés et gardé 20 % des équipes.";
    const got = extractFigures(t);
    expect(got.map((f) => f.start)).toEqual([...got.map((f) => f.start)].sort((a, b) => a - b));
    expect(got.length).toBe(3);
  });
});

describe("restatements (fr)", () => {
  it("un montant répété en chiffres entre parenthèses est une seule figure", () => {
    const s = "Elle a payé 2 millions d’euros (2 000 000 €) pour la licence.";
    const got = extractFigures(s).map((f) => [s.slice(f.start, f.end), f.value, f.unit]);
    expect(got).toEqual([["2 millions d’euros (2 000 000 €)", 2e6, "EUR"]]);
  });
});
