// Reads article files (`data/articles/*.md`): YAML front matter, then the body in markdown.
// A bad file gives a Problem that names the file, the line and the fix; it never throws, so one
// broken article leaves the others intact.
import { readFileSync } from "node:fs";
import { basename, extname, relative } from "node:path";
import { parseDocument } from "yaml";
import type { Article, Language, Problem } from "./types.ts";
import { splitSentences } from "./sentences.ts";
import { validDate } from "./dates.ts";
import { listFiles } from "./files.ts";

export const LANGUAGES: readonly Language[] = ["fr", "en"];

export type ReadResult = { article: Article; problems: Problem[] } | { article: null; problems: Problem[] };

/** Every `.md` or `.txt` file in a folder, sorted by name (so the output is deterministic). */
export function listArticleFiles(dir: string): string[] {
  return listFiles(dir, /\.(md|txt)$/i);
}

/** Plain text of a markdown body: heading markers removed, wording and line breaks kept. */
export function plainText(body: string): { text: string; headings: Array<[number, number]> } {
  const headings: Array<[number, number]> = [];
  let text = "";
  for (const line of body.split("\n")) {
    const m = /^(#{1,6})[ \t]+/.exec(line);
    if (m) {
      const start = text.length;
      text += line.slice(m[0].length).replace(/[ \t]+#+[ \t]*$/, "");
      headings.push([start, text.length]);
    } else {
      text += line;
    }
    text += "\n";
  }
  return { text: text.replace(/\s+$/, ""), headings };
}

const ORIGIN = process.cwd();

/** Reads one article file. `id` is the file name without its extension. */
export function readArticle(path: string, { root = ORIGIN }: { root?: string } = {}): ReadResult {
  const file = relative(root, path) || path;
  const problems: Problem[] = [];
  const fail = (line: number | null, message: string): ReadResult => ({
    article: null,
    problems: [...problems, { file, line, message, severity: "error" }],
  });
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (e) {
    return fail(null, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (buffer.includes(0)) return fail(null, "this is a binary file, not an article: save the article as UTF-8 text (.md)");
  const raw = buffer.toString("utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (raw.includes("\uFFFD")) return fail(null, "the file is not valid UTF-8: save it as UTF-8 text");

  const id = basename(path, extname(path));
  let meta: Record<string, unknown> = {};
  let body = raw;
  let bodyLine = 1;
  if (raw.startsWith("---\n")) {
    const close = raw.indexOf("\n---", 3);
    if (close < 0) return fail(1, "the front matter opened by '---' on line 1 is never closed: add a line '---' after it");
    const yamlText = raw.slice(4, close + 1);
    const doc = parseDocument(yamlText);
    if (doc.errors.length) {
      const err = doc.errors[0];
      const line = err.linePos?.[0]?.line ?? 0;
      return fail(line + 1, `broken front matter: ${err.message.split("\n")[0]}: write it as 'key: value' lines`);
    }
    const value = doc.toJS() as unknown;
    if (value != null && (typeof value !== "object" || Array.isArray(value)))
      return fail(2, "the front matter must be 'key: value' lines (title, language, published, source)");
    meta = (value ?? {}) as Record<string, unknown>;
    const after = raw.indexOf("\n", close + 1);
    body = after < 0 ? "" : raw.slice(after + 1);
    bodyLine = raw.slice(0, after + 1).split("\n").length;
  } else if (extname(path).toLowerCase() === ".md") {
    return fail(1, "missing front matter: start the file with '---', then title, language (fr or en), published (YYYY-MM-DD) and source lines, then '---'");
  }

  const lineOf = (key: string): number => {
    const i = raw.split("\n").findIndex((l) => l.startsWith(`${key}:`));
    return i >= 0 ? i + 1 : 1;
  };
  const str = (key: string): string | null => {
    const v = meta[key];
    if (v == null) return null;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return String(v).trim() || null;
  };

  const { text, headings } = plainText(body.replace(/^(?:[ \t]*\n)+/, ""));
  if (!text.trim()) return fail(bodyLine, "the article has no body: write its text after the front matter");

  const language = str("language");
  if (!language) return fail(1, "no language: add 'language: fr' or 'language: en' to the front matter");
  if (!LANGUAGES.includes(language as Language))
    return fail(lineOf("language"), `unknown language '${language}': use one of ${LANGUAGES.join(", ")}`);

  const published = str("published");
  if (!published) return fail(1, "no publication date: add 'published: YYYY-MM-DD' (or YYYY-MM when the day is unknown) to the front matter");
  if (!validDate(published))
    return fail(lineOf("published"), `impossible date '${published}': write it as YYYY-MM-DD, YYYY-MM or YYYY with a real month and day`);

  const title = str("title");
  if (!title) problems.push({ file, line: 1, message: "no title: add 'title: ...' to the front matter (the first line is used meanwhile)", severity: "warning" });
  const source = str("source");
  if (!source) problems.push({ file, line: 1, message: "no source: add 'source: <outlet name>' to the front matter", severity: "warning" });
  const sourcesValue = meta.sources;
  const sources = Array.isArray(sourcesValue) ? sourcesValue.map((s) => String(s)) : [];

  const article: Article = {
    id,
    title: title ?? text.split("\n")[0].slice(0, 120),
    language: language as Language,
    published,
    published_note: str("published_note"),
    source: source ?? "unknown",
    author: str("author"),
    url: str("url"),
    sources,
    file,
    text,
    sentences: splitSentences(text, headings),
  };
  return { article, problems };
}
