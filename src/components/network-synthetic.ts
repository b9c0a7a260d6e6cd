// A synthetic story for benchmarks and tests: `n` actors, about 2n relations, `events` events
// spread over the relations, mentions spread over 50 sentences; deterministic.
// Not imported by the page, so it never ships to readers.
import * as d3 from "d3";
import type { Relation, RelationType, Story, StoryEvent } from "../../loaders/types.ts";
import { ACTOR_TYPES } from "./network-layout.js";

export function syntheticStory(n: number, seed = 7, events = 0): Story {
  const random = d3.randomLcg(seed);
  const types: RelationType[] = ["founded", "invested_in", "acquired", "leads", "hired", "competes_with", "reported", "partnered_with"];
  const text = Array.from({ length: 50 }, (_, i) => `Sentence ${i} tells something.`).join(" ");
  const sentences = Array.from({ length: 50 }, (_, i) => {
    const start = text.indexOf(`Sentence ${i} `);
    return { index: i, start, end: start + `Sentence ${i} tells something.`.length, heading: false };
  });
  const article = {
    id: "synthetic",
    title: "Synthetic story",
    language: "en" as const,
    published: "2024",
    published_note: null,
    source: "bench",
    author: null,
    url: null,
    sources: [],
    file: "data/articles/synthetic.md",
    text,
    sentences,
  };
  const actors = Array.from({ length: n }, (_, i) => {
    const count = 1 + Math.floor(random() * random() * 20);
    const at = (m: number) => sentences[(i + m * 3) % sentences.length]!.start;
    return {
      id: `actor-${String(i).padStart(3, "0")}`,
      name: `Actor ${i}`,
      type: ACTOR_TYPES[i % ACTOR_TYPES.length]!,
      aliases: [],
      mentions: Array.from({ length: count }, (_, m) => ({ article: "synthetic", start: at(m), end: at(m) + 8, text: text.slice(at(m), at(m) + 8) })),
      origin: "text" as const,
      description: null,
    };
  });
  const relations: Relation[] = [];
  for (let i = 1; i < n; i++) {
    const targets = [Math.floor(random() * i), Math.floor(random() * n)];
    for (const j of targets) {
      if (j === i) continue;
      relations.push({ id: `r${relations.length + 1}`, source: actors[i]!.id, target: actors[j]!.id, type: types[relations.length % types.length]!, events: [], articles: ["synthetic"] });
    }
  }
  const storyEvents: StoryEvent[] = [];
  for (let k = 0; k < events && relations.length; k++) {
    const r = relations[k % relations.length]!;
    const s = sentences[k % sentences.length]!;
    const id = `synthetic/e${k + 1}`;
    r.events.push(id);
    storyEvents.push({
      id,
      article: "synthetic",
      articles: ["synthetic"],
      label: `${r.source} ${r.type} ${r.target}`,
      type: r.type,
      trigger: { start: s.start, end: s.start + 8, text: text.slice(s.start, s.start + 8) },
      sentence: { start: s.start, end: s.end, index: s.index },
      mentions: [{ article: "synthetic", start: s.start, end: s.start + 8, text: text.slice(s.start, s.start + 8), sentence: s.index }],
      when: null,
      time: null,
      actors: [r.source, r.target],
      figures: [],
      modality: "asserted",
      source: null,
    });
  }
  return { articles: [article], figures: [], times: [], actors, events: storyEvents, relations, problems: [] };
}
