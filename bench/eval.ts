// npm run bench:eval — scores the extraction with ../shared/eval/score.mjs on the seed article
// (against ../shared/gold/seed.json), on the team's evaluation texts (test/fixtures/eval/*.md, each
// with its *.gold.json) and on the held-out ones (test/fixtures/eval-holdout), reported apart. Prints F1 per kind and overall; nothing passes or fails here.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildStory } from "../loaders/story.ts";

const SHARED = resolve(process.env.SHARED_DIR ?? "../shared");
const SCORER = join(SHARED, "eval/score.mjs");
const EVAL = resolve("test/fixtures/eval");
const HOLDOUT = resolve("test/fixtures/eval-holdout");
const KINDS = ["figures", "times", "actors", "events", "relations"] as const;

type Case = { name: string; article: string; gold: string; set: "seed" | "eval" | "holdout" };
const texts = (dir: string, set: Case["set"]): Case[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((f) => ({ name: f.replace(/\.md$/, ""), article: join(dir, f), gold: join(dir, f.replace(/\.md$/, ".gold.json")), set }));
const cases: Case[] = [
  { name: "seed (fr)", article: "data/articles/2023-04-musk-10000-gpu.md", gold: join(SHARED, "gold/seed.json"), set: "seed" },
  ...texts(EVAL, "eval"),
  ...texts(HOLDOUT, "holdout"),
];

if (!existsSync(SCORER)) {
  console.error(`bench:eval: the scorer ${SCORER} is missing: set SHARED_DIR to the shared folder`);
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), "atlas-eval-"));
const verbose = process.argv.includes("--verbose");
const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);
console.log(`${"article".padEnd(36)} ${KINDS.map((k) => k.padStart(9)).join(" ")}   overall`);
const overall: Record<Case["set"], number[]> = { seed: [], eval: [], holdout: [] };
for (const c of cases) {
  const story = buildStory([c.article], { corrections: null });
  const pred = join(tmp, "story.json");
  writeFileSync(pred, JSON.stringify(story));
  const r = spawnSync("node", [SCORER, "--gold", c.gold, "--pred", pred, "--json"], { encoding: "utf8" });
  if (r.status !== 0) {
    console.log(`${c.name.padEnd(36)} scorer failed: ${r.stderr.trim()}`);
    continue;
  }
  const s = JSON.parse(r.stdout) as Record<string, { f1: number }> & { overall: number };
  overall[c.set].push(s.overall);
  console.log(`${c.name.padEnd(36)} ${KINDS.map((k) => pct(s[k].f1).padStart(9)).join(" ")}   ${pct(s.overall)}`);
  if (verbose) console.log(spawnSync("node", [SCORER, "--gold", c.gold, "--pred", pred, "--verbose"], { encoding: "utf8" }).stdout);
}
const mean = (xs: number[]) => pct(xs.reduce((a, b) => a + b, 0) / xs.length);
console.log("");
if (overall.eval.length) console.log(`mean overall F1, evaluation texts (test/fixtures/eval, rules may be tuned on them): ${mean(overall.eval)}`);
if (overall.holdout.length) console.log(`mean overall F1, held-out texts (test/fixtures/eval-holdout, never tuned on):      ${mean(overall.holdout)}`);
