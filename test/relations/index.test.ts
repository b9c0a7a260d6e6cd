// Relations derived from events and from relational phrases, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { findEvents } from "../../loaders/events/index.ts";
import { deriveRelations, findRelationPhrases } from "../../loaders/relations/index.ts";
import type { ActorType, Language } from "../../loaders/types.ts";
import { actors, article } from "../events/fixture.ts";

const CAST: Array<[string, ActorType, string[]]> = [
  ["elon-musk", "person", ["Elon Musk", "Musk", "milliardaire"]],
  ["igor-babuschkin", "person", ["Igor Babuschkin"]],
  ["manuel-kroiss", "person", ["Manuel Kroiss"]],
  ["linda-yaccarino", "person", ["Linda Yaccarino"]],
  ["jan-leike", "person", ["Jan Leike"]],
  ["sam-altman", "person", ["Sam Altman", "Altman"]],
  ["deepmind", "organization", ["DeepMind"]],
  ["openai", "organization", ["OpenAI"]],
  ["anthropic", "organization", ["Anthropic"]],
  ["tesla", "organization", ["Tesla"]],
  ["twitter", "organization", ["Twitter", "réseau social", "social network"]],
  ["xai", "organization", ["xAI"]],
  ["microsoft", "organization", ["Microsoft"]],
  ["chatgpt", "product", ["ChatGPT"]],
  ["grok", "product", ["Grok"]],
];

function relations(text: string, language: Language) {
  const a = article(text, language);
  const cast = actors(a, CAST);
  const events = findEvents(a, { actors: cast, figures: [], times: [] }).map((e, i) => ({ ...e, id: `a1/e${i + 1}`, articles: ["a1"] }));
  return deriveRelations(events, cast, [a]).map((r) => `${r.source} ${r.type} ${r.target}`);
}

describe("relations from phrases", () => {
  it.each([
    ["fr", "Igor Babuschkin et Manuel Kroiss, deux anciens chercheurs de DeepMind, ont rejoint xAI.", ["igor-babuschkin worked_at deepmind", "manuel-kroiss worked_at deepmind", "xai hired igor-babuschkin", "xai hired manuel-kroiss"]],
    ["fr", "Elon Musk, le PDG de Tesla, a réagi.", ["elon-musk leads tesla"]],
    ["fr", "Le succès de ChatGPT d'OpenAI inquiète.", ["openai makes chatgpt"]],
    ["fr", "Musk veut concurrencer OpenAI.", ["elon-musk competes_with openai"]],
    ["fr", "Elon Musk veut transformer son réseau social.", ["elon-musk leads twitter"]],
    ["fr", "Elon Musk a reçu Sam Altman. Il veut transformer son réseau social.", ["elon-musk leads twitter"]],
    ["en", "Twitter CEO Linda Yaccarino spoke on Monday.", ["linda-yaccarino leads twitter"]],
    ["en", "Musk mocked OpenAI's ChatGPT again.", ["elon-musk criticized chatgpt", "openai makes chatgpt"]],
    ["en", "Jan Leike, formerly at OpenAI, now works for a rival lab.", ["jan-leike worked_at openai"]],
    ["en", "xAI competes with OpenAI.", ["xai competes_with openai"]],
    ["en", "Musk, who also runs Tesla and xAI, spoke on Monday.", ["elon-musk leads tesla", "elon-musk leads xai"]],
    ["fr", "Elon Musk dirige Tesla.", ["elon-musk leads tesla"]],
    ["en", "Banks led by Microsoft committed $13 billion.", []],
    ["en", "Elon Musk's AI startup xAI hired engineers.", ["elon-musk leads xai"]],
    ["fr", "xAI, la start-up d'Elon Musk, recrute.", ["elon-musk leads xai"]],
    ["en", "Musk's lawsuit against OpenAI was filed in March.", ["elon-musk sued openai"]],
    ["fr", "OpenAI, la start-up à l'origine de ChatGPT, a réagi.", ["openai makes chatgpt"]],
    ["en", "OpenAI, the company behind ChatGPT, declined to comment.", ["openai makes chatgpt"]],
    ["en", "Jan Leike, a former OpenAI researcher, joined Anthropic.", ["jan-leike worked_at openai", "anthropic hired jan-leike"]],
    ["en", "Musk sued OpenAI and its chief executive Sam Altman.", ["elon-musk sued openai", "elon-musk sued sam-altman", "sam-altman leads openai"]],
    ["fr", "Musk attaque OpenAI et son patron Sam Altman.", ["elon-musk criticized openai", "elon-musk criticized sam-altman", "sam-altman leads openai"]],
    ["en", "Grok, developed by xAI, is available on X.", ["xai makes grok"]],
  ] as Array<[Language, string, string[]]>)("%s: %s", (language, text, expected) => {
    expect(relations(text, language).sort()).toEqual(expected.sort());
  });
  it.each([
    ["fr", "Elon Musk a annoncé jeudi que X (ex-Twitter) changerait de logo."],
    ["en", "Elon Musk said on Monday that the former Twitter would change its logo."],
  ] as Array<[Language, string]>)("a bare 'ex-'/'former' far from a person gives no worked_at: %s", (language, text) => {
    expect(relations(text, language).filter((r) => r.includes("worked_at"))).toEqual([]);
  });
  it("gives no competes_with to a product's rival (a product is not a competitor)", () => {
    expect(relations("Son ambition de concurrencer ChatGPT est claire.", "fr")).toEqual([]);
  });
  it("records the phrase as a mention of the relation", () => {
    const a = article("Jan Leike, formerly at OpenAI, joined Anthropic.", "en");
    const [link] = findRelationPhrases(a, actors(a, CAST));
    expect(link.mention?.text).toBe("formerly at OpenAI");
  });
});

describe("relations from events", () => {
  it.each([
    ["en", "Musk co-founded OpenAI in 2015.", ["elon-musk founded openai"]],
    ["fr", "Elon Musk a embauché Igor Babuschkin et Manuel Kroiss.", ["elon-musk hired igor-babuschkin", "elon-musk hired manuel-kroiss"]],
    ["fr", "Microsoft a investi dans OpenAI.", ["microsoft invested_in openai"]],
    ["en", "Musk left OpenAI.", ["elon-musk left openai"]],
    ["en", "Musk took control of Twitter.", ["elon-musk leads twitter"]],
    ["en", "Musk acquired Twitter.", ["elon-musk acquired twitter"]],
    ["en", "Musk sued OpenAI.", ["elon-musk sued openai"]],
  ] as Array<[Language, string, string[]]>)("%s: %s", (language, text, expected) => {
    expect(relations(text, language).sort()).toEqual(expected.sort());
  });
  it.each([
    ["fr", "Elon Musk a tenté de prendre le contrôle d'OpenAI."],
    ["en", "Microsoft plans to invest in xAI."],
    ["en", "Musk did not buy OpenAI."],
    ["fr", "Musk pourrait racheter OpenAI."],
  ] as Array<[Language, string]>)("no relation from an attempt, a plan, a denial or a hypothesis: %s", (language, text) => {
    expect(relations(text, language)).toEqual([]);
  });
  it("one relation per (source, type, target), listing its events, sorted by id", () => {
    const a = article("Microsoft a investi dans OpenAI en 2019. Microsoft a encore investi dans OpenAI en 2023.", "fr");
    const cast = actors(a, CAST);
    const events = findEvents(a, { actors: cast, figures: [], times: [] }).map((e, i) => ({ ...e, id: `a1/e${i + 1}`, articles: ["a1"] }));
    const rels = deriveRelations(events, cast, [a]);
    expect(rels.map((r) => [r.id, r.events])).toEqual([["microsoft>invested_in>openai", events.map((e) => e.id)]]);
  });
});
