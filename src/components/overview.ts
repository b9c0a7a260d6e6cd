// The overview's pieces: headline figures, actors at a glance, the article list and the story's
// problems box. Each headline links to the sentence it comes from.
import * as Plot from "@observablehq/plot";
import type { Figure, Story } from "../../loaders/types.ts";
import { h } from "./dom.js";
import { chartFrame } from "./frame.js";
import { actorHref } from "./links.js";
import { figureAmount, figureHref, figureParties, figureSize, indexStory, isoOf, isoTime } from "./model.js";
import * as check from "./options.js";
import { actorTypeScale } from "./palette.js";
import { groupFigures, toldTimes } from "./figure-groups.js";

interface Headline {
  big: string;
  what: string;
  href: string | null;
}

function largest(figures: Figure[], kind: Figure["kind"]): Figure | null {
  let best: Figure | null = null;
  for (const f of figures) if (f.kind === kind && (!best || figureSize(f) > figureSize(best))) best = f;
  return best;
}

/**
 * The headline of a figure: its shortest wording among the places that tell the same amount for the
 * same event (a headline card is narrow), that place's link, and ", told 5 times (in 2 articles)".
 */
function retold(story: Story, f: Figure): { text: string; href: string; told: string } {
  const g = groupFigures(story, (story.figures ?? []).filter((x) => x.kind === f.kind)).find((x) => x.figures.includes(f));
  if (!g) return { text: f.text, href: figureHref(f), told: "" };
  const place = g.places.reduce((best, p) => (p.text.length < best.text.length ? p : best), g.places[0]);
  const t = toldTimes(g);
  return { text: place.text, href: place.href, told: t ? `, ${t}` : "" };
}

/** A long wording ("des dizaines de millions de dollars") gets a smaller type, so cards keep one height. */
const bigClass = (text: string) => (text.length > 14 ? "sa-big sa-long" : "sa-big");

/** The headline numbers of the story, as data (tests read this). */
export function headlines(story: Story): Headline[] {
  const out: Headline[] = [];
  const money = largest(story.figures ?? [], "money");
  const moneyFigures = (story.figures ?? []).filter((f) => f.kind === "money");
  if (money) {
    const { who, whom } = figureParties(story, money);
    const r = retold(story, money);
    out.push({ big: r.text, what: `largest sum (${figureAmount(money)})${who ? `, ${who}${whom ? ` → ${whom}` : ""}` : ""}${r.told}`, href: r.href });
  }
  const vague = moneyFigures.find((f) => f !== money && f.value === null && f.low !== null);
  if (vague) out.push({ big: vague.text, what: `a sum given as a range (${figureAmount(vague)})`, href: figureHref(vague) });
  const count = largest(story.figures ?? [], "count");
  if (count) {
    const r = retold(story, count);
    out.push({ big: r.text, what: `largest count (${figureAmount(count)})${r.told}`, href: r.href });
  }
  const dated = (story.events ?? []).filter((e) => e.when && (e.when.from || e.when.to));
  if (dated.length) {
    const from = Math.min(...dated.map((e) => isoTime(e.when!.from ?? e.when!.to!)));
    const to = Math.max(...dated.map((e) => isoTime(e.when!.to ?? e.when!.from!)));
    out.push({ big: `${isoOf(from).slice(0, 4)}–${isoOf(to).slice(0, 4)}`, what: `span of ${dated.length} dated event${dated.length === 1 ? "" : "s"}`, href: "./timeline" });
  }
  out.push({ big: String(story.events?.length ?? 0), what: "events", href: "./timeline" });
  out.push({ big: String(story.actors?.length ?? 0), what: "actors", href: "./network" });
  out.push({ big: String(story.articles.length), what: `article${story.articles.length === 1 ? "" : "s"}`, href: "./reader" });
  return out;
}

export function HeadlineFigures(story: Story, options: { document?: Document } = {}): HTMLElement {
  const doc = check.documentOf(options.document);
  return h(
    doc,
    "div",
    { class: "sa-headlines", role: "list", "aria-label": "Headline figures" },
    headlines(story).map((x) =>
      h(doc, "div", { class: "sa-headline", role: "listitem" }, x.href ? h(doc, "a", { href: x.href, class: bigClass(x.big) }, x.big) : h(doc, "span", { class: bigClass(x.big) }, x.big), h(doc, "span", { class: "sa-what" }, x.what)),
    ),
  );
}

export interface ActorsGlanceOptions {
  width?: number;
  /** How many actors to show, the most mentioned first (default 12). */
  top?: number;
  document?: Document;
}

/** The most mentioned actors as bars, coloured by type, each linked to the network page. */
export function ActorsGlance(story: Story, options: ActorsGlanceOptions = {}): HTMLElement {
  const width = check.width(options.width);
  const top = check.positiveInteger(options.top, "top", 12);
  const doc = check.documentOf(options.document);
  const rows = (story.actors ?? [])
    .map((a) => ({ id: a.id, name: a.name, type: a.type, mentions: a.mentions.length, articles: new Set(a.mentions.map((m) => m.article)).size, href: actorHref(a.id) }))
    .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1))
    .slice(0, top);
  const longest = Math.max(0, ...rows.map((r) => Math.min(24, r.name.length)));
  const chart = rows.length
    ? Plot.plot({
        document: doc,
        width,
        height: rows.length * 24 + 50,
        marginLeft: Math.min(width * 0.4, 16 + longest * 6.5),
        x: { label: "mentions", grid: true, ticks: Math.min(10, Math.max(1, ...rows.map((r) => r.mentions))), tickFormat: "d" },
        y: { domain: rows.map((r) => r.name), label: null, tickFormat: (d: string) => (d.length > 24 ? d.slice(0, 23) + "…" : d) },
        color: actorTypeScale(),
        marks: [
          Plot.barX(rows, { x: "mentions", y: "name", fill: "type", href: "href", target: "_self", title: (r: (typeof rows)[number]) => `${r.name} (${r.type})\n${r.mentions} mentions in ${r.articles} article${r.articles === 1 ? "" : "s"}`, tip: true, ariaDescription: "actor" }),
          Plot.ruleX([0]),
        ],
      })
    : null;
  const figure = chartFrame(chart, {
    document: doc,
    name: "actors",
    title: "Actors at a glance",
    description: `The ${rows.length} most mentioned actors, by number of mentions, coloured by type (person, organization, product, media, place).`,
    table: { columns: ["name", "type", "mentions", "articles"], rows },
    empty: rows.length ? null : "No actors were extracted from the articles yet.",
  });
  figure.dataset.marks = String(rows.length);
  return figure;
}

/** The articles with source, date and language, each linked to the reader. */
export function ArticleList(story: Story, options: { document?: Document } = {}): HTMLElement {
  const doc = check.documentOf(options.document);
  const lang: Record<string, string> = { fr: "French", en: "English" };
  if (!story.articles.length) return h(doc, "p", { class: "sa-empty" }, "No articles in data/articles yet.");
  return h(
    doc,
    "div",
    { class: "sa-scroll" },
    h(
    doc,
    "table",
    { class: "sa-articles" },
    h(doc, "caption", { class: "sa-muted" }, "The articles the story is built from"),
    h(doc, "thead", {}, h(doc, "tr", {}, ["Title", "Source", "Published", "Language", "Sentences"].map((c) => h(doc, "th", { scope: "col" }, c)))),
    h(
      doc,
      "tbody",
      {},
      story.articles.map((a) =>
        h(
          doc,
          "tr",
          {},
          h(doc, "td", {}, h(doc, "a", { href: `./reader?article=${encodeURIComponent(a.id)}` }, a.title)),
          h(doc, "td", {}, a.source),
          h(doc, "td", {}, a.published, a.published_note ? h(doc, "span", { class: "sa-muted", title: a.published_note }, " (note)") : null),
          h(doc, "td", {}, lang[a.language] ?? a.language),
          h(doc, "td", {}, String(a.sentences.length)),
        ),
      ),
    ),
    ),
  );
}

/** The story's problems (broken articles, corrections that did not apply), in a visible box. */
export function ProblemsBox(story: Story, options: { document?: Document } = {}): HTMLElement | null {
  const doc = check.documentOf(options.document);
  const problems = story.problems ?? [];
  if (!problems.length) return null;
  return h(
    doc,
    "section",
    { class: "sa-problems", role: "alert", "aria-label": "Problems with the articles" },
    h(doc, "h2", {}, `${problems.length} problem${problems.length === 1 ? "" : "s"} with the articles or corrections`),
    h(
      doc,
      "ul",
      {},
      problems.map((p) => h(doc, "li", {}, h(doc, "strong", {}, p.severity), " ", h(doc, "code", {}, `${p.file}${p.line !== null ? `:${p.line}` : ""}`), " — ", p.message)),
    ),
  );
}

export { indexStory };
