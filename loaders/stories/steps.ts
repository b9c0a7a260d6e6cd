// Builders of single steps from the Story: one moment (an event, a figure, an actor's role, a
// quoted sentence), with its quote, its source and what the charts highlight. Both the default
// telling and the story scripts use them, so a step looks the same whichever chose it.
import type { Actor, Article, Figure, Story, StoryEvent, When } from "../types.ts";
import { formatAmount, formatWhen, magnitude, modalityNote, relationVerb } from "./format.ts";
import type { ChartName, Highlight, PresentQuote, PresentSource, PresentStep, QuoteMark } from "./types.ts";

/** A step before it gets its position. */
export type Draft = Omit<PresentStep, "n">;

export const NO_HIGHLIGHT: Highlight = { events: [], figures: [], actors: [], when: null };

/** Lookups over a Story, built once per telling. */
export class Index {
  readonly articles = new Map<string, Article>();
  readonly events = new Map<string, StoryEvent>();
  readonly figures = new Map<string, Figure>();
  readonly actors = new Map<string, Actor>();
  /** Relations and mentions per actor: how central it is. */
  readonly degree = new Map<string, number>();
  constructor(readonly story: Story) {
    for (const a of story.articles) this.articles.set(a.id, a);
    for (const e of story.events) this.events.set(e.id, e);
    for (const f of story.figures) this.figures.set(f.id, f);
    for (const a of story.actors) this.actors.set(a.id, a);
    for (const r of story.relations) {
      this.degree.set(r.source, (this.degree.get(r.source) ?? 0) + 1);
      this.degree.set(r.target, (this.degree.get(r.target) ?? 0) + 1);
    }
  }
  relationsOf(id: string): number {
    return this.degree.get(id) ?? 0;
  }
  mentionsOf(id: string): number {
    return this.actors.get(id)?.mentions.length ?? 0;
  }
  /** Actors by centrality: most relations, then most mentions, then id. */
  compareActors = (a: string, b: string): number =>
    this.relationsOf(b) - this.relationsOf(a) || this.mentionsOf(b) - this.mentionsOf(a) || (a < b ? -1 : a > b ? 1 : 0);
  name(id: string): string {
    return this.actors.get(id)?.name ?? id;
  }
  eventsWithFigure(id: string): StoryEvent[] {
    return this.story.events.filter((e) => e.figures.includes(id));
  }
  eventsWithActor(id: string): StoryEvent[] {
    return this.story.events.filter((e) => e.actors.includes(id));
  }
}

export function source(article: Article, sentence: number): PresentSource {
  return { article: article.id, title: article.title, outlet: article.source, published: article.published, language: article.language, sentence };
}

/** The sentence `index` of an article, with the given spans (and every figure, actor and date in it) marked. */
export function quoteOf(ix: Index, articleId: string, index: number, primary: Array<{ start: number; end: number; kind: QuoteMark["kind"] }> = []): PresentQuote | null {
  const article = ix.articles.get(articleId);
  const s = article?.sentences[index];
  if (!article || !s) return null;
  const marks: QuoteMark[] = [];
  const add = (start: number, end: number, kind: QuoteMark["kind"]) => {
    const a = Math.max(start, s.start);
    const b = Math.min(end, s.end);
    if (b <= a) return;
    if (marks.some((m) => m.start < b - s.start && a - s.start < m.end)) return; // no overlaps: the first (primary) wins
    marks.push({ start: a - s.start, end: b - s.start, kind });
  };
  for (const p of primary) add(p.start, p.end, p.kind);
  for (const f of ix.story.figures) if (f.article === articleId && f.sentence === index) add(f.start, f.end, "figure");
  for (const t of ix.story.times) if (t.article === articleId && t.sentence === index) add(t.start, t.end, "time");
  for (const a of ix.story.actors) for (const m of a.mentions) if (m.article === articleId && m.start >= s.start && m.end <= s.end) add(m.start, m.end, "actor");
  marks.sort((x, y) => x.start - y.start);
  return { text: article.text.slice(s.start, s.end), marks, article: articleId, sentence: index };
}

function whenRange(when: When | null): Highlight["when"] {
  if (!when || (!when.from && !when.to)) return null;
  return { from: (when.from ?? when.to)!, to: (when.to ?? when.from)! };
}

/** The date told in the same sentence, for steps that are not events (a figure, a quote). */
function sentenceWhen(ix: Index, articleId: string, sentence: number): Highlight["when"] {
  const t = ix.story.times.find((t) => t.article === articleId && t.sentence === sentence && (t.from || t.to));
  return t ? whenRange(t) : null;
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The chart that best shows an event: the timeline when dated, else its actors, else its amounts. */
function eventChart(e: StoryEvent): ChartName {
  if (whenRange(e.when)) return "timeline";
  if (e.figures.length) return "figures";
  return "network";
}

/** An event's step, read from its first telling, or from `at` (the place a script's quote points to). */
export function eventStep(ix: Index, e: StoryEvent, at?: { article: string; sentence: number; start: number; end: number }): Draft {
  const article = ix.articles.get(at?.article ?? e.article);
  const sentence = at?.sentence ?? e.sentence.index;
  const primary: Array<{ start: number; end: number; kind: QuoteMark["kind"] }> = at
    ? [{ start: at.start, end: at.end, kind: "quote" }, ...e.mentions.filter((m) => m.article === at.article && m.sentence === at.sentence).map((m) => ({ start: m.start, end: m.end, kind: "trigger" as const }))]
    : [{ start: e.trigger.start, end: e.trigger.end, kind: "trigger" }];
  const facts: string[] = [];
  const note = modalityNote(e.modality, e.source ? ix.name(e.source) : null);
  if (note) facts.push(note);
  if (e.figures.length) facts.push(`Amounts: ${uniq(e.figures.map((id) => ix.figures.get(id)).filter((f): f is Figure => !!f).map(formatAmount)).join(", ")}`);
  if (e.actors.length) facts.push(`Who: ${e.actors.map((a) => ix.name(a)).join(", ")}`);
  if (e.mentions.length > 1 || e.articles.length > 1)
    facts.push(`Told ${e.mentions.length} time${e.mentions.length > 1 ? "s" : ""}${e.articles.length > 1 ? ` in ${e.articles.length} articles` : ""}`);
  return {
    kind: "event",
    ref: e.id,
    eyebrow: `Event · ${formatWhen(e.when)}`,
    heading: e.label,
    caption: null,
    facts,
    quote: quoteOf(ix, article?.id ?? e.article, sentence, primary),
    source: article ? source(article, sentence) : null,
    sources: [],
    chart: eventChart(e),
    highlight: { events: [e.id], figures: [...e.figures], actors: [...e.actors], when: whenRange(e.when) },
  };
}

/** Figures with the same amount and unit (the same number told again). */
export function sameAmount(ix: Index, f: Figure): Figure[] {
  return ix.story.figures.filter((g) => g.kind === f.kind && g.unit === f.unit && g.value === f.value && g.low === f.low && g.high === f.high && g.bound === f.bound);
}

export function figureStep(ix: Index, f: Figure): Draft {
  const article = ix.articles.get(f.article);
  const same = sameAmount(ix, f);
  const events = uniq(same.flatMap((g) => ix.eventsWithFigure(g.id)));
  const facts: string[] = [`As written: “${f.text}”`];
  if (f.approx && f.value == null) facts.push("An order of magnitude, not an exact amount");
  if (f.unit_provenance === "inferred") facts.push(`The unit (${f.unit}) is worked out from the context`);
  if (same.length > 1) facts.push(`Told ${same.length} times`);
  if (events.length) facts.push(`In: ${events.map((e) => e.label).join("; ")}`);
  return {
    kind: "figure",
    ref: f.id,
    eyebrow: `Figure · ${f.kind === "count" ? "how many" : f.kind === "money" ? "how much" : f.kind}`,
    heading: formatAmount(f),
    caption: null,
    facts,
    quote: quoteOf(ix, f.article, f.sentence, [{ start: f.start, end: f.end, kind: "figure" }]),
    source: article ? source(article, f.sentence) : null,
    sources: [],
    chart: "figures",
    highlight: {
      events: events.map((e) => e.id),
      figures: same.map((g) => g.id),
      actors: uniq(events.flatMap((e) => e.actors)),
      when: events.map((e) => whenRange(e.when)).find((w) => w) ?? sentenceWhen(ix, f.article, f.sentence),
    },
  };
}

export function actorStep(ix: Index, a: Actor): Draft {
  const relations = ix.story.relations.filter((r) => r.source === a.id || r.target === a.id);
  const events = ix.eventsWithActor(a.id);
  const facts: string[] = [];
  if (a.description) facts.push(a.description);
  for (const r of relations.slice(0, 4)) facts.push(`${ix.name(r.source)} ${relationVerb(r.type)} ${ix.name(r.target)}`);
  if (relations.length > 4) facts.push(`and ${relations.length - 4} more ties`);
  const articles = uniq(a.mentions.map((m) => m.article));
  facts.push(`Named ${a.mentions.length} time${a.mentions.length === 1 ? "" : "s"}${articles.length > 1 ? ` in ${articles.length} articles` : ""}`);
  // The quote: a sentence where the actor takes part in an event, else its first mention in a body sentence.
  const where = (m: { article: string; start: number }) => {
    const art = ix.articles.get(m.article);
    const s = art?.sentences.find((s) => m.start >= s.start && m.start < s.end);
    return art && s ? { article: art, sentence: s } : null;
  };
  const placed = a.mentions.map(where).filter((p): p is NonNullable<typeof p> => !!p);
  const inEvent = events.length ? placed.find((p) => events.some((e) => e.article === p.article.id && e.sentence.index === p.sentence.index)) : undefined;
  const pick = inEvent ?? placed.find((p) => !p.sentence.heading) ?? placed[0];
  const mention = pick ? a.mentions.find((m) => m.article === pick.article.id && m.start >= pick.sentence.start && m.end <= pick.sentence.end) : undefined;
  const neighbours = uniq(relations.map((r) => (r.source === a.id ? r.target : r.source)));
  return {
    kind: "actor",
    ref: a.id,
    eyebrow: `Actor · ${a.type}`,
    heading: a.name,
    caption: null,
    facts,
    quote: pick && mention ? quoteOf(ix, pick.article.id, pick.sentence.index, [{ start: mention.start, end: mention.end, kind: "actor" }]) : null,
    source: pick ? source(pick.article, pick.sentence.index) : null,
    sources: [],
    chart: "network",
    highlight: { events: events.map((e) => e.id), figures: uniq(events.flatMap((e) => e.figures)), actors: [a.id, ...neighbours], when: null },
  };
}

/** A step made of one sentence (a script's quote that no event covers). */
export function quoteStep(ix: Index, articleId: string, sentence: number, found: { start: number; end: number }): Draft {
  const article = ix.articles.get(articleId)!;
  const s = article.sentences[sentence];
  const inside = <T extends { article: string; start: number; end: number }>(x: T) => x.article === articleId && x.start >= s.start && x.end <= s.end;
  const figures = ix.story.figures.filter(inside);
  const actors = ix.story.actors.filter((a) => a.mentions.some(inside)).map((a) => a.id);
  return {
    kind: "quote",
    ref: null,
    eyebrow: `Quote · ${article.source}`,
    heading: article.title,
    caption: null,
    facts: [],
    quote: quoteOf(ix, articleId, sentence, [{ start: found.start, end: found.end, kind: "quote" }]),
    source: source(article, sentence),
    sources: [],
    chart: figures.length ? "figures" : actors.length ? "network" : "timeline",
    highlight: { events: [], figures: figures.map((f) => f.id), actors, when: sentenceWhen(ix, articleId, sentence) },
  };
}

function articleSources(story: Story): PresentSource[] {
  return story.articles.map((a) => source(a, 0));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function titleStep(story: Story, title: string, caption: string | null): Draft {
  const outlets = uniq(story.articles.map((a) => a.source));
  const facts = story.articles.length
    ? [`${plural(story.articles.length, "article")} from ${outlets.join(", ")}`]
    : ["No articles yet: add one to data/articles/ and rebuild"];
  return {
    kind: "title",
    ref: null,
    eyebrow: "Story Atlas · Present",
    heading: title,
    caption,
    facts,
    quote: null,
    source: null,
    sources: articleSources(story),
    chart: story.events.some((e) => whenRange(e.when)) || story.times.length ? "timeline" : story.figures.length ? "figures" : "network",
    highlight: NO_HIGHLIGHT,
  };
}

export function closingStep(story: Story): Draft {
  const counts: Array<[number, string]> = [
    [story.events.length, "event"],
    [story.figures.length, "figure"],
    [story.actors.length, "actor"],
    [story.relations.length, "tie between actors"],
  ];
  const facts = [counts.filter(([n]) => n > 0).map(([n, noun]) => plural(n, noun, noun === "tie between actors" ? "ties between actors" : `${noun}s`)).join(" · ") || "Nothing extracted yet"];
  return {
    kind: "closing",
    ref: null,
    eyebrow: "In sum",
    heading: "What the sources tell",
    caption: `Every step links back to the sentence it comes from. Open the source reader to check any of it.`,
    facts,
    quote: null,
    source: null,
    sources: articleSources(story),
    chart: story.actors.length ? "network" : story.figures.length ? "figures" : "timeline",
    highlight: NO_HIGHLIGHT,
  };
}

export function textStep(heading: string, caption: string | null, chart: ChartName): Draft {
  return { kind: "text", ref: null, eyebrow: "", heading, caption, facts: [], quote: null, source: null, sources: [], chart, highlight: NO_HIGHLIGHT };
}

export function numbered(drafts: Draft[]): PresentStep[] {
  return drafts.map((d, i) => ({ n: i + 1, ...d }));
}

export { magnitude, whenRange };
