// What a language pack finds in one article's text, before the pipeline (loaders/story.ts) gives
// each item its id, article and sentence. Offsets index into the article's plain text.
import type { FigureKind, Language, Precision, Provenance } from "../types.ts";

export interface FigureFound {
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  approx: boolean;
  kind: FigureKind;
  bound: "min" | "max" | null;
  unit_provenance: Provenance;
}

/** The publication date, against which relative expressions are resolved. */
export interface Reference {
  /** As written in the front matter: `2023`, `2023-04` or `2023-04-11`. */
  published: string;
  /** The inclusive interval that the publication date covers. */
  from: string;
  to: string;
  precision: "day" | "month" | "year";
}

export interface TimeFound {
  start: number;
  end: number;
  from: string | null;
  to: string | null;
  precision: Precision;
  anchor: "absolute" | "publication" | "event";
  inferred: string[];
}

export interface LanguagePack {
  language: Language;
  figures(text: string): FigureFound[];
  times(text: string, reference: Reference): TimeFound[];
}
