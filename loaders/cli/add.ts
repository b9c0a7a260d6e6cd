// npm run add -- <file.html|file.txt|file.md|URL>...   [--dir data/articles]
// Adds articles to data/articles (or --dir): one line per input on stdout ("added ...",
// "duplicate: ..."), problems on stderr as "file:line: severity: message". Every input is
// processed even when one fails; the exit code is 1 when an input failed or a new article still
// lacks a required field (date, language), else 0. Progress shows on long runs when stderr is a
// terminal, never when it is piped.
import { resolve } from "node:path";
import { ingest, loadLibrary } from "../ingest/index.ts";
import { formatProblem } from "../problems.ts";

const USAGE = `usage: npm run add -- [--dir FOLDER] [--timeout SECONDS] FILE_OR_URL...
  FILE_OR_URL  a saved web page (.html), a text (.txt) or markdown (.md) file, or an http(s) address
  --dir        where to write the articles (default: data/articles)
  --timeout    seconds to wait for a URL (default: 8)
`;

function usage(code: number, message?: string): never {
  if (message) process.stderr.write(`add: ${message}\n`);
  process.stderr.write(USAGE);
  process.exit(code);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const inputs: string[] = [];
  let dir = "data/articles";
  let timeoutMs = 8000;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--help" || a === "-h") usage(0);
    else if (a === "--dir" || a.startsWith("--dir=")) {
      const v = a.includes("=") ? a.slice(6) : args[++i];
      if (!v) usage(2, "--dir needs a folder");
      dir = v;
    } else if (a === "--timeout" || a.startsWith("--timeout=")) {
      const v = Number(a.includes("=") ? a.slice(10) : args[++i]);
      if (!(v > 0)) usage(2, "--timeout needs a number of seconds");
      timeoutMs = v * 1000;
    } else if (a === "--") continue;
    else if (a.startsWith("--")) usage(2, `unknown option ${a}`);
    else inputs.push(a);
  }
  if (!inputs.length) usage(2, "give at least one file or URL");

  const target = resolve(dir);
  const library = loadLibrary(target);
  const tty = process.stderr.isTTY === true && inputs.length > 1;
  const width = process.stderr.columns ?? 80;
  let progress = false;
  const clear = () => {
    if (progress) process.stderr.write("\r\x1b[K");
    progress = false;
  };
  let failed = 0;
  let needsFix = 0;
  const counts = { added: 0, duplicate: 0, failed: 0 };
  for (const [i, input] of inputs.entries()) {
    if (tty) {
      clear();
      process.stderr.write(`[${i + 1}/${inputs.length}] ${input}`.slice(0, width - 1));
      progress = true;
    }
    let outcome;
    try {
      outcome = await ingest(input, library, { dir: target, timeoutMs });
    } catch (e) {
      // A bug, not the user's input: say so, and go on with the other files.
      outcome = {
        status: "failed" as const,
        summary: `not added: ${input}`,
        problems: [{ file: input, line: null, message: `unexpected failure (${e instanceof Error ? e.message : String(e)}): please report it`, severity: "error" as const }],
      };
    }
    clear();
    counts[outcome.status]++;
    if (outcome.status === "failed") failed++;
    else if (outcome.problems.some((p) => p.severity === "error")) needsFix++;
    process.stdout.write(outcome.summary + "\n");
    for (const p of outcome.problems) process.stderr.write(formatProblem(p) + "\n");
  }
  clear();
  if (inputs.length > 1)
    process.stdout.write(`${counts.added} added, ${counts.duplicate} duplicate${counts.duplicate === 1 ? "" : "s"}, ${counts.failed} failed\n`);
  return failed || needsFix ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`add: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
