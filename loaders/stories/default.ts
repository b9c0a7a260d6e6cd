// The default telling, generated from the Story:
//   1. a title step;
//   2. the dated events, in time order (start, then end, then where they are told);
//   3. the undated moments — undated events and the figures no event carries — largest amounts
//      first (money, then counts, measures, percents; currencies compared as written, never
//      converted), then those whose actors are the most central (most relations, then mentions);
//   4. the roles of the most central actors (up to three);
//   5. a closing step.
// An empty Story gives the title step alone.
import type { Figure, Story, StoryEvent } from "../types.ts";
import { actorStep, closingStep, eventStep, figureStep, Index, magnitude, numbered, sameAmount, titleStep, whenRange, type Draft } from "./steps.ts";
import type { Telling } from "./types.ts";

export const DEFAULT_NAME = "default";
/** How many actor steps the default telling ends with. */
export const ACTOR_STEPS = 3;

const KIND_ORDER: Record<string, number> = { money: 0, count: 1, measure: 2, percent: 3 };

/** Where an item is told: article order, then offset (a stable last tie-break). */
function position(story: Story, article: string, start: number): [number, number] {
  return [story.articles.findIndex((a) => a.id === article), start];
}

function comparePositions(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** The title of a generated telling: the article's own title, or how many articles tell it. */
export function storyTitle(story: Story): string {
  if (story.articles.length === 1) return story.articles[0].title;
  if (story.articles.length === 0) return "An empty story";
  return `The story in ${story.articles.length} articles`;
}

interface Moment {
  draft: () => Draft;
  /** The largest figure, ranked by kind then size; null when it has none. */
  figure: { kind: number; size: number } | null;
  /** Centrality of the most central actor: [relations, mentions]. */
  actor: [number, number];
  at: [number, number];
}

function largest(figures: Figure[]): Moment["figure"] {
  let best: Moment["figure"] = null;
  for (const f of figures) {
    const c = { kind: KIND_ORDER[f.kind] ?? 9, size: magnitude(f) };
    if (!best || c.kind < best.kind || (c.kind === best.kind && c.size > best.size)) best = c;
  }
  return best;
}

function centrality(ix: Index, actors: string[]): [number, number] {
  const top = [...actors].sort(ix.compareActors)[0];
  return top ? [ix.relationsOf(top), ix.mentionsOf(top)] : [0, 0];
}

function compareMoments(a: Moment, b: Moment): number {
  if (a.figure && !b.figure) return -1;
  if (!a.figure && b.figure) return 1;
  if (a.figure && b.figure) {
    const d = a.figure.kind - b.figure.kind || b.figure.size - a.figure.size;
    if (d) return d;
  }
  return b.actor[0] - a.actor[0] || b.actor[1] - a.actor[1] || comparePositions(a.at, b.at);
}

function dated(e: StoryEvent): { from: string; to: string } | null {
  return whenRange(e.when);
}

export function defaultTelling(story: Story): Telling {
  const ix = new Index(story);
  const title = titleStep(story, storyTitle(story), null);
  const datedEvents = story.events
    .filter((e) => dated(e))
    .sort((a, b) => {
      const da = dated(a)!;
      const db = dated(b)!;
      return da.from < db.from ? -1 : da.from > db.from ? 1 : da.to < db.to ? -1 : da.to > db.to ? 1 : comparePositions(position(story, a.article, a.trigger.start), position(story, b.article, b.trigger.start));
    });
  const undatedEvents = story.events.filter((e) => !dated(e));
  // Figures an event already shows are told with it; the others are moments of their own, once per amount.
  const carried = new Set(story.events.flatMap((e) => e.figures));
  const shown = new Set<string>();
  const loose: Figure[] = [];
  for (const f of story.figures) {
    if (shown.has(f.id)) continue;
    const same = sameAmount(ix, f);
    for (const g of same) shown.add(g.id);
    if (same.some((g) => carried.has(g.id))) continue;
    loose.push(f);
  }
  const moments: Moment[] = [
    ...undatedEvents.map((e) => ({
      draft: () => eventStep(ix, e),
      figure: largest(e.figures.map((id) => ix.figures.get(id)).filter((f): f is Figure => !!f)),
      actor: centrality(ix, e.actors),
      at: position(story, e.article, e.trigger.start),
    })),
    ...loose.map((f) => {
      const events = ix.eventsWithFigure(f.id);
      return { draft: () => figureStep(ix, f), figure: largest([f]), actor: centrality(ix, events.flatMap((e) => e.actors)), at: position(story, f.article, f.start) };
    }),
  ].sort(compareMoments);
  const actors = story.actors
    .map((a) => a.id)
    .filter((id) => ix.relationsOf(id) > 0 || ix.mentionsOf(id) > 1)
    .sort(ix.compareActors)
    .slice(0, ACTOR_STEPS);
  const body: Draft[] = [...datedEvents.map((e) => eventStep(ix, e)), ...moments.map((m) => m.draft()), ...actors.map((id) => actorStep(ix, ix.actors.get(id)!))];
  const drafts = body.length ? [title, ...body, closingStep(story)] : [title];
  return { name: DEFAULT_NAME, title: title.heading, file: null, steps: numbered(drafts), problems: [] };
}
