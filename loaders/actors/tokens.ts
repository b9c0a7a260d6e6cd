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

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
const WORD = /^[\p{L}\p{M}\p{N}]/u;

/** Apostrophes and dashes written several ways compare as one. */
export function normalizeMark(s: string): string {
  if (s === "’" || s === "ʼ" || s === "‘" || s === "`" || s === "´") return "'";
  if (s === "‐" || s === "‑" || s === "‒") return "-";
  return s;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const start = m.index;
    const raw = m[0];
    let gap: 0 | 1 | 2 = 0;
    if (start > last) gap = text.slice(last, start).includes("\n") ? 2 : 1;
    const word = WORD.test(raw);
    out.push({ text: word ? raw : normalizeMark(raw), start, end: start + raw.length, gap, word, cap: word && UPPER.test(raw) });
    last = start + raw.length;
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

/**
 * A trie of phrases over tokens. A key is the token text (lower-cased when the trie ignores case),
 * prefixed with a space when the phrase has a space before that token, so "GPT-4" and "GPT 4" differ.
 */
export class PhraseTrie<V> {
  private root: Node<V> = node();
  constructor(readonly ignoreCase: boolean) {}

  private key(t: { text: string; gap: number }, first: boolean): string {
    const text = this.ignoreCase ? lower(t.text) : t.text;
    return first || t.gap === 0 ? text : " " + text;
  }

  add(phrase: string, value: V): boolean {
    const tokens = tokenize(phrase);
    if (!tokens.length) return false;
    let n = this.root;
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
  longest(tokens: readonly Token[], i: number, keys?: readonly string[]): { end: number; values: V[] } | null {
    let n: Node<V> | undefined = this.root;
    let best: { end: number; values: V[] } | null = null;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j];
      if (j > i && t.gap === 2) break;
      const text = keys ? keys[j] : this.ignoreCase ? lower(t.text) : t.text;
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
  endingBefore(tokens: readonly Token[], lowered: readonly string[], i: number): number {
    let n: Node<true> | undefined = this.root;
    let best = -1;
    for (let j = i - 1; j >= 0; j--) {
      if (tokens[j + 1]?.gap === 2) break;
      n = n.next.get(lowered[j]);
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
