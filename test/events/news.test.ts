// Events on news sentences written for these tests: sources kept out of the patients, passive agents
// coordinated, appositive participles, new trigger families (lend, lose, publish, receive money from, withdraw,
// integrate, job cuts, put money into), with negative cases.
import { describe, expect, it } from "vitest";
import { findEvents } from "../../loaders/events/index.ts";
import type { ActorType, Language, Precision } from "../../loaders/types.ts";
import { actors, article, figures, times } from "./fixture.ts";

const CAST: Array<[string, ActorType, string[]]> = [
  ["elon-musk", "person", ["Elon Musk", "Musk", "milliardaire"]],
  ["sam-altman", "person", ["Sam Altman", "Altman"]],
  ["jeff-bezos", "person", ["Jeff Bezos", "Bezos"]],
  ["openai", "organization", ["OpenAI"]],
  ["anthropic", "organization", ["Anthropic"]],
  ["amazon", "organization", ["Amazon"]],
  ["google", "organization", ["Google"]],
  ["meta", "organization", ["Meta"]],
  ["twitter", "organization", ["Twitter"]],
  ["mistral", "organization", ["Mistral"]],
  ["jpmorgan", "organization", ["JPMorgan"]],
  ["fondation", "organization", ["Fondation Mozilla"]],
  ["alexa", "product", ["Alexa"]],
  ["claude", "product", ["Claude"]],
  ["gemini", "product", ["Gemini"]],
  ["the-verge", "media", ["The Verge"]],
  ["le-monde", "media", ["Le Monde"]],
];

type Fig = Parameters<typeof figures>[1];
function run(language: Language, text: string, figs: Fig = [], ts: Array<[string, string | null, string | null, Precision, number?]> = []) {
  const a = article(text, language, "a1", "2024-06-01");
  return findEvents(a, { actors: actors(a, CAST), figures: figures(a, figs), times: times(a, ts) });
}
const brief = (language: Language, text: string, figs: Fig = []) => run(language, text, figs).map((e) => [e.type, e.roles?.agent ?? null, e.roles?.patients ?? []]);

describe("events: the cited source is never the patient", () => {
  it.each([
    ["en", "The Verge reported that Bezos had bought Anthropic."],
    ["en", "Bezos bought Anthropic, according to The Verge."],
    ["fr", "Le Monde a rapporté que Bezos avait racheté Anthropic."],
  ] as const)("%s: %s", (language, text) => {
    const [e] = run(language, text);
    expect([e.roles?.agent, e.roles?.patients, e.source]).toEqual(["jeff-bezos", ["anthropic"], language === "fr" ? "le-monde" : "the-verge"]);
    expect(e.actors).not.toContain(e.source);
    expect(e.label).not.toMatch(/Verge|Monde/);
  });
  it("a report without a named patient leaves the patients empty", () => {
    const [e] = run("en", "The Verge reported that Bezos had bought 200 servers.", [["200 servers", 200, "server"]]);
    expect([e.roles?.agent, e.roles?.patients]).toEqual(["jeff-bezos", []]);
  });
  it("an object relative still gives the patient ('Anthropic, which Bezos backed')", () => {
    expect(brief("en", "Amazon owns a stake in Anthropic, which Bezos funded in 2021.")[1]).toEqual(["invest", "jeff-bezos", ["anthropic"]]);
  });
});

describe("events: passives and appositions", () => {
  it("every name coordinated after 'by' acts", () => {
    const [e] = run("en", "Anthropic, co-founded by Sam Altman, Elon Musk and others, grew fast.");
    expect([e.roles?.agent, e.roles?.coagents, e.roles?.patients]).toEqual(["sam-altman", ["elon-musk"], ["anthropic"]]);
  });
  it("a participle after 'Name,' takes that name as patient even behind a preposition", () => {
    const [e] = run("fr", "xAI travaillera avec Twitter, racheté par Musk.");
    expect([e.type, e.roles?.agent, e.roles?.patients]).toEqual(["acquire", "elon-musk", ["twitter"]]);
  });
  it("'l'avoir cofondée' gives the clitic's antecedent", () => {
    const events = run("fr", "Musk a quitté OpenAI en 2018, trois ans après l'avoir cofondée.");
    expect(events.map((e) => [e.type, e.roles?.agent, e.roles?.patients])).toEqual([["leave", "elon-musk", ["openai"]], ["found", "elon-musk", ["openai"]]]);
  });
  it("a clitic after 'signer' stands for the document, not for an actor", () => {
    const events = run("fr", "Microsoft a publié une tribune. Des centaines de chercheurs l'avaient signée.");
    expect(events.filter((e) => e.type === "sign")).toEqual([]);
  });
});
