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

describe("events: new trigger families", () => {
  it.each([
    ["en", "JPMorgan lent $2 billion to Twitter.", [["$2 billion", 2e9, "USD", "money"]], ["invest", "jpmorgan", ["twitter"]]],
    ["en", "Amazon put $4 billion into Anthropic last year.", [["$4 billion", 4e9, "USD", "money"]], ["invest", "amazon", ["anthropic"]]],
    ["en", "Amazon added more funding to Anthropic.", [], ["invest", "amazon", ["anthropic"]]],
    ["en", "Anthropic received $2 billion from Google.", [["$2 billion", 2e9, "USD", "money"]], ["invest", "google", ["anthropic"]]],
    ["fr", "Anthropic a reçu 2 milliards de dollars de Google.", [["2 milliards de dollars", 2e9, "USD", "money"]], ["invest", "google", ["anthropic"]]],
    ["fr", "Google a prêté 2 milliards de dollars à Anthropic.", [["2 milliards de dollars", 2e9, "USD", "money"]], ["invest", "google", ["anthropic"]]],
    ["fr", "Amazon a misé 4 milliards de dollars sur Anthropic.", [["4 milliards de dollars", 4e9, "USD", "money"]], ["invest", "amazon", ["anthropic"]]],
    ["en", "Twitter lost $221 million in the quarter.", [["$221 million", 2.21e8, "USD", "money"]], ["lose", "twitter", []]],
    ["fr", "Twitter a perdu 200 millions de dollars.", [["200 millions de dollars", 2e8, "USD", "money"]], ["lose", "twitter", []]],
    ["en", "Musk tried to walk away from the deal.", [], ["withdraw", "elon-musk", []]],
    ["en", "Bezos pulled out of the Anthropic deal.", [], ["withdraw", "jeff-bezos", ["anthropic"]]],
    ["fr", "Bezos a renoncé au rachat.", [], ["withdraw", "jeff-bezos", []]],
    ["en", "Meta published an open letter on Tuesday.", [], ["publish", "meta", []]],
    ["fr", "Meta a publié un rapport mardi.", [], ["publish", "meta", []]],
    ["en", "Amazon plans to integrate Claude into Alexa.", [], ["integrate", "amazon", ["claude"]]],
    ["en", "Amazon will add the model to Alexa.", [], ["integrate", "amazon", ["alexa"]]],
    ["fr", "Amazon veut intégrer Claude à Alexa.", [], ["integrate", "amazon", ["claude"]]],
    ["en", "Meta cut 10,000 jobs in March.", [["10,000 jobs", 1e4, "job"]], ["fire", "meta", []]],
    ["fr", "Meta a annoncé la suppression de 10 000 postes.", [["10 000 postes", 1e4, "job"]], ["fire", "meta", []]],
    ["fr", "Meta va supprimer 10 000 emplois.", [["10 000 emplois", 1e4, "job"]], ["fire", "meta", []]],
    ["en", "Musk set up xAI Holdings in Nevada.", [], null],
    ["en", "Bezos set up a meeting with the press.", [], null],
  ] as const)("%s: %s", (language, text, figs, expected) => {
    const got = brief(language, text, figs as unknown as Fig);
    if (expected === null) expect(got.filter((e) => e[0] === "found")).toEqual([]);
    else expect(got[0]).toEqual(expected);
  });
  it.each([
    ["en", "Twitter lost the case in court."],
    ["en", "Musk walked to the stage."],
    ["en", "Meta published a blog post about Gemini."],
    ["fr", "Meta a publié un message sur Twitter."],
    ["en", "Google added that Gemini was safe."],
    ["en", "Meta cut its prices."],
    ["fr", "Twitter a perdu des utilisateurs."],
    ["en", "Amazon received praise from Google."],
    ["fr", "Musk a reçu le prix de la fondation."],
  ] as const)("no event: %s: %s", (language, text) => {
    expect(brief(language, text)).toEqual([]);
  });
  it("'offered to buy' makes the offering verb a mention of the planned purchase", () => {
    const [e] = run("en", "Musk offered to buy Twitter in April.");
    expect([e.type, e.modality, e.mentions.map((m) => m.text)]).toEqual(["acquire", "planned", ["offered", "buy"]]);
  });
  it("paying for an event told elsewhere is no event of its own ('to help fund the acquisition')", () => {
    const events = run("en", "Musk sold Tesla shares to help fund the acquisition.");
    expect(events.map((e) => e.type)).not.toContain("invest");
  });
});

describe("events: descriptions, adverbs, reduced relatives", () => {
  it("'the San Francisco lab' after a verb stands for the organisation named before", () => {
    const events = run("en", "Anthropic grew fast. Amazon put $4 billion into the San Francisco lab.", [["$4 billion", 4e9, "USD", "money"]]);
    expect(events.map((e) => [e.type, e.roles?.agent, e.roles?.patients])).toEqual([["invest", "amazon", ["anthropic"]]]);
  });
  it("a manner adverb between verb and object is skipped ('critique régulièrement la société')", () => {
    const [e] = run("fr", "Musk a quitté OpenAI. Il critique régulièrement la société.");
    expect(run("fr", "Musk critique régulièrement OpenAI.").map((x) => [x.type, x.roles?.patients])).toEqual([["criticize", ["openai"]]]);
    expect(e.type).toBe("leave");
  });
  it("a description names the actor whose name holds its noun ('l'institut' = Future of Life Institute)", () => {
    const text = "Musk a financé Anthropic. L'institut Fondation Mozilla a signé. Plus tard, l'institut a reçu 10 millions de dollars de Google.";
    const e = run("fr", text, [["10 millions de dollars", 1e7, "USD", "money"]]).find((x) => x.trigger.text === "reçu")!;
    expect([e.roles?.agent, e.roles?.patients]).toEqual(["google", ["fondation"]]);
  });
  it("a participle clause between commas is not the subject ('L'institut, financé par Google, a reçu')", () => {
    const text = "L'institut Fondation Mozilla est connu. L'institut, financé en partie par Google, a reçu 5 millions de dollars de Meta.";
    const e = run("fr", text, [["5 millions de dollars", 5e6, "USD", "money"]]).find((x) => x.trigger.text === "reçu")!;
    expect([e.roles?.agent, e.roles?.patients]).toEqual(["meta", ["fondation"]]);
  });
  it("a fr participle without auxiliary qualifies the phrase before it ('Gemini, le modèle de Google dévoilé en mai')", () => {
    const e = run("fr", "Il dépasse Gemini, le dernier modèle de Google dévoilé en mai.").find((x) => x.type === "announce")!;
    expect([e.roles?.agent, e.roles?.patients]).toEqual(["google", ["gemini"]]);
  });
  it("a pronoun subject sends the antecedent search further back ('Il critique la société dirigée par X. L'entrepreneur a signé')", () => {
    const text = "Musk a quitté OpenAI en 2018. Depuis, il critique la société dirigée par Sam Altman. En mars, l'entrepreneur avait signé une lettre.";
    const e = run("fr", text).find((x) => x.type === "sign")!;
    expect(e.roles?.agent).toBe("elon-musk");
  });
});

describe("events: objects and subjects, more shapes", () => {
  it("a pronoun right after a verb is its object, not the next verb's subject ('gave it $44 million before leaving its board')", () => {
    const events = run("en", "Musk helped found OpenAI and gave it $44 million before leaving its board.", [["$44 million", 4.4e7, "USD", "money"]]);
    expect(events.map((e) => [e.type, e.roles?.agent, e.roles?.patients])).toEqual([
      ["found", "elon-musk", ["openai"]],
      ["invest", "elon-musk", ["openai"]],
      ["leave", "elon-musk", ["openai"]],
    ]);
  });
  it.each([
    ["en", "xAI released a chatbot called Grok.", "launch", ["grok"]],
    ["fr", "Google a lancé un assistant baptisé Gemini.", "launch", ["gemini"]],
  ] as const)("'a chatbot called X' names the patient: %s", (language, text, type, patients) => {
    const cast = run(language, text.replace("xAI", "Google").replace("Grok", "Gemini"));
    expect(cast.map((e) => [e.type, e.roles?.patients])).toEqual([[type, language === "en" ? ["gemini"] : patients]]);
  });
  it("'OpenAI and its chief executive Sam Altman' are both patients", () => {
    const [e] = run("en", "Musk sued OpenAI and its chief executive Sam Altman.");
    expect(e.roles?.patients).toEqual(["openai", "sam-altman"]);
  });
  it("a person after 'and' without a title is not coordinated with an organisation", () => {
    const [e] = run("en", "Musk sued OpenAI and Sam Altman said nothing.");
    expect(e.roles?.patients).toEqual(["openai"]);
  });
  it("'poured some $13 billion into' keeps the amount as the event's figure", () => {
    const [e] = run("en", "Amazon has poured some $4 billion into Anthropic.", [["some $4 billion", 4e9, "USD", "money"]]);
    expect([e.type, e.roles?.agent, e.roles?.patients, e.roles?.amounts]).toEqual(["invest", "amazon", ["anthropic"], ["USD=4000000000"]]);
  });
  it("'retrouver son poste à la tête de X' is a return", () => {
    const [e] = run("fr", "Sam Altman va retrouver son poste à la tête d'OpenAI.");
    expect([e.type, e.roles?.agent, e.roles?.patients, e.modality]).toEqual(["return", "sam-altman", ["openai"], "planned"]);
  });
  it("'M. Altman' after a preposition is the patient", () => {
    const e = run("fr", "Le conseil d'OpenAI a voté l'éviction de M. Altman.").find((x) => x.type === "fire")!;
    expect(e.roles?.patients).toEqual(["sam-altman"]);
  });
  it("the object noun of an infinitive does not take the sentence's subject as doer ('sued him to force the purchase')", () => {
    const events = run("en", "Musk offered to buy Twitter. Twitter sued him to force the purchase.");
    expect(events.filter((e) => e.type === "acquire").map((e) => e.roles?.agent)).toEqual(["elon-musk"]);
  });
});

describe("events: plural pronouns", () => {
  it.each([
    ["fr", "Musk et Sam Altman ont fondé OpenAI. Ils ont ensuite investi dans Anthropic."],
    ["en", "Musk and Sam Altman founded OpenAI. They later invested in Anthropic."],
    ["en", "Musk and Sam Altman met in 2015, and they invested in Anthropic."],
  ] as const)("a plural pronoun stands for the coordinated names before: %s: %s", (language, text) => {
    const e = run(language, text).find((x) => x.type === "invest")!;
    expect([e.roles?.agent, e.roles?.coagents, e.roles?.patients]).toEqual(["elon-musk", ["sam-altman"], ["anthropic"]]);
  });
  it.each([
    ["fr", "Des centaines de chercheurs ont parlé avec Musk. Ils ont ensuite investi dans Anthropic."],
    ["en", "Hundreds of researchers met Musk and Sam Altman. They later invested in Anthropic."],
    ["fr", "Musk et Sam Altman ont fondé OpenAI.\n\nIls ont ensuite investi dans Anthropic."],
  ] as const)("no group, no doer: %s: %s", (language, text) => {
    const e = run(language, text).find((x) => x.type === "invest");
    expect(e?.roles?.agent ?? null).toBe(null);
  });
});

describe("events: critics", () => {
  it.each([
    ["en", "Musk, a longtime critic of OpenAI, spoke on Monday.", ["criticize", "elon-musk", ["openai"]]],
    ["fr", "Musk, grand détracteur d'OpenAI, a parlé lundi.", ["criticize", "elon-musk", ["openai"]]],
  ] as const)("a named critic criticizes: %s: %s", (language, text, expected) => {
    expect(brief(language, text)).toEqual([expected]);
  });
  it.each([
    ["en", "Critics of Musk say the suit is a way to slow down a rival."],
    ["fr", "Les détracteurs de Musk dénoncent une manœuvre."],
  ] as const)("unnamed critics give no event: %s: %s", (language, text) => {
    expect(brief(language, text).filter((e) => e[0] === "criticize" && e[1] === null)).toEqual([]);
  });
});

describe("events: funding rounds, fronted participles, descriptions as subjects", () => {
  it("'a funding round backed by A and B': A and B back the subject's round", () => {
    const events = run("en", "Anthropic said on Sunday it had raised $4 billion in a funding round backed by Amazon and Google.", [["$4 billion", 4e9, "USD", "money"]]);
    const e = events.find((x) => x.trigger.text === "backed")!;
    expect([e.roles?.agent, e.roles?.coagents, e.roles?.patients]).toEqual(["amazon", ["google"], ["anthropic"]]);
  });
  it.each([
    ["fr", "Anthropic a levé 4 milliards de dollars auprès de fonds comme JPMorgan.", [["4 milliards de dollars", 4e9, "USD", "money"]]],
    ["en", "Anthropic raised $4 billion from investors such as JPMorgan.", [["$4 billion", 4e9, "USD", "money"]]],
  ] as const)("the investors of a raise are its patients: %s: %s", (language, text, figs) => {
    expect(brief(language, text, figs as unknown as Fig)).toEqual([["raise", "anthropic", ["jpmorgan"]]]);
  });
  it("'Fondée en 2023 par X, un ancien de Y, la société a levé': X founded the main clause's subject", () => {
    const text = "Mistral est née à Paris. Fondée en avril 2023 par Sam Altman, un ancien de Google, et par deux chercheurs passés par Meta, Mistral a levé 385 millions d'euros.";
    const e = run("fr", text, [["385 millions d'euros", 3.85e8, "EUR", "money"]]).find((x) => x.type === "found")!;
    expect([e.roles?.agent, e.roles?.patients]).toEqual(["sam-altman", ["mistral"]]);
  });
  it("a description at the head of the sentence before stands for its own antecedent ('La société avait levé ... Son directeur')", () => {
    const text = "Mistral a signé un accord avec Google. Fondée en 2023 par Sam Altman, la société avait levé 10 millions d'euros auprès de JPMorgan. Elle recrute.";
    const e = run("fr", text, [["10 millions d'euros", 1e7, "EUR", "money"]]).find((x) => x.type === "raise")!;
    expect(e.roles?.agent).toBe("mistral");
  });
  it("'hired researchers from Google' keeps a hiring without named people; 'hired a lawyer' does not", () => {
    expect(brief("en", "Anthropic has hired researchers from Google and Meta.")).toEqual([["hire", "anthropic", []]]);
    expect(brief("en", "Anthropic has hired a new office in Paris.")).toEqual([]);
  });
});

describe("events: passive auxiliaries are whole words", () => {
  it.each([
    ["fr", "Meta a grandi. La société avait racheté Anthropic.", ["acquire", "meta", ["anthropic"]]],
    ["en", "Meta grew. This bought Anthropic some time.", null],
    ["fr", "Anthropic a été racheté par Meta.", ["acquire", "meta", ["anthropic"]]],
  ] as const)("%s: %s", (language, text, expected) => {
    const got = brief(language, text).filter((e) => e[0] === "acquire");
    if (expected) expect(got).toEqual([expected]);
    else expect(got.every((e) => (e[2] as string[]).length === 0 || e[1] !== null)).toBe(true);
  });
});

describe("events: talks are plans", () => {
  it.each([
    ["en", "Amazon is in talks to put $4 billion into Anthropic.", [["$4 billion", 4e9, "USD", "money"]]],
    ["fr", "Amazon est en discussions pour investir 4 milliards de dollars dans Anthropic.", [["4 milliards de dollars", 4e9, "USD", "money"]]],
  ] as const)("%s: %s", (language, text, figs) => {
    expect(run(language, text, figs as unknown as Fig).map((e) => [e.type, e.modality])).toEqual([["invest", "planned"]]);
  });
});

describe("events: an intransitive resignation takes the organisation the doer is described by", () => {
  function withDescription(text: string, surface: string) {
    const a = article(text, "fr", "a1", "2024-06-01");
    const cast = actors(a, CAST);
    const start = text.indexOf(surface);
    const p = cast.find((x) => x.id === "sam-altman")!;
    p.mentions = [...p.mentions, { article: a.id, start, end: start + surface.length, text: surface }].sort((x, y) => x.start - y.start);
    return findEvents(a, { actors: cast, figures: [], times: [] });
  }
  it("'Sam Altman, le patron d'OpenAI, a démissionné' leaves OpenAI", () => {
    const [e] = withDescription("Sam Altman, le patron d'OpenAI, a démissionné.", "patron d'OpenAI");
    expect([e.type, e.roles?.agent, e.roles?.patients]).toEqual(["leave", "sam-altman", ["openai"]]);
  });
  it("without such a description the resignation has no patient", () => {
    const [e] = run("fr", "Sam Altman, proche d'OpenAI, a démissionné.");
    expect([e.type, e.roles?.patients]).toEqual(["leave", []]);
  });
});

describe("events: no withdrawal before an infinitive", () => {
  it("'a renoncé à commenter' is no event; 'a renoncé à l'opération' is", () => {
    expect(brief("fr", "Meta a renoncé à commenter.")).toEqual([]);
    expect(brief("fr", "Meta a renoncé à l'opération.")).toEqual([["withdraw", "meta", []]]);
  });
});
