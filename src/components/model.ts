// Read-only helpers over the Story JSON shared by the pages: look-ups, the date of an event as a
// time interval, the date as written, the quote, "reported by N sources", amounts as written.
import type { Actor, Article, Figure, Story, StoryEvent, TimeExpr } from "../../loaders/types.ts";
import { readerHref } from "./links.js";

export interface Index {
  story: Story;
  articles: Map<string, Article>;
  actors: Map<string, Actor>;
  times: Map<string, TimeExpr>;
  figures: Map<string, Figure>;
  /** Events that cite each figure. */
  eventsByFigure: Map<string, StoryEvent[]>;
  /** Events that use each time expression. */
  eventsByTime: Map<string, StoryEvent[]>;
}

const cache = new WeakMap<Story, Index>();

/** Look-up tables over a story (computed once per story object). */
export function indexStory(story: Story): Index {
  let index = cache.get(story);
  if (index) return index;
  const byId = <T extends { id: string }>(list: T[] | undefined) => new Map((list ?? []).map((x) => [x.id, x] as const));
  const eventsByFigure = new Map<string, StoryEvent[]>();
  const eventsByTime = new Map<string, StoryEvent[]>();
  for (const e of story.events ?? []) {
    for (const f of e.figures ?? []) eventsByFigure.set(f, [...(eventsByFigure.get(f) ?? []), e]);
    if (e.time) eventsByTime.set(e.time, [...(eventsByTime.get(e.time) ?? []), e]);
  }
  index = {
    story,
    articles: byId(story.articles),
    actors: byId(story.actors),
    times: byId(story.times),
    figures: byId(story.figures),
    eventsByFigure,
    eventsByTime,
  };
  cache.set(story, index);
  return index;
}

/** The text of one sentence of an article ("" when out of range). */
export function sentenceText(article: Article | undefined, index: number): string {
  const s = article?.sentences[index];
  return s ? article!.text.slice(s.start, s.end).trim() : "";
}

/** At most `max` characters, cut at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + "…";
}

const DAY = 86_400_000;

/** `YYYY-MM-DD` as a UTC time in milliseconds. */
export function isoTime(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
}

export function isoOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The end of an inclusive day: the next midnight. */
export function dayEnd(iso: string): number {
  return isoTime(iso) + DAY;
}

/** The date of an event as written in the article (the time expression's words), else its ISO interval. */
export function whenWritten(story: Story, e: StoryEvent): string {
  const t = e.time ? indexStory(story).times.get(e.time) : undefined;
  if (t) return t.text;
  if (!e.when) return "no date given";
  const { from, to } = e.when;
  return from === to ? (from ?? "?") : `${from ?? "…"} – ${to ?? "…"}`;
}

/** The sentence that tells the event. */
export function eventQuote(story: Story, e: StoryEvent): string {
  return sentenceText(indexStory(story).articles.get(e.article), e.sentence.index);
}

/** "reported by N sources" when several articles tell the event, else "". */
export function reportedBy(e: StoryEvent): string {
  const n = new Set(e.articles ?? [e.article]).size;
  return n > 1 ? `reported by ${n} sources` : "";
}

export function eventHref(e: StoryEvent): string {
  return readerHref(e.article, e.sentence.index);
}

export function figureHref(f: Figure): string {
  return readerHref(f.article, f.sentence);
}

export function actorName(story: Story, id: string): string {
  return indexStory(story).actors.get(id)?.name ?? id;
}

const CURRENCY_SIGNS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", CNY: "¥" };

/** A number in short form: 1.2 k, 10 M, 1.5 bn. */
export function short(n: number): string {
  const a = Math.abs(n);
  const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(x < 10 ? 1 : 0).replace(/\.0$/, ""));
  if (a >= 1e12) return `${fmt(n / 1e12)} tn`;
  if (a >= 1e9) return `${fmt(n / 1e9)} bn`;
  if (a >= 1e6) return `${fmt(n / 1e6)} M`;
  if (a >= 1e4) return `${fmt(n / 1e3)} k`;
  return Number.isInteger(n) ? n.toLocaleString("en-US") : String(+n.toPrecision(4));
}

/** An amount in its own unit, never converted: "$10 M", "10 k GPU", "12 %". */
export function amount(n: number, unit: string): string {
  if (unit === "percent") return `${short(n)} %`;
  const sign = CURRENCY_SIGNS[unit];
  if (sign) return `${sign}${short(n)}`;
  if (/^[A-Z]{3}$/.test(unit)) return `${short(n)} ${unit}`;
  return `${short(n)} ${unit}`;
}

/** The figure's value (or range) in short form: "$10 M – $100 M", "≥ 1.5 k employee". */
export function figureAmount(f: Figure): string {
  if (f.value !== null) return (f.approx ? "≈ " : "") + amount(f.value, f.unit);
  if (f.low !== null && f.high !== null) return `${amount(f.low, f.unit)} – ${amount(f.high, f.unit)}`;
  if (f.low !== null) return `≥ ${amount(f.low, f.unit)}`;
  if (f.high !== null) return `≤ ${amount(f.high, f.unit)}`;
  return f.text;
}

/** The size used to rank figures: the value, else the middle of a range (geometric), else its one bound. */
export function figureSize(f: Figure): number {
  if (f.value !== null) return f.value;
  if (f.low !== null && f.high !== null) return Math.sqrt(Math.max(0, f.low) * Math.max(0, f.high));
  return f.low ?? f.high ?? 0;
}

/** Who did what for a figure, from the events that cite it: "Elon Musk → OpenAI", or null. */
export function figureParties(story: Story, f: Figure): { who: string; whom: string; event: StoryEvent | null } {
  const e = indexStory(story).eventsByFigure.get(f.id)?.[0] ?? null;
  if (!e) return { who: "", whom: "", event: null };
  const names = e.actors.map((a) => actorName(story, a));
  return { who: names[0] ?? "", whom: names.slice(1).join(", "), event: e };
}

/** Events kept by the shared filters: actors (any of), articles (any of), modalities. */
export function filterEvents(
  events: StoryEvent[],
  { actors, articles, modalities }: { actors: Set<string> | null; articles: Set<string> | null; modalities: Set<string> | null },
): StoryEvent[] {
  return events.filter(
    (e) =>
      (!actors || e.actors.some((a) => actors.has(a))) &&
      (!articles || (e.articles ?? [e.article]).some((a) => articles.has(a))) &&
      (!modalities || modalities.has(e.modality)),
  );
}

/** The part of a story told by some articles (null: the whole story), for pages with an article filter. */
export function storyOfArticles(story: Story, ids: Iterable<string> | null): Story {
  if (ids === null) return story;
  const keep = new Set(ids);
  const told = (list: string[] | undefined, first: string) => (list?.length ? list : [first]).some((a) => keep.has(a));
  return {
    ...story,
    articles: story.articles.filter((a) => keep.has(a.id)),
    figures: (story.figures ?? []).filter((f) => keep.has(f.article)),
    times: (story.times ?? []).filter((t) => keep.has(t.article)),
    actors: (story.actors ?? []).map((a) => ({ ...a, mentions: a.mentions.filter((m) => keep.has(m.article)) })).filter((a) => a.mentions.length),
    events: (story.events ?? []).filter((e) => told(e.articles, e.article)),
    relations: (story.relations ?? []).filter((r) => !r.articles?.length || r.articles.some((a) => keep.has(a))),
  };
}
