// French events on sentences written for these tests, with hand-built actors, figures and times.
import { describe, expect, it } from "vitest";
import { findEvents } from "../../loaders/events/index.ts";
import type { ActorType, Precision } from "../../loaders/types.ts";
import { actors, article, figures, times } from "./fixture.ts";

type ActorSpec = Array<[string, ActorType, string[]]>;
const CAST: ActorSpec = [
  ["elon-musk", "person", ["Elon Musk", "Musk", "milliardaire"]],
  ["sam-altman", "person", ["Sam Altman"]],
  ["satya-nadella", "person", ["Satya Nadella"]],
  ["greg-brockman", "person", ["Greg Brockman"]],
  ["openai", "organization", ["OpenAI"]],
  ["microsoft", "organization", ["Microsoft"]],
  ["twitter", "organization", ["Twitter"]],
  ["meta", "organization", ["Meta"]],
  ["xai", "organization", ["xAI"]],
  ["apple", "organization", ["Apple"]],
  ["perplexity", "organization", ["Perplexity"]],
  ["google", "organization", ["Google"]],
  ["character-ai", "organization", ["Character.AI"]],
  ["mistral", "organization", ["Mistral AI"]],
  ["reuters", "media", ["Reuters"]],
  ["the-information", "media", ["The Information"]],
];

function run(text: string, figs: Parameters<typeof figures>[1] = [], ts: Array<[string, string | null, string | null, Precision, number?]> = []) {
  const a = article(text, "fr");
  return findEvents(a, { actors: actors(a, CAST), figures: figures(a, figs), times: times(a, ts) });
}

describe("fr events: triggers match inflected forms", () => {
  it.each([
    ["Microsoft a racheté Activision.", "acquire", "racheté"],
    ["Meta achètera Scale AI.", "acquire", "achètera"],
    ["Satya Nadella a embauché Sam Altman.", "hire", "embauché"],
    ["Elon Musk a quitté OpenAI.", "leave", "quitté"],
    ["Microsoft a investi dans OpenAI.", "invest", "investi"],
    ["Elon Musk a cofondé OpenAI.", "found", "cofondé"],
    ["Elon Musk a pris le contrôle de Twitter.", "take_control", "pris le contrôle"],
    ["Elon Musk a poursuivi OpenAI en justice.", "sue", "poursuivi OpenAI en justice"],
    ["Elon Musk critique OpenAI.", "criticize", "critique"],
    ["Elon Musk a rebaptisé Twitter.", "rename", "rebaptisé"],
    ["Sam Altman est revenu chez OpenAI.", "return", "revenu"],
    ["Microsoft a pris une participation dans OpenAI.", "invest", "pris une participation"],
    ["Microsoft a noué un partenariat avec OpenAI.", "partner", "noué un partenariat"],
  ])("%s -> %s", (text, type, trigger) => {
    const events = run(text);
    expect(events.map((e) => [e.type, e.trigger.text])).toEqual([[type, trigger]]);
  });
});

describe("fr events: a trigger word in another sense gives no event", () => {
  it.each([
    ["Le rachat de crédits est en hausse cette année."],
    ["Le modèle est fondé sur des données publiques."],
    ["Au départ, Musk était optimiste."],
    ["Sam Altman a refusé de commenter."],
    ["Microsoft a lancé un appel aux développeurs."],
    ["Il faut lever le voile sur ces accords."],
    ["Le rachat d'actions annoncé par Apple a surpris les marchés."],
    ["Les investisseurs restent prudents."],
    ["Le lancement de la fusée a été reporté."],
    ["Les dépenses en IA explosent."],
    ["Microsoft a lancé une enquête."],
    ["Google a annoncé que ses revenus avaient augmenté."],
    ["Les données de Twitter pourraient entraîner un modèle."],
    ["Michael Schumacher signe sa 35e victoire."],
    ["Eltsine a montré des signes de faiblesse."],
    ["Il doit trouver l'homme qui prendra en main les finances du pays."],
    ["L'annonce en a été faite hier par Microsoft."],
    ["L'alliance qui a remporté le scrutin gouverne."],
  ])("%s", (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe("fr events: roles", () => {
  it("takes the agent of a passive from 'par'", () => {
    const [e] = run("Twitter a été racheté par Elon Musk.");
    expect(e.roles).toMatchObject({ agent: "elon-musk", patients: ["twitter"] });
    expect(e.label).toBe("Elon Musk acquires Twitter");
  });
  it("resolves a subject pronoun to the last person named, not to the object of the sentence before", () => {
    const hire = run("Sam Altman a été limogé par le conseil. Satya Nadella a réagi dans la soirée. Il a embauché Sam Altman et Greg Brockman.").find((x) => x.type === "hire")!;
    expect(hire.roles).toMatchObject({ agent: "satya-nadella", patients: ["sam-altman", "greg-brockman"] });
  });
  it("reads the doer and the patient of an action noun ('l'investissement de X dans Y')", () => {
    const [e] = run("L'investissement de Microsoft dans OpenAI atteint 13 milliards de dollars.");
    expect(e.roles).toMatchObject({ agent: "microsoft", patients: ["openai"] });
  });
  it("reads 'de X' after a criticism noun as its author", () => {
    const [e] = run("Les critiques de Musk contre OpenAI se multiplient.");
    expect(e.roles).toMatchObject({ agent: "elon-musk", patients: ["openai"] });
  });
  it("reads 'l'' as a clitic after a subject ('Musk l'a racheté'), as an article otherwise", () => {
    expect(run("Twitter était en difficulté. Musk l'a racheté.").map((e) => [e.type, e.roles?.patients])).toEqual([["acquire", ["twitter"]]]);
  });
  it("resolves the clitic 'y' to the organisation just named", () => {
    const events = run("Elon Musk a cofondé OpenAI en 2015 et y a investi 50 millions de dollars.", [["50 millions de dollars", 5e7, "USD", "money"]], [["2015", "2015-01-01", "2015-12-31", "year"]]);
    expect(events.map((e) => [e.type, e.roles?.agent, e.roles?.patients, e.when?.from ?? null])).toEqual([
      ["found", "elon-musk", ["openai"], "2015-01-01"],
      ["invest", "elon-musk", ["openai"], null],
    ]);
  });
  it("resolves 'la société' to the subject of the sentence before", () => {
    const [e] = run("OpenAI a présenté un nouveau modèle en mars. Satya Nadella a finalement investi dans la société.");
    expect(e.roles).toMatchObject({ agent: "satya-nadella", patients: ["openai"] });
  });
});

describe("fr events: modality and source", () => {
  it.each([
    ["Selon Reuters, xAI aurait levé 6 milliards de dollars.", "reported", "reuters"],
    ["xAI aurait levé 6 milliards de dollars.", "reported", null],
    ["Microsoft envisage d'investir dans Mistral AI.", "planned", null],
    ["Apple pourrait racheter Perplexity.", "hypothetical", null],
    ["Google n'a pas racheté Character.AI.", "negated", null],
    ["Google a racheté Character.AI.", "asserted", null],
  ])("%s -> %s", (text, modality, source) => {
    const a = article(text, "fr");
    const fig = text.includes("6 milliards") ? figures(a, [["6 milliards de dollars", 6e9, "USD", "money"]]) : [];
    const [e] = findEvents(a, { actors: actors(a, CAST), figures: fig, times: [] });
    expect([e.modality, e.source]).toEqual([modality, source]);
  });
  it("keeps negation to its own verb ('n'a pas digéré les investissements de X')", () => {
    const [e] = run("Elon Musk n'a pas digéré les investissements de Microsoft dans OpenAI.");
    expect(e.modality).toBe("asserted");
    expect(e.roles?.agent).toBe("microsoft");
  });
});

describe("fr events: when", () => {
  const text =
    "En 2018, Elon Musk aurait tenté de prendre le contrôle d'OpenAI. Les autres dirigeants ont rejeté cette proposition. Il a alors quitté OpenAI. " +
    "Le laboratoire a ensuite changé de cap. Les chercheurs ont continué leurs travaux. Musk a aussi critiqué Microsoft.";
  const events = run(text, [], [["2018", "2018-01-01", "2018-12-31", "year"]]);
  it("a fronted time frames the next sentences of its paragraph", () => {
    const leave = events.find((e) => e.type === "leave")!;
    expect(leave.when).toEqual({ from: "2018-01-01", to: "2018-12-31", precision: "year" });
  });
  it("the frame fades after two sentences (conservative null)", () => {
    expect(events.find((e) => e.type === "criticize")!.when).toBeNull();
  });
  it("a rejection of 'cette proposition' is told as part of the event it answers", () => {
    const control = events.filter((e) => e.type === "take_control");
    expect(control).toHaveLength(1);
    expect(control[0].mentions.map((m) => m.text)).toEqual(["prendre le contrôle", "rejeté"]);
    expect(control[0].roles?.attempted).toBe(true);
    expect(control[0].modality).toBe("reported");
  });
  it("a trigger already dated leaves the next time to the trigger after it", () => {
    const events = run("Elon Musk, qui a quitté OpenAI en 2018, a annoncé lundi le lancement de xAI.", [], [["2018", "2018-01-01", "2018-12-31", "year"], ["lundi", "2023-07-10", "2023-07-10", "day"]]);
    expect(events.map((e) => [e.type, e.when?.from ?? null])).toEqual([["leave", "2018-01-01"], ["found", "2023-07-10"]]);
  });
  it("a frame does not cross a paragraph", () => {
    const [e] = run("En 2018, Musk a lancé une alerte.\n\nIl a quitté OpenAI.", [], [["2018", "2018-01-01", "2018-12-31", "year"]]);
    expect(e.when).toBeNull();
  });
});

describe("fr events: one event per real-world event", () => {
  const text =
    "Meta a acheté 350 000 puces l'an dernier. Selon The Information, Meta aurait dépensé près de 10 milliards de dollars pour acquérir ces 350 000 puces. " +
    "Ces puces achetées par Meta équipent ses centres de données. Meta a aussi racheté Scale.";
  const a = article(text, "fr");
  const events = findEvents(a, {
    actors: actors(a, [...CAST, ["scale", "organization", ["Scale"]]]),
    figures: figures(a, [["350 000 puces", 350000, "chip"], ["près de 10 milliards de dollars", 1e10, "USD", "money"], ["350 000 puces", 350000, "chip", "count", 1]]),
    times: times(a, [["l'an dernier", "2022-01-01", "2022-12-31", "year"]]),
  });
  it("merges the purchase told four times, and keeps the other purchase apart", () => {
    expect(events.map((e) => [e.label, e.mentions.map((m) => m.text)])).toEqual([
      ["Meta acquires 350 000 chip for $10bn", ["acheté", "dépensé", "acquérir", "achetées"]],
      ["Meta acquires Scale", ["racheté"]],
    ]);
  });
  it("takes the when of the first telling", () => {
    expect(events[0].when?.from).toBe("2022-01-01");
  });
  it("does not make an event of an anaphoric noun ('cet investissement')", () => {
    const list = run("Microsoft a investi dans OpenAI. Avec cet investissement, Microsoft renforce Azure.");
    expect(list.map((e) => e.trigger.text)).toEqual(["investi"]);
  });
});

describe("fr events: more sentence shapes", () => {
  it("a fronted participle clause gives the patient ('Fondée en 2023, xAI ...')", () => {
    const [e] = run("Fondée en 2023, xAI développe un assistant.", [], [["2023", "2023-01-01", "2023-12-31", "year"]]);
    expect([e.type, e.roles?.patients, e.when?.from]).toEqual(["found", ["xai"], "2023-01-01"]);
  });
  it("a denial negates ('a démenti avoir investi')", () => {
    const [e] = run("Apple a démenti avoir investi dans OpenAI.");
    expect(e.modality).toBe("negated");
  });
  it("the clitic 'l'' takes an adverb between auxiliary and verb ('l'a d'ailleurs attaquée en justice')", () => {
    const events = run("OpenAI a changé de statut. Elon Musk l'a d'ailleurs attaquée en justice.");
    expect(events.map((e) => [e.type, e.roles?.agent, e.roles?.patients])).toEqual([["sue", "elon-musk", ["openai"]]]);
  });
  it("a money amount right after the verb counts even when no figure was found", () => {
    expect(run("xAI a levé 6 milliards de dollars.").map((e) => e.type)).toEqual(["raise"]);
    expect(run("xAI a levé le voile sur Grok.")).toEqual([]);
  });
});

