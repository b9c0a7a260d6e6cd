// Builds articles from strings for the actor tests, and lists what findActors returns in a
// readable shape: {id: [mention texts]}.
import { fileURLToPath } from "node:url";
import { findActors, loadGazetteer } from "../../loaders/actors/index.ts";
import { splitSentences } from "../../loaders/sentences.ts";
import type { Article, Language } from "../../loaders/types.ts";

export const LEXICONS = fileURLToPath(new URL("../../data/lexicons", import.meta.url));

export function article(text: string, language: Language, { title = "", source = "Test Wire" } = {}): Article {
  return {
    id: "test",
    title,
    language,
    published: "2024-03-12",
    published_note: null,
    source,
    author: null,
    url: null,
    sources: [],
    file: "test.md",
    text,
    sentences: splitSentences(text),
  };
}

export function actorsOf(text: string, language: Language, options: { title?: string; source?: string } = {}) {
  const a = article(text, language, options);
  return findActors(a, loadGazetteer(LEXICONS)).map((x) => ({ ...x, texts: x.mentions.map((m) => text.slice(m.start, m.end)) }));
}

/** `{id: [mention texts]}` of an article. */
export function mentionsOf(text: string, language: Language, options: { title?: string; source?: string } = {}): Record<string, string[]> {
  return Object.fromEntries(actorsOf(text, language, options).map((x) => [x.id, x.texts]));
}
