// The Present page's data (`src/data/present.json`): every telling of the story, already made of
// steps, plus the small chart data the steps highlight. Shared by the loader, the page and tests.
import type { FigureKind, Modality, Precision, Problem } from "../types.ts";

export const CHARTS = ["timeline", "figures", "network"] as const;
export type ChartName = (typeof CHARTS)[number];

export type StepKind = "title" | "event" | "figure" | "actor" | "quote" | "text" | "closing";

/** A piece of a quote to emphasise, offsets relative to `PresentQuote.text`. */
export interface QuoteMark {
  start: number;
  end: number;
  kind: "trigger" | "figure" | "actor" | "time" | "quote";
}

/** The sentence a step is read from. */
export interface PresentQuote {
  text: string;
  marks: QuoteMark[];
  article: string;
  sentence: number;
}

export interface PresentSource {
  article: string;
  title: string;
  outlet: string;
  published: string;
  language: string;
  /** Sentence index, for the reader's `#s-<index>` deep link. */
  sentence: number;
}

/** What the charts emphasise at a step (ids of the Story's items). Empty lists: nothing is dimmed. */
export interface Highlight {
  events: string[];
  figures: string[];
  actors: string[];
  /** The date range the timeline points at (inclusive ISO days), when the step has one. */
  when: { from: string; to: string } | null;
}

export interface PresentStep {
  /** 1-based position: the step's URL is `#step-<n>`. */
  n: number;
  kind: StepKind;
  /** The id of the event, figure or actor shown (null for title, text and closing steps). */
  ref: string | null;
  /** A short line above the heading: "Event · 11 April 2023", "Figure · money", "Actor · person". */
  eyebrow: string;
  heading: string;
  /** The author's caption (scripts) or a generated one (default telling). */
  caption: string | null;
  /** Short facts shown under the caption (modality, sources, relations, counts). */
  facts: string[];
  quote: PresentQuote | null;
  source: PresentSource | null;
  /** Extra sources (the title and closing steps list the articles). */
  sources: PresentSource[];
  chart: ChartName;
  highlight: Highlight;
}

export interface Telling {
  /** `default` for the generated telling, else the script's file name without extension. */
  name: string;
  title: string;
  /** The script file (relative to the project root), null for the generated telling. */
  file: string | null;
  steps: PresentStep[];
  /** Problems of the script (bad references, bad charts, YAML errors): shown on the page. */
  problems: Problem[];
}

export interface TimelineItem {
  id: string;
  label: string;
  from: string;
  to: string;
  precision: Precision;
  modality: Modality;
  /** Lane: the event's first actor's name, or "" */
  lane: string;
}

/** One bar of the figure chart: every figure with the same amount and unit. */
export interface FigureItem {
  /** The figures it stands for (first one first). */
  ids: string[];
  label: string;
  kind: FigureKind;
  unit: string;
  /** Bounds drawn on a log scale: low == high for exact amounts. */
  low: number;
  high: number;
  approx: boolean;
}

export interface NetworkNode {
  id: string;
  name: string;
  type: string;
  mentions: number;
}

export interface NetworkLink {
  source: string;
  target: string;
  /** A relation type, or `with` for actors that take part in the same event. */
  type: string;
}

export interface Presentation {
  /** The generated telling first, then each script in file-name order. */
  tellings: Telling[];
  timeline: { events: TimelineItem[]; dates: { id: string; from: string; to: string; text: string }[] };
  figures: FigureItem[];
  network: { nodes: NetworkNode[]; links: NetworkLink[] };
}
