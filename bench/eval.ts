// npm run bench:eval — scores the extraction with ../shared/eval/score.mjs on the seed article
// (against ../shared/gold/seed.json) and on the team's evaluation texts (test/fixtures/eval/*.md,
// each with its *.gold.json). Prints F1 per kind and overall; nothing passes or fails here.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildStory } from "../loaders/story.ts";

const SHARED = resolve(process.env.SHARED_DIR ?? "../shared");
const SCORER = join(SHARED, "eval/score.mjs");
const EVAL = resolve("test/fixtures/eval");
const KINDS = ["figures", "times", "actors", "events", "relations"] as const;

const cases: Array<{ name: string; article: string; gold: string }> = [
  { name: "seed (fr)", article: "data/articles/2023-04-musk-10000-gpu.md", gold: join(SHARED, "gold/seed.json") },
  ...readdirSync(EVAL)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((f) => ({ name: f.replace(/\.md$/, ""), article: join(EVAL, f), gold: join(EVAL, f.replace(/\.md$/, ".gold.json")) })),
];

if (!existsSync(SCORER)) {
  console.error(`bench:eval: the scorer ${SCORER} is missing: set SHARED_DIR to the shared folder`);
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), "atlas-eval-"));
const verbose = process.argv.includes("--verbose");
const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);
console.log(`${"article".padEnd(36)} ${KINDS.map((k) => k.padStart(9)).join(" ")}   overall`);
const overall: number[] = [];
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
  overall.push(s.overall);
  console.log(`${c.name.padEnd(36)} ${KINDS.map((k) => pct(s[k].f1).padStart(9)).join(" ")}   ${pct(s.overall)}`);
  if (verbose) console.log(spawnSync("node", [SCORER, "--gold", c.gold, "--pred", pred, "--verbose"], { encoding: "utf8" }).stdout);
}
const unseen = overall.slice(1);
if (unseen.length) console.log(`\nmean overall F1 on the evaluation texts (not the seed): ${pct(unseen.reduce((a, b) => a + b, 0) / unseen.length)}`);
