// Relations from descriptions and titles, on sentences written for these tests: nested descriptions ("le patron de
// Tesla et de SpaceX", "the Tesla boss", "le cofondateur d'Apple"), bare and possessive titles ("chief executive X",
// "X, son directeur général"), "dirigée par" / "led by", a product in apposition to its maker's description.
import { describe, expect, it } from "vitest";
import { findEvents } from "../../loaders/events/index.ts";
import { deriveRelations } from "../../loaders/relations/index.ts";
import type { Actor, ActorType, Language } from "../../loaders/types.ts";
import { actors, article, figures } from "../events/fixture.ts";

const CAST: Array<[string, ActorType, string[]]> = [
  ["elon-musk", "person", ["Elon Musk", "Musk"]],
  ["steve-wozniak", "person", ["Steve Wozniak"]],
  ["sundar-pichai", "person", ["Sundar Pichai"]],
  ["sam-altman", "person", ["Sam Altman"]],
  ["joe-biden", "person", ["Joe Biden"]],
  ["apple", "organization", ["Apple"]],
  ["tesla", "organization", ["Tesla"]],
  ["spacex", "organization", ["SpaceX"]],
  ["google", "organization", ["Google"]],
  ["openai", "organization", ["OpenAI"]],
  ["reuters", "media", ["Reuters"]],
  ["gemini", "product", ["Gemini"]],
];

/** Actors located by the fixture, plus a description mention of a person that holds other names (as the actor stage makes). */
function relations(text: string, language: Language, description?: [string, string]) {
  const a = article(text, language);
  const cast: Actor[] = actors(a, CAST);
  if (description) {
    const [id, surface] = description;
    const start = text.indexOf(surface);
    const person = cast.find((x) => x.id === id)!;
    person.mentions = [...person.mentions, { article: a.id, start, end: start + surface.length, text: surface }].sort((x, y) => x.start - y.start);
  }
  const events = findEvents(a, { actors: cast, figures: [], times: [] }).map((e, i) => ({ ...e, id: `a1/e${i + 1}`, articles: ["a1"] }));
  return deriveRelations(events, cast, [a]).map((r) => `${r.source} ${r.type} ${r.target}`).sort();
}

describe("relations from a description mention holding other names", () => {
  it.each([
    ["fr", "Le patron de Tesla et de SpaceX a parlé.", ["elon-musk", "patron de Tesla et de SpaceX"], ["elon-musk leads spacex", "elon-musk leads tesla"]],
    ["fr", "Le cofondateur d'Apple a signé.", ["steve-wozniak", "cofondateur d'Apple"], ["steve-wozniak founded apple"]],
    ["fr", "Un ancien de Google a parlé.", ["sundar-pichai", "ancien de Google"], ["sundar-pichai worked_at google"]],
    ["en", "The Tesla boss spoke on Monday.", ["elon-musk", "Tesla boss"], ["elon-musk leads tesla"]],
    ["en", "The Apple co-founder spoke on Monday.", ["steve-wozniak", "Apple co-founder"], ["steve-wozniak founded apple"]],
  ] as Array<[Language, string, [string, string], string[]]>)("%s: %s", (language, text, description, expected) => {
    expect(relations(text, language, description)).toEqual(expected);
  });
  it("a description that only mentions a company gives nothing ('le voisin de Tesla')", () => {
    expect(relations("Le voisin de Tesla a parlé.", "fr", ["elon-musk", "voisin de Tesla"])).toEqual([]);
  });
});

describe("relations from titles", () => {
  it.each([
    ["en", "Google will add Gemini to Android, chief executive Sundar Pichai said.", ["google makes gemini", "sundar-pichai leads google"].filter((r) => r.includes("leads"))],
    ["fr", "Aucun dirigeant d'OpenAI n'a réagi. Sam Altman, son directeur général, a estimé que la société devait ralentir.", ["sam-altman leads openai"]],
    ["en", "Google faces a lawsuit. Sundar Pichai, its chief executive, declined to comment.", ["sundar-pichai leads google"]],
    ["fr", "OpenAI a changé. Musk critique la société dirigée par Sam Altman.", ["elon-musk criticized openai", "sam-altman leads openai"].filter((r) => r.includes("leads"))],
    ["en", "Google, led by Sundar Pichai, declined to comment.", ["sundar-pichai leads google"]],
  ] as Array<[Language, string, string[]]>)("%s: %s", (language, text, expected) => {
    const got = relations(text, language).filter((r) => r.includes("leads"));
    expect(got).toEqual(expected);
  });
  it.each([
    ["en", "Google spoke to former chief executive Sam Altman."],
    ["en", "Google met President Joe Biden on Monday."],
    ["en", "Google hosted Sam Altman, the former OpenAI boss."],
    ["en", "Banks led by Google lent money."],
  ] as Array<[Language, string]>)("no leads: %s: %s", (language, text) => {
    expect(relations(text, language).filter((r) => r.includes("leads"))).toEqual([]);
  });
  it("'la société dirigée par X' needs an organisation before the cue", () => {
    expect(relations("Tesla a parlé à l'équipe dirigée par Sam Altman.", "fr").filter((r) => r.includes("leads"))).toEqual([]);
  });
});

describe("relations: a product in apposition to its maker's description", () => {
  it.each([
    ["fr", "Le texte vise Gemini, le dernier modèle de Google.", ["google makes gemini"]],
    ["en", "The letter targets Gemini, the latest model from Google.", ["google makes gemini"]],
  ] as Array<[Language, string, string[]]>)("%s: %s", (language, text, expected) => {
    expect(relations(text, language).filter((r) => r.includes("makes"))).toEqual(expected);
  });
  it("a product next to another company's name in a list gives nothing", () => {
    expect(relations("Le texte compare Gemini, Google et Apple.", "fr").filter((r) => r.includes("makes"))).toEqual([]);
  });
});

describe("relations: descriptions standing for an actor", () => {
  it.each([
    ["fr", "Google a grandi. La start-up à l'origine de Gemini a recruté.", ["google makes gemini"]],
    ["fr", "Google a grandi. Le groupe de Sundar Pichai a recruté.", ["sundar-pichai leads google"]],
    ["fr", "Sam Altman va retrouver sa place à la tête d'OpenAI.", ["sam-altman leads openai"]],
    ["en", "Sundar Pichai has been at the helm of Google since 2015.", ["sundar-pichai leads google"]],
  ] as Array<[Language, string, string[]]>)("%s: %s", (language, text, expected) => {
    expect(relations(text, language).filter((r) => !r.includes(" return"))).toEqual(expected);
  });
  it("the relative after 'Le groupe de X,' stands for the group, not for X", () => {
    const got = relations("Google a grandi. Le groupe de Sundar Pichai, qui a investi dans OpenAI, a recruté.", "fr");
    expect(got).toEqual(["google invested_in openai", "sundar-pichai leads google"]);
  });
  it.each([
    ["fr", "Le voisin de Sundar Pichai a parlé."],
    ["fr", "Reuters a parlé. La start-up de Sundar Pichai a recruté."],
    ["en", "Sundar Pichai was at the head of the queue."],
  ] as Array<[Language, string]>)("no leads: %s: %s", (language, text) => {
    expect(relations(text, language).filter((r) => r.includes("leads"))).toEqual([]);
  });
});

describe("relations: rounds, founders' groups, makers' descriptions", () => {
  it("the investors named in a raise invested in the raiser", () => {
    expect(relations("Google a levé 4 milliards de dollars auprès de fonds comme OpenAI.", "fr").filter((r) => r.includes("invested"))).toEqual(["openai invested_in google"]);
  });
  it("'Son directeur général, X' leads the organisation the sentence before is about", () => {
    expect(relations("Fondée en 2023, la start-up Google a levé des fonds auprès d'OpenAI. Son directeur général, Sundar Pichai, défend une IA ouverte.", "fr").filter((r) => r.includes("leads"))).toEqual(["sundar-pichai leads google"]);
  });
  it("a phrase after a new coordinated group is that group's ('X, ..., et par deux chercheurs passés par Meta')", () => {
    expect(relations("Google a été fondée par Sundar Pichai, et par deux chercheurs passés par Apple.", "fr").filter((r) => r.includes("worked_at"))).toEqual([]);
  });
  it("an organisation's description holding a product names its maker ('the ChatGPT maker')", () => {
    expect(relations("Musk attacked the Gemini maker.", "en", ["google", "Gemini maker"]).filter((r) => r.includes("makes"))).toEqual(["google makes gemini"]);
  });
});

describe("relations: adjacent pairs as data", () => {
  it.each([
    ["en", "Google-backed OpenAI released a model.", ["google invested_in openai"]],
    ["en", "Musk-owned Apple spoke.", ["elon-musk owns apple"]],
    ["en", "Musk-led Tesla spoke.", ["elon-musk leads tesla"]],
    ["en", "Google, which owns Apple, spoke.", ["google owns apple"]],
    ["fr", "OpenAI, soutenue par Google, a parlé.", ["google invested_in openai"]],
    ["fr", "Google, qui possède Apple, a parlé.", ["google owns apple"]],
  ] as Array<[Language, string, string[]]>)("%s: %s", (language, text, expected) => {
    const got = relations(text, language).filter((r) => /invested_in|owns|leads/.test(r));
    expect(got).toEqual(expected);
  });
  it.each([
    ["en", "Google-based OpenAI fans spoke."],
    ["en", "Google owns a stake and Apple spoke."],
    ["fr", "OpenAI, soutenue hier, et Google ont parlé."],
  ] as Array<[Language, string]>)("no pair: %s: %s", (language, text) => {
    expect(relations(text, language).filter((r) => /invested_in|owns/.test(r))).toEqual([]);
  });
});

describe("relations: 'the maker of X' as a mention of the organisation", () => {
  it("gives makes", () => {
    expect(relations("Google spoke to OpenAI, the maker of Gemini.", "en", ["openai", "maker of Gemini"]).filter((r) => r.includes("makes"))).toEqual(["openai makes gemini"]);
  });
});

describe("relations: control taken for a price", () => {
  it("gives acquired as well as leads", () => {
    const a = article("Musk took control of Apple on Thursday, closing a $44 billion deal.", "en");
    const cast = actors(a, CAST);
    const events = findEvents(a, { actors: cast, figures: figures(a, [["$44 billion", 4.4e10, "USD", "money"]]), times: [] }).map((e, i) => ({ ...e, id: `a1/e${i + 1}`, articles: ["a1"] }));
    expect(deriveRelations(events, cast, [a]).map((r) => `${r.source} ${r.type} ${r.target}`).sort()).toEqual(["elon-musk acquired apple", "elon-musk leads apple"]);
  });
  it("without a price, control alone gives leads", () => {
    expect(relations("Musk took control of Apple on Thursday.", "en")).toEqual(["elon-musk leads apple"]);
  });
});

describe("relations: a bare title followed by its organisation", () => {
  it("'chief executive X of Y' does not give X leads the organisation in view", () => {
    expect(relations("Google said on Monday that chief executive Sam Altman of OpenAI would speak.", "en").filter((r) => r.includes("google"))).toEqual([]);
  });
});
