// The table-driven check shared by the French and English figures tests: a sentence, and the figures
// (text, value or bounds, unit, ...) its extractor must find, in order.
import { expect } from "vitest";
import type { FigureFound } from "../../loaders/lang/pack.ts";

export interface Want {
  text: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  unit: string;
  approx?: boolean;
  bound?: "min" | "max" | null;
  kind?: string;
  inferred?: boolean;
}

export function figureChecks(extractFigures: (text: string) => FigureFound[]) {
  const found = (sentence: string) => extractFigures(sentence).map((f) => ({ ...f, text: sentence.slice(f.start, f.end) }));
  const check = (sentence: string, want: Want[]) => {
    const got = found(sentence);
    expect(got.map((g) => g.text)).toEqual(want.map((w) => w.text));
    want.forEach((w, i) => {
      const g = got[i];
      expect(g.unit).toBe(w.unit);
      if (w.value !== undefined) expect(g.value).toBeCloseTo(w.value as number);
      if (w.low !== undefined) expect(g.low).toBe(w.low);
      if (w.high !== undefined) expect(g.high).toBe(w.high);
      if (w.approx !== undefined) expect(g.approx).toBe(w.approx);
      if (w.bound !== undefined) expect(g.bound).toBe(w.bound);
      if (w.kind !== undefined) expect(g.kind).toBe(w.kind);
      expect(g.unit_provenance).toBe(w.inferred ? "inferred" : "stated");
    });
  };
  return { found, check };
}
