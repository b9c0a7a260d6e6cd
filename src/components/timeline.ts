// The timeline: every dated event on a time axis, in lanes (by actor, article or modality).
// Precision is drawn honestly: a day is a point, a month/season/quarter/year/decade a bar over the
// whole interval it covers, a vague or open-ended date a faded dashed range. Each mark's tip gives
// the label, the date as written and the quote; a click opens the reader at the sentence.
import * as Plot from "@observablehq/plot";
import type { Precision, Story, StoryEvent } from "../../loaders/types.ts";
import { LINK_LIMIT, chartFrame, clickToOpen, focusTips, type Table } from "./frame.js";
import { h } from "./dom.js";
import { actorName, clip, dayEnd, eventHref, eventQuote, filterEvents, indexStory, isoOf, isoTime, reportedBy, whenWritten } from "./model.js";
import * as check from "./options.js";
import { MODALITIES, modalityScale } from "./palette.js";

export const LANES = ["actor", "article", "modality", "none"] as const;
export type LaneBy = (typeof LANES)[number];

export interface TimelineOptions {
  width?: number;
  /** What a lane is: one actor, one article, one modality, or a single lane ("none"). */
  lanes?: LaneBy;
  /** Keep the events of any of these actors / articles / modalities (null keeps all, [] none). */
  actors?: string[] | string | null;
  articles?: string[] | string | null;
  modalities?: string[] | string | null;
  /** Show this period only: `[from, to]` ISO days, either end may be null. */
  period?: [string | null, string | null] | null;
  /** At most this many lanes; the rest share an "Other" lane (default 12). */
  maxLanes?: number;
  /** A small chart without legend and lane labels (the overview's). */
  compact?: boolean;
  /** An event id to ring (from the reader's links). */
  focus?: string | null;
  document?: Document;
}

export type Shape = "point" | "interval" | "vague";

export interface TimelineRow {
  event: string;
  lane: string;
  start: Date;
  end: Date;
  shape: Shape;
  precision: Precision;
  openStart: boolean;
  openEnd: boolean;
  label: string;
  written: string;
  quote: string;
  modality: string;
  article: string;
  sentence: number;
  sources: number;
  href: string;
  tip: string;
  /** In a single lane ("none"), the sub-row the mark sits in, so marks do not hide each other. */
  track: number;
}

export interface TimelineData {
  rows: TimelineRow[];
  /** Events with no usable date, after filtering. */
  undated: StoryEvent[];
  lanes: string[];
  domain: [Date, Date];
}

const NO_ACTOR = "(no actor named)";
const OTHER = (n: number) => `Other actors (${n})`;

export function shapeOf(precision: Precision, openEnded: boolean): Shape {
  if (openEnded || precision === "vague") return "vague";
  return precision === "day" ? "point" : "interval";
}

function normalize(options: TimelineOptions) {
  return {
    width: check.width(options.width),
    lanes: check.keyword(options.lanes, "lanes", LANES, "actor"),
    actors: check.idList(options.actors, "actors"),
    articles: check.idList(options.articles, "articles"),
    modalities: check.idList(options.modalities, "modalities"),
    period: check.period(options.period),
    maxLanes: check.positiveInteger(options.maxLanes, "maxLanes", 12),
    compact: check.boolean(options.compact, "compact", false),
    focus: check.optionalString(options.focus, "focus"),
  };
}

const d3range = (n: number) => Array.from({ length: n }, (_, i) => i);
const dated = (e: StoryEvent) => !!e.when && (e.when.from !== null || e.when.to !== null);

/** What a row needs from its event, whatever the lanes and filters: worked out once per story. */
interface EventBase {
  /** Closed bounds in ms (the start of the first day, the end of the last); null for an open end. */
  from: number | null;
  to: number | null;
  shape: Shape;
  written: string;
  quote: string;
  sources: number;
  href: string;
  tip: string;
}

const bases = new WeakMap<Story, Map<string, EventBase>>();

function eventBase(story: Story, e: StoryEvent): EventBase {
  let cache = bases.get(story);
  if (!cache) bases.set(story, (cache = new Map()));
  let b = cache.get(e.id);
  if (b) return b;
  const { from, to, precision } = e.when!;
  const written = whenWritten(story, e);
  const quote = eventQuote(story, e);
  const tip = [e.label, `${written} (${precision}${!from ? ", no start" : ""}${!to ? ", no end" : ""})`, quote ? `“${clip(quote, 160)}”` : "", [e.modality, reportedBy(e)].filter(Boolean).join(" · ")]
    .filter(Boolean)
    .join("\n");
  b = { from: from ? isoTime(from) : null, to: to ? dayEnd(to) : null, shape: shapeOf(precision, !from || !to), written, quote, sources: new Set(e.articles ?? [e.article]).size, href: eventHref(e), tip };
  cache.set(e.id, b);
  return b;
}

/** The rows the timeline draws (one per event and lane), the undated events and the lanes. */
export function timelineData(story: Story, options: TimelineOptions = {}): TimelineData {
  const o = normalize(options);
  for (const m of o.modalities ?? []) if (!(MODALITIES as readonly string[]).includes(m)) throw check.invalid("modalities", m);
  const index = indexStory(story);
  const events = filterEvents(story.events ?? [], o);
  const withDates = events.filter(dated);
  const undated = events.filter((e) => !dated(e));
  const base = withDates.map((e) => eventBase(story, e));

  // The time extent of the closed bounds; open ends are drawn up to the edge of it.
  let lo = Infinity;
  let hi = -Infinity;
  for (const b of base)
    for (const t of [b.from, b.to])
      if (t !== null) (lo = Math.min(lo, t)), (hi = Math.max(hi, t));
  if (lo === Infinity) (lo = Date.UTC(2000, 0, 1)), (hi = Date.UTC(2001, 0, 1));
  if (hi - lo < 30 * 86_400_000) (lo -= 15 * 86_400_000), (hi += 15 * 86_400_000);
  const pad = (hi - lo) * 0.03;
  let domain: [number, number] = [lo - pad, hi + pad];
  if (o.period) domain = [o.period[0] ? isoTime(o.period[0]) : domain[0], o.period[1] ? dayEnd(o.period[1]) : domain[1]];

  const laneKeys = (e: StoryEvent): string[] => {
    switch (o.lanes) {
      case "actor":
        return e.actors.length ? e.actors : [NO_ACTOR];
      case "article":
        return e.articles?.length ? e.articles : [e.article];
      case "modality":
        return [e.modality];
      default:
        return [""];
    }
  };
  const laneName = (key: string): string => {
    if (o.lanes === "actor") return key === NO_ACTOR ? key : actorName(story, key);
    if (o.lanes === "article") return index.articles.get(key)?.title ?? key;
    return key;
  };

  const rows: TimelineRow[] = [];
  withDates.forEach((e, k) => {
    const b = base[k];
    const start = b.from ?? domain[0];
    const end = b.to ?? domain[1];
    if (end < domain[0] || start > domain[1]) return; // outside the period
    const startDate = new Date(start);
    const endDate = b.shape === "point" ? startDate : new Date(end);
    for (const lane of new Set(laneKeys(e)))
      rows.push({
        event: e.id,
        lane,
        start: startDate,
        end: endDate,
        shape: b.shape,
        precision: e.when!.precision,
        openStart: b.from === null,
        openEnd: b.to === null,
        label: e.label,
        written: b.written,
        quote: b.quote,
        modality: e.modality,
        article: e.article,
        sentence: e.sentence.index,
        sources: b.sources,
        href: b.href,
        tip: b.tip,
        track: 0,
      });
  });

  // Lanes: the busiest first (then by name); past maxLanes actors share one "Other" lane.
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.lane, (counts.get(r.lane) ?? 0) + 1);
  let lanes = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (laneName(a) < laneName(b) ? -1 : 1));
  if (o.lanes === "modality") lanes = MODALITIES.filter((m) => counts.has(m));
  if (lanes.length > o.maxLanes) {
    const kept = new Set(lanes.slice(0, o.maxLanes - 1));
    const other = OTHER(lanes.length - kept.size);
    const seen = new Set<string>();
    const merged: TimelineRow[] = [];
    for (const r of rows) {
      if (kept.has(r.lane)) merged.push(r);
      else if (!seen.has(r.event)) seen.add(r.event), merged.push({ ...r, lane: other });
    }
    rows.splice(0, rows.length, ...merged);
    lanes = [...lanes.slice(0, o.maxLanes - 1), other];
  }
  for (const r of rows) r.lane = laneName(r.lane);
  if (o.lanes === "none") pack(rows, (domain[1] - domain[0]) * 0.012);
  return { rows, undated, lanes: lanes.map(laneName), domain: [new Date(domain[0]), new Date(domain[1])] };
}

/** Greedy interval packing: each mark goes in the first track free at its start (plus a gap for points). */
function pack(rows: TimelineRow[], gap: number): void {
  const ends: number[] = [];
  const order = rows.map((r, i) => i).sort((a, b) => +rows[a].start - +rows[b].start || +rows[b].end - +rows[a].end || a - b);
  for (const i of order) {
    const r = rows[i];
    const start = +r.start - (r.shape === "point" ? gap : 0);
    const end = Math.max(+r.end, +r.start) + (r.shape === "point" ? gap : 0);
    let t = ends.findIndex((e) => e < start);
    if (t < 0) t = ends.push(end) - 1;
    else ends[t] = end;
    r.track = t;
  }
}

export function timelineTable(data: TimelineData): Table {
  return {
    links: data.rows.map((r) => r.href),
    columns: ["event", "lane", "date as written", "from", "to", "precision", "modality", "article", "sentence", "sources", "quote"],
    rows: data.rows.map((r) => ({
      event: r.label,
      lane: r.lane,
      "date as written": r.written,
      from: r.openStart ? "" : isoOf(+r.start),
      to: r.openEnd ? "" : r.shape === "point" ? isoOf(+r.start) : isoOf(+r.end - 86_400_000),
      precision: r.precision,
      modality: r.modality,
      article: r.article,
      sentence: r.sentence,
      sources: r.sources,
      quote: r.quote,
    })),
  };
}

type BandScale = ((v: unknown) => number | undefined) & { bandwidth?: () => number };

/**
 * The marks of a big timeline as a few paths (Plot render function): for each modality, one path of
 * faded dashed bars (vague), one of solid bars (intervals), one of dots (days). Clipped to the frame.
 */
function densePaths(rows: TimelineRow[], yKey: "track" | "lane", { inset, r }: { inset: number; r: number }) {
  return (_index: unknown, scales: { x?: (v: Date) => number; y?: BandScale; color?: (v: string) => string }, _values: unknown, dimensions: { width: number; height: number; marginLeft: number; marginRight: number }, context: { document: Document }) => {
    const doc = context.document;
    const NS = "http://www.w3.org/2000/svg";
    const g = doc.createElementNS(NS, "g");
    g.setAttribute("aria-description", "dated events");
    const { x, y, color } = scales;
    if (!x || !y || !color) return g;
    const bw = y.bandwidth?.() ?? 0;
    const left = dimensions.marginLeft;
    const right = dimensions.width - dimensions.marginRight;
    const f = (n: number) => Math.round(n * 10) / 10;
    const paths = new Map<string, string[]>();
    const add = (shape: Shape, modality: string, d: string) => {
      const key = `${shape}|${modality}`;
      let list = paths.get(key);
      if (!list) paths.set(key, (list = []));
      list.push(d);
    };
    for (const row of rows) {
      const top = y(row[yKey] as unknown);
      if (top === undefined) continue;
      const x1 = x(row.start);
      if (row.shape === "point") {
        if (x1 < left - r || x1 > right + r) continue;
        add("point", row.modality, `M${f(x1 - r)},${f(top + bw / 2)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`);
        continue;
      }
      const a = Math.max(left, x1);
      const b = Math.min(right, x(row.end));
      if (b < a) continue;
      const pad = row.shape === "interval" ? inset : 0;
      add(row.shape, row.modality, `M${f(a)},${f(top + pad)}H${f(Math.max(b, a + 1))}V${f(top + bw - pad)}H${f(a)}Z`);
    }
    const style: Record<Shape, Record<string, string | number>> = {
      vague: { "fill-opacity": 0.15, "stroke-opacity": 0.7, "stroke-dasharray": "4,3" },
      interval: { "fill-opacity": 0.75 },
      point: { stroke: "currentColor", "stroke-width": 0.75 },
    };
    for (const shape of ["vague", "interval", "point"] as const)
      for (const [key, parts] of paths) {
        if (!key.startsWith(shape + "|")) continue;
        const c = color(key.slice(shape.length + 1));
        const p = doc.createElementNS(NS, "path");
        const attrs = { d: parts.join(""), fill: c, ...(shape === "vague" ? { stroke: c } : {}), ...style[shape], "data-shape": shape, "data-marks": parts.length, ...(shape === "point" ? { "data-r": r } : {}) };
        for (const [k, v] of Object.entries(attrs)) p.setAttribute(k, String(v));
        g.appendChild(p);
      }
    return g;
  };
}

/** The timeline chart, in its frame (description, data table, exports). */
export function Timeline(story: Story, options: TimelineOptions = {}): HTMLElement {
  const o = normalize(options);
  const doc = check.documentOf(options.document);
  const data = timelineData(story, options);
  const { rows, lanes } = data;
  const single = o.lanes === "none";
  const tracks = single ? Math.max(1, ...rows.map((r) => r.track + 1)) : 0;
  const laneHeight = single ? (o.compact ? 12 : 16) : o.compact ? 26 : 34;
  const yLanes = single ? d3range(tracks) : lanes;
  const longest = Math.max(0, ...lanes.map((l) => l.length));
  const marginLeft = o.compact || o.lanes === "none" ? 10 : Math.min(Math.round(o.width * 0.35), 12 + 6.5 * Math.min(longest, 28));
  const fits = Math.max(6, Math.floor((marginLeft - 12) / 6.5));
  const tick = (l: string) => clip(l, fits);
  const by = (s: Shape) => rows.filter((r) => r.shape === s);
  const focused = o.focus ? rows.filter((r) => r.event === o.focus) : [];
  const linked = rows.length <= LINK_LIMIT;
  const yKey = single ? "track" : "lane";
  const dotRadius = single ? 4 : o.compact ? 4 : 6;
  const common = { clip: true, y: yKey, href: "href", target: "_self", ariaLabel: "tip", title: "tip", tip: { lineWidth: 40, maxRadius: 30 } } as const;
  const description =
    `${rows.length} dated event mark${rows.length === 1 ? "" : "s"} in ${lanes.length} lane${lanes.length === 1 ? "" : "s"} (${o.lanes === "none" ? "one lane" : `by ${o.lanes}`}); ` +
    `points are days, solid bars are months or years, faded dashed bars are vague or open-ended dates. ${data.undated.length} event${data.undated.length === 1 ? "" : "s"} without a date. Click a mark to read its sentence${linked ? " (with the keyboard: Tab to a mark shows its tip, Enter opens it)" : "; with the keyboard, the data table lists every event with its link"}.`;
  const chart = rows.length
    ? Plot.plot({
        document: doc,
        width: o.width,
        height: Math.max(o.compact ? 60 : 90, yLanes.length * laneHeight + 40),
        marginLeft,
        marginRight: 20,
        x: { type: "utc", domain: data.domain, label: null, grid: true, ticks: Math.max(2, Math.floor(o.width / 110)) },
        y: { domain: yLanes, label: null, axis: o.compact || single ? null : "left", tickFormat: tick, padding: single ? 0.15 : 0.25 },
        color: { ...modalityScale(), legend: !o.compact },
        marks: [
          ...(linked
            ? [
                Plot.barX(by("vague"), { ...common, x1: "start", x2: "end", fill: "modality", fillOpacity: 0.15, stroke: "modality", strokeOpacity: 0.7, strokeDasharray: "4,3", ariaDescription: "vague event" }),
                Plot.barX(by("interval"), { ...common, x1: "start", x2: "end", fill: "modality", fillOpacity: 0.75, insetTop: single ? 0 : 3, insetBottom: single ? 0 : 3, ariaDescription: "dated interval" }),
                Plot.dot(by("point"), { ...common, x: "start", fill: "modality", r: dotRadius, stroke: "currentColor", strokeWidth: 0.75, ariaDescription: "dated event" }),
              ]
            : [
                // Many marks: one path per shape and modality instead of one element per mark (the
                // browser lays out tens of elements, not thousands); the tip finds the nearest row.
                densePaths(rows, yKey, { inset: single ? 0 : 3, r: dotRadius }),
                Plot.tip(rows, Plot.pointer({ x1: "start", x2: "end", y: yKey, title: "tip", lineWidth: 40, maxRadius: 30 })),
              ]),
          Plot.dot(focused, { x: (r: TimelineRow) => new Date((+r.start + +r.end) / 2), y: single ? "track" : "lane", r: 12, stroke: "currentColor", strokeWidth: 2.5, fill: "none", ariaDescription: "focused event" }),
        ],
      })
    : null;
  if (chart) clickToOpen(chart, doc), focusTips(chart, doc);
  const figure = chartFrame(chart, {
    document: doc,
    name: o.compact ? "timeline-compact" : "timeline",
    title: "Timeline of dated events",
    description,
    // Built when the table is opened or the data exported: thousands of rows cost more than the chart.
    table: () => timelineTable(data),
    json: () => rows.map(({ tip: _tip, ...r }) => ({ ...r, start: isoOf(+r.start), end: isoOf(+r.end) })),
    empty: rows.length ? null : story.events?.length ? "No dated event matches these filters." : "No events were extracted from the articles yet.",
  });
  figure.dataset.marks = String(rows.length);
  return figure;
}

/** The events that carry no date, listed beside the timeline with a link to their sentence. */
export function UndatedEvents(story: Story, options: TimelineOptions = {}): HTMLElement {
  const doc = check.documentOf(options.document);
  const o = normalize(options);
  const undated = filterEvents(story.events ?? [], o).filter((e) => !dated(e));
  if (!undated.length) return h(doc, "p", { class: "sa-empty sa-undated", role: "status" }, "No undated events.");
  return h(
    doc,
    "ul",
    { class: "sa-undated", "aria-label": "Events without a date" },
    undated.map((e) =>
      h(
        doc,
        "li",
        {},
        h(doc, "a", { href: eventHref(e) }, e.label),
        " ",
        h(doc, "span", { class: "sa-muted" }, [e.modality, e.actors.map((a) => actorName(story, a)).join(", "), reportedBy(e)].filter(Boolean).join(" · ")),
        h(doc, "q", { class: "sa-quote" }, clip(eventQuote(story, e), 200)),
      ),
    ),
  );
}
