// Splits plain text into sentences. Headings and paragraphs always end a sentence; inside a
// paragraph a sentence ends at . ! ? … followed by a space and an upper-case letter, a digit or
// an opening quote, except after common abbreviations and initials ("M.", "Dr.", "J. R. R.").
import type { Sentence } from "./types.ts";

const ABBREVIATIONS = new Set([
  "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "cf", "etc", "env", "av", "apr", "j.-c", "ex",
  "mr", "mrs", "ms", "prof", "sr", "jr", "inc", "corp", "ltd", "co", "no", "vs", "jan", "feb", "fév", "mar",
  "aug", "sept", "sep", "oct", "nov", "dec", "déc", "u.s", "e.g", "i.e", "gen", "gov", "sen", "rep", "st",
]);

export function splitSentences(text: string, headings: ReadonlyArray<readonly [number, number]> = []): Sentence[] {
  const out: Sentence[] = [];
  const headingAt = new Map(headings.map(([s, e]) => [s, e]));
  const push = (start: number, end: number, heading: boolean) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ index: out.length, start, end, heading });
  };
  // Paragraphs and lines.
  const lineRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text))) {
    const lineStart = m.index;
    const lineEnd = m.index + m[0].length;
    if (headingAt.has(lineStart)) {
      push(lineStart, lineEnd, true);
      continue;
    }
    let start = lineStart;
    const endRe = /([.!?…]+)((?:[ \u00a0\u202f]?["»”)])*)(\s+)(?=["«“(]?[\p{Lu}\p{N}])/gu;
    endRe.lastIndex = lineStart;
    const line = text.slice(0, lineEnd);
    let e: RegExpExecArray | null;
    while ((e = endRe.exec(line))) {
      const stop = e.index + e[1].length + e[2].length;
      if (e[1] === ".") {
        const word = /([\p{L}.-]+)$/u.exec(text.slice(start, e.index))?.[1] ?? "";
        const w = word.toLowerCase();
        if (ABBREVIATIONS.has(w) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
      }
      push(start, stop, false);
      start = stop;
    }
    push(start, lineEnd, false);
  }
  return out;
}

/** Index of the sentence holding an offset (binary search); -1 when none does. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  // Between sentences (spaces): the next one.
  return lo < sentences.length ? lo : sentences.length - 1;
}
