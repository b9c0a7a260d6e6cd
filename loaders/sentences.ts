// Splits plain text into sentences. Headings and paragraphs always end a sentence; inside a
// paragraph a sentence ends at . ! ? … followed by a space and an upper-case letter, a digit or
// an opening quote, except after common abbreviations and initials ("M.", "Dr.", "J. R. R.").
import type { Sentence } from "./types.ts";

const ABBREVIATIONS = new Set([
  "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "cf", "etc", "env", "av", "apr", "j.-c", "ex",
  "mr", "mrs", "ms", "prof", "sr", "jr", "inc", "corp", "ltd", "co", "no", "vs", "jan", "feb", "fév", "mar",
  "aug", "sept", "sep", "oct", "nov", "dec", "déc", "u.s", "e.g", "i.e", "gen", "gov", "sen", "rep", "st",
]);

// A sentence end: . ! ? … (and closing quotes), spaces on the same line, then an upper-case letter,
// a digit or an opening quote.
const END = /([.!?…]+)((?:[ \u00a0\u202f]?["»”)])*)([ \t\u00a0\u202f]+)(?=["«“(]?[\p{Lu}\p{N}])/gu;

// Words that open a sentence but never follow an initial inside a name.
const OPENERS = new Set(
  ("le la les l un une des du il elle ils elles on ce cet cette ces mais et en selon pour dans depuis après avant " +
    "the a an he she it they we this that these those then but and in on at for after before according since").split(" "),
);

/** Whether the code point ending at `i` (exclusive) is a letter, a full stop or a hyphen; its length in code units (0 when not). */
function wordCharEndingAt(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c === 46 || c === 45) return 1;
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return /^\p{L}$/u.test(s.slice(i - 2, i)) ? 2 : 0;
  }
  return /^\p{L}$/u.test(s[i - 1]) ? 1 : 0;
}

/** The last run of letters, full stops and hyphens of a string (what `/([\p{L}.-]+)$/u` captures), or "". */
function lastWord(s: string): string {
  let j = s.length;
  for (let k; j > 0 && (k = wordCharEndingAt(s, j)); ) j -= k;
  return s.slice(j);
}

/** Whether a full stop after `before` ends the sentence (not an abbreviation or an initial). */
function sentenceEndsAfter(before: string, after: string): boolean {
  const word = lastWord(before);
  if (ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return false;
  // A single capital is an initial ("John F. Kennedy", "J. R. Doe"), unless the next word is one
  // that opens sentences: then it is a one-letter name ending the sentence ("le réseau social X. Le").
  if (/^\p{Lu}$/u.test(word)) return OPENERS.has((/^[«"“(]?\s*(\p{L}+)/u.exec(after)?.[1] ?? "").toLowerCase());
  return true;
}

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
    // A sentence end never spans lines: the line alone is scanned (not the text up to the next end).
    const line = m[0];
    END.lastIndex = 0;
    let e: RegExpExecArray | null;
    while ((e = END.exec(line))) {
      const at = lineStart + e.index;
      const stop = at + e[1].length + e[2].length;
      if (e[1] === "." && !sentenceEndsAfter(text.slice(Math.max(start, at - 80), at), text.slice(at + e[0].length, at + e[0].length + 40))) continue;
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
