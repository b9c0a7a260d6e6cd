// Finds the actors of one article: known ones from the gazetteer (data/lexicons), unknown ones from cues.
import type { Actor, Article } from "../types.ts";

/** An actor as found in one article; the pipeline merges them across articles by `id`. */
export type ActorFound = Omit<Actor, "mentions"> & { mentions: Array<{ start: number; end: number }> };

export interface Gazetteer {
  entries: unknown[];
}

export function loadGazetteer(dir: string): Gazetteer {
  void dir;
  return { entries: [] };
}

export function findActors(article: Article, gazetteer: Gazetteer): ActorFound[] {
  void article;
  void gazetteer;
  return [];
}
