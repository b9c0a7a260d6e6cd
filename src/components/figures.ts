// Investment sizes: the money on one scale (linear or log), ranges drawn as intervals with
// whiskers, each row labelled by who paid whom, for what and when (from the events that cite the
// figure); and the counts of things in a unit chart (each square stands for a power of ten of
// units). Currencies stay as written: nothing is converted; rows say their currency.
import * as Plot from "@observablehq/plot";
import type { Figure, Story } from "../../loaders/types.ts";
import { h } from "./dom.js";
import { LINK_LIMIT, chartFrame, clickToOpen, focusTips } from "./frame.js";
import { amount, clip, figureAmount, figureHref, figureParties, figureSize, indexStory, reportedBy, sentenceText, whenWritten } from "./model.js";
import { groupFigures, placeLines, toldTimes, type FigureGroup, type FigurePlace } from "./figure-groups.js";
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
  /** The group's first figure. */
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
  /** Every figure the row stands for (the same amount told several times). */
  figures: string[];
  /** "told 3 times (in 2 articles)", or "" when told once. */
  told: string;
  /** Every place the amount is told, with its link to the reader. */
  places: FigurePlace[];
  /** Rows of the same event and currency that give another amount share this key ("" when none). */
  conflict: string;
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

function context(story: Story, g: FigureGroup) {
  const f = g.figures[0];
  const { who, whom } = figureParties(story, f);
  const event = g.event;
  const when = event ? (event.when || event.time ? whenWritten(story, event) : "") : "";
  const quote = sentenceText(indexStory(story).articles.get(f.article), f.sentence);
  return { who, whom, what: event?.label ?? "", when, quote, sources: event ? reportedBy(event) : "" };
}

/** The amount of a group in short form ("$100 M", "≈ 10 k GPU"). */
function groupAmount(g: FigureGroup): string {
  return figureAmount({ ...g.figures[0], approx: g.approx });
}

/** Rows of one conflict set next to each other (the set placed by its largest amount), then by size. */
function bySet<T extends { id: string; unit: string; conflict: string; size: number }>(rows: T[], unitFirst: boolean): T[] {
  const setSize = new Map<string, number>();
  for (const r of rows) if (r.conflict) setSize.set(r.conflict, Math.max(setSize.get(r.conflict) ?? -Infinity, r.size));
  const key = (r: T) => (r.conflict ? setSize.get(r.conflict)! : r.size);
  return rows.sort(
    (a, b) =>
      (unitFirst && a.unit !== b.unit ? (a.unit < b.unit ? -1 : 1) : 0) ||
      key(b) - key(a) ||
      ((a.conflict || a.id) < (b.conflict || b.id) ? -1 : (a.conflict || a.id) > (b.conflict || b.id) ? 1 : 0) ||
      b.size - a.size ||
      (a.id < b.id ? -1 : 1),
  );
}

/**
 * One row per sum of money told (an amount repeated for the same event is one row, "told N times");
 * rows of the same event that give other amounts sit next to each other. Currency order, then size.
 */
export function moneyRows(story: Story, options: FiguresOptions = {}): MoneyRow[] {
  const o = normalize(options);
  const rows = moneyGroups(story, o.articles).map((g) => {
    const f = g.figures[0];
    const c = context(story, g);
    const told = toldTimes(g);
    const parties = c.who ? `${c.who}${c.whom ? ` → ${c.whom}` : ""}` : "";
    const label = [parties || clip(c.quote, 40) || f.text, c.when].filter(Boolean).join(", ");
    const amountLine = `${groupAmount(g)} (${f.unit}, as written, not converted)`;
    const tip = [
      `“${f.text}”`,
      amountLine,
      parties,
      c.what,
      c.when,
      c.quote ? `“${clip(c.quote, 160)}”` : "",
      ...(told ? [told + ":", ...placeLines(story, g)] : []),
      g.conflict ? "other amounts for the same event: see the rows beside it (not averaged)" : "",
      c.sources,
    ]
      .filter(Boolean)
      .join("\n");
    return {
      id: g.id,
      text: f.text,
      unit: f.unit,
      value: g.value,
      low: g.value ?? g.low,
      high: g.value ?? g.high,
      bound: g.bound,
      approx: g.approx,
      ...c,
      label,
      article: f.article,
      sentence: f.sentence,
      href: figureHref(f),
      tip,
      figures: g.figures.map((x) => x.id),
      told,
      places: g.places,
      conflict: g.conflict,
      size: figureSize(f),
    };
  });
  return bySet(rows, true).map(({ size: _size, ...r }) => r);
}

/** The money figures kept, grouped as the money chart draws them (hedged amounts apart). */
export function moneyGroups(story: Story, articles: Set<string> | null = null): FigureGroup[] {
  return groupFigures(story, kept(story, "money", articles), { hedges: true });
}

/** The count figures kept, grouped as the unit chart draws them (one block per quantity told). */
export function countGroups(story: Story, articles: Set<string> | null = null): FigureGroup[] {
  return groupFigures(story, kept(story, "count", articles));
}

/** "1 of 2 (same event, other amounts beside)" for rows of a conflict set, "" otherwise. */
function versionOf(list: { conflict: string }[], item: { conflict: string }): string {
  if (!item.conflict) return "";
  const set = list.filter((x) => x.conflict === item.conflict);
  return `${set.indexOf(item) + 1} of ${set.length} (same event, not averaged)`;
}

const placesTable = (places: FigurePlace[]) => places.map((p) => `${p.article}#s-${p.sentence}`).join("; ");
const placeLinks = (places: FigurePlace[]) => ({ places: places.map((p) => ({ text: `“${p.text}” (${p.article}, sentence ${p.sentence})`, href: p.href })) });

/** Powers of ten inside the domain, thinned to at most `max` ticks (log axes get no minor grid). */
function powersOfTen([lo, hi]: [number, number], max: number): number[] {
  const all: number[] = [];
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) all.push(10 ** e);
  const step = Math.ceil(all.length / max);
  return all.filter((_, i) => i % step === 0);
}

/** A shaded band behind each set of rows that give different amounts for the same event (Plot render function). */
function conflictBands(rows: MoneyRow[], dense: boolean) {
  const sets = new Map<string, string[]>();
  for (const r of rows) if (r.conflict) sets.set(r.conflict, [...(sets.get(r.conflict) ?? []), r.id]);
  return (_index: unknown, scales: { y?: ((v: string) => number | undefined) & { bandwidth?: () => number; step?: () => number } }, _values: unknown, dimensions: { width: number; marginLeft: number; marginRight: number }, context: { document: Document }) => {
    const doc = context.document;
    const g = doc.createElementNS("http://www.w3.org/2000/svg", "g");
    g.setAttribute("aria-description", "amounts that differ");
    const y = scales.y;
    if (!y?.bandwidth || !y.step) return g;
    const pad = (y.step() - y.bandwidth()) / 2;
    for (const ids of sets.values()) {
      const tops = ids.map((id) => y(id)).filter((v): v is number => v !== undefined);
      if (tops.length < 2) continue;
      const top = Math.min(...tops) - pad * 0.8;
      const bottom = Math.max(...tops) + y.bandwidth() + pad * 0.8;
      const rect = doc.createElementNS("http://www.w3.org/2000/svg", "rect");
      for (const [k, v] of Object.entries({ x: 2, y: top, width: dimensions.width - dimensions.marginRight - 2, height: bottom - top, rx: 4, fill: "currentColor", "fill-opacity": 0.06, stroke: "currentColor", "stroke-opacity": 0.35, "stroke-dasharray": "3,3" })) rect.setAttribute(k, String(v));
      g.appendChild(rect);
      // The words go where they fit (wide charts); the description and the tips say it on phones.
      if (!dense && dimensions.width - dimensions.marginLeft - dimensions.marginRight >= 380) {
        const text = doc.createElementNS("http://www.w3.org/2000/svg", "text");
        for (const [k, v] of Object.entries({ x: dimensions.width - dimensions.marginRight - 4, y: bottom - 4, "text-anchor": "end", "font-size": 10, fill: "currentColor", "fill-opacity": 0.75 })) text.setAttribute(k, String(v));
        text.textContent = `${ids.length} versions of one event’s amount, side by side, not averaged`;
        g.appendChild(text);
      }
    }
    return g;
  };
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
  const y = { y: "id", ...(rows.length <= LINK_LIMIT ? { href: "href", target: "_self", ariaLabel: "tip" } : {}), title: "tip", tip: { lineWidth: 40, maxRadius: 30 } } as const;
  const focused = o.focus ? rows.filter((r) => r.figures.includes(o.focus!)) : [];
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
          conflictBands(rows, dense),
          Plot.ruleY(ranges, { ...y, x1, x2, stroke: "unit", strokeWidth: 3, strokeOpacity: 0.8, ariaDescription: "money range" }),
          Plot.tickX(ranges.filter((r) => r.low !== null), { y: "id", x: "low", stroke: "unit", strokeWidth: 2, inset: 6, ariaDescription: "range whisker" }),
          Plot.tickX(ranges.filter((r) => r.high !== null), { y: "id", x: "high", stroke: "unit", strokeWidth: 2, inset: 6, ariaDescription: "range whisker" }),
          Plot.text(ranges.filter((r) => r.high === null), { y: "id", x: () => domain[1], text: () => "→", textAnchor: "start", fontSize: 16, fill: "unit", ariaDescription: "open end" }),
          Plot.text(ranges.filter((r) => r.low === null && r.high !== null), { y: "id", x: () => domain[0], text: () => "←", textAnchor: "end", fontSize: 16, fill: "unit", ariaDescription: "open end" }),
          Plot.dot(exact, { ...y, x: "value", fill: "unit", r: dense ? 4 : 6, stroke: "currentColor", strokeWidth: 0.75, symbol: (r: MoneyRow) => (r.approx ? "diamond" : "circle"), ariaDescription: "money amount" }),
          Plot.text(dense ? [] : rows, { y: "id", x: (r: MoneyRow) => (r.value ?? (r.low !== null && r.high !== null ? (o.scale === "log" ? Math.sqrt(r.low * r.high) : (r.low + r.high) / 2) : (r.low ?? r.high))), text: (r: MoneyRow) => clip(r.text, 44) + (r.told ? ` · ${r.told}` : ""), dy: -13, fontSize: 11, ariaDescription: "as written" }),
          Plot.dot(focused, { y: "id", x: (r: MoneyRow) => r.value ?? r.low ?? r.high, r: 13, stroke: "currentColor", strokeWidth: 2.5, fill: "none", ariaDescription: "focused figure" }),
        ],
      })
    : null;
  if (chart) clickToOpen(chart, doc), focusTips(chart, doc);
  const figure = chartFrame(chart, {
    document: doc,
    name: "money",
    title: "Sums of money",
    description: `${rows.length} sum${rows.length === 1 ? "" : "s"} of money on a ${o.scale} axis, in the currency the article wrote (${units.join(", ") || "none"}); dots are exact amounts (diamonds approximate), bars with whiskers are ranges, arrows open-ended bounds. Each row says who paid whom and when, where an event links the sum to actors; an amount told several times is one row ("told N times"), and different amounts given for the same event sit side by side in a shaded group, never averaged. Click to read the sentence (keyboard: Tab to a mark shows its tip, Enter opens it).`,
    table: {
      links: rows.map((r) => r.href),
      columns: ["as written", "currency", "value", "low", "high", "bound", "approximate", "who", "whom", "what", "when", "told", "version", "places"],
      rows: rows.map((r) => ({ "as written": r.text, currency: r.unit, value: r.value, low: r.value === null ? r.low : null, high: r.value === null ? r.high : null, bound: r.bound, approximate: r.approx, who: r.who, whom: r.whom, what: r.what, when: r.when, told: r.told || "once", version: versionOf(rows, r), places: placesTable(r.places) })),
      cellLinks: rows.map((r) => placeLinks(r.places)),
    },
    json: rows.map(({ tip: _tip, ...r }) => r),
    empty: rows.length ? null : "No sums of money were extracted from the articles yet.",
  });
  figure.dataset.marks = String(rows.length);
  return figure;
}

export interface CountBlock {
  /** The group's first figure. */
  id: string;
  text: string;
  unit: string;
  /** How many units one square stands for (1, 10, 100, ...). */
  per: number;
  /** Squares for the sure part (the value or the lower bound) and the uncertain part (up to the upper bound). */
  solid: number;
  faded: number;
  open: boolean;
  /** First label line: the figure as written (or, told several times, "told N times") and its amount. */
  label: string;
  /** The amount in short form ("10 k GPU"). */
  amount: string;
  /** Second label line: what a square stands for, and who. */
  detail: string;
  href: string;
  tip: string;
  article: string;
  sentence: number;
  /** Every figure the block stands for. */
  figures: string[];
  /** "told 5 times (in 2 articles)", or "" when told once. */
  told: string;
  places: FigurePlace[];
  /** Blocks of the same event and unit that give another amount share this key ("" when none). */
  conflict: string;
  /** The event's label, for the header of a set of differing amounts. */
  what: string;
}

/** At most about 100 squares per figure: one square stands for the smallest power of ten that allows it. */
export function perSquare(n: number): number {
  return n <= 100 ? 1 : 10 ** Math.ceil(Math.log10(n / 100));
}

/** One block per quantity told (the same count of the same thing for the same event is one block). */
export function countBlocks(story: Story, options: FiguresOptions = {}): CountBlock[] {
  const o = normalize(options);
  const blocks = countGroups(story, o.articles).map((g) => {
    const f = g.figures[0];
    const c = context(story, g);
    const told = toldTimes(g);
    const sure = g.value ?? g.low ?? 0;
    const top = g.value ?? g.high ?? sure;
    const per = perSquare(Math.max(sure, top, 1));
    const parties = c.who ? `${c.who}${c.whom ? ` → ${c.whom}` : ""}` : "";
    const amountText = groupAmount(g);
    const hedged = g.places.filter((p) => p.approx).length;
    const hedgeNote = hedged && hedged < g.places.length ? `${hedged} of them hedged (“${g.places.find((p) => p.approx)!.text}”)` : "";
    return {
      id: g.id,
      text: f.text,
      unit: f.unit,
      per,
      solid: Math.max(sure > 0 ? 1 : 0, Math.round(sure / per)),
      faded: Math.max(0, Math.round(top / per) - Math.round(sure / per)),
      open: g.value === null && g.high === null,
      label: told ? `${amountText} — ${told}` : `${f.text} — ${amountText}`,
      amount: amountText,
      detail: [per > 1 ? `one square = ${per.toLocaleString("en-US")} ${f.unit}` : "one square each", parties].filter(Boolean).join(" · "),
      href: figureHref(f),
      tip: [
        told ? amountText : `“${f.text}”`,
        told ? "" : amountText,
        parties,
        c.what,
        c.when,
        c.quote ? `“${clip(c.quote, 160)}”` : "",
        ...(told ? [told + (hedgeNote ? `, ${hedgeNote}` : "") + ":", ...placeLines(story, g)] : []),
        g.conflict ? "other amounts for the same event: see the blocks beside it (not averaged)" : "",
        c.sources,
      ]
        .filter(Boolean)
        .join("\n"),
      article: f.article,
      sentence: f.sentence,
      figures: g.figures.map((x) => x.id),
      told,
      places: g.places,
      conflict: g.conflict,
      what: c.what,
      size: figureSize(f),
    };
  });
  return bySet(blocks, false).map(({ size: _size, ...b }) => b);
}

/** Counts of things as unit charts: one block of squares per quantity told, faded squares for the uncertain part. */
export function CountChart(story: Story, options: FiguresOptions = {}): HTMLElement {
  const o = normalize(options);
  const doc = check.documentOf(options.document);
  const blocks = countBlocks(story, options);
  const cols = Math.max(10, Math.min(50, Math.floor((o.width - 20) / 12)));
  const cells: { block: string; col: number; row: number; faded: boolean; href: string; tip: string }[] = [];
  const labels: { id: string; row: number; text: string }[] = [];
  const headers: { row: number; text: string }[] = [];
  const brackets: { y1: number; y2: number }[] = [];
  const rings: { row: number; col: number }[] = [];
  let row = 0;
  const chars = Math.max(12, Math.floor((o.width - 30) / 6.6));
  blocks.forEach((b, k) => {
    const opens = b.conflict && blocks[k - 1]?.conflict !== b.conflict;
    if (opens) {
      const n = blocks.filter((x) => x.conflict === b.conflict).length;
      headers.push({ row, text: clip(`${b.what || b.unit}: ${n} versions of the amount, not averaged`, chars) });
      brackets.push({ y1: row, y2: row });
      row += 1.6;
    }
    labels.push({ id: b.id, row, text: `${clip(b.label, chars)}\n${clip(b.detail, chars)}` });
    row += 2.6;
    const n = b.solid + b.faded;
    for (let i = 0; i < n; i++) cells.push({ block: b.id, col: i % cols, row: row + Math.floor(i / cols), faded: i >= b.solid, href: b.href, tip: b.tip });
    if (o.focus && b.figures.includes(o.focus)) rings.push({ row, col: 0 });
    row += Math.ceil(Math.max(n, 1) / cols) + 0.8;
    if (b.conflict && blocks[k + 1]?.conflict !== b.conflict) brackets[brackets.length - 1].y2 = row - 0.6;
  });
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
          Plot.rect(cells, { x1: "col", x2: (d) => d.col + 1, y1: "row", y2: (d) => d.row + 1, inset: 1, fill: (d) => (d.faded ? "none" : OKABE_ITO[2]), fillOpacity: 0.85, stroke: OKABE_ITO[2], strokeOpacity: (d) => (d.faded ? 0.6 : 0), strokeDasharray: "2,2", ...(cells.length <= LINK_LIMIT ? { href: "href", target: "_self", ariaLabel: "tip" } : {}), title: "tip", tip: { lineWidth: 40, maxRadius: 30 }, ariaDescription: "count square" }),
          Plot.text(labels, { x: 0, y: "row", text: "text", textAnchor: "start", lineAnchor: "top", fontSize: 12, lineHeight: 1.15, dy: 1, ariaDescription: "count label" }),
          Plot.text(headers, { x: 0, y: "row", text: "text", textAnchor: "start", lineAnchor: "top", fontSize: 12, fontWeight: "bold", dy: 1, ariaDescription: "differing amounts" }),
          Plot.ruleX(brackets, { x: -0.35, y1: "y1", y2: "y2", stroke: "currentColor", strokeWidth: 2, strokeOpacity: 0.5, ariaDescription: "differing amounts bracket" }),
          Plot.rect(rings, { x1: -0.3, x2: cols + 0.3, y1: (d) => d.row - 0.2, y2: (d) => d.row + 1.2, fill: "none", stroke: "currentColor", strokeWidth: 2, ariaDescription: "focused figure" }),
        ],
      })
    : null;
  // One Tab stop per block (its first square) shows the block's tip; the other squares are pointer-only.
  if (chart) clickToOpen(chart, doc), focusTips(chart, doc, (_a, i) => i > 0 && cells[i - 1].block === cells[i].block);
  const figure = chartFrame(chart, {
    document: doc,
    name: "counts",
    title: "Counts of things",
    description: `${blocks.length} count${blocks.length === 1 ? "" : "s"} of things, one block of squares each (a quantity told several times is one block, "told N times"; different amounts for the same event stand side by side under one bracket, never averaged); a square stands for 1, 10, 100… units as its label says, faded dashed squares are the uncertain part of a range. Click a square to read the sentence (keyboard: Tab stops once per block and shows its tip, Enter opens it).`,
    table: {
      links: blocks.map((b) => b.href),
      columns: ["as written", "unit", "amount", "told", "version", "one square =", "squares", "uncertain squares", "places"],
      rows: blocks.map((b) => ({ "as written": b.text, unit: b.unit, amount: b.amount, told: b.told || "once", version: versionOf(blocks, b), "one square =": b.per, squares: b.solid, "uncertain squares": b.faded, places: placesTable(b.places) })),
      cellLinks: blocks.map((b) => placeLinks(b.places)),
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
