// npm run bench:extract — how fast the extraction reads news, side by side with Microsoft's
// Recognizers-Text (number, currency and date-time recognizers) on the same texts, in one run.
//
// Prints:
//   - warm throughput on one core (KB/s, articles/s, ms per article) for the seed article and for
//     every French TimeBank text, ours and the peer's, and the ratio; KB/s both by wall clock and by
//     the process's CPU time (on a machine shared with other jobs, wall-clock passes wait for a core);
//   - the CLI's cold start (median of 5 runs of `extract` on the seed, whole process);
//   - peak RSS of `extract --jsonl` at 1x and 10x the TimeBank input (memory should stay flat).
// Figures only: nothing here passes or fails.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { readArticle } from "../loaders/articles.ts";
import { splitSentences } from "../loaders/sentences.ts";
import { storyFromArticles } from "../loaders/story.ts";
import type { Article, Language } from "../loaders/types.ts";

const SHARED = resolve(process.env.SHARED_DIR ?? "../shared");
const SEED = "data/articles/2023-04-musk-10000-gpu.md";
const require = createRequire(import.meta.url);

interface Doc {
  id: string;
  text: string;
  language: Language;
  published: string;
}

function asArticle(d: Doc): Article {
  return {
    id: d.id,
    title: d.id,
    language: d.language,
    published: d.published,
    published_note: null,
    source: "bench",
    author: null,
    url: null,
    sources: [],
    file: d.id,
    text: d.text,
    sentences: splitSentences(d.text),
  };
}

function timebank(): Doc[] {
  const docs = JSON.parse(readFileSync(resolve(SHARED, "peer-suites/fr-timebank/fr-timebank.json"), "utf8")) as Array<{ id: string; dct: string; text: string }>;
  return docs.map((d) => ({ id: d.id, text: d.text, language: "fr", published: d.dct.slice(0, 10) }));
}

function seed(): Doc {
  const read = readArticle(resolve(SEED));
  if (!read.article) throw new Error(`cannot read ${SEED}`);
  const a = read.article;
  return { id: a.id, text: a.text, language: a.language, published: a.published };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Runs fn over the docs repeatedly for at least `ms` milliseconds (after one warm-up pass); returns ms per
 * pass, median of passes, as wall-clock time and as CPU time of this process (user + system, which on a
 * machine shared with other jobs is the steadier of the two; it also counts V8's helper threads). */
function time(docs: Doc[], fn: (d: Doc) => unknown, { ms = 2000, minPasses = 3 } = {}): { wall: number; cpu: number } {
  for (const d of docs) fn(d);
  const wall: number[] = [];
  const cpu: number[] = [];
  const until = performance.now() + ms;
  while (wall.length < minPasses || performance.now() < until) {
    const t = performance.now();
    const c = process.cpuUsage();
    for (const d of docs) fn(d);
    const u = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((u.user + u.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

type Recognizers = {
  Culture: { French: string; English: string };
  recognizeNumber(t: string, c: string): unknown[];
  recognizeCurrency(t: string, c: string): unknown[];
  recognizeDateTime(t: string, c: string, o?: unknown, f?: boolean, ref?: Date): unknown[];
};

function peer(): (d: Doc) => unknown {
  const R = require("@microsoft/recognizers-text-suite") as Recognizers;
  return (d) => {
    const culture = d.language === "fr" ? R.Culture.French : R.Culture.English;
    return [R.recognizeNumber(d.text, culture), R.recognizeCurrency(d.text, culture), R.recognizeDateTime(d.text, culture, undefined, false, new Date(`${d.published.slice(0, 7)}-01T00:00:00Z`))];
  };
}

const ours = (d: Doc) => storyFromArticles([asArticle(d)], [], { corrections: null });

function row(name: string, docs: Doc[], t: { wall: number; cpu: number }) {
  const kb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1024;
  return { name, kb, perArticle: t.wall / docs.length, kbs: kb / (t.wall / 1000), aps: docs.length / (t.wall / 1000), cpuKbs: kb / (t.cpu / 1000) };
}

function main() {
  const sets: Array<[string, Doc[]]> = [
    ["seed article", [seed()]],
    ["French TimeBank (all texts)", timebank()],
  ];
  // Ours first, on every set, before the peer is even loaded: the peer's library holds tens of MB of
  // compiled patterns, and in a heap that size every garbage collection of ours would cost more.
  const oursRows = sets.map(([name, docs]) => row(name, docs, time(docs, ours)));
  const peerFn = peer();
  console.log("Warm throughput, one process, one core (median pass; KB/s by wall clock, and by CPU time of the process)\n");
  console.log("set                          | engine            |    KB | ms/article |     KB/s | articles/s | KB/s (CPU)");
  console.log("-----------------------------|-------------------|-------|------------|----------|------------|-----------");
  const ratios: string[] = [];
  for (const [k, [name, docs]] of sets.entries()) {
    const a = oursRows[k];
    // The peer takes about a second per article: one timed pass is enough (after its warm-up).
    const p = row(name, docs, time(docs, peerFn, { ms: 0, minPasses: 1 }));
    for (const [engine, r] of [["Story Atlas", a], ["Recognizers-Text", p]] as const)
      console.log(`${name.padEnd(28)} | ${engine.padEnd(17)} | ${r.kb.toFixed(1).padStart(5)} | ${r.perArticle.toFixed(2).padStart(10)} | ${r.kbs.toFixed(0).padStart(8)} | ${r.aps.toFixed(1).padStart(10)} | ${r.cpuKbs.toFixed(0).padStart(9)}`);
    ratios.push(`${name}: ${(a.kbs / p.kbs).toFixed(0)}x the peer's throughput (wall clock), ${(a.cpuKbs / p.cpuKbs).toFixed(0)}x by CPU time`);
  }
  console.log("\n" + ratios.join("\n"));

  // Cold start: the whole CLI process on the seed.
  const cold: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const r = spawnSync("node", ["--import", "tsx", "loaders/cli/extract.ts", SEED], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`extract failed: ${r.stderr}`);
    if (i > 0) cold.push(performance.now() - t);
  }
  console.log(`\nCLI cold start on the seed (whole process, median of ${cold.length}): ${median(cold).toFixed(0)} ms`);

  // Memory: extract --jsonl at 1x and 10x the TimeBank input.
  const docs = timebank();
  for (const times of [1, 10]) {
    const lines: string[] = [];
    for (let k = 0; k < times; k++) for (const d of docs) lines.push(JSON.stringify({ id: `${d.id}-${k}`, text: d.text, language: d.language, published: d.published }));
    const input = lines.join("\n") + "\n";
    const r = spawnSync("node", ["--import", "tsx", "loaders/cli/extract.ts", "--jsonl", "--stats"], { input, encoding: "utf8", maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`extract --jsonl failed: ${r.stderr}`);
    const stats = /stats: .*/.exec(r.stderr)?.[0] ?? "no stats line";
    console.log(`extract --jsonl at ${String(times).padStart(2)}x TimeBank (${(Buffer.byteLength(input) / 1024).toFixed(0)} KB in): ${stats}`);
  }
}

main();
