// The site's colour-blind-safe palette (Okabe & Ito, "Color Universal Design"). Charts take their
// colours from here; src/style.css carries the same values as CSS variables (--sa-*) for the reader
// highlights. Colour is never the only cue: marks also differ by shape, dash or label.
import type { ActorType, FigureKind, Modality } from "../../loaders/types.ts";

export const OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"] as const;

/** What the reader highlights, and the colour of each kind (legend order). */
export const HIGHLIGHT_KINDS = ["money", "count", "time", "actor"] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export const KIND_COLORS: Record<HighlightKind | Exclude<FigureKind, "money" | "count">, string> = {
  money: "#E69F00",
  count: "#009E73",
  time: "#56B4E9",
  actor: "#CC79A7",
  percent: "#0072B2",
  measure: "#0072B2",
};

export const KIND_LABELS: Record<HighlightKind, string> = {
  money: "money",
  count: "count or other figure",
  time: "date or time",
  actor: "actor",
};

export const ACTOR_TYPES: readonly ActorType[] = ["person", "organization", "product", "media", "place"];
export const ACTOR_TYPE_COLORS: Record<ActorType, string> = {
  person: "#0072B2",
  organization: "#E69F00",
  product: "#009E73",
  media: "#CC79A7",
  place: "#D55E00",
};

export const MODALITIES: readonly Modality[] = ["asserted", "reported", "planned", "hypothetical", "negated"];
export const MODALITY_COLORS: Record<Modality, string> = {
  asserted: "#0072B2",
  reported: "#E69F00",
  planned: "#009E73",
  hypothetical: "#CC79A7",
  negated: "#D55E00",
};

/** A Plot colour scale for modalities (fixed domain, so colours do not move when filters change). */
export function modalityScale() {
  return { type: "ordinal" as const, domain: [...MODALITIES], range: MODALITIES.map((m) => MODALITY_COLORS[m]), legend: true };
}

export function actorTypeScale() {
  return { type: "ordinal" as const, domain: [...ACTOR_TYPES], range: ACTOR_TYPES.map((t) => ACTOR_TYPE_COLORS[t]), legend: true };
}
