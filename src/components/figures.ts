// Investment sizes: the money on one scale (linear or log), ranges drawn as intervals with
// whiskers, each row labelled by who paid whom, for what and when (from the events that cite the
// figure); and the counts of things in a unit chart (each square stands for a power of ten of
// units). Currencies stay as written: nothing is converted; rows say their currency.
import * as Plot from "@observablehq/plot";
import type { Figure, Story } from "../../loaders/types.ts";
import { h } from "./dom.js";
import { LINK_LIMIT, chartFrame, clickToOpen } from "./frame.js";
import { amount, clip, figureAmount, figureHref, figureParties, figureSize, indexStory, reportedBy, sentenceText, whenWritten } from "./model.js";
import * as check from "./options.js";
import { OKABE_ITO } from "./palette.js";

export const SCALES = ["linear", "log"] as const;

export interface FiguresOptions {
  width?: number;
  /** Money axis: "linear" (from zero) or "log" (default). */
  scale?: (typeof SCALES)[number];
  /** Keep figures of these articles (null keeps all). */
  articles?: string[] | string | null;
  /** A figure id to ring (from the reader's links). */
  focus?: string | null;
  document?: Document;
}

export interface MoneyRow {
  id: string;
  text: string;
  unit: string;
  /** The exact amount, or null for a range. */
  value: number | null;
  /** The interval drawn: [low, high]; an open end is null. */
  low: number | null;
  high: number | null;
  bound: Figure["bound"];
  approx: boolean;
  who: string;
  whom: string;
  what: string;
  when: string;
  label: string;
  quote: string;
  /** "reported by N sources" when several articles tell the event behind it. */
  sources: string;
  article: string;
  sentence: number;
  href: string;
  tip: string;
}

function normalize(options: FiguresOptions) {
  return {
    width: check.width(options.width),
    scale: check.keyword(options.scale, "scale", SCALES, "log"),
    articles: check.idList(options.articles, "articles"),
    focus: check.optionalString(options.focus, "focus"),
  };
}

function kept(story: Story, kind: Figure["kind"], articles: Set<string> | null): Figure[] {
  return (story.figures ?? []).filter((f) => f.kind === kind && (!articles || articles.has(f.article)));
}

function context(story: Story, f: Figure) {
  const { who, whom, event } = figureParties(story, f);
  const when = event ? (event.when || event.time ? whenWritten(story, event) : "") : "";
  const quote = sentenceText(indexStory(story).articles.get(f.article), f.sentence);
  return { who, whom, what: event?.label ?? "", when, quote, sources: event ? reportedBy(event) : "" };
}

/** One row per money figure, in currency order then by size (largest first). */
export function moneyRows(story: Story, options: FiguresOptions = {}): MoneyRow[] {
  const o = normalize(options);
  return kept(story, "money", o.articles)
    .map((f) => {
      const c = context(story, f);
      const parties = c.who ? `${c.who}${c.whom ? ` → ${c.whom}` : ""}` : "";
      const label = [parties || clip(c.quote, 40) || f.text, c.when].filter(Boolean).join(", ");
      const tip = [`“${f.text}”`, `${figureAmount(f)} (${f.unit}, as written, not converted)`, parties, c.what, c.when, c.quote ? `“${clip(c.quote, 160)}”` : "", c.sources].filter(Boolean).join("\n");
      return {
        id: f.id,
        text: f.text,
        unit: f.unit,
        value: f.value,
        low: f.value ?? f.low,
        high: f.value ?? f.high,
        bound: f.bound,
        approx: f.approx,
        ...c,
        label,
        article: f.article,
        sentence: f.sentence,
        href: figureHref(f),
        tip,
        size: figureSize(f),
      };
    })
    .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : b.size - a.size || (a.id < b.id ? -1 : 1)))
    .map(({ size: _size, ...r }) => r);
}

/** Powers of ten inside the domain, thinned to at most `max` ticks (log axes get no minor grid). */
function powersOfTen([lo, hi]: [number, number], max: number): number[] {
  const all: number[] = [];
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) all.push(10 ** e);
  const step = Math.ceil(all.length / max);
  return all.filter((_, i) => i % step === 0);
}

/** Money on one axis: dots for exact amounts, intervals with whiskers for ranges, arrows for open ends. */
export function MoneyChart(story: Story, options: FiguresOptions = {}): HTMLElement {
  const o = normalize(options);
  const doc = check.documentOf(options.document);
  const rows = moneyRows(story, options);
  const units = [...new Set(rows.map((r) => r.unit))];
  const known = rows.flatMap((r) => [r.low, r.high]).filter((v): v is number => v !== null && v > 0);
  const max = known.length ? Math.max(...known) : 1;
  const min = known.length ? Math.min(...known) : 1;
  const domain: [number, number] = o.scale === "log" ? [min / 3, max * 3] : [0, max * 1.08];
  // Open ends run to the edge of the axis; a missing lower bound starts at the axis start.
  const x1 = (r: MoneyRow) => r.low ?? domain[0];
  const x2 = (r: MoneyRow) => r.high ?? domain[1];
  const exact = rows.filter((r) => r.value !== null);
  const ranges = rows.filter((r) => r.value === null);
  const longest = Math.max(0, ...rows.map((r) => Math.min(r.label.length, 34)));
  const marginLeft = Math.min(Math.round(o.width * 0.42), 14 + longest * 6.2);
  const y = { y: "id", ...(rows.length <= LINK_LIMIT ? { href: "href", target: "_self" } : {}), title: "tip", tip: { lineWidth: 40, maxRadius: 30 } } as const;
  const focused = rows.filter((r) => r.id === o.focus);
  const fits = Math.max(8, Math.floor((marginLeft - 14) / 6.2));
  // Many sums: thin rows, and the words as written move into the tip.
  const dense = rows.length > 40;
  const labelOf = new Map(rows.map((r) => [r.id, clip(`${units.length > 1 ? r.unit + " · " : ""}${r.label}`, fits)]));
  const chart = rows.length
    ? Plot.plot({
        document: doc,
        width: o.width,
        height: rows.length * (dense ? 16 : 44) + 60,
        marginLeft,
        marginRight: 24,
        x: { type: o.scale, domain, label: `amount as written (${units.join(", ")}; currencies not converted)`, grid: true, tickFormat: (v: number) => (units.length === 1 ? amount(v, units[0]) : amount(v, "")).trim(), ticks: o.scale === "log" ? powersOfTen(domain, Math.max(2, Math.floor((o.width - marginLeft) / 70))) : Math.max(2, Math.floor((o.width - marginLeft) / 90)) },
        y: { domain: rows.map((r) => r.id), label: null, tickFormat: (id: string) => labelOf.get(id) ?? id, padding: dense ? 0.2 : 0.5 },
        color: { type: "ordinal", domain: units, range: OKABE_ITO.slice(0, Math.max(1, units.length)), legend: units.length > 1 },
        marks: [
          Plot.ruleY(ranges, { ...y, x1, x2, stroke: "unit", strokeWidth: 3, strokeOpacity: 0.8, ariaDescription: "money range" }),
          Plot.tickX(ranges.filter((r) => r.low !== null), { y: "id", x: "low", stroke: "unit", strokeWidth: 2, inset: 6, ariaDescription: "range whisker" }),
          Plot.tickX(ranges.filter((r) => r.high !== null), { y: "id", x: "high", stroke: "unit", strokeWidth: 2, inset: 6, ariaDescription: "range whisker" }),
          Plot.text(ranges.filter((r) => r.high === null), { y: "id", x: () => domain[1], text: () => "→", textAnchor: "start", fontSize: 16, fill: "unit", ariaDescription: "open end" }),
          Plot.text(ranges.filter((r) => r.low === null && r.high !== null), { y: "id", x: () => domain[0], text: () => "←", textAnchor: "end", fontSize: 16, fill: "unit", ariaDescription: "open end" }),
          Plot.dot(exact, { ...y, x: "value", fill: "unit", r: dense ? 4 : 6, stroke: "currentColor", strokeWidth: 0.75, symbol: (r: MoneyRow) => (r.approx ? "diamond" : "circle"), ariaDescription: "money amount" }),
          Plot.text(dense ? [] : rows, { y: "id", x: (r: MoneyRow) => (r.value ?? (r.low !== null && r.high !== null ? (o.scale === "log" ? Math.sqrt(r.low * r.high) : (r.low + r.high) / 2) : (r.low ?? r.high))), text: (r: MoneyRow) => clip(r.text, 44), dy: -13, fontSize: 11, ariaDescription: "as written" }),
          Plot.dot(focused, { y: "id", x: (r: MoneyRow) => r.value ?? r.low ?? r.high, r: 13, stroke: "currentColor", strokeWidth: 2.5, fill: "none", ariaDescription: "focused figure" }),
        ],
      })
    : null;
  if (chart) clickToOpen(chart, doc);
  const figure = chartFrame(chart, {
    document: doc,
    name: "money",
    title: "Sums of money",
    description: `${rows.length} sum${rows.length === 1 ? "" : "s"} of money on a ${o.scale} axis, in the currency the article wrote (${units.join(", ") || "none"}); dots are exact amounts (diamonds approximate), bars with whiskers are ranges, arrows open-ended bounds. Each row says who paid whom and when, where an event links the sum to actors. Click to read the sentence.`,
    table: {
      links: rows.map((r) => r.href),
      columns: ["as written", "currency", "value", "low", "high", "bound", "who", "whom", "what", "when", "article", "sentence"],
      rows: rows.map((r) => ({ "as written": r.text, currency: r.unit, value: r.value, low: r.value === null ? r.low : null, high: r.value === null ? r.high : null, bound: r.bound, who: r.who, whom: r.whom, what: r.what, when: r.when, article: r.article, sentence: r.sentence })),
    },
    json: rows.map(({ tip: _tip, ...r }) => r),
    empty: rows.length ? null : "No sums of money were extracted from the articles yet.",
  });
  figure.dataset.marks = String(rows.length);
  return figure;
}

export interface CountBlock {
  id: string;
  text: string;
  unit: string;
  /** How many units one square stands for (1, 10, 100, ...). */
  per: number;
  /** Squares for the sure part (the value or the lower bound) and the uncertain part (up to the upper bound). */
  solid: number;
  faded: number;
  open: boolean;
  /** First label line: the figure as written and its amount. */
  label: string;
  /** Second label line: what a square stands for, and who. */
  detail: string;
  href: string;
  tip: string;
  article: string;
  sentence: number;
}

/** At most about 100 squares per figure: one square stands for the smallest power of ten that allows it. */
export function perSquare(n: number): number {
  return n <= 100 ? 1 : 10 ** Math.ceil(Math.log10(n / 100));
}

export function countBlocks(story: Story, options: FiguresOptions = {}): CountBlock[] {
  const o = normalize(options);
  return kept(story, "count", o.articles)
    .map((f) => {
      const c = context(story, f);
      const sure = f.value ?? f.low ?? 0;
      const top = f.value ?? f.high ?? sure;
      const per = perSquare(Math.max(sure, top, 1));
      const parties = c.who ? `${c.who}${c.whom ? ` → ${c.whom}` : ""}` : "";
      return {
        id: f.id,
        text: f.text,
        unit: f.unit,
        per,
        solid: Math.max(sure > 0 ? 1 : 0, Math.round(sure / per)),
        faded: Math.max(0, Math.round(top / per) - Math.round(sure / per)),
        open: f.value === null && f.high === null,
        label: `${f.text} — ${figureAmount(f)}`,
        detail: [per > 1 ? `one square = ${per.toLocaleString("en-US")} ${f.unit}` : "one square each", parties].filter(Boolean).join(" · "),
        href: figureHref(f),
        tip: [`“${f.text}”`, figureAmount(f), parties, c.what, c.when, c.quote ? `“${clip(c.quote, 160)}”` : "", c.sources].filter(Boolean).join("\n"),
        article: f.article,
        sentence: f.sentence,
        size: figureSize(f),
      };
    })
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1))
    .map(({ size: _size, ...b }) => b);
}

/** Counts of things as unit charts: one block of squares per figure, faded squares for the uncertain part. */
export function CountChart(story: Story, options: FiguresOptions = {}): HTMLElement {
  const o = normalize(options);
  const doc = check.documentOf(options.document);
  const blocks = countBlocks(story, options);
  const cols = Math.max(10, Math.min(50, Math.floor((o.width - 20) / 12)));
  const cells: { block: string; col: number; row: number; faded: boolean; href: string; tip: string }[] = [];
  const labels: { id: string; row: number; text: string }[] = [];
  const rings: { row: number; col: number }[] = [];
  let row = 0;
  const chars = Math.max(12, Math.floor((o.width - 30) / 6.6));
  for (const b of blocks) {
    labels.push({ id: b.id, row, text: `${clip(b.label, chars)}\n${clip(b.detail, chars)}` });
    row += 2.6;
    const n = b.solid + b.faded;
    for (let i = 0; i < n; i++) cells.push({ block: b.id, col: i % cols, row: row + Math.floor(i / cols), faded: i >= b.solid, href: b.href, tip: b.tip });
    if (b.id === o.focus) rings.push({ row, col: 0 });
    row += Math.ceil(Math.max(n, 1) / cols) + 0.8;
  }
  const cell = Math.min(14, (o.width - 20) / cols);
  const chart = blocks.length
    ? Plot.plot({
        document: doc,
        width: o.width,
        height: Math.ceil(row * cell) + 20,
        marginLeft: 10,
        marginRight: 10,
        marginTop: 10,
        marginBottom: 10,
        x: { domain: [0, cols], range: [10, 10 + cols * cell], axis: null },
        y: { domain: [0, row], range: [10, 10 + row * cell], axis: null },
        marks: [
          Plot.rect(cells, { x1: "col", x2: (d) => d.col + 1, y1: "row", y2: (d) => d.row + 1, inset: 1, fill: (d) => (d.faded ? "none" : OKABE_ITO[2]), fillOpacity: 0.85, stroke: OKABE_ITO[2], strokeOpacity: (d) => (d.faded ? 0.6 : 0), strokeDasharray: "2,2", ...(cells.length <= LINK_LIMIT ? { href: "href", target: "_self" } : {}), title: "tip", tip: true, ariaDescription: "count square" }),
          Plot.text(labels, { x: 0, y: "row", text: "text", textAnchor: "start", lineAnchor: "top", fontSize: 12, lineHeight: 1.15, dy: 1, ariaDescription: "count label" }),
          Plot.rect(rings, { x1: -0.3, x2: cols + 0.3, y1: (d) => d.row - 0.2, y2: (d) => d.row + 1.2, fill: "none", stroke: "currentColor", strokeWidth: 2, ariaDescription: "focused figure" }),
        ],
      })
    : null;
  if (chart) clickToOpen(chart, doc);
  const figure = chartFrame(chart, {
    document: doc,
    name: "counts",
    title: "Counts of things",
    description: `${blocks.length} count${blocks.length === 1 ? "" : "s"} of things, one block of squares each; a square stands for 1, 10, 100… units as its label says, faded dashed squares are the uncertain part of a range. Click a square to read the sentence.`,
    table: {
      links: blocks.map((b) => b.href),
      columns: ["as written", "unit", "amount", "one square =", "squares", "uncertain squares", "article", "sentence"],
      rows: blocks.map((b) => ({ "as written": b.text, unit: b.unit, amount: b.label.split(" — ")[1] ?? "", "one square =": b.per, squares: b.solid, "uncertain squares": b.faded, article: b.article, sentence: b.sentence })),
    },
    json: blocks.map(({ tip: _tip, ...b }) => b),
    empty: blocks.length ? null : "No counts of things were extracted from the articles yet.",
  });
  figure.dataset.marks = String(blocks.length);
  return figure;
}

/** Percentages and measures, listed with their sentence (they share no axis with money or counts). */
export function OtherFigures(story: Story, options: FiguresOptions = {}): HTMLElement {
  const o = normalize(options);
  const doc = check.documentOf(options.document);
  const list = (story.figures ?? []).filter((f) => (f.kind === "percent" || f.kind === "measure") && (!o.articles || o.articles.has(f.article)));
  if (!list.length) return h(doc, "p", { class: "sa-muted" }, "No percentages or measures.");
  return h(doc, "ul", { class: "sa-undated" }, list.map((f) => h(doc, "li", {}, h(doc, "a", { href: figureHref(f) }, f.text), " ", h(doc, "span", { class: "sa-muted" }, `${f.kind}: ${figureAmount(f)}`))));
}
