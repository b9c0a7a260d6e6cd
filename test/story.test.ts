import { describe, expect, test } from "vitest";
import { readArticle } from "../loaders/articles.ts";
import { buildStory, storyFromArticles } from "../loaders/story.ts";
import type { Article } from "../loaders/types.ts";

const seed = readArticle("data/articles/2023-04-musk-10000-gpu.md").article as Article;

describe("buildStory", () => {
  test("reads every article in data/articles in name order", () => {
    const story = buildStory();
    expect(story.articles.length).toBeGreaterThanOrEqual(2);
    const ids = story.articles.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
  });

  test("merges one actor across a French and an English article", () => {
    const story = buildStory();
    const musk = story.actors.filter((a) => a.name === "Elon Musk");
    expect(musk).toHaveLength(1);
    expect(new Set(musk[0].mentions.map((m) => m.article)).size).toBeGreaterThanOrEqual(2);
  });

  test("an article whose extraction throws becomes a problem, and the others are still extracted", () => {
    const broken = { ...seed, id: "broken", file: "data/articles/broken.md", sentences: null } as unknown as Article;
    const story = storyFromArticles([broken, seed], [], { corrections: null });
    expect(story.articles.map((a) => a.id)).toEqual([seed.id]);
    expect(story.problems).toEqual([expect.objectContaining({ file: "data/articles/broken.md", severity: "error", message: expect.stringContaining("the extraction failed") })]);
    expect(story.figures.length).toBeGreaterThan(0);
  });

  test("gives every item an id that names its article", () => {
    const story = storyFromArticles([seed], [], { corrections: null });
    for (const item of [...story.figures, ...story.times, ...story.events]) expect(item.id.startsWith(`${seed.id}/`)).toBe(true);
  });
});
