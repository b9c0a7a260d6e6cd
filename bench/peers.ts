// npm run bench:peers — pass rates of our extraction on other projects' test suites
// (../shared/peer-suites, read in place, never copied here), one row per suite.
//
// Suites and what "pass" means are documented in each suite file:
//   bench/suites/numbers.ts  Recognizers-Text fr/en number, percent, currency; Duckling fr/en numeral, money
//   bench/suites/times.ts    time expressions (written by the times work; skipped with a note if absent)
// Set BENCH_VERBOSE=1 to print every failing case on stderr.
// Figures only: nothing here passes or fails the build; the bar (>= 90%) is printed next to the rate.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SuiteRow } from "./suites/types.ts";

interface SuiteModule {
  run(): Promise<SuiteRow[]>;
}

async function load(name: string): Promise<SuiteModule | null> {
  const url = new URL(`./suites/${name}.ts`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) return null;
  return (await import(url.href)) as SuiteModule;
}

function pct(row: SuiteRow): string {
  return row.cases ? `${((100 * row.passed) / row.cases).toFixed(1)}%` : "n/a";
}

async function main(): Promise<void> {
  const rows: SuiteRow[] = [];
  const notes: string[] = [];
  for (const name of ["numbers", "times"]) {
    const t0 = performance.now();
    let mod: SuiteModule | null;
    try {
      mod = await load(name);
    } catch (e) {
      notes.push(`bench/suites/${name}.ts failed to load: ${(e as Error).message.split("\n")[0]}`);
      continue;
    }
    if (!mod) {
      notes.push(`bench/suites/${name}.ts does not exist yet: its suites are skipped`);
      continue;
    }
    try {
      rows.push(...(await mod.run()));
    } catch (e) {
      notes.push(`bench/suites/${name}.ts failed: ${(e as Error).message.split("\n")[0]}`);
    }
    notes.push(`${name}: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  }
  const w = Math.max(10, ...rows.map((r) => r.suite.length));
  console.log(`${"suite".padEnd(w)}  ${"cases".padStart(6)}  ${"passed".padStart(6)}  ${"rate".padStart(7)}  notes`);
  for (const r of rows) {
    console.log(`${r.suite.padEnd(w)}  ${String(r.cases).padStart(6)}  ${String(r.passed).padStart(6)}  ${pct(r).padStart(7)}  ${r.notes ?? ""}`);
  }
  for (const n of notes) console.log(`note: ${n}`);
}

main().catch((e) => {
  console.error(`bench/peers.ts: ${(e as Error).message}`);
  process.exitCode = 1;
});
