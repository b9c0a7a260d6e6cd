// Finds the actors of one article: known ones from the curated gazetteer (data/lexicons/actors.yaml),
// unknown ones from cues (data/lexicons/<lang>/actor-cues.yaml, first-names.txt). See find.ts for
// the passes and gazetteer.ts for the file format checks.
import { resolve } from "node:path";
import type { Actor, Article } from "../types.ts";
import { compileGazetteer, type Gazetteer as CompiledGazetteer } from "./gazetteer.ts";
import { findActorsIn } from "./find.ts";

/** An actor as found in one article; the pipeline merges them across articles by `id`. */
export type ActorFound = Omit<Actor, "mentions"> & { mentions: Array<{ start: number; end: number }> };

export type Gazetteer = CompiledGazetteer;
export type { GazetteerEntry } from "./gazetteer.ts";
export { slug } from "./gazetteer.ts";
export { LexiconError } from "./yaml.ts";

const cache = new Map<string, Gazetteer>();

/**
 * Reads and compiles the gazetteer and cue lexicons of a lexicon folder, once per process.
 * Throws an Error naming the file, the line and the fix when an editor's file is broken.
 */
export function loadGazetteer(dir: string): Gazetteer {
  const key = resolve(dir);
  let g = cache.get(key);
  if (!g) {
    g = compileGazetteer(key);
    cache.set(key, g);
  }
  return g;
}

/** Forgets compiled gazetteers (for tests and the site's watch mode after an edit). */
export function clearGazetteerCache(): void {
  cache.clear();
}

export function findActors(article: Article, gazetteer: Gazetteer): ActorFound[] {
  return findActorsIn(article, gazetteer);
}
