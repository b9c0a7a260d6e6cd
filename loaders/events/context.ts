// Reading helpers shared by the event and relation layers: words around an offset, the actor
// mentions of one article in offset order (binary search, no scan over all actors), paragraphs
// and clauses of sentences, and the resolution of pronouns and anaphoric descriptions to the most
// recently mentioned actor of a compatible type.
import { sentenceAt } from "../sentences.ts";
import type { Actor, ActorType, Article } from "../types.ts";
import type { CompiledLanguage } from "./lexicon.ts";

export interface MentionRef {
  start: number;
  end: number;
  actor: Actor;
}

export interface Word {
  start: number;
  end: number;
  lower: string;
}

const COORDINATORS = new Set(["and", "but", "then", "et", "mais", "puis"]);
const ADVERBS = new Set(["later", "then", "also", "subsequently", "eventually", "finally", "quickly", "soon", "ensuite", "puis", "aussi", "alors", "finalement", "rapidement", "également", "enfin", "même"]);
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-‐]\p{L}[\p{L}\p{M}\p{N}]*)*/gu;

// Character classes by UTF-16 code unit, filled on first use (the regexes below give the answer; the table only remembers it):
// bit 1 = \p{L}, bit 2 = [\p{L}\p{M}\p{N}], bit 4 = [\s'’]; bit 8 = computed.
const CLASS = new Uint8Array(65536);
const IS_L = /^\p{L}$/u;
const IS_LMN = /^[\p{L}\p{M}\p{N}]$/u;
const IS_GAP = /[\s'’]/;
function classOf(cu: number): number {
  let c = CLASS[cu];
  if (c === 0) {
    const ch = String.fromCharCode(cu);
    c = 8 | (IS_L.test(ch) ? 1 : 0) | (IS_LMN.test(ch) ? 2 : 0) | (IS_GAP.test(ch) ? 4 : 0);
    CLASS[cu] = c;
  }
  return c;
}
/** Class bits of the code point at i (astral code points through the regexes), and its length in code units. */
function pointClass(text: string, i: number): number {
  const cu = text.charCodeAt(i);
  if (cu >= 0xd800 && cu <= 0xdbff && i + 1 < text.length) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) {
      const ch = text.slice(i, i + 2);
      return 16 | (IS_L.test(ch) ? 1 : 0) | (IS_LMN.test(ch) ? 2 : 0);
    }
  }
  return classOf(cu) & 7;
}
/** End of the word (WORD) starting at `i`, which holds a letter. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let c = pointClass(text, i);
  let j = i + (c & 16 ? 2 : 1);
  for (;;) {
    while (j < n && ((c = pointClass(text, j)) & 2)) j += c & 16 ? 2 : 1;
    if (j + 1 < n) {
      const h = text.charCodeAt(j);
      if ((h === 45 || h === 0x2010) && (c = pointClass(text, j + 1)) & 1) {
        j += 1 + (c & 16 ? 2 : 1);
        continue;
      }
    }
    return j;
  }
}
const isLowSurrogate = (text: string, i: number): boolean => {
  const cu = text.charCodeAt(i);
  return cu >= 0xdc00 && cu <= 0xdfff;
};

/** The words of text[from, to). */
export function wordsIn(text: string, from: number, to: number): Word[] {
  if (from > 0 && isLowSurrogate(text, from)) return wordsInRx(text, from, to);
  const out: Word[] = [];
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = pointClass(text, i);
    if (!(c & 1)) {
      i += c & 16 ? 2 : 1;
      continue;
    }
    if (i >= to) break;
    const j = wordEnd(text, i);
    if (j > to) break;
    out.push({ start: i, end: j, lower: text.slice(i, j).toLowerCase() });
    i = j;
  }
  return out;
}
function wordsInRx(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    if (m.index + m[0].length > to) break;
    out.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() });
  }
  return out;
}

/** The word that starts at or after `pos` (only spaces, apostrophes and commas may stand before it when `loose`). */
export function wordAt(text: string, pos: number, limit: number): Word | null {
  let i = pos;
  while (i < limit && i < text.length && classOf(text.charCodeAt(i)) & 4) i++;
  if (i < 0 || i >= text.length || isLowSurrogate(text, i)) return wordAtRx(text, i, limit);
  if (!(pointClass(text, i) & 1)) return null;
  const end = wordEnd(text, i);
  if (end > limit) return null;
  return { start: i, end, lower: text.slice(i, end).toLowerCase() };
}
function wordAtRx(text: string, i: number, limit: number): Word | null {
  WORD.lastIndex = i;
  const m = WORD.exec(text);
  if (!m || m.index !== i || m.index + m[0].length > limit) return null;
  return { start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() };
}

/** The word that ends at or before `pos`, with only spaces and apostrophes between. */
export function wordBefore(text: string, pos: number, floor: number): Word | null {
  let i = pos;
  while (i > floor && gapUnit(text, i - 1)) i--;
  let j = i;
  while (j > floor && wordUnit(text, j - 1)) j--;
  if (j === i) return null;
  return { start: j, end: i, lower: text.slice(j, i).toLowerCase() };
}
// One code unit tested as the regexes did on text[k] (undefined past the end: "undefined" holds no gap but does hold letters).
function gapUnit(text: string, k: number): boolean {
  return k >= 0 && k < text.length ? (classOf(text.charCodeAt(k)) & 4) !== 0 : /[\s'’]/.test(text[k]);
}
function wordUnit(text: string, k: number): boolean {
  if (k < 0 || k >= text.length) return /[\p{L}\p{M}\p{N}-]/u.test(text[k]);
  const cu = text.charCodeAt(k);
  return cu === 45 || (classOf(cu) & 2) !== 0;
}

const ARTICLE_WORDS = new WeakMap<Article, { text: string; words: Word[] }>();

export class ArticleIndex {
  readonly text: string;
  readonly article: Article;
  readonly mentions: MentionRef[];
  readonly byStart = new Map<number, MentionRef>();
  /** Mentions inside another mention, by the outer mention's start. */
  readonly nested = new Map<number, MentionRef[]>();
  /** Paragraph number of every sentence (a heading is its own paragraph). */
  readonly paragraph: number[];
  private clauseCache = new Map<number, number[]>();
  private allWords: Word[] | null = null;

  constructor(article: Article, actors: readonly Actor[]) {
    this.article = article;
    this.text = article.text;
    const list: MentionRef[] = [];
    for (const actor of actors)
      for (const m of actor.mentions) if (m.article === undefined || m.article === article.id) list.push({ start: m.start, end: m.end, actor });
    list.sort((a, b) => a.start - b.start || b.end - a.end || (a.actor.id < b.actor.id ? -1 : 1));
    // Nested mentions ("Twitter" inside "Twitter Blue"): keep the outer one; the inner ones are kept apart, by outer start
    // ("le président d'OpenAI" as a mention of Greg Brockman holds OpenAI).
    this.mentions = [];
    let reach = -1;
    let outer: MentionRef | null = null;
    for (const m of list) {
      if (m.start < reach) {
        if (outer && m.end <= outer.end && m.actor.id !== outer.actor.id) this.nested.set(outer.start, [...(this.nested.get(outer.start) ?? []), m]);
        continue;
      }
      outer = m;
      this.mentions.push(m);
      this.byStart.set(m.start, m);
      reach = m.end;
    }
    this.paragraph = [];
    let p = 0;
    const s = article.sentences;
    for (let i = 0; i < s.length; i++) {
      if (i > 0 && (s[i].heading || s[i - 1].heading || this.text.slice(s[i - 1].end, s[i].start).includes("\n"))) p++;
      this.paragraph.push(p);
    }
  }

  /** Every word of the article, read once. */
  get words(): Word[] {
    if (!this.allWords) {
      // The event and the relation stages each index the same article: its words are read once.
      const cached = ARTICLE_WORDS.get(this.article);
      if (cached && cached.text === this.text) this.allWords = cached.words;
      else {
        this.allWords = wordsIn(this.text, 0, this.text.length);
        ARTICLE_WORDS.set(this.article, { text: this.text, words: this.allWords });
      }
    }
    return this.allWords;
  }

  /** The words wholly inside [from, to), from the article's word list (binary search, no rescan). */
  wordsIn(from: number, to: number): Word[] {
    const words = this.words;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < words.length && words[end].end <= to) end++;
    return words.slice(lo, end);
  }

  /** Index of the first mention starting at or after `pos`. */
  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions wholly inside [from, to), in order. */
  mentionsIn(from: number, to: number): MentionRef[] {
    const out: MentionRef[] = [];
    for (let i = this.lowerBound(from); i < this.mentions.length && this.mentions[i].start < to; i++) if (this.mentions[i].end <= to) out.push(this.mentions[i]);
    return out;
  }

  /** The mention covering `pos`, if any. */
  mentionCovering(pos: number): MentionRef | null {
    const i = this.lowerBound(pos + 1) - 1;
    const m = this.mentions[i];
    return m && m.start <= pos && pos < m.end ? m : null;
  }

  /** The most recent mention ending before `pos` whose actor has one of `types` (and is not `except`). */
  lastBefore(pos: number, types: readonly ActorType[], except: ReadonlySet<string> = new Set()): MentionRef | null {
    for (let i = this.lowerBound(pos) - 1, steps = 0; i >= 0 && steps < 400; i--, steps++) {
      const m = this.mentions[i];
      if (m.end <= pos && types.includes(m.actor.type) && !except.has(m.actor.id)) return m;
    }
    return null;
  }

  /** Clause boundaries inside sentence `index`: offsets where a new clause starts (first = sentence start). */
  clauses(index: number, lang: CompiledLanguage): number[] {
    const cached = this.clauseCache.get(index);
    if (cached) return cached;
    const s = this.article.sentences[index];
    const body = this.text.slice(s.start, s.end);
    const out = [s.start];
    lang.clauseBreak.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = lang.clauseBreak.exec(body))) {
      if (m[0].length === 0) {
        lang.clauseBreak.lastIndex++;
        continue;
      }
      out.push(s.start + m.index + 1);
    }
    // A coordination followed by a trigger verb starts a clause too ("co-founded OpenAI and left its board").
    const words = this.wordsIn(s.start, s.end);
    for (let k = 0; k + 1 < words.length; k++)
      if (COORDINATORS.has(words[k].lower)) {
        const adverb = ADVERBS.has(words[k + 1].lower) || /(?:ly|ment)$/.test(words[k + 1].lower);
        const next = adverb && k + 2 < words.length ? words[k + 2] : words[k + 1];
        if (lang.words.get(next.lower)?.some((r) => r.pos === "verb")) out.push(words[k].start);
      }
    out.sort((a, b) => a - b);
    this.clauseCache.set(index, out);
    return out;
  }

  /** [start, end) of the clause holding `pos` in sentence `index`. */
  clauseOf(index: number, pos: number, lang: CompiledLanguage): [number, number] {
    const b = this.clauses(index, lang);
    const s = this.article.sentences[index];
    let k = 0;
    while (k + 1 < b.length && b[k + 1] <= pos) k++;
    return [b[k], k + 1 < b.length ? b[k + 1] : s.end];
  }
}

/**
 * The actor a word at `word` stands for when it is a subject pronoun ("il", "he"), an object clitic
 * or an anaphoric description after a determiner ("la société", "the company"): the most recent
 * earlier mention of a compatible type. Returns null for other words.
 */
/**
 * The antecedent of a pronoun or description at `pos`: the nearest compatible actor before it in its
 * sentence; else, going back sentence by sentence (at most five), the first compatible actor of that
 * sentence that is not behind a preposition (its subject, the preferred antecedent), or failing that
 * its last compatible actor; else the most recent compatible mention.
 */
export function antecedent(index: ArticleIndex, lang: CompiledLanguage, pos: number, types: readonly ActorType[], except: ReadonlySet<string>, depth = 0): MentionRef | null {
  const sentences = index.article.sentences;
  const si = sentenceAt(sentences, pos);
  const ok = (m: MentionRef) => types.includes(m.actor.type) && !except.has(m.actor.id);
  const here = sentences[si];
  if (here) {
    const before = index.mentionsIn(here.start, pos).filter(ok);
    // A description at the head of a sentence ("Fondée par X et par Y, passés par Meta, la société a levé") does not stand
    // for a name inside the fronted phrase behind a preposition: only names outside prepositions count, else look further back.
    const det = wordBefore(index.text, pos, here.start);
    const fronted = /,\s*$/.test(index.text.slice(Math.max(here.start, pos - 3), pos)) && det === null;
    const usable = fronted ? before.filter((m) => !lang.prepositions.has(wordBefore(index.text, m.start, here.start)?.lower ?? "")) : before;
    if (usable.length) return usable[usable.length - 1];
  }
  for (let k = si - 1; k >= 0 && k >= si - 5; k--) {
    const s = sentences[k];
    const list = index.mentionsIn(s.start, s.end).filter(ok);
    // "La société avait levé ...": a description at the head of a sentence is its subject; it stands for its own antecedent.
    const firstSubject = list.find((m) => !lang.prepositions.has(wordBefore(index.text, m.start, s.start)?.lower ?? ""));
    const head = depth === 0 ? subjectDescription(index, lang, s.start, firstSubject?.start ?? s.end, types) : null;
    if (head) {
      const m = antecedent(index, lang, head.start, types, except, depth + 1);
      if (m) return { ...m, start: m.start, end: m.end };
    }
    if (list.length === 0) continue;
    const subject = list.find((m) => {
      const w = wordBefore(index.text, m.start, s.start);
      return !(w && lang.prepositions.has(w.lower)) && !/^['’]s?(?!\p{L})/u.test(index.text.slice(m.end, m.end + 3));
    });
    if (subject) return subject;
    // "Son modèle le plus puissant, X, sera proposé aux clients de Y.": a sentence led by a possessive is about the actor before.
    const first = index.wordsIn(s.start, Math.min(s.end, s.start + 20))[0];
    if (first && lang.possessives.has(first.lower) && k > si - 5) continue;
    // "Il critique la société dirigée par Sam Altman.": that sentence's subject is a pronoun, whose antecedent is further back.
    const lead = index.wordsIn(s.start, list[0].start).find((w) => lang.pronouns.get(w.lower)?.some((t) => types.includes(t)));
    if (lead && k > si - 5) continue;
    return list[list.length - 1];
  }
  return index.lastBefore(pos, types, except);
}

/**
 * A description of one of `types` in subject position at the head of a sentence, before its first mention of those types
 * ("La société avait levé", "Fondée en 2023 par X, la start-up a levé"): its determiner, or null.
 */
function subjectDescription(index: ArticleIndex, lang: CompiledLanguage, from: number, to: number, types: readonly ActorType[]): Word | null {
  const words = index.wordsIn(from, Math.min(to, from + 200));
  for (let k = 1; k < words.length; k++) {
    const type = lang.anaphors.get(words[k].lower);
    if (!type || !types.includes(type) || !lang.anaphorDeterminers.has(words[k - 1].lower)) continue;
    const det = words[k - 1];
    const prev = wordBefore(index.text, det.start, from);
    if (prev && lang.prepositions.has(prev.lower)) continue;
    // At the head, or right after a comma (a fronted phrase).
    if (det.start === from || /,\s*$/.test(index.text.slice(Math.max(from, det.start - 3), det.start))) return det;
  }
  return null;
}

/**
 * "l'institut" after "l'institut Future of Life" (or "the institute" after "the Future of Life Institute"): a description
 * whose noun is in an actor's name, or stood right before one of its mentions, stands for that actor.
 */
function named(index: ArticleIndex, word: Word, pos: number, type: ActorType, except: ReadonlySet<string>): MentionRef | null {
  const stem = word.lower.length > 5 ? word.lower.slice(0, -1) : word.lower;
  const mentions = index.mentions;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1, steps = 0; i >= 0 && steps < 60; i--, steps++) {
    const m = mentions[i];
    if (m.actor.type !== type || except.has(m.actor.id)) continue;
    if (lowerName(m.actor).includes(stem) || wordBefore(index.text, m.start, Math.max(0, m.start - 30))?.lower === word.lower) return m;
  }
  return null;
}
const LOWER = new WeakMap<Actor, string>();
function lowerName(a: Actor): string {
  let s = LOWER.get(a);
  if (s === undefined) LOWER.set(a, (s = a.name.toLowerCase()));
  return s;
}

export function resolveAnaphor(index: ArticleIndex, lang: CompiledLanguage, word: Word, floor: number, except: ReadonlySet<string> = new Set()): { actor: Actor; start: number; end: number } | null {
  if (index.mentionCovering(word.start)) return null;
  const pronoun = lang.pronouns.get(word.lower);
  if (pronoun) {
    const m = antecedent(index, lang, word.start, pronoun, except);
    return m ? { actor: m.actor, start: word.start, end: word.end } : null;
  }
  const type = lang.anaphors.get(word.lower);
  if (type) {
    const det = wordBefore(index.text, word.start, floor);
    if (!det || !lang.anaphorDeterminers.has(det.lower)) return null;
    const m = named(index, word, det.start, type, except) ?? antecedent(index, lang, det.start, [type], except);
    return m ? { actor: m.actor, start: det.start, end: word.end } : null;
  }
  return null;
}
