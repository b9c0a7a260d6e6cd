// The pipeline: articles in, one Story out.
//   1. read each article (a bad file becomes a Problem; the others go on);
//   2. per article, run its language pack (figures, times), then actors and events;
//   3. give every item a stable id, merge actors and events across articles, derive relations;
//   4. apply the editors' correction files.
// The same articles always give the same bytes: files are read in name order, ids come from
// positions and names, and nothing depends on the clock or on randomness.
import { resolve } from "node:path";
import { listArticleFiles, readArticle } from "./articles.ts";
import { interval } from "./dates.ts";
import { packs } from "./lang/index.ts";
import type { Reference } from "./lang/pack.ts";
import { sentenceAt } from "./sentences.ts";
import { findActors, loadGazetteer, type ActorFound, type Gazetteer } from "./actors/index.ts";
import { findEvents, mergeEvents } from "./events/index.ts";
import { deriveRelations } from "./relations/index.ts";
import { applyCorrections } from "./corrections/index.ts";
import type { Actor, Article, Figure, Problem, Story, StoryEvent, TimeExpr } from "./types.ts";

export interface StoryOptions {
  /** Project root: `data/` is read from there. */
  root?: string;
  /** Folder of the curated lexicons (the gazetteer). */
  lexicons?: string;
  /** Folder of correction files; null to apply none. */
  corrections?: string | null;
}

export function reference(published: string): Reference {
  const { from, to, precision } = interval(published);
  return { published, from, to, precision };
}

/** What one article yields on its own, before merging. */
export interface ArticleExtraction {
  article: Article;
  figures: Figure[];
  times: TimeExpr[];
  actors: Actor[];
  events: StoryEvent[];
}

/** Extracts one article (ids prefixed with the article id, so they stay stable as articles are added). */
export function extractArticle(article: Article, gazetteer: Gazetteer): ArticleExtraction {
  const pack = packs[article.language];
  const sentenceOf = (offset: number) => sentenceAt(article.sentences, offset);
  const slice = (start: number, end: number) => article.text.slice(start, end);
  const figures: Figure[] = pack
    .figures(article.text)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((f, i) => ({
      id: `${article.id}/f${i + 1}`,
      article: article.id,
      start: f.start,
      end: f.end,
      text: slice(f.start, f.end),
      value: f.value,
      low: f.low,
      high: f.high,
      unit: f.unit,
      approx: f.approx,
      kind: f.kind,
      bound: f.bound,
      sentence: sentenceOf(f.start),
      unit_provenance: f.unit_provenance,
    }));
  const times: TimeExpr[] = pack
    .times(article.text, reference(article.published))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((t, i) => ({
      id: `${article.id}/t${i + 1}`,
      article: article.id,
      start: t.start,
      end: t.end,
      text: slice(t.start, t.end),
      from: t.from,
      to: t.to,
      precision: t.precision,
      anchor: t.anchor,
      inferred: t.inferred,
      sentence: sentenceOf(t.start),
    }));
  const actors: Actor[] = findActors(article, gazetteer).map((a: ActorFound) => ({
    ...a,
    mentions: a.mentions
      .slice()
      .sort((x, y) => x.start - y.start)
      .map((m) => ({ article: article.id, start: m.start, end: m.end, text: slice(m.start, m.end) })),
  }));
  const events: StoryEvent[] = findEvents(article, { figures, times, actors }).map((e, i) => ({
    ...e,
    id: `${article.id}/e${i + 1}`,
    articles: [article.id],
  }));
  return { article, figures, times, actors, events };
}

/** Merges one actor per id across articles: mentions and aliases pooled, in article order. */
export function mergeActors(lists: Actor[][]): Actor[] {
  const byId = new Map<string, Actor>();
  for (const list of lists)
    for (const a of list) {
      const seen = byId.get(a.id);
      if (!seen) {
        byId.set(a.id, { ...a, aliases: [...a.aliases], mentions: [...a.mentions] });
        continue;
      }
      seen.mentions.push(...a.mentions);
      for (const alias of a.aliases) if (!seen.aliases.includes(alias)) seen.aliases.push(alias);
      if (seen.origin === "text" && a.origin === "gazetteer") Object.assign(seen, { origin: a.origin, type: a.type, description: a.description });
    }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Builds the Story from article files (or, when none are given, every article in `data/articles`). */
export function buildStory(files?: string[], options: StoryOptions = {}): Story {
  const root = resolve(options.root ?? process.cwd());
  const paths = files ?? listArticleFiles(resolve(root, "data/articles"));
  const problems: Problem[] = [];
  const articles: Article[] = [];
  for (const path of paths) {
    const read = readArticle(resolve(path), { root });
    problems.push(...read.problems);
    if (read.article) articles.push(read.article);
  }
  const seenIds = new Set<string>();
  for (const a of articles) {
    if (seenIds.has(a.id)) problems.push({ file: a.file, line: null, message: `two articles share the id '${a.id}': rename one of the files`, severity: "error" });
    seenIds.add(a.id);
  }
  return storyFromArticles(articles.filter((a, i) => articles.findIndex((b) => b.id === a.id) === i), problems, { ...options, root });
}

export function storyFromArticles(articles: Article[], problems: Problem[] = [], options: StoryOptions = {}): Story {
  articles = [...articles];
  const root = resolve(options.root ?? process.cwd());
  const gazetteer = loadGazetteer(resolve(root, options.lexicons ?? "data/lexicons"));
  // One article whose extraction fails (a bug met on unusual text) becomes a Problem; the others go on.
  const parts: ArticleExtraction[] = [];
  for (const a of articles) {
    try {
      parts.push(extractArticle(a, gazetteer));
    } catch (e) {
      problems = [...problems, { file: a.file, line: null, message: `the extraction failed on this article (${e instanceof Error ? e.message : String(e)}): please report it; a correction file cannot help until it is fixed`, severity: "error" }];
    }
  }
  articles = parts.map((p) => p.article);
  const actors = mergeActors(parts.map((p) => p.actors));
  const events = mergeEvents(parts.flatMap((p) => p.events), actors);
  const relations = deriveRelations(events, actors, articles);
  let story: Story = {
    articles,
    figures: parts.flatMap((p) => p.figures),
    times: parts.flatMap((p) => p.times),
    actors,
    events,
    relations,
    problems,
  };
  if (options.corrections !== null) {
    const corrected = applyCorrections(story, resolve(root, options.corrections ?? "data/corrections"));
    story = { ...corrected.story, problems: [...story.problems, ...corrected.problems] };
  }
  return story;
}
