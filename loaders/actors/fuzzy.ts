// Misprints of gazetteer surnames ("Babusschkin" for Babuschkin): a bounded edit distance over
// the surnames that share the word's first letter.
import type { Gazetteer } from "./gazetteer.ts";
import { fold } from "./tokens.ts";

/** Optimal string alignment distance, or `max + 1` as soon as it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, k) => k);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let k = 1; k <= n; k++) {
      const cost = a[i - 1] === b[k - 1] ? 0 : 1;
      let v = Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + cost);
      if (i > 1 && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1]) v = Math.min(v, prev2[k - 2] + 1);
      cur[k] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

export type Closest = { entry: number; d: number; first: string | null; length: number } | null;
// Misprint look-ups are pure, so they are remembered per gazetteer (bounded, so memory stays flat).
const closestMemo = new WeakMap<Gazetteer, Map<string, Closest>>();

/** The gazetteer person whose surname is one edit away (two for long names) from a word, if only one is. */
export function closestSurname(gz: Gazetteer, word: string): Closest {
  let memo = closestMemo.get(gz);
  if (!memo) closestMemo.set(gz, (memo = new Map()));
  const known = memo.get(word);
  if (known !== undefined) return known;
  const f = fold(word);
  const max = f.length >= 9 ? 2 : 1;
  let best: Closest = null;
  let tie = false;
  for (const s of gz.surnames.get(f[0]) ?? []) {
    if (Math.abs(s.folded.length - f.length) > max) continue;
    const d = editDistance(f, s.folded, max);
    if (d > max || d === 0) continue;
    if (!best || d < best.d) {
      best = { entry: s.entry, d, first: s.first, length: f.length };
      tie = false;
    } else if (d === best.d && s.entry !== best.entry) tie = true;
  }
  const result = tie ? null : best;
  if (memo.size > 20000) memo.clear();
  memo.set(word, result);
  return result;
}
