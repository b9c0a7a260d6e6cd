// English events on sentences written for these tests, with hand-built actors, figures and times.
import { describe, expect, it } from "vitest";
import { findEvents } from "../../loaders/events/index.ts";
import type { ActorType, Precision } from "../../loaders/types.ts";
import { actors, article, figures, times } from "./fixture.ts";

const CAST: Array<[string, ActorType, string[]]> = [
  ["elon-musk", "person", ["Elon Musk", "Musk"]],
  ["sam-altman", "person", ["Sam Altman", "Altman"]],
  ["satya-nadella", "person", ["Satya Nadella", "Nadella"]],
  ["greg-brockman", "person", ["Greg Brockman"]],
  ["jony-ive", "person", ["Jony Ive"]],
  ["openai", "organization", ["OpenAI"]],
  ["microsoft", "organization", ["Microsoft"]],
  ["twitter", "organization", ["Twitter"]],
  ["nvidia", "organization", ["Nvidia"]],
  ["dell", "organization", ["Dell"]],
  ["xai", "organization", ["xAI"]],
  ["apple", "organization", ["Apple"]],
  ["perplexity", "organization", ["Perplexity"]],
  ["google", "organization", ["Google"]],
  ["character-ai", "organization", ["Character.AI"]],
  ["mistral", "organization", ["Mistral"]],
  ["grok", "product", ["Grok"]],
  ["reuters", "media", ["Reuters"]],
  ["the-information", "media", ["The Information"]],
];

function run(text: string, figs: Parameters<typeof figures>[1] = [], ts: Array<[string, string | null, string | null, Precision, number?]> = []) {
  const a = article(text, "en", "a1", "2024-06-01");
  return findEvents(a, { actors: actors(a, CAST), figures: figures(a, figs), times: times(a, ts) });
}

describe("en events: triggers match inflected forms", () => {
  it.each([
    ["Microsoft acquired Activision.", "acquire", "acquired"],
    ["Musk bought Twitter.", "acquire", "bought"],
    ["Nadella hired Sam Altman.", "hire", "hired"],
    ["Musk stepped down from OpenAI.", "leave", "stepped down"],
    ["Microsoft has invested in OpenAI.", "invest", "invested"],
    ["Musk co-founded OpenAI.", "found", "co-founded"],
    ["Musk took over Twitter.", "take_control", "took over"],
    ["Musk sued OpenAI.", "sue", "sued"],
    ["Musk slammed OpenAI.", "criticize", "slammed"],
    ["xAI unveiled Grok.", "announce", "unveiled"],
    ["Musk renamed Twitter in July.", "rename", "renamed"],
    ["Altman returned to OpenAI.", "return", "returned"],
    ["Musk named Greg Brockman as chief executive.", "appoint", "named"],
    ["Microsoft took a 49% stake in OpenAI.", "invest", "took a 49% stake"],
    ["Microsoft struck a multiyear deal with OpenAI.", "partner", "struck a multiyear deal"],
  ])("%s -> %s", (text, type, trigger) => {
    expect(run(text).map((e) => [e.type, e.trigger.text])).toEqual([[type, trigger]]);
  });
});

describe("en events: a trigger word in another sense gives no event", () => {
  it.each([
    ["Researchers found that the model was biased."],
    ["The decision left open the question of control."],
    ["Altman raised concerns about safety."],
    ["Microsoft issued a press release on Monday."],
    ["Altman refused to comment."],
    ["The buyback of bonds slowed."],
    ["Musk put money into a venture fund last year."],
    ["Much is at stake for OpenAI."],
    ["Altman was on leave from OpenAI in June."],
    ["It was a sign of weakness for Microsoft."],
    ["A startup named Perplexity grew fast."],
    ["Musk returned the favor."],
    ["Verstappen signed his tenth win of the season."],
    ["The buyback announced by Apple surprised investors."],
    ["Investors remain cautious."],
    ["The launch of the rocket was delayed."],
    ["AI spending is soaring."],
    ["Microsoft launched an investigation."],
    ["Google announced that its revenue rose."],
  ])("%s", (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe("en events: roles", () => {
  it("takes the agent of a passive from 'by'", () => {
    const [e] = run("Twitter was acquired by Elon Musk in October 2022.", [], [["October 2022", "2022-10-01", "2022-10-31", "month"]]);
    expect(e.roles).toMatchObject({ agent: "elon-musk", patients: ["twitter"] });
    expect(e.when?.from).toBe("2022-10-01");
  });
  it("resolves 'He' to the last person named", () => {
    const events = run("Altman was ousted on Friday. Nadella moved fast. He hired Sam Altman and Greg Brockman.");
    expect(events.map((e) => e.type)).toEqual(["fire", "hire"]);
    expect(events[0].roles).toMatchObject({ agent: null, patients: ["sam-altman"] });
    expect(events[1].roles).toMatchObject({ agent: "satya-nadella", patients: ["sam-altman", "greg-brockman"] });
  });
  it("reads a possessive doer ('X's investment in Y')", () => {
    const [e] = run("Microsoft's investment in OpenAI reached $13 billion.");
    expect(e.roles).toMatchObject({ agent: "microsoft", patients: ["openai"] });
  });
  it("finds a prepositional patient after the amount ('invested $1 billion in OpenAI')", () => {
    const [e] = run("Microsoft invested $1 billion in OpenAI.", [["$1 billion", 1e9, "USD", "money"]]);
    expect(e.label).toBe("Microsoft invests $1bn in OpenAI");
  });
  it("resolves 'the company' to the last organisation", () => {
    const events = run("In 2018, Musk reportedly tried to take control of OpenAI. The board rejected this offer. He then left the company.", [], [["2018", "2018-01-01", "2018-12-31", "year"]]);
    expect(events.map((e) => [e.type, e.roles?.patients, e.when?.from ?? null, e.mentions.length])).toEqual([
      ["take_control", ["openai"], "2018-01-01", 2],
      ["leave", ["openai"], "2018-01-01", 1],
    ]);
    expect(events[0].roles?.attempted).toBe(true);
    expect(events[0].label).toBe("Elon Musk tries to take control of OpenAI");
  });
});

describe("en events: modality and source", () => {
  it.each([
    ["According to Reuters, OpenAI hired Jony Ive.", "reported", "reuters"],
    ["Reuters reported that OpenAI hired Jony Ive.", "reported", "reuters"],
    ["OpenAI reportedly hired Jony Ive.", "reported", null],
    ["Microsoft plans to invest in Mistral.", "planned", null],
    ["Apple could buy Perplexity.", "hypothetical", null],
    ["Google did not acquire Character.AI.", "negated", null],
    ["Google never acquired Character.AI.", "negated", null],
    ["Google acquired Character.AI.", "asserted", null],
  ])("%s -> %s", (text, modality, source) => {
    const [e] = run(text);
    expect([e.modality, e.source]).toEqual([modality, source]);
  });
  it("a report in a later clause does not make the event reported", () => {
    const [e] = run("Microsoft announced an investment in OpenAI, which was reported to be large.");
    expect(e.modality).toBe("asserted");
  });
});

describe("en events: one event per real-world event", () => {
  it("merges a purchase told with buy, spend and purchase", () => {
    const text = "Nvidia bought 5,000 servers from Dell last year. According to The Information, Nvidia spent about $500 million to purchase the 5,000 servers. Nvidia also acquired Mistral.";
    const events = run(
      text,
      [["5,000 servers", 5000, "server"], ["about $500 million", [4.5e8, 5.5e8], "USD", "money"], ["5,000 servers", 5000, "server", "count", 1]],
      [["last year", "2023-01-01", "2023-12-31", "year"]],
    );
    expect(events.map((e) => [e.label, e.mentions.map((m) => m.text)])).toEqual([
      ["Nvidia acquires 5 000 server for $450M–550M", ["bought", "spent", "purchase"]],
      ["Nvidia acquires Mistral", ["acquired"]],
    ]);
  });
  it("keeps two hires of different people apart", () => {
    const events = run("OpenAI hired Jony Ive in May. OpenAI hired Greg Brockman in June.", [], [["May", "2024-05-01", "2024-05-31", "month"], ["June", "2024-06-01", "2024-06-30", "month"]]);
    expect(events).toHaveLength(2);
  });
  it("keeps two investments of different years apart", () => {
    const events = run("Microsoft invested in OpenAI in 2019. Microsoft invested in OpenAI again in 2023.", [], [["2019", "2019-01-01", "2019-12-31", "year"], ["2023", "2023-01-01", "2023-12-31", "year"]]);
    expect(events).toHaveLength(2);
  });
  it("a launched company is founded ('announced a new company, xAI')", () => {
    const [e] = run("Musk announced a new company, xAI, in July.");
    expect([e.type, e.label]).toEqual(["found", "Elon Musk founds xAI"]);
  });
});

describe("en events: subjects across clauses", () => {
  it("a relative clause takes the nearest name, even behind a preposition", () => {
    const [e] = run("OpenAI is largely controlled by Microsoft, which has invested $13 billion.", [["$13 billion", 1.3e10, "USD", "money"]]);
    expect(e.roles?.agent).toBe("microsoft");
  });
  it("a coordinated verb takes the subject of the first clause, not its object", () => {
    const events = run("Elon Musk, who co-founded OpenAI in 2015 and left its board in 2018, criticized OpenAI.", [], [["2015", "2015-01-01", "2015-12-31", "year"], ["2018", "2018-01-01", "2018-12-31", "year"]]);
    expect(events.map((e) => [e.type, e.roles?.agent, e.roles?.patients, e.when?.from ?? null])).toEqual([
      ["found", "elon-musk", ["openai"], "2015-01-01"],
      ["leave", "elon-musk", ["openai"], "2018-01-01"],
      ["criticize", "elon-musk", ["openai"], null],
    ]);
  });
  it("'and' with an adverb before a trigger verb starts a clause sharing the subject", () => {
    const events = run("Musk took control of Twitter, and immediately fired Sam Altman.");
    expect(events.map((e) => [e.type, e.roles?.agent])).toEqual([["take_control", "elon-musk"], ["fire", "elon-musk"]]);
  });
  it("'him' as an object is the person named before", () => {
    // "walked away" is an event of its own (withdraw); the suing is the second.
    const e = run("Musk walked away, prompting Twitter to sue him.").find((x) => x.type === "sue")!;
    expect([e.type, e.roles?.agent, e.roles?.patients]).toEqual(["sue", "twitter", ["elon-musk"]]);
  });
  it("the object of a trigger verb is not the subject of the next one", () => {
    const events = run("Reuters said Musk wanted to merge the company with Apple and to take control.");
    expect(events.find((e) => e.type === "take_control")?.roles?.agent).toBe("elon-musk");
  });
  it("a plan may have words between its cue and the verb ('offered in April to buy')", () => {
    const [e] = run("Musk offered in April to buy Twitter.", [], [["April", "2022-04-01", "2022-04-30", "month"]]);
    expect([e.modality, e.label]).toEqual(["planned", "Elon Musk plans to acquire Twitter"]);
  });
  it("'helped found' is a founding, bare 'found' is not", () => {
    expect(run("Musk helped found OpenAI.").map((e) => e.type)).toEqual(["found"]);
    expect(run("Musk found OpenAI hard to work with.")).toEqual([]);
  });
});

describe("en events: more sentence shapes", () => {
  it("a company cited as source may still be the doer ('xAI said it had raised')", () => {
    const [e] = run("xAI said on Sunday it had raised $6 billion from investors.", [["$6 billion", 6e9, "USD", "money"]]);
    expect([e.type, e.roles?.agent, e.modality, e.source]).toEqual(["raise", "xai", "reported", "xai"]);
  });
  it("an object relative gives the patient ('OpenAI, which Musk co-founded')", () => {
    const [e] = run("The round makes xAI a rival to OpenAI, which Musk co-founded in 2015.", [], [["2015", "2015-01-01", "2015-12-31", "year"]]);
    expect([e.type, e.roles?.agent, e.roles?.patients]).toEqual(["found", "elon-musk", ["openai"]]);
  });
  it("'including X' names the people hired", () => {
    const [e] = run("Musk hired several researchers from Google, including Greg Brockman.");
    expect(e.roles?.patients).toEqual(["greg-brockman"]);
  });
  it("a fronted participle clause gives the patient ('Founded in 2023, xAI ...')", () => {
    const [e] = run("Founded in 2023, xAI develops Grok.", [], [["2023", "2023-01-01", "2023-12-31", "year"]]);
    expect([e.type, e.roles?.agent, e.roles?.patients, e.when?.from]).toEqual(["found", null, ["xai"], "2023-01-01"]);
  });
  it("a denial negates ('denied having invested')", () => {
    const [e] = run("Apple denied having invested in OpenAI.");
    expect(e.modality).toBe("negated");
  });
});

describe("en events: participles and appositions", () => {
  it("a participle after a plain noun takes no actor from further left ('data released by Reuters')", () => {
    const events = run("Twitter passed Google, according to data released by Reuters.");
    expect(events.every((e) => !(e.roles?.patients ?? []).includes("twitter") && !(e.roles?.patients ?? []).includes("google"))).toBe(true);
  });
  it("a name inside an apposition after another name is not the subject", () => {
    const [e] = run("Sam Altman, formerly an executive at Twitter, is stepping down from OpenAI.");
    expect([e.type, e.roles?.agent]).toEqual(["leave", "sam-altman"]);
  });
});

describe("en events: signing", () => {
  it("a document before a passive counts ('The letter was also signed by X')", () => {
    expect(run("The letter was also signed by Elon Musk.").map((e) => [e.type, e.roles?.agent])).toEqual([["sign", "elon-musk"]]);
  });
});

describe("en events: back-references", () => {
  it("'The lawsuit, filed on Thursday' is a mention of the suing told before, and dates it", () => {
    const events = run("Musk sued OpenAI and Sam Altman. The lawsuit, filed on Thursday, accuses them of fraud.", [], [["Thursday", "2024-02-29", "2024-02-29", "day"]]);
    expect(events.map((e) => [e.type, e.mentions.map((m) => m.text), e.when?.from ?? null])).toEqual([["sue", ["sued", "lawsuit"], "2024-02-29"]]);
  });
});

