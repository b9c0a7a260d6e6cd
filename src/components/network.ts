// The actor network: who is tied to whom, drawn with d3-force (Plot has no force layout).
//
//   display(resize((width) => ActorNetwork(story, {width, types, articles})));
//
// Nodes are actors (area by mentions, colour and legend by type), links are relations (directed,
// dash by family, label on hover; several relations between the same two actors bend apart).
// The layout is computed headless and seeded (network-layout.ts), cached per story and filter, so
// resizing only rescales it. Hover or focus highlights the neighbours by toggling classes on the
// few elements concerned (never a pass over every node); click or Enter opens a side panel with
// the actor's aliases, events and quotes, each linked to its sentence in the reader.
import * as d3 from "d3";
import type { Actor, Article, Story, StoryEvent } from "../../loaders/types.ts";
import { h } from "./dom.js";
import { readerHref } from "./links.js";
import { downloadPNG, downloadSVG, downloadText, toCSV } from "./network-export.js";
import {
  ACTOR_TYPES,
  MAX_TICKS,
  RELATION_FAMILIES,
  layoutNetwork,
  networkData,
  radiusScale,
  relationFamily,
  relationLabel,
  type LayoutNode,
  type NetworkData,
  type NetworkLink,
  type NetworkNode,
} from "./network-layout.js";
import { invalid as invalidOption } from "./options.js";
import { ACTOR_TYPE_COLORS } from "./palette.js";

export interface ActorNetworkOptions {
  /** Width in pixels (default 640). */
  width?: number;
  /** Height in pixels (default: from the width and the layout's shape, 320 to 720). */
  height?: number;
  /** Actor types to show (default all). */
  types?: readonly string[] | null;
  /** Article ids to show (default all). */
  articles?: readonly string[] | null;
  /** Seed of the layout (default 1). */
  seed?: number;
  /** Ticks of the headless layout (default by size, at most 1000). */
  ticks?: number;
  /** Name labels: "auto" (all for small graphs, the most mentioned for big ones), "all" or "none". */
  labels?: "auto" | "all" | "none";
  /** Actor id whose panel opens at once. */
  selected?: string | null;
  /** The document to build in (tests pass linkedom's); default the global one. */
  document?: Document;
}

const SVG = "http://www.w3.org/2000/svg";

/** `invalid <name>: <value>`; numbers as written (NaN stays NaN), others as JSON. */
function invalid(name: string, value: unknown): Error {
  return typeof value === "number" ? new Error(`invalid ${name}: ${value}`) : invalidOption(name, value);
}
const LABELS = ["auto", "all", "none"] as const;
/** Quotes shown at once in the actor panel; the others behind "Show all". */
const QUOTES_SHOWN = 8;
let uid = 0;

/** Layouts already computed, per story and filter: resizing only rescales them. */
const layouts = new WeakMap<Story, Map<string, LayoutNode[]>>();
/** The open panel survives a re-render (resize) of the same story. */
const opened = new WeakMap<Story, string | null>();

function checkStory(story: unknown): Story {
  const s = story as Partial<Story> | null;
  if (!s || typeof s !== "object") throw invalid("story", story);
  for (const key of ["articles", "actors", "relations", "events"] as const)
    if (!Array.isArray(s[key])) throw invalid("story", `${key} is not an array`);
  return s as Story;
}

function checkList(value: unknown, name: string, allowed: ReadonlySet<string>): string[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) throw invalid(name, value);
  for (const v of value) if (typeof v !== "string" || !allowed.has(v)) throw invalid(name, v);
  return value as string[];
}

function checkNumber(value: unknown, name: string, min: number, max = Infinity, integer = false): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value)))
    throw invalid(name, value);
  return value;
}

function svgEl(doc: Document, tag: string, attrs: Record<string, string | number> = {}): SVGElement {
  const el = doc.createElementNS(SVG, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** The sentence of `article` holding `offset` (binary search), or -1. */
function sentenceIndex(article: Article, offset: number): number {
  const s = article.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = s[mid]!;
    if (offset < x.start) hi = mid - 1;
    else if (offset >= x.end) lo = mid + 1;
    else return x.index;
  }
  return -1;
}

interface Quote {
  article: Article;
  sentence: number;
  text: string;
  /** Mention spans relative to the sentence start. */
  marks: [number, number][];
}

/** The sentences that name the actor, in story order, each once, with its mentions marked. */
export function actorQuotes(story: Story, actor: Actor, articles: ReadonlySet<string> | null = null): Quote[] {
  const byId = new Map(story.articles.map((a) => [a.id, a]));
  const quotes = new Map<string, Quote>();
  for (const m of actor.mentions) {
    if (articles && !articles.has(m.article)) continue;
    const article = byId.get(m.article);
    if (!article) continue;
    const index = sentenceIndex(article, m.start);
    const s = article.sentences.find((x) => x.index === index);
    if (!s) continue;
    const key = `${article.id}#${index}`;
    let q = quotes.get(key);
    if (!q) quotes.set(key, (q = { article, sentence: index, text: article.text.slice(s.start, s.end), marks: [] }));
    q.marks.push([m.start - s.start, Math.min(m.end, s.end) - s.start]);
  }
  const order = new Map(story.articles.map((a, i) => [a.id, i]));
  return [...quotes.values()].sort((a, b) => order.get(a.article.id)! - order.get(b.article.id)! || a.sentence - b.sentence);
}

/** Events the actor takes part in, in story order. */
export function actorEvents(story: Story, id: string, articles: ReadonlySet<string> | null = null): StoryEvent[] {
  return story.events.filter((e) => e.actors.includes(id) && (!articles || (e.articles ?? [e.article]).some((a) => articles.has(a))));
}

/** The chart's text alternative: counts, the most mentioned actors, and the relations in words. */
export function describeNetwork(data: NetworkData): string {
  const { nodes, links } = data;
  if (nodes.length === 0) return "No actor to show.";
  const name = new Map(nodes.map((n) => [n.id, n.name]));
  const top = [...nodes].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)).slice(0, 5);
  const parts = [
    `Network of ${nodes.length} actor${nodes.length === 1 ? "" : "s"} and ${links.length} relation${links.length === 1 ? "" : "s"}.`,
    `Most mentioned: ${top.map((n) => `${n.name} (${n.type}, ${n.mentions})`).join(", ")}.`,
  ];
  if (links.length) {
    const shown = links.slice(0, 12).map((l) => `${name.get(l.source)} ${relationLabel(l.type)} ${name.get(l.target)}`);
    parts.push(`Relations: ${shown.join("; ")}${links.length > 12 ? `; and ${links.length - 12} more (see the table)` : ""}.`);
  }
  return parts.join(" ");
}

const STYLE = `
.actor-network{--an-person:${ACTOR_TYPE_COLORS.person};--an-organization:${ACTOR_TYPE_COLORS.organization};--an-product:${ACTOR_TYPE_COLORS.product};--an-media:${ACTOR_TYPE_COLORS.media};--an-place:${ACTOR_TYPE_COLORS.place};--an-link:var(--theme-foreground-muted,#777);--an-halo:var(--theme-background,#fff);margin:0 0 1rem;max-width:none;font:12px var(--sans-serif,system-ui,sans-serif);}
@media (prefers-color-scheme:dark){.actor-network{--an-person:#56B4E9;}}
.actor-network .an-t-person{fill:var(--an-person);background:var(--an-person)}
.actor-network .an-t-organization{fill:var(--an-organization);background:var(--an-organization)}
.actor-network .an-t-product{fill:var(--an-product);background:var(--an-product)}
.actor-network .an-t-media{fill:var(--an-media);background:var(--an-media)}
.actor-network .an-t-place{fill:var(--an-place);background:var(--an-place)}
.actor-network .an-legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center;margin:0 0 .5rem;}
.actor-network .an-legend span{display:inline-flex;align-items:center;gap:.35rem;}
.actor-network .an-swatch{display:inline-block;width:11px;height:11px;border-radius:50%;}
.actor-network .an-legend svg{overflow:visible}
.actor-network .an-chart{position:relative;border:1px solid var(--theme-foreground-faintest,#ddd);border-radius:4px;overflow:hidden;}
.actor-network svg.an-svg{display:block;cursor:grab;touch-action:pan-x pan-y;max-width:none;}
.actor-network .an-link{fill:none;stroke:var(--an-link);stroke-width:1.5;stroke-opacity:.7;}
.actor-network .an-link-hit{fill:none;stroke:transparent;stroke-width:10;cursor:help;}
.actor-network .an-arrow{fill:var(--an-link);}
.actor-network .an-arrow-hl{fill:var(--theme-foreground,#222);}
.actor-network .an-node{cursor:pointer;outline:none;}
.actor-network .an-node circle{stroke:var(--an-halo);stroke-width:1.5;}
.actor-network .an-node text,.actor-network .an-hl-node text,.actor-network .an-link-label{fill:var(--theme-foreground,#222);stroke:var(--an-halo);stroke-width:3px;paint-order:stroke;stroke-linejoin:round;pointer-events:none;}
.actor-network .an-node text.an-label-off{display:none;}
.actor-network .an-node:focus-visible text.an-label-off{display:inline;}
.actor-network .an-node:focus-visible circle,.actor-network .an-node.an-selected circle,.actor-network .an-hl-node.an-selected circle{stroke:var(--theme-foreground-focus,#3b5fc0);stroke-width:3;}
.actor-network .an-focus>.an-zoom>.an-links,.actor-network .an-focus>.an-zoom>.an-nodes{opacity:.15;}
.actor-network .an-highlights{pointer-events:none;}
.actor-network .an-hl-link{fill:none;stroke:var(--theme-foreground,#222);stroke-width:2.5;}
.actor-network .an-hl-node circle{stroke:var(--an-halo);stroke-width:1.5;}
.actor-network .an-hl-node text{font-weight:600;}
.actor-network .an-tip{position:absolute;pointer-events:none;max-width:260px;padding:.3rem .5rem;background:var(--theme-background,#fff);color:var(--theme-foreground,#222);border:1px solid var(--theme-foreground-faint,#999);border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.2);font-size:12px;line-height:1.35;}
.actor-network .an-zoom-buttons{position:absolute;left:6px;bottom:6px;display:flex;gap:4px;}
.actor-network button{font:inherit;font-size:12px;padding:.15rem .5rem;border:1px solid var(--theme-foreground-faint,#999);border-radius:4px;background:var(--theme-background,#fff);color:var(--theme-foreground,#222);cursor:pointer;}
.actor-network button:focus-visible{outline:2px solid var(--theme-foreground-focus,#3b5fc0);outline-offset:1px;}
.actor-network .an-panel{position:absolute;top:6px;right:6px;bottom:6px;width:min(340px,calc(100% - 12px));overflow:auto;box-sizing:border-box;padding:.6rem .8rem;background:var(--theme-background,#fff);color:var(--theme-foreground,#222);border:1px solid var(--theme-foreground-faint,#999);border-radius:6px;box-shadow:0 2px 10px rgba(0,0,0,.25);font-size:13px;line-height:1.4;}
.actor-network.an-narrow .an-zoom-buttons{top:6px;bottom:auto;}
.actor-network.an-narrow .an-panel{position:relative;top:auto;right:auto;bottom:auto;width:auto;max-height:none;margin:6px;box-shadow:none;}
.actor-network .an-panel h3{margin:0 1.8rem .2rem 0;font-size:16px;}
.actor-network .an-panel h4{margin:.7rem 0 .2rem;font-size:13px;}
.actor-network .an-panel ul{margin:0;padding-left:1.1rem;}
.actor-network .an-panel li{margin:.15rem 0;}
.actor-network .an-panel blockquote{margin:0;padding:0;font-style:normal;}
.actor-network .an-panel mark{background:color-mix(in srgb,var(--an-organization) 40%,transparent);color:inherit;padding:0 1px;}
.actor-network .an-panel .an-more{margin:.3rem 0 .2rem;}
.actor-network .an-panel .an-close{position:absolute;top:.45rem;right:.5rem;}
.actor-network .an-muted{color:var(--theme-foreground-muted,#666);}
.actor-network .an-tools{display:flex;flex-wrap:wrap;gap:.35rem;margin:.5rem 0;}
.actor-network figcaption{margin:.4rem 0;color:var(--theme-foreground-muted,#666);font-size:12px;max-width:none;}
.actor-network .an-table{max-height:420px;overflow:auto;}
.actor-network .an-table table{font-size:12px;margin:.4rem 0 1rem;}
.actor-network .an-empty{padding:2rem 1rem;font-size:14px;border:1px dashed var(--theme-foreground-faint,#999);border-radius:4px;color:var(--theme-foreground-muted,#666);}
`;

/** The actor network of a story, as a <figure>: legend, chart, panel, text alternative, table, exports. */
export function ActorNetwork(story: Story, options: ActorNetworkOptions = {}): HTMLElement {
  story = checkStory(story);
  const doc = options.document ?? (globalThis as { document?: Document }).document;
  if (!doc || typeof doc.createElement !== "function") throw invalid("document", options.document ?? "(no global document)");
  const width = checkNumber(options.width, "width", 1) ?? 640;
  const height = checkNumber(options.height, "height", 1);
  const seed = checkNumber(options.seed, "seed", -Infinity) ?? 1;
  const ticks = checkNumber(options.ticks, "ticks", 0, MAX_TICKS, true);
  const labels = options.labels ?? "auto";
  if (!LABELS.includes(labels)) throw invalid("labels", labels);
  const types = checkList(options.types, "types", new Set(ACTOR_TYPES));
  const articles = checkList(options.articles, "articles", new Set(story.articles.map((a) => a.id)));
  const actorsById = new Map(story.actors.map((a) => [a.id, a]));
  if (options.selected !== undefined && options.selected !== null && (typeof options.selected !== "string" || !actorsById.has(options.selected)))
    throw invalid("selected", options.selected);

  const id = `an-${++uid}`;
  // Below 640 px the panel goes under the chart instead of over it.
  const figure = h(doc, "figure", { class: `actor-network${width < 640 ? " an-narrow" : ""}`, "data-chart": "network" });
  const style = doc.createElement("style");
  style.textContent = STYLE;
  figure.append(style);

  if (story.actors.length === 0) {
    figure.append(
      h(doc, "p", { class: "an-empty", role: "note" }, "No actors have been extracted from the articles yet, so there is no network to draw. Actors appear here once the extraction finds people, organizations or products in the text."),
    );
    return figure;
  }

  const data = networkData(story, { types, articles });
  const articleSet = articles ? new Set(articles) : null;
  figure.append(legend(doc, story, data));
  if (data.nodes.length === 0) {
    figure.append(h(doc, "p", { class: "an-empty", role: "note" }, "No actor matches these filters: tick at least one actor type and one article."));
    return figure;
  }

  // One layout per story (cached, in abstract units) for the whole network: filters only hide
  // nodes and resizing only rescales, so every actor keeps its place and the map stays familiar.
  const full = networkData(story);
  const r = radiusScale(full.nodes);
  const layoutRadius = new Map(full.nodes.map((n) => [n.id, r(n.mentions)]));
  const key = JSON.stringify([seed, ticks]);
  let cache = layouts.get(story);
  if (!cache) layouts.set(story, (cache = new Map()));
  let laid = cache.get(key);
  if (!laid) cache.set(key, (laid = layoutNetwork(full.nodes, full.links, (nid) => layoutRadius.get(nid) ?? 8, { seed, ticks })));
  const xs = laid.map((p) => p.x);
  const ys = laid.map((p) => p.y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const dx = Math.max(1, x1 - x0);
  const dy = Math.max(1, y1 - y0);
  const labelRoom = labels === "none" ? 0 : Math.min(70, Math.round(width * 0.15)); // names sit right of their node
  const maxR0 = Math.max(...layoutRadius.values());
  // Portrait on phones, landscape on wide screens; x and y scale apart (at most 1.6:1, 2.5:1 on phones) to fill it.
  let H = height ?? (width < 640 ? Math.round(Math.max(360, Math.min(640, width * 1.3))) : Math.round(Math.max(400, Math.min(680, width * 0.62))));
  const pad0 = maxR0 + 10;
  let kx = Math.min(2, Math.max(0.02, (width - 2 * pad0 - labelRoom) / dx));
  let ky = Math.min(2, Math.max(0.02, (H - 2 * pad0) / dy));
  const stretch = width < 640 ? 2.5 : 1.6; // phones: a tall box, so let y stretch more
  if (kx > ky * stretch) kx = ky * stretch;
  if (ky > kx * stretch) ky = kx * stretch;
  if (height === undefined) H = Math.max(width < 640 ? 320 : 240, Math.min(H, Math.round(dy * ky + 2 * pad0)));
  // Crowded (a small screen, a big story): circles shrink with the drawing, down to 60 %.
  const shrink = Math.max(0.6, Math.min(1, Math.min(kx, ky)));
  // Sizes on the whole story's scale, from the mentions in the chosen articles.
  const radius = new Map(data.nodes.map((n) => [n.id, Math.round(r(n.mentions) * shrink * 10) / 10]));
  const cx = (width - labelRoom) / 2 - ((x0 + x1) / 2) * kx;
  const cy = H / 2 - ((y0 + y1) / 2) * ky;
  const shown = new Set(data.nodes.map((n) => n.id));
  const pos = new Map(laid.filter((p) => shown.has(p.id)).map((p) => [p.id, { x: cx + p.x * kx, y: cy + p.y * ky }]));

  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const description = describeNetwork(data);

  // --- SVG ---------------------------------------------------------------------------------
  const chart = h(doc, "div", { class: "an-chart" });
  const svg = svgEl(doc, "svg", {
    class: "an-svg",
    width,
    height: H,
    viewBox: `0 0 ${width} ${H}`,
    role: "group",
    "aria-labelledby": `${id}-title`,
    "aria-describedby": `${id}-desc`,
  }) as SVGSVGElement;
  const title = svgEl(doc, "title", { id: `${id}-title` });
  title.textContent = "Actor network";
  svg.append(title);
  const defs = svgEl(doc, "defs");
  for (const [name, cls] of [["arrow", "an-arrow"], ["arrow-hl", "an-arrow-hl"]] as const) {
    const marker = svgEl(doc, "marker", { id: `${id}-${name}`, viewBox: "0 -5 10 10", refX: 10, refY: 0, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" });
    marker.append(svgEl(doc, "path", { d: "M0,-4.5L10,0L0,4.5Z", class: cls }));
    defs.append(marker);
  }
  svg.append(defs);
  const zoomLayer = svgEl(doc, "g", { class: "an-zoom" });
  const linkLayer = svgEl(doc, "g", { class: "an-links" });
  const hitLayer = svgEl(doc, "g", { class: "an-link-hits" });
  const labelLayer = svgEl(doc, "g", { class: "an-link-labels" });
  // Highlighting copies the few elements concerned above two dimmed layers: a hover restyles a
  // handful of elements, not every node and link (300 actors answer well under 100 ms).
  const highlightLayer = svgEl(doc, "g", { class: "an-highlights", "aria-hidden": "true" });
  const nodeLayer = svgEl(doc, "g", { class: "an-nodes" });
  zoomLayer.append(linkLayer, hitLayer, nodeLayer, highlightLayer, labelLayer);
  svg.append(zoomLayer);

  const linkPath = new Map<string, SVGElement>();
  const linkHit = new Map<string, SVGElement>();
  const nodeEl = new Map<string, SVGElement>();
  const linksOf = new Map<string, NetworkLink[]>(data.nodes.map((n) => [n.id, []]));
  for (const l of data.links) {
    linksOf.get(l.source)!.push(l);
    if (l.target !== l.source) linksOf.get(l.target)!.push(l);
  }

  const describeLink = (l: NetworkLink) =>
    `${nodeById.get(l.source)!.name} → ${relationLabel(l.type)} → ${nodeById.get(l.target)!.name}`;

  for (const l of data.links) {
    const dash = RELATION_FAMILIES[relationFamily(l.type)]!.dash;
    const path = svgEl(doc, "path", { class: "an-link", "data-id": l.id, "data-type": l.type, "marker-end": `url(#${id}-arrow)` });
    if (dash) path.setAttribute("stroke-dasharray", dash);
    linkLayer.append(path);
    linkPath.set(l.id, path);
    const hit = svgEl(doc, "path", { class: "an-link-hit", "data-id": l.id });
    const t = svgEl(doc, "title");
    t.textContent = describeLink(l);
    hit.append(t);
    hitLayer.append(hit);
    linkHit.set(l.id, hit);
  }

  // Tab order follows importance: the most mentioned actor first.
  const ordered = [...data.nodes].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  const placeLabel = labelPlacer(ordered, pos, radius, width, H, labels);
  // Drawn smallest last so a small node is never hidden under a big one.
  for (const n of ordered) {
    const g = svgEl(doc, "g", {
      class: "an-node",
      tabindex: 0,
      role: "button",
      "data-id": n.id,
      "data-type": n.type,
      "aria-label": `${n.name}, ${n.type}, ${n.mentions} mention${n.mentions === 1 ? "" : "s"}, ${n.degree} relation${n.degree === 1 ? "" : "s"}. Press Enter for details.`,
    });
    g.append(svgEl(doc, "circle", { r: radius.get(n.id)!, class: `an-t-${n.type}` }));
    if (labels !== "none") {
      // Every node has its name; those that would collide stay hidden until hovered or focused.
      const side = placeLabel(n);
      const rr = radius.get(n.id)! + 3;
      const text = svgEl(doc, "text", side === "left" ? { x: -rr, dy: "0.35em", "text-anchor": "end" } : { x: rr, dy: "0.35em" });
      if (side === null) text.setAttribute("class", "an-label-off");
      text.textContent = n.name;
      g.append(text);
    }
    nodeLayer.append(g);
    nodeEl.set(n.id, g);
  }

  // Geometry: straight for a lone link, bent to its lane otherwise; the arrow stops at the target's rim.
  const linkD = (l: NetworkLink): string => {
    const s = pos.get(l.source)!;
    const t = pos.get(l.target)!;
    const rs = radius.get(l.source)!;
    const rt = radius.get(l.target)!;
    if (l.source === l.target) {
      const x = s.x;
      const y = s.y - rs;
      const size = 18 + 8 * l.lane;
      return `M${x - 4},${y}C${x - size},${y - 2 * size} ${x + size},${y - 2 * size} ${x + 4},${y - 1}`;
    }
    // The bend is measured from the pair's canonical direction, so A→B and B→A bend apart.
    const [a, b] = l.source < l.target ? [s, t] : [t, s];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const offset = l.lanes > 1 ? (l.lane - (l.lanes - 1) / 2) * 26 : 0;
    const mx = (s.x + t.x) / 2 + (-dy / len) * offset;
    const my = (s.y + t.y) / 2 + (dx / len) * offset;
    const cxp = offset ? mx : (s.x + t.x) / 2;
    const cyp = offset ? my : (s.y + t.y) / 2;
    const d0 = Math.hypot(cxp - s.x, cyp - s.y) || 1;
    const d1 = Math.hypot(t.x - cxp, t.y - cyp) || 1;
    const sx = s.x + ((cxp - s.x) / d0) * rs;
    const sy = s.y + ((cyp - s.y) / d0) * rs;
    const tx = t.x - ((t.x - cxp) / d1) * (rt + 2);
    const ty = t.y - ((t.y - cyp) / d1) * (rt + 2);
    const f = (v: number) => Math.round(v * 10) / 10;
    return offset ? `M${f(sx)},${f(sy)}Q${f(2 * mx - (sx + tx) / 2)},${f(2 * my - (sy + ty) / 2)} ${f(tx)},${f(ty)}` : `M${f(sx)},${f(sy)}L${f(tx)},${f(ty)}`;
  };
  const linkMid = (l: NetworkLink): { x: number; y: number } => {
    const s = pos.get(l.source)!;
    const t = pos.get(l.target)!;
    if (l.source === l.target) return { x: s.x, y: s.y - radius.get(l.source)! - 30 };
    const [a, b] = l.source < l.target ? [s, t] : [t, s];
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const offset = l.lanes > 1 ? (l.lane - (l.lanes - 1) / 2) * 26 : 0;
    return { x: (s.x + t.x) / 2 + (-(b.y - a.y) / len) * offset, y: (s.y + t.y) / 2 + ((b.x - a.x) / len) * offset };
  };
  const placeLink = (l: NetworkLink) => {
    const d = linkD(l);
    linkPath.get(l.id)!.setAttribute("d", d);
    linkHit.get(l.id)!.setAttribute("d", d);
  };
  const placeNode = (nid: string) => {
    const p = pos.get(nid)!;
    nodeEl.get(nid)!.setAttribute("transform", `translate(${Math.round(p.x * 10) / 10},${Math.round(p.y * 10) / 10})`);
  };
  for (const n of data.nodes) placeNode(n.id);
  for (const l of data.links) placeLink(l);

  // --- tip, highlight ----------------------------------------------------------------------
  // Hidden from screen readers: each node says the same in its aria-label, and hovering would chatter.
  const tip = h(doc, "div", { class: "an-tip", "aria-hidden": "true", hidden: true });
  const clear = () => {
    svg.classList.remove("an-focus");
    highlightLayer.replaceChildren();
    labelLayer.replaceChildren();
    tip.hidden = true;
  };
  const light = (links: NetworkLink[], nodes: string[]) => {
    for (const l of links) {
      const copy = svgEl(doc, "path", { class: "an-hl an-hl-link", "data-id": l.id, d: linkPath.get(l.id)!.getAttribute("d") ?? "", "marker-end": `url(#${id}-arrow-hl)` });
      const dash = linkPath.get(l.id)!.getAttribute("stroke-dasharray");
      if (dash) copy.setAttribute("stroke-dasharray", dash);
      highlightLayer.append(copy);
    }
    for (const nid of new Set(nodes)) {
      const copy = nodeEl.get(nid)!.cloneNode(true) as SVGElement;
      for (const a of ["tabindex", "role", "aria-label"]) copy.removeAttribute(a);
      copy.setAttribute("class", `an-hl an-hl-node${opened.get(story) === nid && !panel.hidden ? " an-selected" : ""}`);
      copy.querySelector("text")?.removeAttribute("class");
      highlightLayer.append(copy);
    }
    svg.classList.add("an-focus");
  };
  const linkLabel = (l: NetworkLink) => {
    const m = linkMid(l);
    const text = svgEl(doc, "text", { class: "an-link-label", x: Math.round(m.x), y: Math.round(m.y), "text-anchor": "middle", dy: "-0.3em" });
    text.textContent = relationLabel(l.type);
    labelLayer.append(text);
  };
  const showTip = (lines: string[], x: number, y: number) => {
    tip.replaceChildren(...lines.map((line, i) => h(doc, i === 0 ? "strong" : "div", {}, line)));
    tip.hidden = false;
    // Toward the middle of the chart from the pointer, so it stays inside and off the node;
    // placed by CSS (no measuring, which would force a layout on every hover).
    const right = x > width / 2;
    const below = y < H / 2;
    tip.style.left = right ? "auto" : `${Math.round(x + 14)}px`;
    tip.style.right = right ? `${Math.round(width - x + 14)}px` : "auto";
    tip.style.top = below ? `${Math.round(y + 14)}px` : "auto";
    tip.style.bottom = below ? "auto" : `${Math.round(H - y + 14)}px`;
  };
  const nodeTip = (n: NetworkNode) => {
    const rels = linksOf.get(n.id)!;
    const lines = [
      n.name,
      `${n.type} · ${n.mentions} mention${n.mentions === 1 ? "" : "s"} · ${n.degree} relation${n.degree === 1 ? "" : "s"}`,
      ...rels.slice(0, 6).map(describeLink),
    ];
    if (rels.length > 6) lines.push(`and ${rels.length - 6} more`);
    return lines;
  };
  const highlightNode = (nid: string) => {
    clear();
    const links = linksOf.get(nid)!;
    light(links, [...links.map((l) => (l.source === nid ? l.target : l.source)), nid]);
    for (const l of links) linkLabel(l);
  };
  const highlightLink = (l: NetworkLink) => {
    clear();
    light([l], [l.source, l.target]);
    linkLabel(l);
  };
  const pointer = (event: MouseEvent): [number, number] => {
    const box = chart.getBoundingClientRect?.();
    return box ? [event.clientX - box.left, event.clientY - box.top] : [0, 0];
  };
  const screenOf = (nid: string): [number, number] => {
    const p = pos.get(nid)!;
    const t = d3.zoomTransform(svg);
    return [t.applyX(p.x), t.applyY(p.y)];
  };

  for (const n of data.nodes) {
    const g = nodeEl.get(n.id)!;
    g.addEventListener("pointerenter", (event) => {
      const at = pointer(event as MouseEvent); // measured before any change: no forced layout
      highlightNode(n.id);
      showTip(nodeTip(n), ...at);
    });
    g.addEventListener("pointerleave", clear);
    g.addEventListener("focus", () => {
      highlightNode(n.id);
      showTip(nodeTip(n), ...screenOf(n.id));
    });
    g.addEventListener("blur", clear);
    g.addEventListener("click", () => open(n.id));
    g.addEventListener("keydown", (event) => {
      const e = event as KeyboardEvent;
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        open(n.id);
      } else if (e.key === "Escape") close();
    });
  }
  for (const l of data.links) {
    const hit = linkHit.get(l.id)!;
    hit.addEventListener("pointerenter", (event) => {
      const at = pointer(event as MouseEvent);
      highlightLink(l);
      const lines = [describeLink(l), `${l.events.length} event${l.events.length === 1 ? "" : "s"} · ${l.articles.length} article${l.articles.length === 1 ? "" : "s"}`];
      showTip(lines, ...at);
    });
    hit.addEventListener("pointerleave", clear);
    hit.addEventListener("click", () => openRelation(l));
  }

  // --- zoom, pan, drag ---------------------------------------------------------------------
  const zoom = d3
    .zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.25, 8])
    // The wheel zooms only with Ctrl or ⌘ (a trackpad pinch sends Ctrl): a plain wheel scrolls the
    // page, and one finger on a phone scrolls it too (two fingers pinch-zoom the chart).
    .filter((event: Event) => {
      const e = event as MouseEvent & TouchEvent;
      if (e.type === "wheel") return e.ctrlKey || e.metaKey;
      if (e.type === "touchstart") return (e.touches?.length ?? 0) >= 2;
      return !e.ctrlKey && !(e as MouseEvent).button;
    })
    .on("zoom", (event: d3.D3ZoomEvent<SVGSVGElement, unknown>) => {
      zoomLayer.setAttribute("transform", event.transform.toString());
    });
  const drag = d3
    .drag<SVGElement, unknown>()
    .subject(function (this: SVGElement) {
      return pos.get(this.getAttribute("data-id")!)!;
    })
    .on("start", function (this: SVGElement) {
      clear();
      svg.style.cursor = "grabbing";
    })
    .on("drag", function (this: SVGElement, event: d3.D3DragEvent<SVGElement, unknown, { x: number; y: number }>) {
      const nid = this.getAttribute("data-id")!;
      pos.set(nid, { x: event.x, y: event.y });
      placeNode(nid);
      for (const l of linksOf.get(nid)!) placeLink(l);
      tip.hidden = true;
    })
    .on("end", () => {
      svg.style.cursor = "";
    });
  try {
    d3.select(svg).call(zoom).on("dblclick.zoom", null);
    d3.selectAll<SVGElement, unknown>([...nodeEl.values()]).call(drag);
  } catch {
    // A DOM without layout (tests) may refuse the listeners' set-up; the drawing stays readable.
  }
  const zoomBy = (factor: number) => d3.select(svg).call(zoom.scaleBy, factor);
  const zoomButtons = h(
    doc,
    "div",
    { class: "an-zoom-buttons" },
    h(doc, "button", { type: "button", class: "sa-button", "aria-label": "Zoom in", "data-action": "zoom-in" }, "+"),
    h(doc, "button", { type: "button", class: "sa-button", "aria-label": "Zoom out", "data-action": "zoom-out" }, "−"),
    h(doc, "button", { type: "button", class: "sa-button", "aria-label": "Reset zoom", "data-action": "zoom-reset" }, "Reset"),
  );
  zoomButtons.addEventListener("click", (event) => {
    const action = (event.target as Element).closest("button")?.getAttribute("data-action");
    if (action === "zoom-in") zoomBy(1.4);
    else if (action === "zoom-out") zoomBy(1 / 1.4);
    else if (action === "zoom-reset") d3.select(svg).call(zoom.transform, d3.zoomIdentity);
  });

  // --- side panel --------------------------------------------------------------------------
  const panel = h(doc, "aside", { class: "an-panel", hidden: true, "aria-label": "Actor details", tabindex: -1 });
  const close = () => {
    panel.hidden = true;
    for (const g of nodeEl.values()) g.classList.remove("an-selected");
    opened.set(story, null);
  };
  const open = (nid: string, focus = true) => {
    const actor = actorsById.get(nid);
    const node = nodeById.get(nid);
    if (!actor || !node) return;
    opened.set(story, nid);
    for (const g of nodeEl.values()) g.classList.remove("an-selected");
    nodeEl.get(nid)?.classList.add("an-selected");
    panel.replaceChildren(...panelContent(doc, story, actor, node, linksOf.get(nid) ?? [], nodeById, articleSet, close));
    panel.hidden = false;
    // On wide screens the panel covers the right of the chart: slide the drawing so the actor shows.
    if (width >= 640) {
      const [sx] = screenOf(nid);
      const free = width - Math.min(340, width - 12) - 12;
      if (sx > free - 30) {
        try {
          d3.select(svg).call(zoom.translateBy, (free / 2 - sx) / d3.zoomTransform(svg).k, 0);
        } catch {
          // no layout engine (tests): leave the drawing where it is
        }
      }
    }
    if (focus) panel.focus?.();
  };
  const openRelation = (l: NetworkLink) => {
    opened.set(story, null);
    for (const g of nodeEl.values()) g.classList.remove("an-selected");
    panel.replaceChildren(...relationContent(doc, story, l, nodeById, close));
    panel.hidden = false;
    panel.focus?.();
  };
  panel.addEventListener("keydown", (event) => {
    if ((event as KeyboardEvent).key === "Escape") {
      const nid = opened.get(story);
      close();
      if (nid) (nodeEl.get(nid) as unknown as HTMLElement | undefined)?.focus?.();
    }
  });

  chart.append(svg, tip, zoomButtons, panel);
  const caption = h(doc, "figcaption", { id: `${id}-desc` }, description);
  if (data.links.length === 0) caption.append(" No relation links these actors yet.");
  if (data.dangling.length)
    caption.append(` ${data.dangling.length} relation${data.dangling.length === 1 ? " names" : "s name"} an actor missing from the story and ${data.dangling.length === 1 ? "is" : "are"} not drawn.`);

  // --- table and exports -------------------------------------------------------------------
  const table = dataTable(doc, data, nodeById, id);
  const tableButton = h(doc, "button", { type: "button", class: "sa-button", "aria-expanded": "false", "aria-controls": `${id}-table`, "data-action": "table" }, "Show table");
  const tools = h(
    doc,
    "div",
    { class: "an-tools", role: "toolbar", "aria-label": "Network table and exports" },
    tableButton,
    h(doc, "button", { type: "button", class: "sa-button", "data-action": "svg" }, "SVG"),
    h(doc, "button", { type: "button", class: "sa-button", "data-action": "png" }, "PNG"),
    h(doc, "button", { type: "button", class: "sa-button", "data-action": "nodes-csv" }, "Nodes CSV"),
    h(doc, "button", { type: "button", class: "sa-button", "data-action": "links-csv" }, "Links CSV"),
    h(doc, "button", { type: "button", class: "sa-button", "data-action": "json" }, "JSON"),
  );
  tools.addEventListener("click", (event) => {
    const action = (event.target as Element).closest("button")?.getAttribute("data-action");
    const exportData = () => ({
      nodes: data.nodes.map((n) => ({ ...n, x: Math.round(pos.get(n.id)!.x * 10) / 10, y: Math.round(pos.get(n.id)!.y * 10) / 10 })),
      links: data.links.map((l) => ({ id: l.id, source: l.source, target: l.target, type: l.type, events: l.events, articles: l.articles })),
    });
    if (action === "table") {
      const show = table.hidden;
      table.hidden = !show;
      tableButton.setAttribute("aria-expanded", String(show));
      tableButton.textContent = show ? "Hide table" : "Show table";
    } else if (action === "svg") downloadSVG(svg, "story-atlas-network.svg");
    else if (action === "png") void downloadPNG(svg, "story-atlas-network.png").catch((e) => console.warn(String(e)));
    else if (action === "nodes-csv")
      downloadText(doc, toCSV(exportData().nodes, [["id", (n) => n.id], ["name", (n) => n.name], ["type", (n) => n.type], ["mentions", (n) => n.mentions], ["relations", (n) => n.degree], ["aliases", (n) => n.aliases.join("; ")], ["articles", (n) => n.articles.join("; ")], ["x", (n) => n.x], ["y", (n) => n.y]]), "text/csv", "story-atlas-network-nodes.csv");
    else if (action === "links-csv")
      downloadText(doc, toCSV(data.links, [["id", (l) => l.id], ["source", (l) => l.source], ["source_name", (l) => nodeById.get(l.source)!.name], ["type", (l) => l.type], ["target", (l) => l.target], ["target_name", (l) => nodeById.get(l.target)!.name], ["events", (l) => l.events.join("; ")], ["articles", (l) => l.articles.join("; ")]]), "text/csv", "story-atlas-network-links.csv");
    else if (action === "json") downloadText(doc, JSON.stringify(exportData(), null, 2), "application/json", "story-atlas-network.json");
  });

  figure.append(chart, caption, tools, table);
  // After a re-render (resize, filter) the panel the reader left open stays open; else `selected`.
  const initial = opened.has(story) ? opened.get(story) : (options.selected ?? null);
  if (initial && nodeById.has(initial)) open(initial, false);
  return figure;
}

/** Pixels per character of a 12 px sans-serif name, a little generous. */
const CHAR_WIDTH = 6.8;
/** Names tried for a place, most mentioned first (the rest show on hover). */
const LABEL_TRIES = 80;

/**
 * Greedy name placement, most mentioned first: right of the circle, else left, else hidden, so
 * names do not sit on each other or on other circles. "all" keeps every name (right side).
 */
export function labelPlacer(
  ordered: readonly NetworkNode[],
  pos: ReadonlyMap<string, { x: number; y: number }>,
  radius: ReadonlyMap<string, number>,
  width: number,
  height: number,
  labels: "auto" | "all" | "none",
): (n: NetworkNode) => "right" | "left" | null {
  type Box = [number, number, number, number];
  const placed: Box[] = [];
  const circles = ordered.map((n) => {
    const p = pos.get(n.id)!;
    const r = radius.get(n.id)!;
    return { id: n.id, box: [p.x - r, p.y - r, p.x + r, p.y + r] as Box };
  });
  const hits = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  const rank = new Map(ordered.map((n, i) => [n.id, i]));
  return (n) => {
    if (labels === "all") return "right";
    if ((rank.get(n.id) ?? Infinity) >= LABEL_TRIES) return null;
    const p = pos.get(n.id)!;
    const r = radius.get(n.id)! + 3;
    const w = n.name.length * CHAR_WIDTH;
    for (const side of ["right", "left"] as const) {
      const box: Box = side === "right" ? [p.x + r, p.y - 7, p.x + r + w, p.y + 7] : [p.x - r - w, p.y - 7, p.x - r, p.y + 7];
      if (box[0] < 0 || box[2] > width || box[1] < 0 || box[3] > height) continue;
      if (placed.some((b) => hits(b, box))) continue;
      if (circles.some((c) => c.id !== n.id && hits(c.box, box))) continue;
      placed.push(box);
      return side;
    }
    return null;
  };
}

function legend(doc: Document, story: Story, data: NetworkData): HTMLElement {
  const counts = new Map<string, number>();
  for (const a of story.actors) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  const shown = new Map<string, number>();
  for (const n of data.nodes) shown.set(n.type, (shown.get(n.type) ?? 0) + 1);
  const box = h(doc, "div", { class: "an-legend", role: "list", "aria-label": "Legend" });
  for (const t of ACTOR_TYPES) {
    if (!counts.has(t)) continue;
    box.append(h(doc, "span", { role: "listitem", class: "an-legend-type", "data-type": t }, h(doc, "i", { class: `an-swatch an-t-${t}`, "aria-hidden": "true" }), `${t} (${shown.get(t) ?? 0})`));
  }
  const families = new Set(data.links.map((l) => relationFamily(l.type)));
  for (const [name, family] of Object.entries(RELATION_FAMILIES)) {
    if (!families.has(name)) continue;
    const sample = svgEl(doc, "svg", { width: 28, height: 10, "aria-hidden": "true" });
    const line = svgEl(doc, "line", { x1: 0, y1: 5, x2: 28, y2: 5, class: "an-link" });
    if (family.dash) line.setAttribute("stroke-dasharray", family.dash);
    sample.append(line);
    box.append(h(doc, "span", { role: "listitem", class: "an-legend-relation", "data-family": name }, sample, family.label));
  }
  box.append(h(doc, "span", { class: "an-muted" }, "circle area = mentions; arrows point from the doer; Ctrl/⌘ + wheel or pinch to zoom"));
  return box;
}

/** The first event behind a relation that is still in the story. */
function firstEvent(story: Story, l: NetworkLink): StoryEvent | undefined {
  for (const id of l.events) {
    const e = story.events.find((x) => x.id === id);
    if (e) return e;
  }
  return undefined;
}

/** The panel of one relation: what it says, and the sentences that tell it. */
function relationContent(doc: Document, story: Story, l: NetworkLink, nodeById: Map<string, NetworkNode>, close: () => void): Node[] {
  const closeButton = h(doc, "button", { type: "button", class: "sa-button an-close", "aria-label": "Close details" }, "×");
  closeButton.addEventListener("click", close);
  const byId = new Map(story.events.map((e) => [e.id, e]));
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  const events = l.events.map((id) => byId.get(id)).filter((e): e is StoryEvent => !!e);
  return [
    closeButton,
    h(doc, "h3", {}, `${nodeById.get(l.source)!.name} ${relationLabel(l.type)} ${nodeById.get(l.target)!.name}`),
    h(doc, "p", { class: "an-muted" }, `relation “${relationLabel(l.type)}”, read in ${l.articles.length} article${l.articles.length === 1 ? "" : "s"}`),
    h(doc, "h4", {}, `Told in (${events.length})`),
    events.length
      ? h(
          doc,
          "ul",
          { class: "an-quotes" },
          events.map((e) => {
            const a = articles.get(e.article);
            const quote = a ? a.text.slice(e.sentence.start, e.sentence.end) : "";
            return h(doc, "li", {}, h(doc, "blockquote", {}, quote), h(doc, "a", { href: readerHref(e.article, e.sentence.index), class: "an-quote-link" }, `${e.label} — read in context`));
          }),
        )
      : h(doc, "p", { class: "an-muted" }, "no event recorded for this relation"),
  ];
}

function panelContent(
  doc: Document,
  story: Story,
  actor: Actor,
  node: NetworkNode,
  links: NetworkLink[],
  nodeById: Map<string, NetworkNode>,
  articles: ReadonlySet<string> | null,
  close: () => void,
): Node[] {
  const closeButton = h(doc, "button", { type: "button", class: "sa-button an-close", "aria-label": "Close details" }, "×");
  closeButton.addEventListener("click", close);
  const out: Node[] = [
    closeButton,
    h(doc, "h3", {}, actor.name),
    h(doc, "div", { class: "an-type" }, h(doc, "i", { class: `an-swatch an-t-${actor.type}`, "aria-hidden": "true" }), ` ${actor.type} · ${node.mentions} mention${node.mentions === 1 ? "" : "s"}`),
  ];
  if (actor.description) out.push(h(doc, "p", { class: "an-muted" }, actor.description));
  const aliases = actor.aliases.filter((a) => a !== actor.name);
  out.push(h(doc, "h4", {}, "Also called"), aliases.length ? h(doc, "p", { class: "an-aliases" }, aliases.join(", ")) : h(doc, "p", { class: "an-muted" }, "no other name found"));
  if (links.length) {
    out.push(
      h(doc, "h4", {}, `Relations (${links.length})`),
      h(
        doc,
        "ul",
        { class: "an-relations" },
        links.map((l) => {
          const text = `${nodeById.get(l.source)!.name} ${relationLabel(l.type)} ${nodeById.get(l.target)!.name}`;
          const e = firstEvent(story, l);
          return h(doc, "li", {}, e ? h(doc, "a", { href: readerHref(e.article, e.sentence.index) }, text) : text);
        }),
      ),
    );
  }
  const events = actorEvents(story, actor.id, articles);
  out.push(h(doc, "h4", {}, `Events (${events.length})`));
  out.push(
    events.length
      ? h(
          doc,
          "ul",
          { class: "an-events" },
          events.slice(0, 40).map((e) => h(doc, "li", {}, h(doc, "a", { href: readerHref(e.article, e.sentence.index) }, e.label), e.modality !== "asserted" ? h(doc, "span", { class: "an-muted" }, ` (${e.modality})`) : null)),
          events.length > 40 ? h(doc, "li", { class: "an-muted" }, `and ${events.length - 40} more`) : null,
        )
      : h(doc, "p", { class: "an-muted" }, "no event found for this actor"),
  );
  const quotes = actorQuotes(story, actor, articles);
  out.push(h(doc, "h4", {}, `Quotes (${quotes.length})`));
  const clipTitle = (t: string) => (t.length > 36 ? `${t.slice(0, 34).trimEnd()}…` : t);
  const items = quotes.map((q, i) => {
    const parts: (string | Node)[] = [];
    let at = 0;
    for (const [s, e] of [...q.marks].sort((a, b) => a[0] - b[0])) {
      if (s < at) continue;
      parts.push(q.text.slice(at, s), h(doc, "mark", {}, q.text.slice(s, e)));
      at = e;
    }
    parts.push(q.text.slice(at));
    const where = story.articles.length > 1 ? `${clipTitle(q.article.title)}, sentence ${q.sentence}` : `sentence ${q.sentence}`;
    // The first few show at once; the rest wait behind a button (a panel of 200 quotes would bury the rest).
    return h(doc, "li", { hidden: i >= QUOTES_SHOWN }, h(doc, "blockquote", {}, ...parts), h(doc, "a", { href: readerHref(q.article.id, q.sentence), class: "an-quote-link" }, `read in context (${where})`));
  });
  const list = h(doc, "ul", { class: "an-quotes" }, items);
  out.push(list);
  if (quotes.length > QUOTES_SHOWN) {
    const more = h(doc, "button", { type: "button", class: "sa-button an-more" }, `Show all ${quotes.length} quotes`);
    more.addEventListener("click", () => {
      for (const li of items) li.hidden = false;
      more.remove();
    });
    out.push(more);
  }
  return out;
}

function dataTable(doc: Document, data: NetworkData, nodeById: Map<string, NetworkNode>, id: string): HTMLElement {
  const row = (cells: (string | number)[], tag = "td") => h(doc, "tr", {}, cells.map((c) => h(doc, tag, {}, String(c))));
  const nodes = [...data.nodes].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return h(
    doc,
    "div",
    { class: "an-table", id: `${id}-table`, hidden: true },
    h(
      doc,
      "table",
      { class: "an-nodes-table" },
      h(doc, "caption", {}, `Actors (${nodes.length})`),
      h(doc, "thead", {}, row(["Actor", "Type", "Mentions", "Relations", "Also called"], "th")),
      h(doc, "tbody", {}, nodes.map((n) => row([n.name, n.type, n.mentions, n.degree, n.aliases.filter((a) => a !== n.name).join(", ")]))),
    ),
    h(
      doc,
      "table",
      { class: "an-links-table" },
      h(doc, "caption", {}, `Relations (${data.links.length})`),
      h(doc, "thead", {}, row(["From", "Relation", "To", "Events", "Articles"], "th")),
      h(doc, "tbody", {}, data.links.map((l) => row([nodeById.get(l.source)!.name, relationLabel(l.type), nodeById.get(l.target)!.name, l.events.length, l.articles.length]))),
    ),
  );
}
