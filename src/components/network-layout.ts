// The actor network's data and its seeded, stable layout. No DOM here, so tests run it headless.
//
// d3-force mutates what it is given (nodes get x/y/vx/vy, links get node objects in place of ids):
// every function here copies its input first, and the layout runs with `.stop()` then `.tick(n)`,
// with a seeded random source, so the same story always gives the same coordinates.
import * as d3 from "d3";
import type { ActorType, Relation, RelationType, Story } from "../../loaders/types.ts";

export const ACTOR_TYPES: readonly ActorType[] = ["person", "organization", "product", "media", "place"];

/** How a relation type is drawn: four families, each with its own dash pattern (not only colour). */
export const RELATION_FAMILIES: Readonly<Record<string, { label: string; dash: string; types: readonly RelationType[] }>> = {
  control: { label: "founds, owns, leads, buys, invests, makes", dash: "", types: ["founded", "owns", "leads", "acquired", "invested_in", "makes"] },
  work: { label: "hires, works at, leaves", dash: "6 3", types: ["hired", "worked_at", "left"] },
  conflict: { label: "competes, criticizes, sues", dash: "2 3", types: ["competes_with", "criticized", "sued"] },
  agreement: { label: "reports, partners, signs", dash: "8 3 2 3", types: ["reported", "partnered_with", "signed"] },
};

export function relationFamily(type: string): string {
  for (const [name, family] of Object.entries(RELATION_FAMILIES)) if ((family.types as readonly string[]).includes(type)) return name;
  return "control";
}

/** Readable verb of a relation type: `invested_in` reads "invested in". */
export function relationLabel(type: string): string {
  return type.replace(/_/g, " ");
}

export interface NetworkNode {
  id: string;
  name: string;
  type: ActorType;
  /** Mentions in the selected articles. */
  mentions: number;
  aliases: string[];
  description: string | null;
  /** Articles that mention the actor, in story order. */
  articles: string[];
  /** Relations drawn to or from it. */
  degree: number;
}

export interface NetworkLink {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  events: string[];
  articles: string[];
  /** Place of this link among the links joining the same two actors (either direction), from 0. */
  lane: number;
  /** How many links join the same two actors. */
  lanes: number;
}

export interface NetworkData {
  nodes: NetworkNode[];
  links: NetworkLink[];
  /** Relations left out because an end is not among the actors (a loader bug, shown to the reader). */
  dangling: Relation[];
}

export interface NetworkFilter {
  /** Actor types to keep (all when absent). */
  types?: readonly string[] | null;
  /** Article ids to keep (all when absent). */
  articles?: readonly string[] | null;
}

/** Nodes and links for the chosen actor types and articles; the story itself is left untouched. */
export function networkData(story: Story, { types, articles }: NetworkFilter = {}): NetworkData {
  const typeSet = types ? new Set(types) : null;
  const articleSet = articles ? new Set(articles) : null;
  const order = new Map(story.articles.map((a, i) => [a.id, i]));
  const nodes: NetworkNode[] = [];
  for (const actor of story.actors) {
    if (typeSet && !typeSet.has(actor.type)) continue;
    const mentions = articleSet ? actor.mentions.filter((m) => articleSet.has(m.article)) : actor.mentions;
    const inArticles = [...new Set(actor.mentions.map((m) => m.article))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    if (articleSet && mentions.length === 0) continue;
    nodes.push({
      id: actor.id,
      name: actor.name,
      type: actor.type,
      mentions: mentions.length,
      aliases: [...actor.aliases],
      description: actor.description,
      articles: inArticles,
      degree: 0,
    });
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const known = new Set(story.actors.map((a) => a.id));
  const dangling: Relation[] = [];
  const links: NetworkLink[] = [];
  for (const r of story.relations) {
    if (!known.has(r.source) || !known.has(r.target)) {
      dangling.push(r);
      continue;
    }
    if (!byId.has(r.source) || !byId.has(r.target)) continue;
    if (articleSet && r.articles.length > 0 && !r.articles.some((a) => articleSet.has(a))) continue;
    links.push({ id: r.id, source: r.source, target: r.target, type: r.type, events: [...r.events], articles: [...r.articles], lane: 0, lanes: 1 });
  }
  // Links between the same two actors, whatever their direction, get lanes so they are drawn apart.
  const pairs = new Map<string, NetworkLink[]>();
  for (const l of links) {
    const key = l.source < l.target ? `${l.source}\u0000${l.target}` : `${l.target}\u0000${l.source}`;
    const list = pairs.get(key);
    if (list) list.push(l);
    else pairs.set(key, [l]);
  }
  for (const list of pairs.values()) list.forEach((l, i) => Object.assign(l, { lane: i, lanes: list.length }));
  for (const l of links) {
    byId.get(l.source)!.degree++;
    if (l.target !== l.source) byId.get(l.target)!.degree++;
  }
  return { nodes, links, dangling };
}

export interface LayoutOptions {
  /** Seed of the random source (d3.randomLcg); the same seed and data give the same layout. */
  seed?: number;
  /** Ticks run headless before drawing; capped so 300 actors still lay out quickly. */
  ticks?: number;
}

export interface LayoutNode {
  id: string;
  x: number;
  y: number;
}

/** Default number of ticks: the whole cooling for small graphs, fewer for big ones (the layout settles early). */
export function defaultTicks(nodes: number): number {
  return nodes <= 100 ? 300 : nodes <= 400 ? 200 : 120;
}

export const MAX_TICKS = 1000;

/**
 * Positions for the nodes, in layout units around (0, 0). `radius(node)` gives the collision
 * radius. Coordinates are rounded to 1/100 so the same input gives byte-identical output.
 */
export function layoutNetwork(
  nodes: readonly { id: string }[],
  links: readonly { source: string; target: string }[],
  radius: (id: string) => number = () => 8,
  { seed = 1, ticks }: LayoutOptions = {},
): LayoutNode[] {
  const n = ticks ?? defaultTicks(nodes.length);
  type SimNode = d3.SimulationNodeDatum & { id: string; r: number };
  const simNodes: SimNode[] = nodes.map((d) => ({ id: d.id, r: radius(d.id) }));
  const ids = new Set(simNodes.map((d) => d.id));
  const simLinks = links.filter((l) => ids.has(l.source) && ids.has(l.target) && l.source !== l.target).map((l) => ({ source: l.source, target: l.target }));
  const simulation = d3
    .forceSimulation<SimNode>(simNodes)
    .randomSource(d3.randomLcg(seed))
    .force(
      "link",
      d3
        .forceLink<SimNode, d3.SimulationLinkDatum<SimNode>>(simLinks)
        .id((d) => d.id)
        .distance((l) => 40 + (l.source as SimNode).r + (l.target as SimNode).r),
    )
    .force("charge", d3.forceManyBody<SimNode>().strength(-220).distanceMax(600))
    .force("collide", d3.forceCollide<SimNode>((d) => d.r + 6))
    // Weak pulls to the centre keep unlinked actors from drifting away.
    .force("x", d3.forceX<SimNode>(0).strength(0.06))
    .force("y", d3.forceY<SimNode>(0).strength(0.06))
    .stop();
  simulation.tick(Math.max(0, Math.min(MAX_TICKS, Math.round(n))));
  return simNodes.map((d) => ({ id: d.id, x: Math.round((d.x ?? 0) * 100) / 100, y: Math.round((d.y ?? 0) * 100) / 100 }));
}

/** Radius in pixels from a mention count: area grows with mentions, 5 px for one, 22 px for the most. */
export function radiusScale(nodes: readonly NetworkNode[]): (mentions: number) => number {
  const max = Math.max(1, ...nodes.map((n) => n.mentions));
  const scale = d3.scaleSqrt().domain([0, max]).range([4, max <= 1 ? 8 : 22]);
  return (m) => Math.max(5, scale(m));
}
