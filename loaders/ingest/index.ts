// Adds articles: a saved web page, a text or markdown file, or a URL becomes
// `data/articles/<published>-<slug>.md` with its front matter filled from the page's metadata.
// It never overwrites a file, refuses a text that is already an article (a duplicate), and says
// what it could not find, with the line of the new file to fill in.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import { listArticleFiles, plainText } from "../articles.ts";
import { detectLanguage } from "../language.ts";
import { validDate } from "../dates.ts";
import type { Language, Problem } from "../types.ts";
import { decode, isBinary } from "./decode.ts";
import { readPage, type Block } from "./html.ts";
import { normalizeDate, type Found, type PageMeta } from "./metadata.ts";
import { readMarkdown, readText } from "./text.ts";
import { findDateline } from "./dateline.ts";

export interface IngestOptions {
  /** Folder the article files are written to (and compared with, for duplicates). */
  dir: string;
  /** Paths in messages are relative to this folder (default: the working directory). */
  root?: string;
  /** The fetch used for URL arguments (tests pass their own). */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds before a URL is given up. */
  timeoutMs?: number;
}

export interface IngestOutcome {
  input: string;
  status: "added" | "duplicate" | "failed";
  /** The article file written, or the existing one it duplicates. */
  file: string | null;
  /** Errors and warnings, each naming a file and, in the new article, the line to fill in. */
  problems: Problem[];
  /** One line for the editor: what was written, from what. */
  summary: string;
}

/** What is already in the target folder: normalized texts and URLs, to spot duplicates. */
export interface Library {
  texts: Map<string, string>;
  urls: Map<string, string>;
}

/** Text reduced to its words: case, accents, punctuation, quote styles and spacing do not count. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The key two copies of one article share: its paragraphs without the headings. */
function textKey(text: string, headings: ReadonlyArray<readonly [number, number]>): string {
  let out = "";
  let at = 0;
  for (const [s, e] of headings) {
    out += text.slice(at, s) + "\n";
    at = e;
  }
  out += text.slice(at);
  return normalizeText(out);
}

export function loadLibrary(dir: string): Library {
  const library: Library = { texts: new Map(), urls: new Map() };
  for (const path of listArticleFiles(dir)) {
    let raw: string;
    try {
      raw = readFileSync(path, "utf8").replace(/\r\n?/g, "\n");
    } catch {
      continue;
    }
    let body = raw;
    if (raw.startsWith("---\n")) {
      const close = raw.indexOf("\n---", 3);
      if (close > 0) {
        const url = /^url:\s*["']?(https?:\/\/[^"'\s]+)/m.exec(raw.slice(0, close))?.[1];
        if (url) library.urls.set(url, path);
        const after = raw.indexOf("\n", close + 1);
        body = after < 0 ? "" : raw.slice(after + 1);
      }
    }
    const { text, headings } = plainText(body);
    const key = textKey(text, headings);
    if (key) library.texts.set(key, path);
  }
  return library;
}

/** File-name slug of a title: lower case, no accents, words joined by `-`, at most 60 characters. */
export function slugify(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]/g, " ")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const w of words) {
    if (slug && slug.length + 1 + w.length > 60) break;
    slug = slug ? `${slug}-${w}` : w.slice(0, 60);
  }
  return slug;
}

const LINES = { title: 2, source: 3, author: 4, published: 5, language: 6, url: 7, sources: 8 } as const;

const yamlString = (s: string) => JSON.stringify(s);

/** The article file: front matter on fixed lines (so messages can name them), then the body. */
export function renderArticle(fields: { title: string | null; source: string | null; author: string | null; published: string | null; language: Language | null; url: string | null; sources: string[]; note: string | null }, blocks: Block[]): string {
  const lines = [
    "---",
    `title: ${fields.title ? yamlString(fields.title) : ""}`,
    `source: ${fields.source ? yamlString(fields.source) : ""}`,
    `author: ${fields.author ? yamlString(fields.author) : ""}`,
    `published: ${fields.published ?? ""}`,
    `language: ${fields.language ?? ""}`,
    `url: ${fields.url ? yamlString(fields.url) : ""}`,
    fields.sources.length ? `sources:\n${fields.sources.map((s) => `  - ${yamlString(s)}`).join("\n")}` : "sources: []",
  ];
  if (fields.note) lines.push(`published_note: ${yamlString(fields.note)}`);
  lines.push("---", "");
  const body: string[] = [];
  for (const b of blocks) body.push(b.heading ? `## ${b.text}` : b.text);
  return `${lines.join("\n")}\n${body.join("\n\n")}\n`;
}

interface Source {
  meta: PageMeta;
  blocks: Block[];
  warnings: string[];
  sources: string[];
  note: string | null;
  /** The address a fetched page came from. */
  fetchedUrl: string | null;
}

async function download(url: string, options: IngestOptions): Promise<{ ok: true; html: string; url: string } | { ok: false; message: string }> {
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return null;
    }
  })();
  if (!host) return { ok: false, message: `'${url}' is not a web address: give an http(s) URL or a saved page` };
  const advice = "save the page from your browser and run npm run add -- page.html";
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      signal: AbortSignal.timeout(options.timeoutMs ?? 8000),
      redirect: "follow",
      headers: { accept: "text/html,application/xhtml+xml", "user-agent": "Mozilla/5.0 (compatible; StoryAtlas/0.1; +article ingest)" },
    });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    const why = err.name === "TimeoutError" || err.name === "AbortError" ? "no answer in time" : err.cause?.code ?? err.cause?.message ?? err.message;
    return { ok: false, message: `cannot reach ${host} (${why}): ${advice}` };
  }
  if (!response.ok) return { ok: false, message: `${host} answered ${response.status} ${response.statusText}`.trimEnd() + `: ${advice}` };
  const type = response.headers.get("content-type") ?? "";
  if (type && !/html|xml|text\/plain/i.test(type)) return { ok: false, message: `${url} is not a web page (${type.split(";")[0]}): give the address of the article page` };
  const bytes = new Uint8Array(await response.arrayBuffer());
  const charset = /charset=([\w.:-]+)/i.exec(type)?.[1] ?? null;
  return { ok: true, html: decode(bytes, charset), url: response.url || url };
}

const looksLikeHtml = (s: string) => /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<html)/i.test(s);

async function readSource(input: string, options: IngestOptions): Promise<{ ok: true; source: Source } | { ok: false; message: string }> {
  if (/^https?:\/\//i.test(input)) {
    const got = await download(input, options);
    if (!got.ok) return got;
    const page = readPage(got.html);
    if (!page.ok) return page;
    return { ok: true, source: { meta: page.meta, blocks: page.blocks, warnings: page.warnings, sources: [], note: null, fetchedUrl: got.url } };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: code === "ENOENT" ? "no such file: check the path" : code === "EISDIR" ? "this is a folder: give the files in it (npm run add -- folder/*.html)" : `cannot read the file (${code ?? String(e)})` };
  }
  const ext = extname(input).toLowerCase();
  if (isBinary(bytes))
    return { ok: false, message: `this is not a text or web page file${ext ? ` (${ext})` : ""}: save the article from the browser as a web page (.html), or copy its text into a .txt file` };
  const text = decode(bytes);
  if (!text.trim()) return { ok: false, message: "the file is empty" };
  if ([".html", ".htm", ".xhtml", ".shtml"].includes(ext) || looksLikeHtml(text)) {
    const page = readPage(text);
    if (!page.ok) return page;
    return { ok: true, source: { meta: page.meta, blocks: page.blocks, warnings: page.warnings, sources: [], note: null, fetchedUrl: null } };
  }
  if (ext === ".md" || ext === ".markdown") {
    const md = readMarkdown(text);
    return { ok: true, source: { meta: md.meta, blocks: md.blocks, warnings: [], sources: md.sources, note: md.note, fetchedUrl: null } };
  }
  if (ext === ".txt" || ext === "" || ext === ".text") {
    const t = readText(text);
    return { ok: true, source: { ...t, warnings: [], sources: [], note: null, fetchedUrl: null } };
  }
  return { ok: false, message: `'${ext}' files are not read: give a saved web page (.html), a text (.txt) or a markdown (.md) file, or a URL` };
}

/** Adds one article; updates `library` so a second copy in the same run is a duplicate. */
export async function ingest(input: string, library: Library, options: IngestOptions): Promise<IngestOutcome> {
  const root = resolve(options.root ?? process.cwd());
  const dir = resolve(options.dir);
  const rel = (p: string) => relative(root, p) || p;
  const fail = (message: string): IngestOutcome => ({
    input,
    status: "failed",
    file: null,
    problems: [{ file: input, line: null, message, severity: "error" }],
    summary: `not added: ${input}`,
  });
  const read = await readSource(input, options);
  if (!read.ok) return fail(read.message);
  const { meta, blocks, warnings, fetchedUrl } = read.source;

  const title = meta.title?.value ?? null;
  if (title && !(blocks[0]?.heading && normalizeText(blocks[0].text) === normalizeText(title))) blocks.unshift({ heading: true, text: title });
  const body = blocks.map((b) => (b.heading ? `# ${b.text}` : b.text)).join("\n\n");
  const { text, headings } = plainText(body);
  const prose = blocks.filter((b) => !b.heading).map((b) => b.text).join(" ");
  if (!prose.trim()) return fail("no text found: the file has no paragraph of text");

  // Duplicates: the same text (wording, not layout) as an article already there.
  const key = textKey(text, headings);
  const same = library.texts.get(key);
  if (same)
    return {
      input,
      status: "duplicate",
      file: same,
      problems: [],
      summary: `duplicate: ${input} has the same text as ${rel(same)}: nothing written`,
    };

  // Language: what the text is written in; the page's declaration when the text does not tell.
  const detected = detectLanguage(prose);
  const declared = meta.lang?.value ?? null;
  if (!detected && declared && declared !== "fr" && declared !== "en")
    return fail(`the page is in '${declared}' (${meta.lang!.from}): only French (fr) and English (en) articles are supported`);
  const language: Language | null = detected ?? (declared === "fr" || declared === "en" ? declared : null);

  let published = meta.published?.value ?? null;
  if (published && !validDate(published)) published = normalizeDate(published);
  // No date in the metadata: a dateline at the top of the text ("Publié le 12 avril 2023").
  let datedFrom: string | null = meta.published && published ? meta.published.from : null;
  if (!published) {
    const line = findDateline(blocks.filter((b) => !b.heading).slice(0, 3).map((b) => b.text), 3);
    if (line) {
      published = line.date;
      datedFrom = `the dateline '${line.line}'`;
    }
  }
  const url = meta.url?.value ?? fetchedUrl;
  let site: Found | null = meta.site;
  let siteGuessed = false;
  if (!site && url) {
    site = { value: new URL(url).hostname.replace(/^www\./, ""), from: "host name" };
    siteGuessed = true;
  }

  const sameUrl = url ? library.urls.get(url) ?? null : null;
  const baseName = slugify(title ?? "") || slugify(basename(input, extname(input))) || "article";
  const stem = `${published ?? "undated"}-${baseName}`;
  mkdirSync(dir, { recursive: true });
  let path = join(dir, `${stem}.md`);
  for (let n = 2; existsSync(path); n++) path = join(dir, `${stem}-${n}.md`);
  const file = rel(path);
  const content = renderArticle(
    { title, source: site?.value ?? null, author: meta.author?.value ?? null, published, language, url, sources: read.source.sources, note: read.source.note },
    blocks,
  );
  try {
    writeFileSync(path, content, { flag: "wx" });
  } catch (e) {
    return fail(`cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  library.texts.set(key, path);
  if (url) library.urls.set(url, path);

  const problems: Problem[] = [];
  const warn = (line: number | null, message: string, severity: "error" | "warning" = "warning") => problems.push({ file, line, message, severity });
  if (!published)
    warn(LINES.published, `no publication date found: set 'published: YYYY-MM-DD' on this line (YYYY-MM when the day is unknown), then rename the file to <date>-${baseName}.md`, "error");
  else if (datedFrom?.startsWith("the dateline")) warn(LINES.published, `publication date read in ${datedFrom}: check 'published:' on this line`);
  if (!language) warn(LINES.language, "could not tell the language of the text: set 'language: fr' or 'language: en' on this line", "error");
  else if (declared && declared !== language) warn(LINES.language, `the page declares '${declared}' (${meta.lang!.from}) but the text reads as '${language}': check 'language:' on this line`);
  if (!title) warn(LINES.title, "no title found: set 'title:' on this line");
  if (!site) warn(LINES.source, "no site name found: set 'source:' on this line to the outlet's name");
  else if (siteGuessed) warn(LINES.source, `no site name found, used the host name '${site.value}': set 'source:' on this line to the outlet's name`);
  if (!meta.author) warn(LINES.author, "no author found: set 'author:' on this line, or leave it empty");
  if (!url) warn(LINES.url, "no canonical URL found: set 'url:' on this line to the article's address");
  for (const w of warnings) warn(null, w);
  if (sameUrl) warn(LINES.url, `${rel(sameUrl)} has the same url but a different text: an updated version? keep one of the two`);
  const found = [language, published, site?.value].filter(Boolean).join(", ");
  return { input, status: "added", file: path, problems, summary: `added ${file}${found ? ` (${found})` : ""}` };
}
