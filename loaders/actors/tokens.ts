// Tokens and phrase tries: the text is cut once into words and punctuation marks, and every
// list of names or cues is a trie over those tokens, so finding all of them costs one walk of
// the text whatever the size of the lists.

export interface Token {
  /** The token as written; apostrophes and hyphens normalised (’ → ', ‐ → -). */
  text: string;
  start: number;
  end: number;
  /** What separates it from the previous token: 0 nothing, 1 spaces, 2 a line break. */
  gap: 0 | 1 | 2;
  /** A word (letters or digits), not a punctuation mark. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

/** Apostrophes and dashes written several ways compare as one. */
export function normalizeMark(s: string): string {
  if (s === "’" || s === "ʼ" || s === "‘" || s === "`" || s === "´") return "'";
  if (s === "‐" || s === "‑" || s === "‒") return "-";
  return s;
}

// Character classes, cached per UTF-16 code unit: 1 letter, mark or digit; 2 upper-case letter;
// 3 space; 0 anything else (a punctuation mark or symbol, one token each).
const CLASS = new Uint8Array(65536);
const KNOWN = new Uint8Array(65536);
function charClass(c: number): number {
  if (KNOWN[c]) return CLASS[c];
  const ch = String.fromCharCode(c);
  let k = 0;
  if (/\p{Lu}/u.test(ch)) k = 2;
  else if (/[\p{L}\p{M}\p{N}]/u.test(ch) || (c >= 0xd800 && c <= 0xdfff)) k = 1;
  else if (/\s/u.test(ch)) k = 3;
  KNOWN[c] = 1;
  CLASS[c] = k;
  return k;
}

/** Cuts a text into words (runs of letters, marks and digits) and single punctuation marks. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const len = text.length;
  let i = 0;
  let last = 0;
  let newline = false;
  while (i < len) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (k === 3) {
      if (c === 10) newline = true;
      i++;
      continue;
    }
    const gap: 0 | 1 | 2 = i === last ? 0 : newline ? 2 : 1;
    const start = i;
    if (k === 0) {
      i++;
      out.push({ text: normalizeMark(text[start]), start, end: i, gap, word: false, cap: false });
    } else {
      i++;
      while (i < len) {
        const kk = charClass(text.charCodeAt(i));
        if (kk !== 1 && kk !== 2) break;
        i++;
      }
      out.push({ text: text.slice(start, i), start, end: i, gap, word: true, cap: k === 2 });
    }
    last = i;
    newline = false;
  }
  return out;
}

/** Lower case, accents kept (the lists are written with their accents). */
export const lower = (s: string) => s.toLowerCase();

/** Accent-free lower case, for fuzzy comparison. */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

interface Node<V> {
  next: Map<string, Node<V>>;
  values: V[];
}

const node = <V>(): Node<V> => ({ next: new Map(), values: [] });

/** A set of UTF-16 code units as a table. */
class CharSet {
  private table = new Uint8Array(65536);
  has(c: number): boolean {
    return this.table[c] === 1;
  }
  add(c: number): void {
    this.table[c] = 1;
  }
}

/**
 * A trie of phrases over tokens. A key is the token text (lower-cased when the trie ignores case),
 * prefixed with a space when the phrase has a space before that token, so "GPT-4" and "GPT 4" differ.
 */
export class PhraseTrie<V> {
  private root: Node<V> = node();
  /** First UTF-16 code units of the phrases' first tokens: most tokens are ruled out without a walk. A
   * 64 KB table for the lexicons' tries (made once), a set for the small tries made per article. */
  private firstChars: { has(c: number): boolean; add(c: number): unknown };
  constructor(
    readonly ignoreCase: boolean,
    small = false,
  ) {
    this.firstChars = small ? new Set<number>() : new CharSet();
  }

  private key(t: { text: string; gap: number }, first: boolean): string {
    const text = this.ignoreCase ? lower(t.text) : t.text;
    return first || t.gap === 0 ? text : " " + text;
  }

  add(phrase: string, value: V): boolean {
    const tokens = tokenize(phrase);
    if (!tokens.length) return false;
    let n = this.root;
    const first = tokens[0].text;
    this.firstChars.add(first.charCodeAt(0));
    if (this.ignoreCase) {
      this.firstChars.add(first.toUpperCase().charCodeAt(0));
      this.firstChars.add(first.toLowerCase().charCodeAt(0));
    }
    tokens.forEach((t, i) => {
      const k = this.key(t, i === 0);
      let child = n.next.get(k);
      if (!child) n.next.set(k, (child = node()));
      n = child;
    });
    if (!n.values.includes(value)) n.values.push(value);
    return true;
  }

  /** The longest phrase starting at token `i`: the index after its last token and its values. */
  longest(tokens: readonly Token[], i: number, low?: (k: number) => string): { end: number; values: V[] } | null {
    if (i >= tokens.length || !this.firstChars.has(tokens[i].text.charCodeAt(0))) return null;
    let n: Node<V> | undefined = this.root;
    let best: { end: number; values: V[] } | null = null;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j];
      if (j > i && t.gap === 2) break;
      const text = this.ignoreCase ? (low ? low(j) : lower(t.text)) : t.text;
      n = n.next.get(j === i || t.gap === 0 ? text : " " + text);
      if (!n) break;
      if (n.values.length) best = { end: j + 1, values: n.values };
    }
    return best;
  }
}

/**
 * Phrases matched backwards from a position: "does a cue end right before token i?" The words
 * are compared without regard to case and spaces; a line break stops the match.
 */
export class SuffixTrie {
  private root: Node<true> = node();
  add(phrase: string): void {
    const tokens = tokenize(phrase).map((t) => lower(t.text));
    if (!tokens.length) return;
    let n = this.root;
    for (let i = tokens.length - 1; i >= 0; i--) {
      let child = n.next.get(tokens[i]);
      if (!child) n.next.set(tokens[i], (child = node()));
      n = child;
    }
    n.values.push(true);
  }

  /** The start index of the longest cue ending right before token `i` (-1 when none). */
  endingBefore(tokens: readonly Token[], low: (k: number) => string, i: number): number {
    let n: Node<true> | undefined = this.root;
    let best = -1;
    for (let j = i - 1; j >= 0; j--) {
      if (tokens[j + 1]?.gap === 2) break;
      n = n.next.get(low(j));
      if (!n) break;
      if (n.values.length) best = j;
    }
    return best;
  }

  /** Whether the trie holds this phrase. */
  has(phrase: string): boolean {
    const tokens = tokenize(phrase).map((t) => lower(t.text));
    let n: Node<true> | undefined = this.root;
    for (let i = tokens.length - 1; i >= 0 && n; i--) n = n.next.get(tokens[i]);
    return !!n && n.values.length > 0;
  }
}
