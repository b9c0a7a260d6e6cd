// Finds the events of one article and merges events told several times (within and across articles).
import type { Actor, Article, Figure, StoryEvent, TimeExpr } from "../types.ts";

export type EventFound = Omit<StoryEvent, "id" | "articles">;

export function findEvents(article: Article, found: { figures: Figure[]; times: TimeExpr[]; actors: Actor[] }): EventFound[] {
  void article;
  void found;
  return [];
}

/** One event per real-world event: merges events that tell the same thing (in one or several articles). */
export function mergeEvents(events: StoryEvent[], actors: Actor[]): StoryEvent[] {
  void actors;
  return events;
}
