// npm run -s extract -- FILE...     one Story JSON for the given article files (merged)
// npm run -s extract -- --jsonl     JSON lines {"id","text","language"?,"published"?} on stdin, one Story per line
// --stats adds one line on stderr: articles, bytes, time and peak memory.
// A bad file is reported on stderr as "file:line: message"; the others are still extracted, and
// the exit code is 1 when any file could not be read.
import { createInterface } from "node:readline";
import { splitSentences } from "../sentences.ts";
import { detectLanguage } from "../language.ts";
import { validDate } from "../dates.ts";
import { buildStory, storyFromArticles } from "../story.ts";
import type { Article, Language, Problem } from "../types.ts";
import { formatProblem } from "../problems.ts";

function usage(): never {
  process.stderr.write("usage: npm run -s extract -- FILE...   or   npm run -s extract -- --jsonl < lines.jsonl\n");
  process.exit(2);
}

async function jsonl(): Promise<number> {
  let failed = 0;
  let n = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let input: { id?: unknown; text?: unknown; language?: unknown; published?: unknown };
    try {
      input = JSON.parse(line);
    } catch {
      process.stderr.write(`stdin:${n}: not a JSON object: write one {"id","text"} object per line\n`);
      failed++;
      continue;
    }
    const text = typeof input.text === "string" ? input.text.replace(/\r\n?/g, "\n") : "";
    const id = typeof input.id === "string" || typeof input.id === "number" ? String(input.id) : `line-${n}`;
    const language = (typeof input.language === "string" ? input.language : detectLanguage(text)) as Language | null;
    const published = typeof input.published === "string" ? input.published.slice(0, 10) : null;
    const problem = !text.trim()
      ? "empty text"
      : language !== "fr" && language !== "en"
        ? `unknown language '${String(input.language ?? "?")}': use fr or en`
        : published && !validDate(published)
          ? `impossible date '${published}': use YYYY-MM-DD`
          : null;
    if (problem) {
      process.stderr.write(`stdin:${n}: ${id}: ${problem}\n`);
      failed++;
      continue;
    }
    const article: Article = {
      id,
      title: text.split("\n")[0].slice(0, 120),
      language: language as Language,
      published: published ?? new Date().toISOString().slice(0, 10),
      published_note: published ? null : "no date given: the day of extraction",
      source: "stdin",
      author: null,
      url: null,
      sources: [],
      file: `stdin:${n}`,
      text,
      sentences: splitSentences(text),
    };
    statBytes += Buffer.byteLength(text);
    statArticles++;
    process.stdout.write(JSON.stringify(storyFromArticles([article], [], { corrections: null })) + "\n");
  }
  return failed ? 1 : 0;
}

/** `--stats`: one line on stderr with what was read, how long it took and the peak memory. */
function printStats(started: number, bytes: number, articles: number): void {
  const ms = performance.now() - started;
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(`stats: ${articles} articles, ${(bytes / 1024).toFixed(1)} KB in ${ms.toFixed(0)} ms, peak RSS ${rss.toFixed(0)} MB\n`);
}

let statBytes = 0;
let statArticles = 0;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes("--stats")) {
    const started = performance.now();
    process.on("exit", () => printStats(started, statBytes, statArticles));
    args.splice(args.indexOf("--stats"), 1);
  }
  if (args.includes("--help") || args.includes("-h")) usage();
  if (args.includes("--jsonl")) return jsonl();
  if (args.some((a) => a.startsWith("--"))) usage();
  if (!args.length) usage();
  const story = buildStory(args);
  statArticles = story.articles.length;
  statBytes = story.articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const errors: Problem[] = story.problems.filter((p) => p.severity === "error");
  for (const p of story.problems) process.stderr.write(formatProblem(p) + "\n");
  process.stdout.write(JSON.stringify(story, null, 1) + "\n");
  return errors.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`extract: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
