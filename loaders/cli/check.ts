// npm run check [-- --root FOLDER]
// Validates every article (data/articles), every correction file (data/corrections) and every
// story script (data/stories), and
// prints every problem at once as "file:line: severity: message", then a one-line summary.
// Exit code 1 when there is any error, else 0.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { listArticleFiles, readArticle } from "../articles.ts";
import { applyCorrections, listCorrectionFiles, parseCorrections } from "../corrections/index.ts";
import { normalizeText } from "../ingest/index.ts";
import { formatProblem } from "../problems.ts";
import { storyFromArticles } from "../story.ts";
import { checkScripts } from "../stories/index.ts";
import type { Article, Problem, Story } from "../types.ts";

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface CheckResult {
  problems: Problem[];
  articles: number;
  corrections: number;
}

export function check(root: string): CheckResult {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p) || p;
  const articlesDir = join(root, "data/articles");
  const correctionsDir = join(root, "data/corrections");

  // Files dropped in the articles folder that are not articles (a saved page, a PDF).
  let names: string[] = [];
  try {
    names = readdirSync(articlesDir);
  } catch {
    problems.push({ file: rel(articlesDir), line: null, message: "no articles folder: create data/articles and add articles with npm run add -- page.html", severity: "error" });
  }
  for (const n of names.sort())
    if (!n.startsWith(".") && !/\.(md|txt)$/i.test(n) && !statSync(join(articlesDir, n)).isDirectory())
      problems.push({
        file: rel(join(articlesDir, n)),
        line: null,
        message: `not an article file (articles are .md files): ${/\.html?$/i.test(n) ? `turn it into one with npm run add -- ${rel(join(articlesDir, n))}, then delete it` : "move it out of data/articles"}`,
        severity: "warning",
      });

  const files = listArticleFiles(articlesDir);
  const articles: Article[] = [];
  const unreadable = new Set<string>();
  for (const path of files) {
    const read = readArticle(path, { root });
    problems.push(...read.problems);
    if (read.article) articles.push(read.article);
    else unreadable.add(basename(path, extname(path)));
  }
  const byId = new Map<string, Article>();
  const byText = new Map<string, Article>();
  const usable: Article[] = [];
  for (const a of articles) {
    const other = byId.get(a.id);
    if (other) {
      problems.push({ file: a.file, line: null, message: `two articles share the id '${a.id}' (${other.file}): rename one of the files`, severity: "error" });
      continue;
    }
    byId.set(a.id, a);
    usable.push(a);
    if (a.id.startsWith("undated-"))
      problems.push({ file: a.file, line: null, message: `the date is set now: rename the file to ${a.published}-${a.id.slice("undated-".length)}.md (and its correction file, if any)`, severity: "warning" });
    const key = normalizeText(a.text);
    const same = byText.get(key);
    if (same) problems.push({ file: a.file, line: null, message: `same text as ${same.file}: delete one of the two`, severity: "warning" });
    else byText.set(key, a);
  }

  // Extraction, then the corrections against it (quotes, actors). A crash in the extraction is a
  // bug, not the editor's fault: it is reported on the article that causes it, and the rest goes on.
  const lexicons = existsSync(join(root, "data/lexicons")) ? join(root, "data/lexicons") : join(PROJECT, "data/lexicons");
  const options = { root, lexicons, corrections: null };
  let story: Story | null = null;
  try {
    story = storyFromArticles(usable, [], options);
  } catch {
    const ok: Article[] = [];
    for (const a of usable) {
      try {
        storyFromArticles([a], [], options);
        ok.push(a);
      } catch (e) {
        problems.push({ file: a.file, line: null, message: `the extraction fails on this article (${e instanceof Error ? e.message : String(e)}): a bug in the engine, please report it`, severity: "error" });
      }
    }
    try {
      story = storyFromArticles(ok, [], options);
    } catch (e) {
      problems.push({ file: rel(articlesDir), line: null, message: `the extraction fails when the articles are merged (${e instanceof Error ? e.message : String(e)}): a bug in the engine, please report it; correction files were not checked against the articles`, severity: "error" });
    }
  }
  if (story) {
    problems.push(...story.problems);
    const corrected = applyCorrections(story, correctionsDir, { root, articles: articlesDir });
    problems.push(...corrected.problems);
    // Story scripts of the present mode (data/stories), against the corrected story.
    problems.push(...checkScripts(corrected.story, root));
  }

  // Correction files of articles that could not be read: at least their schema.
  const correctionFiles = listCorrectionFiles(correctionsDir);
  for (const path of correctionFiles) {
    const id = basename(path, extname(path));
    if (!unreadable.has(id) || byId.has(id)) continue;
    const file = rel(path);
    for (const p of parseCorrections(readFileSync(path, "utf8")).problems) problems.push({ file, line: p.line, message: p.message, severity: "error" });
    problems.push({ file, line: null, message: `not applied: its article data/articles/${id} has errors (see above); fix them first`, severity: "warning" });
  }

  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return { problems: unique, articles: files.length, corrections: correctionFiles.length };
}

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  let root = process.cwd();
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--root") root = args[++i] ?? root;
    else if (args[i].startsWith("--root=")) root = args[i].slice(7);
    else if (args[i] === "--help" || args[i] === "-h") {
      process.stdout.write("usage: npm run check [-- --root PROJECT_FOLDER]\n");
      return 0;
    } else {
      process.stderr.write(`check: unknown argument ${args[i]}\nusage: npm run check [-- --root PROJECT_FOLDER]\n`);
      return 2;
    }
  }
  const result = check(resolve(root));
  for (const p of result.problems) process.stdout.write(formatProblem(p) + "\n");
  const errors = result.problems.filter((p) => p.severity === "error").length;
  const warnings = result.problems.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  process.stdout.write(
    `check: ${plural(result.articles, "article")}, ${plural(result.corrections, "correction file")}: ${errors ? plural(errors, "error") : "no errors"}, ${plural(warnings, "warning")}\n`,
  );
  return errors ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main());
