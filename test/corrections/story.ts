// A small hand-made Story (not extracted) for correction tests: the items are placed by quote so
// the tests do not depend on the extraction engine.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plainText } from "../../loaders/articles.ts";
import { splitSentences } from "../../loaders/sentences.ts";
import type { Actor, Article, Figure, Story, StoryEvent, TimeExpr } from "../../loaders/types.ts";

export const ID = "2024-01-15-nova-labs";

export const BODY = `# Nova Labs buys servers

Nova Labs said on Monday that it bought 500 servers for $2 million. The startup, led by Ada Stone, plans to open a lab in March 2024. Stone said the company would hire about 40 engineers.

Nova Labs also bought 500 servers last year, according to Tech Daily. It’s the start-up’s second order.`;

export function span(text: string, quote: string, occurrence = 1) {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`fixture: '${quote}' #${occurrence} not in text`);
  }
  return { start: at, end: at + quote.length, text: quote };
}

export function makeStory(): Story {
  const { text, headings } = plainText(BODY);
  const sentences = splitSentences(text, headings);
  const article: Article = {
    id: ID, title: "Nova Labs buys servers", language: "en", published: "2024-01-15", published_note: null,
    source: "Tech Daily", author: null, url: null, sources: [], file: `data/articles/${ID}.md`, text, sentences,
  };
  const sentenceOf = (start: number) => sentences.findIndex((s) => s.start <= start && start < s.end);
  const figure = (id: string, quote: string, f: Partial<Figure>, occurrence = 1): Figure => {
    const s = span(text, quote, occurrence);
    return { id: `${ID}/${id}`, article: ID, ...s, value: null, low: null, high: null, unit: "GPU", approx: false, kind: "count", bound: null, sentence: sentenceOf(s.start), unit_provenance: "stated", ...f };
  };
  const time = (id: string, quote: string, from: string, to: string, precision: TimeExpr["precision"]): TimeExpr => {
    const s = span(text, quote);
    return { id: `${ID}/${id}`, article: ID, ...s, from, to, precision, anchor: "publication", inferred: [], sentence: sentenceOf(s.start) };
  };
  const mention = (quote: string, occurrence = 1) => ({ article: ID, ...span(text, quote, occurrence) });
  const actor = (id: string, name: string, type: Actor["type"], mentions: Actor["mentions"]): Actor => ({ id, name, type, aliases: [], mentions, origin: "text", description: null });
  const event = (id: string, label: string, type: string, trigger: string, occurrence: number, e: Partial<StoryEvent>): StoryEvent => {
    const t = span(text, trigger, occurrence);
    const index = sentenceOf(t.start);
    const s = sentences[index];
    return {
      id: `${ID}/${id}`, article: ID, articles: [ID], label, type, trigger: t, sentence: { start: s.start, end: s.end, index },
      mentions: [{ article: ID, ...t, sentence: index }], when: null, time: null, actors: [], figures: [], modality: "asserted", source: null, ...e,
    };
  };
  return {
    articles: [article],
    figures: [
      figure("f1", "500 servers", { value: 500, unit: "server" }, 1),
      figure("f2", "$2 million", { value: 2e6, unit: "USD", kind: "money" }),
      figure("f3", "about 40 engineers", { value: 40, unit: "engineer", approx: true }),
      figure("f4", "500 servers", { value: 500, unit: "server" }, 2),
    ],
    times: [
      time("t1", "on Monday", "2024-01-15", "2024-01-15", "day"),
      time("t2", "March 2024", "2024-03-01", "2024-03-31", "month"),
      time("t3", "last year", "2023-01-01", "2023-12-31", "year"),
    ],
    actors: [
      actor("ada-stone", "Ada Stone", "person", [mention("Ada Stone"), mention("Stone", 2)]),
      actor("nova-labs", "Nova Labs", "organization", [mention("Nova Labs", 1), mention("Nova Labs", 2), mention("Nova Labs", 3)]),
      actor("the-startup", "The startup", "organization", [mention("The startup")]),
      actor("tech-daily", "Tech Daily", "media", [mention("Tech Daily")]),
    ],
    events: [
      event("e1", "Nova Labs buys server", "acquire", "bought", 1, {
        actors: ["nova-labs"], figures: [`${ID}/f1`, `${ID}/f2`], time: `${ID}/t1`, when: { from: "2024-01-15", to: "2024-01-15", precision: "day" },
      }),
      event("e2", "The startup opens lab", "open", "open", 1, { actors: ["the-startup"], time: `${ID}/t2`, when: { from: "2024-03-01", to: "2024-03-31", precision: "month" }, modality: "planned" }),
      event("e3", "Nova Labs buys server", "acquire", "bought", 2, { actors: ["nova-labs"], figures: [`${ID}/f4`], source: "tech-daily", modality: "reported" }),
    ],
    relations: [
      { id: "r1", source: "ada-stone", target: "the-startup", type: "leads", events: [], articles: [ID] },
      { id: "r2", source: "ada-stone", target: "nova-labs", type: "leads", events: [], articles: [ID] },
      { id: "r3", source: "tech-daily", target: "nova-labs", type: "reported", events: [`${ID}/e3`], articles: [ID] },
    ],
    problems: [],
  };
}

/** A temp project with data/articles/<ID>.md and the given correction files; returns the corrections folder. */
export function project(files: Record<string, string>): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), "atlas-corrections-"));
  const dir = join(root, "data", "corrections");
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(root, "data", "articles"), { recursive: true });
  writeFileSync(join(root, "data", "articles", `${ID}.md`), `---\ntitle: Nova Labs buys servers\nlanguage: en\npublished: 2024-01-15\nsource: Tech Daily\n---\n\n${BODY}\n`);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { root, dir };
}
