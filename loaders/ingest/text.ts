// Plain text and markdown to the article's blocks. Markdown inline marks (emphasis, links,
// images, list and quote markers) are removed so that the article's text is its wording only;
// front matter, when a markdown file has one, gives the metadata.
import { parseDocument } from "yaml";
import type { Block } from "./html.ts";
import type { Found, PageMeta } from "./metadata.ts";
import { normalizeDate } from "./metadata.ts";
import { findDateline } from "./dateline.ts";

const empty = (): PageMeta => ({ title: null, site: null, author: null, published: null, url: null, lang: null });

/** Paragraphs separated by blank lines; when the text has no blank line at all, each line is one. */
function paragraphs(text: string): string[] {
  const t = text.replace(/\r\n?/g, "\n").trim();
  if (!t) return [];
  const parts = /\n[ \t]*\n/.test(t) ? t.split(/\n(?:[ \t]*\n)+/) : t.split("\n");
  return parts.map((p) => p.split("\n").map((l) => l.trim()).join(" ").trim()).filter(Boolean);
}

/** A line that reads as a headline: short, without a final full stop. */
const looksLikeTitle = (p: string) => p.length <= 160 && !/[.!?…:;,]$/.test(p);

/**
 * Plain text: paragraphs separated by blank lines (lines inside a paragraph joined, as hard-wrapped
 * text is). A short first line is the title; a dateline just under it ("Publié le 12 avril 2023")
 * stays a paragraph of its own and gives the date.
 */
export function readText(text: string): { meta: PageMeta; blocks: Block[] } {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").trim().split("\n");
  const meta = empty();
  const head: Block[] = [];
  let at = 0;
  if (lines.length > 1 && looksLikeTitle(lines[0].trim()) && lines.slice(1).some((l) => l.trim())) {
    meta.title = { value: lines[0].trim(), from: "first line" };
    head.push({ heading: true, text: lines[0].trim() });
    at = 1;
  }
  const dateline = findDateline(lines.slice(at, at + 3));
  if (dateline && lines.slice(at, at + dateline.index).every((l) => !l.trim())) {
    meta.published = { value: dateline.date, from: `the dateline '${dateline.line}'` };
    head.push({ heading: false, text: dateline.line });
    at += dateline.index + 1;
  }
  const blocks = [...head, ...paragraphs(lines.slice(at).join("\n")).map((p) => ({ heading: false, text: p }))];
  return { meta, blocks };
}

function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, "$1$2")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, "$1$2");
}

export function readMarkdown(source: string): { meta: PageMeta; blocks: Block[]; sources: string[]; note: string | null } {
  let body = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const meta = empty();
  let sources: string[] = [];
  let note: string | null = null;
  if (body.startsWith("---\n")) {
    const close = body.indexOf("\n---", 3);
    if (close > 0) {
      const doc = parseDocument(body.slice(4, close + 1));
      const fm = (doc.errors.length ? {} : doc.toJS() ?? {}) as Record<string, unknown>;
      const str = (k: string): Found | null => {
        const v = fm[k];
        if (v == null || v === "") return null;
        return { value: v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim(), from: "front matter" };
      };
      meta.title = str("title");
      meta.site = str("source");
      meta.author = str("author");
      const published = str("published");
      if (published) meta.published = { value: /^\d{4}(?:-\d{2})?$/.test(published.value) ? published.value : normalizeDate(published.value) ?? published.value, from: "front matter" };
      const url = str("url");
      meta.url = url && /^https?:\/\//.test(url.value) ? url : null;
      meta.lang = str("language");
      sources = Array.isArray(fm.sources) ? fm.sources.map(String) : [];
      note = str("published_note")?.value ?? null;
      const after = body.indexOf("\n", close + 1);
      body = after < 0 ? "" : body.slice(after + 1);
    }
  }
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    const text = para.join(" ").replace(/\s+/g, " ").trim();
    if (text) blocks.push({ heading: false, text });
    para = [];
  };
  let fence = false;
  for (const raw of body.split("\n")) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fence = !fence;
      flush();
      continue;
    }
    if (fence) continue;
    const line = raw.trim();
    if (!line || /^([-*_])\s*(?:\1\s*){2,}$/.test(line)) {
      flush();
      continue;
    }
    const h = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/.exec(line);
    if (h) {
      flush();
      const text = stripInline(h[2]).trim();
      if (text) blocks.push({ heading: true, text });
      continue;
    }
    const item = /^(?:>\s?)*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item && !/^>/.test(line)) {
      flush();
      para.push(stripInline(item[1]));
      flush();
      continue;
    }
    para.push(stripInline(line.replace(/^(?:>\s?)+/, "")));
  }
  flush();
  if (!meta.title) {
    const first = blocks.find((b) => b.heading);
    if (first && blocks.indexOf(first) === 0) meta.title = { value: first.text, from: "first heading" };
  }
  return { meta, blocks, sources, note };
}
