// Figures told more than once: the articles often repeat an amount ("10 000 GPU" in the lead, the
// body and the conclusion; again in a second article). The charts draw such repeats ONCE, as a
// group that lists every place it is told; figures of the same event and unit that give ANOTHER
// amount are never merged or averaged: they form their own group, and groups of one event and unit
// share a `conflict` key so the charts put them side by side.
//
// Same quantity = same kind, unit, value, bounds (and, where `hedges` says so, the same
// approximation: "$100M" and "roughly $100 million" stay apart on the money chart, where an
// approximate amount is drawn as another symbol). Figures are tied by the event that cites them
// (`event.figures`); a figure no event cites is only grouped with the same amount in its own article.
import type { Figure, Story, StoryEvent } from "../../loaders/types.ts";
import { figureHref, indexStory } from "./model.js";

export interface FigurePlace {
  figure: string;
  text: string;
  article: string;
  sentence: number;
  href: string;
  approx: boolean;
}

export interface FigureGroup {
  /** The first figure's id (stable: story order). */
  id: string;
  kind: Figure["kind"];
  unit: string;
  value: number | null;
  low: number | null;
  high: number | null;
  bound: Figure["bound"];
  /** True when every place hedges the amount ("roughly", "près de"). */
  approx: boolean;
  /** The figures of the group, in story order; the first one speaks for it. */
  figures: Figure[];
  places: FigurePlace[];
  /** The articles that tell it, in story order. */
  articles: string[];
  /** The event that cites it, if any. */
  event: StoryEvent | null;
  /** Groups of the same event and unit with another amount share this key; "" when none disagrees. */
  conflict: string;
}

export interface GroupOptions {
  /** Keep hedged and plain amounts apart (default false: "roughly 10,000 GPUs" joins "10 000 GPU"). */
  hedges?: boolean;
}

const amountKey = (f: Figure, hedges: boolean) => [f.kind, f.unit, f.value, f.low, f.high, f.bound, hedges ? f.approx : ""].join("|");

/** The groups of `figures` (one per quantity told), in the order of their first figure. */
export function groupFigures(story: Story, figures: Figure[], options: GroupOptions = {}): FigureGroup[] {
  const hedges = options.hedges ?? false;
  const index = indexStory(story);
  const groups = new Map<string, FigureGroup>();
  for (const f of figures) {
    const event = index.eventsByFigure.get(f.id)?.[0] ?? null;
    const owner = event ? `e:${event.id}` : `a:${f.article}`;
    const key = `${owner}|${amountKey(f, hedges)}`;
    let g = groups.get(key);
    if (!g) {
      g = { id: f.id, kind: f.kind, unit: f.unit, value: f.value, low: f.low, high: f.high, bound: f.bound, approx: true, figures: [], places: [], articles: [], event, conflict: event ? `${event.id}|${f.kind}|${f.unit}` : "" };
      groups.set(key, g);
    }
    g.figures.push(f);
    g.approx &&= f.approx;
    g.places.push({ figure: f.id, text: f.text, article: f.article, sentence: f.sentence, href: figureHref(f), approx: f.approx });
    if (!g.articles.includes(f.article)) g.articles.push(f.article);
  }
  const list = [...groups.values()];
  // A conflict key stays only where two groups of the same event and unit give different amounts.
  const sizes = new Map<string, number>();
  for (const g of list) if (g.conflict) sizes.set(g.conflict, (sizes.get(g.conflict) ?? 0) + 1);
  for (const g of list) if ((sizes.get(g.conflict) ?? 0) < 2) g.conflict = "";
  return list;
}

/** "told 5 times (in 2 articles)", "told twice (in 1 article)", "" when told once. */
export function toldTimes(g: Pick<FigureGroup, "places" | "articles">): string {
  const n = g.places.length;
  if (n < 2) return "";
  const times = n === 2 ? "twice" : `${n} times`;
  return `told ${times} (in ${g.articles.length} article${g.articles.length === 1 ? "" : "s"})`;
}

/** One line per place for a tip: `“10 000 GPU” — <article>, sentence 7`, at most `max` lines. */
export function placeLines(story: Story, g: FigureGroup, max = 6): string[] {
  const index = indexStory(story);
  const title = (id: string) => {
    const t = index.articles.get(id)?.title ?? id;
    return t.length > 32 ? `${t.slice(0, 31)}…` : t;
  };
  const lines = g.places.slice(0, max).map((p) => `“${p.text}” — ${title(p.article)}, sentence ${p.sentence}`);
  if (g.places.length > max) lines.push(`… and ${g.places.length - max} more (data table)`);
  return lines;
}
