// Shared table runner for the time-expression tests (fr and en): each case is a sentence written for
// these tests, a fixed publication date, and the expressions expected, in order.
import { expect } from "vitest";
import type { Reference, TimeFound } from "../../../loaders/lang/pack.ts";
import { interval } from "../../../loaders/dates.ts";

export interface Want {
  text: string;
  from: string | null;
  to: string | null;
  precision?: TimeFound["precision"];
  anchor?: TimeFound["anchor"];
  inferred?: string[];
}

export function ref(published: string): Reference {
  const { from, to, precision } = interval(published);
  return { published, from, to, precision };
}

export function check(extract: (t: string, r: Reference) => TimeFound[], published: string, sentence: string, want: Want[]): void {
  const got = extract(sentence, ref(published)).map((t) => ({ ...t, text: sentence.slice(t.start, t.end) }));
  // Invariants of every result: a real span, ISO days, an interval that does not run backwards.
  for (const g of got) {
    expect(g.start >= 0 && g.start < g.end && g.end <= sentence.length).toBe(true);
    for (const d of [g.from, g.to]) if (d !== null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (g.from && g.to) expect(g.from <= g.to).toBe(true);
  }
  expect(got.map((g) => g.text)).toEqual(want.map((w) => w.text));
  want.forEach((w, i) => {
    const g = got[i];
    expect([g.text, g.from, g.to]).toEqual([w.text, w.from, w.to]);
    if (w.precision) expect([g.text, g.precision]).toEqual([w.text, w.precision]);
    if (w.anchor) expect([g.text, g.anchor]).toEqual([w.text, w.anchor]);
    if (w.inferred) expect([g.text, g.inferred]).toEqual([w.text, w.inferred]);
  });
}
