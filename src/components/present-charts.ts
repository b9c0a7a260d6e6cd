// The Present page's three small charts — a timeline, a figure chart and an actor network — drawn
// with d3 so that each step only moves them: marks are joined by id, and a new step changes which
// ones are highlighted (class `is-active`, attribute `data-event` / `data-figures` / `data-actor`)
// and where the timeline's date band sits, with transitions of `duration` ms (0 when the reader
// prefers reduced motion, and for print).
import * as d3 from "d3";
import type { FigureItem, Highlight, NetworkLink, NetworkNode, Presentation, TimelineItem } from "../../loaders/stories/types.ts";
import { ACTOR_TYPE_COLORS, KIND_COLORS, MODALITY_COLORS } from "./palette.js";

export interface ChartSize {
  width: number;
  height: number;
  highlight: Highlight;
  duration: number;
  /** Compact: fewer labels (thumbnails and phones). */
  compact: boolean;
}

type Sel<E extends d3.BaseType> = d3.Selection<E, unknown, null, undefined>;

const SVG_NS = "http://www.w3.org/2000/svg";

function svgRoot(svg: SVGSVGElement, { width, height }: ChartSize, label: string): Sel<SVGSVGElement> {
  const s = d3.select(svg);
  s.attr("width", width).attr("height", height).attr("viewBox", `0 0 ${width} ${height}`).attr("role", "img").attr("aria-label", label);
  return s;
}

function layer(parent: Sel<SVGSVGElement>, name: string): Sel<SVGGElement> {
  let g = parent.select<SVGGElement>(`g.${name}`);
  if (g.empty()) g = parent.append("g").attr("class", name);
  return g;
}

function note(svg: Sel<SVGSVGElement>, text: string | null, size: ChartSize): void {
  const t = svg.selectAll<SVGTextElement, string>("text.pc-empty").data(text ? [text] : []);
  t.join("text")
    .attr("class", "pc-empty")
    .attr("x", size.width / 2)
    .attr("y", size.height / 2)
    .attr("text-anchor", "middle")
    .text((d) => d);
}

function transition<E extends d3.BaseType, D>(sel: d3.Selection<E, D, d3.BaseType, unknown>, duration: number) {
  return sel.transition().duration(duration).ease(d3.easeCubicInOut);
}

const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const dayAfter = (iso: string) => new Date(utc(iso).getTime() + 864e5);

// ---------------------------------------------------------------------------------------------
// Timeline: dated events as bars (ranges) or dots (days), one row each; the dates the text tells
// as faint ticks under the axis; the step's date as a band.

export function drawTimeline(svg: SVGSVGElement, data: Presentation["timeline"], size: ChartSize): void {
  const { width, height, highlight, duration, compact } = size;
  const root = svgRoot(svg, size, "Timeline of the dated events");
  const events = data.events;
  const spans = [...events.map((e) => [e.from, e.to]), ...data.dates.map((d) => [d.from, d.to])];
  note(root, spans.length ? null : "No dated events yet", size);
  if (!spans.length) {
    root.selectAll("g").remove();
    return;
  }
  const m = { top: 10, right: 14, bottom: 26, left: 14 };
  let lo = d3.min(spans, (s) => utc(s[0]))!;
  let hi = d3.max(spans, (s) => dayAfter(s[1]))!;
  const pad = Math.max((hi.getTime() - lo.getTime()) * 0.04, 15 * 864e5);
  lo = new Date(lo.getTime() - pad);
  hi = new Date(hi.getTime() + pad);
  const x = d3.scaleUtc().domain([lo, hi]).range([m.left, width - m.right]);
  const rows = Math.max(events.length, 1);
  const step = Math.min(30, (height - m.top - m.bottom - 10) / rows);
  const y = (i: number) => m.top + i * step + step / 2;
  const active = new Set(highlight.events);
  const any = active.size > 0;
  const labels = !compact && step >= 14;

  const axis = layer(root, "pc-axis").attr("transform", `translate(0,${height - m.bottom})`);
  transition(axis, duration).call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / (compact ? 110 : 90)))).tickSizeOuter(0) as never);

  const band = layer(root, "pc-band").selectAll<SVGRectElement, { from: string; to: string }>("rect").data(highlight.when ? [highlight.when] : [], () => "band");
  band.join(
    (enter) => enter.append("rect").attr("class", "tl-when").attr("y", m.top - 4).attr("height", height - m.top - m.bottom + 4).attr("x", (d) => x(utc(d.from))).attr("width", 0),
    (update) => update,
    (exit) => exit.remove(),
  );
  transition(layer(root, "pc-band").selectAll<SVGRectElement, { from: string; to: string }>("rect.tl-when"), duration)
    .attr("y", m.top - 4)
    .attr("height", height - m.top - m.bottom + 4)
    .attr("x", (d) => x(utc(d.from)))
    .attr("width", (d) => Math.max(3, x(dayAfter(d.to)) - x(utc(d.from))));

  const ticks = layer(root, "pc-dates")
    .selectAll<SVGLineElement, (typeof data.dates)[number]>("line")
    .data(data.dates, (d) => d.id)
    .join("line")
    .attr("class", "tl-date");
  transition(ticks, duration)
    .attr("x1", (d) => (x(utc(d.from)) + x(dayAfter(d.to))) / 2)
    .attr("x2", (d) => (x(utc(d.from)) + x(dayAfter(d.to))) / 2)
    .attr("y1", height - m.bottom - 6)
    .attr("y2", height - m.bottom);

  const g = layer(root, "pc-marks")
    .selectAll<SVGGElement, TimelineItem>("g.tl-event")
    .data(events, (d) => d.id)
    .join((enter) => {
      const e = enter.append("g").attr("class", "tl-event");
      e.append("rect").attr("rx", 4);
      e.append("text").attr("dy", "0.35em");
      e.append("title");
      return e;
    })
    .attr("data-event", (d) => d.id)
    .attr("data-modality", (d) => d.modality)
    .classed("is-active", (d) => active.has(d.id))
    .classed("is-dim", (d) => any && !active.has(d.id));
  g.select("title").text((d) => `${d.label} (${d.from === d.to ? d.from : `${d.from} – ${d.to}`})`);
  const barH = Math.max(4, Math.min(14, step * 0.6));
  g.select<SVGRectElement>("rect").attr("fill", (d) => MODALITY_COLORS[d.modality] ?? MODALITY_COLORS.asserted);
  transition(g.select<SVGRectElement>("rect"), duration)
    .attr("x", (d) => x(utc(d.from)))
    .attr("width", (d) => Math.max(barH, x(dayAfter(d.to)) - x(utc(d.from))))
    .attr("y", (_, i) => y(i) - barH / 2)
    .attr("height", barH)
    .attr("rx", (d) => (d.precision === "day" ? barH / 2 : 2));
  // Labels beside the bar: after it when they fit, else before it, else on the roomier side, cut short.
  const CHAR = 6.2;
  const place = (d: TimelineItem): { x: number; anchor: string; text: string } => {
    const x0 = x(utc(d.from));
    const x1 = Math.max(x(dayAfter(d.to)), x0 + barH);
    const right = width - m.right - x1 - 6;
    const left = x0 - 6 - m.left;
    const w = d.label.length * CHAR;
    if (w <= right) return { x: x1 + 6, anchor: "start", text: d.label };
    if (w <= left) return { x: x0 - 6, anchor: "end", text: d.label };
    const room = Math.max(right, left);
    const n = Math.max(0, Math.floor(room / CHAR) - 1);
    const text = n >= 4 ? `${d.label.slice(0, n)}…` : "";
    return right >= left ? { x: x1 + 6, anchor: "start", text } : { x: x0 - 6, anchor: "end", text };
  };
  g.select<SVGTextElement>("text")
    .text((d) => (labels || (active.has(d.id) && (!compact || active.size === 1)) ? place(d).text : ""))
    .attr("text-anchor", (d) => place(d).anchor);
  transition(g.select<SVGTextElement>("text"), duration)
    .attr("x", (d) => place(d).x)
    .attr("y", (_, i) => y(i));
}

// ---------------------------------------------------------------------------------------------
// Figures: one row per amount, a bar on a log scale shared by the figures of the same kind
// (money with money, counts with counts: currencies as written, never converted); a range is a
// solid bar to its low end and a lighter one to its high end.

function visibleFigures(items: FigureItem[], highlighted: Set<string>, max: number): FigureItem[] {
  if (items.length <= max) return items;
  const keep = items.slice(0, max);
  const missing = items.slice(max).filter((f) => f.ids.some((id) => highlighted.has(id)));
  if (!missing.length) return keep;
  return [...keep.slice(0, max - missing.length), ...missing];
}

export function drawFigures(svg: SVGSVGElement, items: FigureItem[], size: ChartSize): void {
  const { width, height, highlight, duration, compact } = size;
  const root = svgRoot(svg, size, "Figures: amounts on a log scale, by kind");
  note(root, items.length ? null : "No figures yet", size);
  const highlighted = new Set(highlight.figures);
  const minRow = compact ? 14 : 22;
  const shown = visibleFigures(items, highlighted, Math.max(1, Math.floor((height - 12) / minRow)));
  const m = { top: 6, right: 10, bottom: 6 };
  const labelW = Math.min(compact ? 92 : 170, width * 0.42);
  const row = Math.min(compact ? 22 : 34, (height - m.top - m.bottom) / Math.max(shown.length, 1));
  const barH = Math.max(5, row * 0.56);
  const scales = new Map<string, d3.ScaleLogarithmic<number, number>>();
  for (const kind of new Set(shown.map((f) => f.kind))) {
    const same = items.filter((f) => f.kind === kind);
    let lo = 10 ** Math.floor(Math.log10(d3.min(same, (f) => f.low)!));
    const hi = 10 ** Math.ceil(Math.log10(d3.max(same, (f) => f.high)! * 1.0001));
    if (lo >= hi / 10) lo = hi / 100;
    lo = Math.max(lo / 10, 1e-9);
    scales.set(kind, d3.scaleLog().domain([lo, hi]).range([labelW + 8, width - m.right]).clamp(true));
  }
  const any = highlighted.size > 0;
  const g = layer(root, "pc-marks")
    .selectAll<SVGGElement, FigureItem>("g.fg-item")
    .data(shown, (d) => d.ids[0])
    .join((enter) => {
      const e = enter.append("g").attr("class", "fg-item").attr("transform", (_, i) => `translate(0,${m.top + i * row})`);
      e.append("rect").attr("class", "fg-track");
      e.append("rect").attr("class", "fg-bar");
      e.append("rect").attr("class", "fg-range");
      e.append("text").attr("class", "fg-label").attr("dy", "0.35em").attr("text-anchor", "end");
      e.append("title");
      return e;
    })
    .attr("data-figures", (d) => d.ids.join(" "))
    .attr("data-kind", (d) => d.kind)
    .style("--fg-color", (d) => KIND_COLORS[d.kind as keyof typeof KIND_COLORS] ?? "#0072B2")
    .classed("is-active", (d) => d.ids.some((id) => highlighted.has(id)))
    .classed("is-dim", (d) => any && !d.ids.some((id) => highlighted.has(id)));
  g.select("title").text((d) => `${d.label}${d.ids.length > 1 ? ` (told ${d.ids.length} times)` : ""}`);
  transition(g, duration).attr("transform", (_, i) => `translate(0,${m.top + i * row})`);
  const xOf = (d: FigureItem) => scales.get(d.kind)!;
  transition(g.select<SVGRectElement>("rect.fg-track"), duration)
    .attr("x", labelW + 8)
    .attr("width", Math.max(0, width - m.right - labelW - 8))
    .attr("y", row / 2 - barH / 2)
    .attr("height", barH);
  transition(g.select<SVGRectElement>("rect.fg-bar"), duration)
    .attr("x", labelW + 8)
    .attr("width", (d) => Math.max(2, xOf(d)(d.low) - labelW - 8))
    .attr("y", row / 2 - barH / 2)
    .attr("height", barH);
  transition(g.select<SVGRectElement>("rect.fg-range"), duration)
    .attr("x", (d) => xOf(d)(d.low))
    .attr("width", (d) => Math.max(0, xOf(d)(d.high) - xOf(d)(d.low)))
    .attr("y", row / 2 - barH / 2)
    .attr("height", barH);
  g.select<SVGTextElement>("text.fg-label")
    .attr("x", labelW)
    .attr("y", row / 2)
    .text((d) => d.label);
}

// ---------------------------------------------------------------------------------------------
// Network: actors (size by mentions, colour by type) and their ties, laid out once with a
// deterministic force simulation (d3-force starts from a fixed phyllotaxis and uses a seeded
// random source), then scaled to each size.

export interface Layout {
  nodes: Array<NetworkNode & { x: number; y: number }>;
  links: Array<NetworkLink & { s: number; t: number }>;
}

const MAX_NODES = 40;

export function layoutNetwork(data: Presentation["network"]): Layout {
  const degree = new Map<string, number>();
  for (const l of data.links) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
    degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
  }
  const ranked = [...data.nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || b.mentions - a.mentions || (a.id < b.id ? -1 : 1)).slice(0, MAX_NODES);
  const index = new Map(ranked.map((n, i) => [n.id, i]));
  const nodes = ranked.map((n) => ({ ...n, x: 0, y: 0 }));
  const links = data.links.filter((l) => index.has(l.source) && index.has(l.target)).map((l) => ({ ...l, s: index.get(l.source)!, t: index.get(l.target)! }));
  const sim = d3
    .forceSimulation(nodes.map((n) => ({ id: n.id, r: 4 + Math.sqrt(n.mentions) * 2 })) as Array<d3.SimulationNodeDatum & { id: string; r: number }>)
    .randomSource(d3.randomLcg(42))
    .force("link", d3.forceLink(links.map((l) => ({ source: l.s, target: l.t }))).distance(90).strength(0.5))
    .force("charge", d3.forceManyBody().strength(-260).distanceMax(400))
    .force("x", d3.forceX(0).strength(0.12))
    .force("y", d3.forceY(0).strength(0.18))
    .force("collide", d3.forceCollide<d3.SimulationNodeDatum & { r: number }>((d) => d.r + 22))
    .stop();
  sim.tick(300);
  const placed = sim.nodes();
  const [x0, x1] = d3.extent(placed, (d) => d.x!) as [number, number];
  const [y0, y1] = d3.extent(placed, (d) => d.y!) as [number, number];
  nodes.forEach((n, i) => {
    n.x = x1 > x0 ? (placed[i].x! - x0) / (x1 - x0) : 0.5;
    n.y = y1 > y0 ? (placed[i].y! - y0) / (y1 - y0) : 0.5;
  });
  return { nodes, links };
}

export function drawNetwork(svg: SVGSVGElement, layout: Layout, size: ChartSize): void {
  const { width, height, highlight, duration, compact } = size;
  const root = svgRoot(svg, size, "Network of the actors and their ties");
  note(root, layout.nodes.length ? null : "No actors yet", size);
  const active = new Set(highlight.actors);
  const focus = highlight.actors[0] ?? null;
  const any = active.size > 0;
  const m = { x: compact ? 16 : 60, top: 14, bottom: compact ? 14 : 24 };
  const px = (n: { x: number }) => m.x + n.x * Math.max(0, width - 2 * m.x);
  const py = (n: { y: number }) => m.top + n.y * Math.max(0, height - m.top - m.bottom);
  const k = Math.max(0.6, Math.min(1.4, Math.min(width, height) / 320));
  const r = (n: NetworkNode) => (4 + Math.sqrt(n.mentions) * 2) * k;
  const labelAll = !compact && layout.nodes.length <= 16 && width >= 300;
  const top = new Set(layout.nodes.slice(0, compact ? 3 : 8).map((n) => n.id));

  const link = layer(root, "pc-links")
    .selectAll<SVGLineElement, Layout["links"][number]>("line")
    .data(layout.links, (d) => `${d.source}|${d.target}|${d.type}`)
    .join((enter) => enter.append("line").call((l) => l.append("title")))
    .attr("class", (d) => `nw-link${d.type === "with" ? " is-with" : ""}`)
    .classed("is-active", (d) => active.has(d.source) && active.has(d.target) && (d.source === focus || d.target === focus || active.size === 2))
    .classed("is-dim", (d) => any && !(active.has(d.source) && active.has(d.target)));
  link.select("title").text((d) => `${layout.nodes[d.s].name} — ${d.type === "with" ? "took part with" : d.type.replace(/_/g, " ")} — ${layout.nodes[d.t].name}`);
  transition(link, duration)
    .attr("x1", (d) => px(layout.nodes[d.s]))
    .attr("y1", (d) => py(layout.nodes[d.s]))
    .attr("x2", (d) => px(layout.nodes[d.t]))
    .attr("y2", (d) => py(layout.nodes[d.t]));

  const node = layer(root, "pc-nodes")
    .selectAll<SVGGElement, Layout["nodes"][number]>("g.nw-node")
    .data(layout.nodes, (d) => d.id)
    .join((enter) => {
      const g = enter.append("g").attr("class", "nw-node").attr("transform", (d) => `translate(${px(d)},${py(d)})`);
      g.append("circle");
      g.append("text").attr("text-anchor", "middle");
      g.append("title");
      return g;
    })
    .attr("data-actor", (d) => d.id)
    .attr("data-type", (d) => d.type)
    .classed("is-active", (d) => active.has(d.id))
    .classed("is-focus", (d) => d.id === focus)
    .classed("is-dim", (d) => any && !active.has(d.id));
  node.select("title").text((d) => `${d.name} (${d.type}, named ${d.mentions} times)`);
  node.select<SVGCircleElement>("circle").attr("fill", (d) => ACTOR_TYPE_COLORS[d.type as keyof typeof ACTOR_TYPE_COLORS] ?? "#999999");
  transition(node, duration).attr("transform", (d) => `translate(${px(d)},${py(d)})`);
  transition(node.select<SVGCircleElement>("circle"), duration).attr("r", (d) => r(d) * (d.id === focus ? 1.35 : 1));
  node
    .select<SVGTextElement>("text")
    .attr("y", (d) => r(d) * (d.id === focus ? 1.35 : 1) + 11)
    .text((d) => ((labelAll && (!any || width >= 500)) || active.has(d.id) || (!any && top.has(d.id)) ? d.name : ""));
}

export { SVG_NS };

/** The legend entries of each chart, for what the data holds (colour is never the only cue: labels say it too). */
export function legends(data: Presentation): Record<"timeline" | "figures" | "network", Array<{ label: string; color: string }>> {
  const modalities = [...new Set(data.timeline.events.map((e) => e.modality))];
  const kinds = [...new Set(data.figures.map((f) => f.kind))];
  const types = [...new Set(data.network.nodes.map((n) => n.type))];
  const order = <T extends string>(xs: T[], all: readonly string[]) => xs.sort((a, b) => all.indexOf(a) - all.indexOf(b));
  return {
    timeline: order(modalities, Object.keys(MODALITY_COLORS)).map((m) => ({ label: m, color: MODALITY_COLORS[m] })),
    figures: order(kinds, ["money", "count", "measure", "percent"]).map((k) => ({ label: k === "count" ? "counts" : k, color: KIND_COLORS[k as keyof typeof KIND_COLORS] ?? "#0072B2" })),
    network: order(types, Object.keys(ACTOR_TYPE_COLORS)).map((t) => ({ label: t, color: ACTOR_TYPE_COLORS[t as keyof typeof ACTOR_TYPE_COLORS] ?? "#999999" })),
  };
}
