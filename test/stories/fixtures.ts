// Fixture Stories for the Present tests, built by hand around a short news text written for the
// tests (invented companies and people), so the tellings can be checked without the extractors.
import { splitSentences, sentenceAt } from "../../loaders/sentences.ts";
import type { Actor, ActorType, Article, Figure, FigureKind, Modality, Precision, Relation, RelationType, Story, StoryEvent, TimeExpr } from "../../loaders/types.ts";

export const TEXT = [
  "Northwind Labs raised $250 million from Harbor Capital on 3 March 2024.",
  "The startup, founded by Ada Brook in 2021, plans to hire 400 engineers.",
  "According to Tech Ledger, Harbor Capital also invested in Quill AI last year.",
  "Ada Brook said the money would pay for two new datacenters.",
  "Quill AI now competes with Northwind Labs for the same customers.",
].join(" ");

export function article(id: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    title: "Northwind Labs raises $250 million",
    language: "en",
    published: "2024-03-05",
    published_note: null,
    source: "The Test Gazette",
    author: null,
    url: null,
    sources: [],
    file: `data/articles/${id}.md`,
    text,
    sentences: splitSentences(text),
    ...extra,
  };
}

/** Offsets of the n-th occurrence of `needle` (throws when missing, so fixtures stay honest). */
export function at(text: string, needle: string, occurrence = 0): { start: number; end: number; text: string } {
  let i = -1;
  for (let k = 0; k <= occurrence; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`fixture: '${needle}' (occurrence ${occurrence}) not in text`);
  }
  return { start: i, end: i + needle.length, text: needle };
}

export class StoryBuilder {
  figures: Figure[] = [];
  times: TimeExpr[] = [];
  actors: Actor[] = [];
  events: StoryEvent[] = [];
  relations: Relation[] = [];
  constructor(readonly a: Article) {}

  figure(needle: string, f: { value?: number | null; low?: number | null; high?: number | null; unit: string; kind: FigureKind; approx?: boolean }): string {
    const s = at(this.a.text, needle);
    const id = `${this.a.id}/f${this.figures.length + 1}`;
    this.figures.push({ id, article: this.a.id, ...s, value: f.value ?? null, low: f.low ?? null, high: f.high ?? null, unit: f.unit, approx: f.approx ?? false, kind: f.kind, bound: null, sentence: sentenceAt(this.a.sentences, s.start), unit_provenance: "stated" });
    return id;
  }

  time(needle: string, from: string, to: string, precision: Precision): string {
    const s = at(this.a.text, needle);
    const id = `${this.a.id}/t${this.times.length + 1}`;
    this.times.push({ id, article: this.a.id, ...s, from, to, precision, anchor: "absolute", inferred: [], sentence: sentenceAt(this.a.sentences, s.start) });
    return id;
  }

  actor(id: string, name: string, type: ActorType, forms: string[]): string {
    const mentions = forms.map((f) => {
      const [needle, occ] = f.split("#");
      return { article: this.a.id, ...at(this.a.text, needle, Number(occ ?? 0)) };
    });
    this.actors.push({ id, name, type, aliases: [], mentions, origin: "text", description: null });
    this.actors.sort((x, y) => (x.id < y.id ? -1 : 1));
    return id;
  }

  event(trigger: string, e: { label: string; type: string; when?: { from: string; to: string; precision: Precision } | null; actors?: string[]; figures?: string[]; modality?: Modality; source?: string | null }): string {
    const t = at(this.a.text, trigger);
    const index = sentenceAt(this.a.sentences, t.start);
    const s = this.a.sentences[index];
    const id = `${this.a.id}/e${this.events.length + 1}`;
    this.events.push({
      id,
      article: this.a.id,
      articles: [this.a.id],
      label: e.label,
      type: e.type,
      trigger: t,
      sentence: { start: s.start, end: s.end, index },
      mentions: [{ article: this.a.id, start: t.start, end: t.end, text: t.text, sentence: index }],
      when: e.when ?? null,
      time: null,
      actors: e.actors ?? [],
      figures: e.figures ?? [],
      modality: e.modality ?? "asserted",
      source: e.source ?? null,
    });
    return id;
  }

  relation(source: string, type: RelationType, target: string): void {
    this.relations.push({ id: `r${this.relations.length + 1}`, source, target, type, events: [], articles: [this.a.id] });
  }

  story(): Story {
    return { articles: [this.a], figures: this.figures, times: this.times, actors: this.actors, events: this.events, relations: this.relations, problems: [] };
  }
}

/** The Northwind story: three dated events, two undated ones, a loose figure, five actors, four ties. */
export function northwind(): Story {
  const b = new StoryBuilder(article("2024-03-northwind", TEXT));
  const nw = b.actor("northwind-labs", "Northwind Labs", "organization", ["Northwind Labs", "The startup", "Northwind Labs#1"]);
  const hc = b.actor("harbor-capital", "Harbor Capital", "organization", ["Harbor Capital", "Harbor Capital#1"]);
  const ada = b.actor("ada-brook", "Ada Brook", "person", ["Ada Brook", "Ada Brook#1"]);
  const quill = b.actor("quill-ai", "Quill AI", "organization", ["Quill AI", "Quill AI#1"]);
  const ledger = b.actor("tech-ledger", "Tech Ledger", "media", ["Tech Ledger"]);
  const money = b.figure("$250 million", { value: 250e6, unit: "USD", kind: "money" });
  const hires = b.figure("400 engineers", { value: 400, unit: "engineer", kind: "count" });
  b.figure("two new datacenters", { value: 2, unit: "datacenter", kind: "count" });
  b.time("3 March 2024", "2024-03-03", "2024-03-03", "day");
  b.time("in 2021", "2021-01-01", "2021-12-31", "year");
  b.time("last year", "2023-01-01", "2023-12-31", "year");
  b.event("raised", { label: "Northwind Labs raises $250M", type: "invest", when: { from: "2024-03-03", to: "2024-03-03", precision: "day" }, actors: [nw, hc], figures: [money] });
  b.event("founded", { label: "Ada Brook founds Northwind Labs", type: "found", when: { from: "2021-01-01", to: "2021-12-31", precision: "year" }, actors: [ada, nw] });
  b.event("invested", { label: "Harbor Capital invests in Quill AI", type: "invest", when: { from: "2023-01-01", to: "2023-12-31", precision: "year" }, actors: [hc, quill], modality: "reported", source: ledger });
  b.event("plans to hire", { label: "Northwind Labs plans to hire engineers", type: "hire", actors: [nw], figures: [hires], modality: "planned" });
  b.event("competes", { label: "Quill AI competes with Northwind Labs", type: "compete", actors: [quill, nw] });
  b.relation(ada, "founded", nw);
  b.relation(hc, "invested_in", nw);
  b.relation(hc, "invested_in", quill);
  b.relation(quill, "competes_with", nw);
  return b.story();
}

export function emptyStory(): Story {
  return { articles: [], figures: [], times: [], actors: [], events: [], relations: [], problems: [] };
}
