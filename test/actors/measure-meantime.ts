// Measures the actor finder on the English MEANTIME news corpus (../shared/peer-suites/meantime),
// which annotates named entities (PER, ORG, PRO, LOC, FIN): how many actors found in the text
// (origin "text", i.e. not from the gazetteer) touch an annotated entity, how many have its
// type, and the throughput. Prints figures; not a test.
//   npx tsx test/actors/measure-meantime.ts [--verbose]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findActors, loadGazetteer } from "../../loaders/actors/index.ts";
import { article, LEXICONS } from "./helpers.ts";

interface Entity {
  start: number;
  end: number;
  text: string;
  type: string | null;
  syntacticType: string | null;
}
interface Doc {
  id: string;
  text: string;
  entities: Entity[];
}

const verbose = process.argv.includes("--verbose");
const docs: Doc[] = JSON.parse(readFileSync(fileURLToPath(new URL("../../../shared/peer-suites/meantime/meantime.json", import.meta.url)), "utf8"));
const TYPE: Record<string, string> = { PER: "person", ORG: "organization", PRO: "product", LOC: "place", FIN: "organization" };
const gz = loadGazetteer(LEXICONS);

let found = 0;
let touching = 0;
let typed = 0;
let goldNamed = 0;
let goldHit = 0;
const spurious: string[] = [];
const wrongType: string[] = [];
for (const d of docs) {
  const actors = findActors(article(d.text, "en", { source: "Wikinews" }), gz);
  const overlaps = (m: { start: number; end: number }) => d.entities.filter((e) => e.start < m.end && m.start < e.end);
  for (const a of actors) {
    if (a.origin !== "text") continue;
    found++;
    const hits = a.mentions.flatMap(overlaps);
    if (!hits.length) {
      spurious.push(`${d.id}: ${a.name} (${a.type})`);
      continue;
    }
    touching++;
    if (hits.some((e) => e.type && TYPE[e.type] === a.type)) typed++;
    else wrongType.push(`${d.id}: ${a.name} (${a.type}; gold ${[...new Set(hits.map((e) => e.type))].join("/")})`);
  }
  // Recall on named people and organisations: the share of annotated names that some actor covers.
  const all = actors.flatMap((a) => a.mentions);
  for (const e of d.entities) {
    if (e.syntacticType !== "NAM" || (e.type !== "PER" && e.type !== "ORG")) continue;
    goldNamed++;
    if (all.some((m) => m.start < e.end && e.start < m.end)) goldHit++;
  }
}

const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
// Articles are built (sentences split) before timing, so only findActors is measured. CPU time is
// reported too: on a shared machine the wall clock also counts other people's work.
const built = docs.map((d) => article(d.text, "en"));
const rounds = 20;
for (const a of built) findActors(a, gz);
const c0 = process.cpuUsage();
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const a of built) findActors(a, gz);
const ms = (performance.now() - t0) / rounds;
const used = process.cpuUsage(c0);
const cpuMs = (used.user + used.system) / 1000 / rounds;

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + "%" : "-");
console.log(`MEANTIME (en): ${docs.length} articles, ${(bytes / 1024).toFixed(0)} KB`);
console.log(`actors found from cues: ${found}; touching an annotated entity: ${touching} (${pct(touching, found)}); with its type: ${typed} (${pct(typed, touching)})`);
console.log(`annotated named PER/ORG mentions covered by an actor: ${goldHit}/${goldNamed} (${pct(goldHit, goldNamed)})`);
console.log(`speed: ${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s wall, ${(bytes / 1024 / 1024 / (cpuMs / 1000)).toFixed(1)} MB/s CPU (${(ms / docs.length).toFixed(2)} ms per article, warm)`);
if (verbose) {
  console.log("\nnot touching an annotated entity:\n  " + spurious.join("\n  "));
  console.log("\nwith another type:\n  " + wrongType.join("\n  "));
}
