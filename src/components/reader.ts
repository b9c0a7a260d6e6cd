// The source reader: an article's text with its figures, dates and actors highlighted by kind,
// each highlight linked to its chart item, and every sentence addressable as `#s-<index>`.
// The article text is untrusted: it only ever enters the page as text nodes (never as HTML), so
// `<script>` or `onerror=` in an article shows as text and runs nothing.
import type { Article, Story } from "../../loaders/types.ts";
import { h, safeUrl, type Child } from "./dom.js";
import { actorHref, eventChartHref, figureChartHref, sentenceId } from "./links.js";
import { figureAmount, indexStory } from "./model.js";
import * as check from "./options.js";
import { HIGHLIGHT_KINDS, KIND_LABELS, type HighlightKind } from "./palette.js";

export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
  /** Where the highlight leads: the chart item. */
  href: string;
  /** The hover text. */
  title: string;
  /** The story item it stands for (figure, time or actor id). */
  ref: string;
}

const PRIORITY: Record<HighlightKind, number> = { money: 0, count: 0, time: 1, actor: 2 };

/** The highlights of one article, without overlaps (figures win over dates, dates over actors). */
export function highlights(story: Story, article: Article): Highlight[] {
  const index = indexStory(story);
  const all: Highlight[] = [];
  for (const f of story.figures ?? [])
    if (f.article === article.id)
      all.push({ start: f.start, end: f.end, kind: f.kind === "money" ? "money" : "count", href: figureChartHref(f.id), title: `${f.kind}: ${figureAmount(f)}${f.unit_provenance === "inferred" ? " (unit inferred)" : ""}`, ref: f.id });
  for (const t of story.times ?? [])
    if (t.article === article.id) {
      const event = index.eventsByTime.get(t.id)?.[0];
      const span = t.from === t.to ? (t.from ?? "?") : `${t.from ?? "…"} – ${t.to ?? "…"}`;
      all.push({ start: t.start, end: t.end, kind: "time", href: event ? eventChartHref(event.id) : "./timeline", title: `date: ${span} (${t.precision}${t.inferred.length ? `; inferred: ${t.inferred.join(", ")}` : ""})`, ref: t.id });
    }
  for (const a of story.actors ?? [])
    for (const m of a.mentions)
      if (m.article === article.id) all.push({ start: m.start, end: m.end, kind: "actor", href: actorHref(a.id), title: `${a.type}: ${a.name}`, ref: a.id });
  all.sort((a, b) => a.start - b.start || PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - a.end);
  const kept: Highlight[] = [];
  for (const hl of all) {
    if (hl.start < 0 || hl.end > article.text.length || hl.end <= hl.start) continue;
    if (kept.some((k) => hl.start < k.end && k.start < hl.end)) continue;
    kept.push(hl);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export interface ReaderOptions {
  /** The article id (default: the first article). */
  article?: string | null;
  document?: Document;
}

/** The legend of highlight kinds. */
export function ReaderLegend(options: { document?: Document } = {}): HTMLElement {
  const doc = check.documentOf(options.document);
  return h(
    doc,
    "ul",
    { class: "sa-legend", "aria-label": "Highlight legend" },
    HIGHLIGHT_KINDS.map((k) => h(doc, "li", {}, h(doc, "span", { class: `sa-swatch sa-hl-${k}`, "aria-hidden": "true" }), KIND_LABELS[k])),
  );
}

/** One article, its sentences as `<span id="s-N">`, highlights as links to the charts. */
export function Reader(story: Story, options: ReaderOptions = {}): HTMLElement {
  const doc = check.documentOf(options.document);
  const wanted = check.optionalString(options.article, "article");
  if (!story.articles.length) return h(doc, "p", { class: "sa-empty" }, "No articles in data/articles yet.");
  const article = wanted ? story.articles.find((a) => a.id === wanted) : story.articles[0];
  if (!article) throw check.invalid("article", wanted);
  const marks = highlights(story, article);
  const text = article.text;
  const lang: Record<string, string> = { fr: "French", en: "English" };
  const url = safeUrl(article.url);

  // A run of text [start, end) with the highlights that fall in it (clipped to it).
  const run = (start: number, end: number): Child[] => {
    const out: Child[] = [];
    let at = start;
    for (const m of marks) {
      if (m.end <= start || m.start >= end) continue;
      const s = Math.max(m.start, start);
      const e = Math.min(m.end, end);
      if (s > at) out.push(text.slice(at, s));
      out.push(h(doc, "a", { class: `sa-hl sa-hl-${m.kind}`, href: m.href, title: m.title, "data-kind": m.kind, "data-ref": m.ref }, text.slice(s, e)));
      at = e;
    }
    if (at < end) out.push(text.slice(at, end));
    return out;
  };

  // Paragraphs are separated by blank lines; sentences are placed in the paragraph they start in.
  const paragraphs: [number, number][] = [];
  const breaks = /\n\s*\n/g;
  let from = 0;
  for (let m; (m = breaks.exec(text)); ) paragraphs.push([from, m.index]), (from = m.index + m[0].length);
  paragraphs.push([from, text.length]);
  const body: HTMLElement[] = [];
  for (const [ps, pe] of paragraphs) {
    const sentences = article.sentences.filter((s) => s.start >= ps && s.start < pe);
    if (!sentences.length) {
      if (text.slice(ps, pe).trim()) body.push(h(doc, "p", {}, run(ps, pe)));
      continue;
    }
    const parts: Child[] = [];
    let at = ps;
    for (const s of sentences) {
      if (s.start > at) parts.push(run(at, s.start));
      const end = Math.min(s.end, pe);
      parts.push(h(doc, "span", { class: "sa-s", id: sentenceId(s.index), "data-sentence": s.index, tabindex: "-1" }, run(s.start, end)));
      at = end;
    }
    if (at < pe) parts.push(run(at, pe));
    body.push(sentences.every((s) => s.heading) ? h(doc, "h3", {}, parts) : h(doc, "p", {}, parts));
  }

  return h(
    doc,
    "article",
    { class: "sa-reader", lang: article.language, "data-article": article.id },
    h(doc, "h2", { lang: article.language }, article.title),
    h(
      doc,
      "p",
      { class: "sa-meta" },
      [article.source, article.author, article.published, lang[article.language] ?? article.language].filter(Boolean).join(" · "),
      url ? [" · ", h(doc, "a", { href: url, rel: "noopener noreferrer nofollow" }, "original")] : null,
      article.published_note ? h(doc, "span", { class: "sa-quote" }, `Date: ${article.published_note}`) : null,
      article.sources.length ? h(doc, "span", { class: "sa-quote" }, `Sources: ${article.sources.join("; ")}`) : null,
    ),
    h(doc, "p", { class: "sa-muted" }, `${article.sentences.length} sentences · ${marks.filter((m) => m.kind === "money" || m.kind === "count").length} figures, ${marks.filter((m) => m.kind === "time").length} dates, ${marks.filter((m) => m.kind === "actor").length} actor mentions highlighted`),
    body,
  );
}

/** Scrolls to sentence `#s-N` inside `root`, marks it as the target and focuses it; returns it. */
export function focusSentence(root: ParentNode, hash: string, { scroll = true } = {}): HTMLElement | null {
  const m = /^#?s-(\d+)$/.exec(hash);
  for (const el of Array.from(root.querySelectorAll(".sa-s.sa-target"))) el.classList.remove("sa-target");
  if (!m) return null;
  const el = root.querySelector(`#${sentenceId(Number(m[1]))}`) as HTMLElement | null;
  if (!el) return null;
  el.classList.add("sa-target");
  if (scroll) el.scrollIntoView?.({ block: "center" });
  el.focus?.({ preventScroll: true });
  return el;
}

/** A drop-down of the articles that opens the reader at the chosen one (`?article=<id>`). */
export function ArticleChooser(story: Story, options: { article?: string | null; document?: Document } = {}): HTMLElement {
  const doc = check.documentOf(options.document);
  const current = check.optionalString(options.article, "article") ?? story.articles[0]?.id;
  const select = h(
    doc,
    "select",
    {},
    story.articles.map((a) => h(doc, "option", { value: a.id, selected: a.id === current }, `${a.title} (${a.source}, ${a.published})`)),
  ) as HTMLSelectElement;
  select.addEventListener("change", () => {
    const view = doc.defaultView;
    if (view) view.location.href = `?article=${encodeURIComponent(select.value)}`;
  });
  return h(doc, "div", { class: "sa-control" }, h(doc, "label", {}, h(doc, "span", {}, "Article"), select));
}
