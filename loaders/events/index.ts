// Finds the events of one article and merges events told several times (within and across articles).
//
// 1. Triggers: one pass over the words of the article, each looked up in the compiled lexicon of its
//    language (loaders/events/lexicon.ts: verbs inflected by rule, nouns, doer nouns, multi-word
//    expressions checked by the regexes of their entry).
// 2. Roles, read around the trigger inside its clause: the doer (nearest actor to the left that is not
//    behind a preposition, not the object of a trigger verb, not inside an apposition, not the cited
//    source mention; a relative clause takes the nearest name before it, a coordinated clause the subject
//    of the clause before; "par X"/"by X" for a passive; "de X"/"X's"/possessive for a noun; a subject
//    pronoun or "la société" resolved to the preferred antecedent: the nearest compatible actor of the
//    sentence, else the subject of the sentences before), the patients (direct object and its
//    coordinations, the entry's prepositions, fr object clitics "y", "l'", an object relative "which",
//    "including X", the name after a fronted participle clause "Fondée en 2023, xAI"), the figures of the
//    clause (each figure goes to the trigger before it in its clause, else the one after).
// 3. When: a time of the same clause; else a time fronted at the head of the sentence ("En 2018, ...");
//    else the frame set by such a fronted time in one of the two sentences before, in the same
//    paragraph; else null.
// 4. Modality from cues before the trigger and in the sentence (negation > hypothesis > plan >
//    report > asserted); source from "selon X" / "according to X" / "X reported that". The source is never a
//    patient (a medium never; another actor not through the words that cite it) nor, unless it is the doer, an actor.
//    "offered to buy": the verb of offering is a mention of the planned event.
//    Plural pronouns (ils, they) stand for a coordinated group in subject position (doer + co-doers), else nothing.
//    Entries may invert roles ("a reçu X de Y": Y gave), require a named doer ("a critic of"), keep events on unnamed
//    people of their object nouns ("hired researchers"), or record the document they are about (roles.object).
// 5. Merge (loaders/events/merge.ts): one event per real-world event, every telling in `mentions`.
import type { Actor, ActorType, Article, EventRoles, Figure, Modality, StoryEvent, TimeExpr, When } from "../types.ts";
import { sentenceAt } from "../sentences.ts";
import { antecedent, ArticleIndex, resolveAnaphor, wordAt, wordBefore, wordsIn, type MentionRef, type Word } from "./context.ts";
import { eventLabel } from "./label.ts";
import { FAMILY, LEXICONS, type CompiledLanguage, type Reading } from "./lexicon.ts";
import type { EventType } from "./lang/types.ts";
import { combine, mergeTellings, type Mergeable } from "./merge.ts";

export type EventFound = Omit<StoryEvent, "id" | "articles">;
export { EVENT_TYPES, type EventType } from "./lang/types.ts";

interface Found {
  figures: Figure[];
  times: TimeExpr[];
  actors: Actor[];
}

export interface Resolved {
  actor: Actor;
  start: number;
  end: number;
}

const figureKey = (f: Figure) => `${f.unit}=${f.value ?? `${f.low ?? f.high}..${f.high ?? f.low}`}`;
const isMoney = (f: Figure) => f.kind === "money";

interface Candidate {
  reading: Reading;
  start: number;
  end: number;
  sentence: number;
  clause: [number, number];
  figures: Figure[];
}

/** Reads the article with its language's lexicon (also used by loaders/relations for subjects). */
export class Reader {
  readonly text: string;
  readonly figureAt = new Map<number, Figure>();
  readonly sourceCache = new Map<number, Resolved | null>();
  /** Start of the mention cited as source in the sentence being read: it is no subject (its actor still may be). */
  skipAt = -1;
  constructor(
    readonly article: Article,
    readonly index: ArticleIndex,
    readonly lang: CompiledLanguage,
    figures: readonly Figure[],
  ) {
    this.text = article.text;
    for (const f of figures) this.figureAt.set(f.start, f);
  }

  /** An actor starting at `pos` (after spaces), or a pronoun / anaphoric description there. */
  actorAt(pos: number, limit: number, except: ReadonlySet<string> = new Set()): Resolved | null {
    let i = pos;
    while (i < limit && /[\s'’]/.test(this.text[i])) i++;
    const m = this.index.byStart.get(i);
    if (m && m.end <= limit) return m;
    const w = wordAt(this.text, i, limit);
    if (!w) return null;
    return resolveAnaphor(this.index, this.lang, w, this.article.sentences[0]?.start ?? 0, except);
  }

  /**
   * The object after `pos`: skips determiners, adverbs, figures and the allowed prepositions, then
   * takes the actor there and the actors coordinated with it ("Igor Babusschkin et Manuel Kroiss").
   */
  objectAfter(pos: number, limit: number, preps: ReadonlySet<string>, except: ReadonlySet<string>): Resolved[] {
    let i = pos;
    let possessive: Word | null = null;
    let determiner: Word | null = null;
    let unknown = 0;
    const lang = this.lang;
    for (let steps = 0; steps < 10 && i < limit; steps++) {
      while (i < limit && /[\s'’]/.test(this.text[i])) i++;
      const fig = this.figureAt.get(i);
      if (fig) {
        i = fig.end;
        continue;
      }
      const w = wordAt(this.text, i, limit);
      if (w && lang.anaphors.has(w.lower)) {
        // "a new company, xAI", "la start-up xAI": the name in apposition, not the description.
        const named = this.named(w.end, limit, except);
        if (named) return this.coordinated(named, limit, except);
      }
      if (w && !this.index.mentionCovering(w.start)) {
        // "a chatbot called Grok", "un modèle baptisé Gemini": the name given.
        const called = CALLED.exec(this.text.slice(w.end, Math.min(limit, w.end + 20)));
        const m = called ? this.index.byStart.get(w.end + called[0].length) : undefined;
        if (m && m.end <= limit && !except.has(m.actor.id)) return [m];
      }
      const found = this.actorAt(i, limit, except);
      if (found) {
        // "OpenAI's ChatGPT": the owner is a modifier when another actor follows ("OpenAI's board" keeps OpenAI).
        const owned = /^['’]s\s+/u.exec(this.text.slice(found.end, found.end + 3));
        if (owned) {
          const head = this.objectAfter(found.end + owned[0].length, limit, new Set(), except);
          if (head.length && head[0].start - found.end < 30) return head;
        }
        return this.coordinated(found, limit, except);
      }
      if (!w) return [];
      if (lang.possessives.has(w.lower)) possessive = w;
      else if (!possessive && lang.bodies.has(w.lower) && lang.anaphorDeterminers.has(wordBefore(this.text, w.start, pos)?.lower ?? "")) {
        // "criticized the board", "a quitté le conseil": the body of the organisation in view, unless "of X" follows.
        const next = wordAt(this.text, w.end, limit);
        if (!next || !/^(?:of|de|d|du)$/.test(next.lower)) {
          const m = antecedent(this.index, lang, w.start, ["organization"], except);
          if (m) return [{ actor: m.actor, start: w.start, end: w.end }];
        }
      } else if (possessive && lang.bodies.has(w.lower)) {
        // "its board", "son conseil d'administration": the organisation the possessive stands for.
        const m = antecedent(this.index, lang, possessive.start, ["organization"], except);
        if (m) return [{ actor: m.actor, start: possessive.start, end: w.end }];
      }
      if (lang.skippable.has(w.lower) || preps.has(w.lower) || lang.titles.has(w.lower) || lang.bodies.has(w.lower) || lang.possessives.has(w.lower) || ADVERB[lang.language]?.test(w.lower)) {
        if (lang.anaphorDeterminers.has(w.lower)) determiner = w;
        // "M. Altman", "Dr. Smith": the abbreviation's dot.
        i = lang.titles.has(w.lower) && this.text[w.end] === "." && w.end - w.start <= 3 ? w.end + 1 : w.end;
        continue;
      }
      // "the San Francisco lab", "la jeune société": a description after a determiner, a modifier or two before its noun.
      if (determiner) {
        const noun = this.index.wordsIn(w.start, Math.min(limit, w.start + 40)).slice(0, 3).find((x) => lang.anaphors.has(x.lower));
        if (noun && !this.index.mentionsIn(w.start, noun.start).length && !/[,;]/.test(this.text.slice(w.start, noun.start))) {
          const m = antecedent(this.index, lang, determiner.start, [lang.anaphors.get(noun.lower)!], except);
          if (m) return [{ actor: m.actor, start: determiner.start, end: noun.end }];
        }
      }
      // "his own AI company, xAI": a word or two before a description in apposition to a name.
      if (unknown < 2 && this.appositionAhead(w.end, limit)) {
        unknown++;
        i = w.end;
        continue;
      }
      return [];
    }
    return [];
  }

  /** A name right after a description ("company, xAI", "start-up xAI"). */
  named(pos: number, limit: number, except: ReadonlySet<string>): MentionRef | null {
    const gap = /^\s*,?\s*/.exec(this.text.slice(pos, pos + 4))![0];
    const m = this.index.byStart.get(pos + gap.length);
    return m && m.end <= limit && !except.has(m.actor.id) ? m : null;
  }

  appositionAhead(pos: number, limit: number): boolean {
    for (const w of this.index.wordsIn(pos, Math.min(limit, pos + 40)).slice(0, 2))
      if (this.lang.anaphors.has(w.lower)) return this.named(w.end, limit, new Set()) !== null;
    return false;
  }

  coordinated(first: Resolved, limit: number, except: ReadonlySet<string>): Resolved[] {
    const out = [first];
    let end = first.end;
    for (;;) {
      const gap = /^(?:\s*,\s*(?:(?:et|and)\s+)?|\s+(?:et|and|&|ainsi\s+que|as\s+well\s+as)\s+)/iu.exec(this.text.slice(end, Math.min(limit, end + 20)));
      if (!gap) break;
      // "OpenAI and its chief executive Sam Altman", "OpenAI et son patron Sam Altman": a titled person joins an organisation.
      const titled = /^(?:its|their|son|sa|leur)\s+((?:[\p{L}-]+\s+){1,4})/iu.exec(this.text.slice(end + gap[0].length, Math.min(limit, end + gap[0].length + 50)));
      let skip = 0;
      if (titled) {
        // The possessive, then title words only ("chief executive"), up to the name.
        const head = /^\S+\s+/u.exec(titled[0])![0].length;
        let at = head;
        for (const word of titled[1].split(/(?<=\s)/u)) {
          if (!this.lang.titles.has(word.trim().toLowerCase())) break;
          at += word.length;
        }
        if (at > head) skip = at;
      }
      const titleOk = skip > 0;
      const next = this.index.byStart.get(end + gap[0].length + skip);
      if (!next || next.end > limit || except.has(next.actor.id) || (next.actor.type !== first.actor.type && !(titleOk && next.actor.type === "person"))) break;
      out.push(next);
      end = next.end;
    }
    return out;
  }

  /** A preposition right before `pos`. */
  prepBefore(pos: number, floor: number): string | null {
    const w = wordBefore(this.text, pos, floor);
    return w && this.lang.prepositions.has(w.lower) ? w.lower : null;
  }

  /**
   * The subject before `pos`: the nearest actor of the clause that is not behind a preposition, nor the
   * cited source; or a subject pronoun / description, resolved. When the clause has none, a relative
   * clause ("Microsoft, qui a investi") takes the nearest actor before it, a coordinated clause
   * ("Musk a cofondé OpenAI et y a investi") the subject of the clause before: its first actor.
   */
  subject(pos: number, clauseStart: number, sentenceStart: number, types: readonly ActorType[] | null, except: ReadonlySet<string>): Resolved | null {
    const own = this.candidate(clauseStart, pos, sentenceStart, types, except, true);
    if (own || clauseStart <= sentenceStart) return own;
    const head = wordAt(this.text, clauseStart, pos);
    if (!head || !this.lang.sharedSubject.has(head.lower)) return null;
    if (RELATIVES.has(head.lower)) {
      const near = this.candidate(sentenceStart, clauseStart, sentenceStart, types, except, true, true);
      // "Le groupe de Satya Nadella, qui a investi": the relative stands for the description, not for its complement.
      const of = near ? wordBefore(this.text, near.start, sentenceStart) : null;
      const noun = of && OF.has(of.lower) ? wordBefore(this.text, of.start, sentenceStart) : null;
      if (near && noun && this.lang.anaphors.has(noun.lower) && /^\s*,?\s*$/.test(this.text.slice(near.end, clauseStart))) {
        const r = resolveAnaphor(this.index, this.lang, noun, sentenceStart, except);
        if (r && (!types || types.includes(r.actor.type))) return r;
      }
      return near;
    }
    // A coordinated clause shares the subject of the clause before it (else of the one before that).
    const bounds = this.index.clauses(sentenceAt(this.article.sentences, sentenceStart), this.lang).filter((b) => b < clauseStart);
    for (let k = bounds.length - 1; k >= 0; k--) {
      const found = this.candidate(bounds[k], k + 1 < bounds.length ? bounds[k + 1] : clauseStart, sentenceStart, types, except, false);
      if (found) return found;
    }
    return null;
  }

  /** "Jan Leike, a former OpenAI researcher, joined": a name inside an apposition between commas is not the subject. */
  inApposition(m: MentionRef, pos: number, floor: number): boolean {
    if (!this.text.slice(m.end, pos).includes(",")) return false;
    const head = this.text.lastIndexOf(",", m.start);
    if (head < floor) return false;
    if (/^,\s*(?:a|an|the|un|une|le|la|l['’]|les|des|son|sa|ses|its|his|her)(?:\s|(?<=['’]))/iu.test(this.text.slice(head, m.start))) return true;
    // "L'institut, financé en partie par la fondation Musk, a reçu": a participle clause between commas.
    const opener = wordAt(this.text, head + 1, m.start);
    if (opener && (this.lang.words.get(opener.lower)?.some((x) => x.participle) || PARTICIPLE_END[this.lang.language]?.test(opener.lower))) return true;
    // "Mark Papermaster, formerly an Apple executive, is stepping down": a name right before the opening comma.
    const named = this.index.mentionCovering(head - 1) ?? this.index.mentionCovering(head - 2);
    return named !== null && named !== m && /^\s*$/.test(this.text.slice(named.end, head));
  }

  /** The actor at `pos` is the object of a trigger verb just before it ("merge the company with Tesla"), so not a subject. */
  afterVerb(pos: number, floor: number): boolean {
    let w = wordBefore(this.text, pos, floor);
    for (let k = 0; w && k < 3 && (this.lang.skippable.has(w.lower) || this.lang.titles.has(w.lower)); k++) w = wordBefore(this.text, w.start, floor);
    return !!w && (this.lang.words.get(w.lower)?.some((r) => r.pos === "verb") ?? false);
  }

  /** "X's president": X only qualifies the subject, unless the head is its governing body ("OpenAI's board"). */
  owner(end: number): boolean {
    const m = /^['’]s?(?!\p{L})\s*/u.exec(this.text.slice(end, end + 4));
    if (!m) return false;
    const head = wordAt(this.text, end + m[0].length, this.text.length);
    return !(head && this.lang.bodies.has(head.lower));
  }

  /** The last (or first) subject candidate in [from, to). */
  private candidate(from: number, to: number, sentenceStart: number, types: readonly ActorType[] | null, except: ReadonlySet<string>, last: boolean, relative = false): Resolved | null {
    const words = this.index.wordsIn(from, to);
    const n = words.length;
    for (let j = 0; j < n; j++) {
      const k = last ? n - 1 - j : j;
      const w = words[k];
      const m = this.index.mentionCovering(w.start);
      if (m) {
        if (last ? m.start !== w.start : m.start < w.start) continue; // visit each mention once, at its first word
        // A relative pronoun takes the nearest name, even behind a preposition ("controlled by Microsoft, which has invested").
        if (m.start < from || m.start === this.skipAt || except.has(m.actor.id) || (!relative && (this.prepBefore(m.start, sentenceStart) || this.afterVerb(m.start, sentenceStart)))) continue;
        if (this.owner(m.end)) continue;
        if (types && !types.includes(m.actor.type)) continue;
        if (!relative && this.inApposition(m, to, sentenceStart)) continue;
        return m;
      }
      if (PLURAL_PRONOUNS.has(w.lower) && !this.afterVerb(w.start, sentenceStart)) {
        // "Musk et Altman ont fondé OpenAI. Ils ont ensuite ...": a plural pronoun stands for a coordinated group of names.
        const group = this.group(w.start, sentenceStart);
        if (group && (!types || types.includes(group[0].actor.type)) && !group.some((g) => except.has(g.actor.id))) {
          const r = { actor: group[0].actor, start: w.start, end: w.end };
          this.groups.set(r, group.slice(1));
          return r;
        }
        continue;
      }
      if (!this.lang.pronouns.has(w.lower) && !this.lang.anaphors.has(w.lower)) continue;
      // "gave it $44 million": a pronoun right after a verb is its object.
      if (this.lang.pronouns.has(w.lower) && this.afterVerb(w.start, sentenceStart)) continue;
      const r = resolveAnaphor(this.index, this.lang, w, sentenceStart, except);
      if (r && (!types || types.includes(r.actor.type))) {
        if (this.lang.anaphors.has(w.lower) && (this.prepBefore(r.start, sentenceStart) || this.owner(w.end) || this.afterVerb(r.start, sentenceStart))) continue;
        return r;
      }
    }
    return null;
  }

  /** Plural pronouns resolved to a group: the other members of the group, by the resolved pronoun. */
  readonly groups = new Map<Resolved, Resolved[]>();

  /**
   * The group a plural pronoun at `pos` stands for: the first coordination of two or more names of one type ("Musk et
   * Altman", "Microsoft and Google") in subject position (head of the sentence or after a fronted phrase), earlier in its sentence, else in the sentence
   * before (same paragraph). Null when there is none: "ils" for a group of unnamed people resolves to nothing.
   */
  group(pos: number, sentenceStart: number): Resolved[] | null {
    const si = sentenceAt(this.article.sentences, sentenceStart);
    const spans: Array<[number, number]> = [[sentenceStart, pos]];
    const prev = this.article.sentences[si - 1];
    if (prev && this.index.paragraph[si - 1] === this.index.paragraph[si]) spans.push([prev.start, prev.end]);
    for (const [from, to] of spans)
      for (const m of this.index.mentionsIn(from, to)) {
        if (this.prepBefore(m.start, from) || m.actor.type === "place") continue;
        // Subject position only: at the head of the sentence, or after a fronted phrase and its comma ("En 2015, Musk et ...").
        if (!/^\s*$|,\s*$/.test(this.text.slice(from, m.start))) continue;
        const list = this.coordinated(m, to, new Set());
        if (list.length >= 2 && list.every((x) => x.actor.type === m.actor.type)) return list;
      }
    return null;
  }

  /** The cited source of a sentence: "selon X", "according to X", "X a rapporté que", "X reported that". */
  source(sentence: number): Resolved | null {
    if (this.sourceCache.has(sentence)) return this.sourceCache.get(sentence)!;
    const s = this.article.sentences[sentence];
    const body = this.text.slice(s.start, s.end);
    const ok = (m: Resolved | null) => m && ["media", "person", "organization"].includes(m.actor.type);
    let found: Resolved | null = null;
    const re = this.lang.sourcePrepositions;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (!found && (m = re.exec(body))) {
      const at = this.objectAfter(s.start + m.index + m[0].length, s.end, new Set(), new Set())[0] ?? null;
      if (ok(at)) found = at;
    }
    if (!found)
      for (const mention of this.index.mentionsIn(s.start, s.end))
        if (ok(mention) && this.lang.reportingVerbs.test(this.text.slice(mention.end, mention.end + 40))) {
          found = mention;
          break;
        }
    this.sourceCache.set(sentence, found);
    return found;
  }
}

const PERSON_ORG: ActorType[] = ["person", "organization"];
/** Letters every offering verb of the packs holds: the offerBefore regex runs only when one stands in the window. */
const OFFER_HINT = /off|bid|propos/i;
/** A plain noun phrase, then names given as its examples ("de fonds comme X", "investors such as X"). */
const EXAMPLES = /^\s*(?:de\s+|d['’]|des\s+)?(?:[\p{L}-]+\s+){1,3}?(?:comme|tels?\s+que|telles?\s+que|dont|notamment|including|such\s+as|like)\s+/iu;
/** Plural subject pronouns: they stand for a coordinated group of names only (Reader.group). */
const PLURAL_PRONOUNS = new Set(["ils", "elles", "they"]);
/** An infinitive and a determiner right before a noun trigger: the noun is that verb's object, its doer is not the subject. */
const INFINITIVE_BEFORE: Partial<Record<string, RegExp>> = {
  en: /(?<!\p{L})to\s+\p{L}+\s+(?:the|a|an|its|his|her|their)\s+$/iu,
  fr: /(?<!\p{L})(?:de|d['’]|pour|à)\s*\p{L}+(?:er|ir|re)\s+(?:le\s+|la\s+|l['’]|les\s+|un\s+|une\s+|son\s+|sa\s+|ses\s+)$/iu,
};
/** "a chatbot called Grok", "une start-up baptisée xAI". */
const CALLED = /^\s+(?:called|named|dubbed|known\s+as|baptisée?s?|appelée?s?|nommée?s?|surnommée?s?)\s+/iu;
/** Document nouns per event type, for doer nouns ("its signatories") whose entry names none. */
const FAMILY_OBJECTS = new Map<string, string[]>();
for (const lang of Object.values(LEXICONS))
  for (const readings of lang.words.values())
    for (const r of readings) if (r.spec.spec.objects) FAMILY_OBJECTS.set(r.spec.spec.type, [...new Set([...(FAMILY_OBJECTS.get(r.spec.spec.type) ?? []), ...r.spec.spec.objects])]);
/** Manner adverbs, skipped between a verb and its object ("critique régulièrement la société", "openly criticized"). */
const ADVERB: Partial<Record<string, RegExp>> = { fr: /\p{L}{4}ment$/u, en: /\p{L}{4}ly$/u };
/** fr auxiliaries before a participle: without one, a participle is a reduced relative ("le modèle d'OpenAI dévoilé le 14 mars"). */
const FR_AUX = /(?<!\p{L})(?:a|ont|as|avons|avez|avait|avaient|aurait|auraient|aura|auront|eu|été|est|sont|était|étaient|sera|seront|serait|seraient|soit|soient|avoir|être|ayant|étant|a-t-il|a-t-elle)\s+(?:[\p{L}'’-]+\s+){0,2}$/u;
/** Endings of past participles, for a participle clause in apposition ("X, financé par Y, a ..."). */
const PARTICIPLE_END: Partial<Record<string, RegExp>> = { fr: /\p{L}{3}(?:é|ée|és|ées)$/u, en: /\p{L}{3}ed$/u };
const RELATIVES = new Set(["qui", "dont", "who", "which", "that"]);
const OBJECT_RELATIVES = new Set(["que", "qu", "which", "that", "whom"]);
/** A money amount right after a verb, for when the figure extractor missed it ("a levé 6 milliards de dollars"). */
const MONEY_AFTER = /^\s+(?:[\p{L}'’]+\s+){0,2}?(?:[$€£]\s?\d|\d[\d\s.,]*\s*(?:milliards?|millions?|billions?|bn|md|m)?\s*(?:de\s+)?(?:dollars|euros|\$|€|£|usd|eur))/iu;
const DETERMINERS = new Set(["le", "la", "l", "les", "un", "une", "des", "du", "the", "a", "an"]);
const PURE_DETERMINERS: Record<string, ReadonlySet<string>> = {
  fr: new Set(["un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "mon", "ma", "mes"]),
  en: new Set(["the", "a", "an", "this", "these", "those", "its", "their", "his"]),
};
const CLITIC_OR_ARTICLE = new Set(["l", "le", "la", "les"]);

/** A subject (pronoun, name, "ne", relative) right before an fr clitic: "il l'a", "Musk la rachète", "qui les a". */
function subjectBefore(r: Reader, pos: number, floor: number): boolean {
  const w = wordBefore(r.text, pos, floor);
  if (!w) return false;
  if (r.lang.pronouns.has(w.lower) || /^(?:ils|elles|on|qui|que|qu|ne|n|je|nous|vous|y)$/.test(w.lower)) return true;
  const m = r.index.mentionCovering(w.start);
  return m !== null && m.end === w.end;
}
const OF = new Set(["de", "d", "du", "des", "of"]);

/** A participle in apposition to the actor just before: "Anthropic, founded by ...", "OpenAI, rachetée ...". */
function appositive(r: Reader, start: number, floor: number): MentionRef | null {
  const m = /,\s*$/.exec(r.text.slice(Math.max(floor, start - 4), start));
  if (!m) return null;
  const comma = Math.max(floor, start - 4) + m.index;
  const before = r.index.mentionCovering(comma - 1);
  if (before !== null && before.end === comma) return before;
  // "L'institut, financé par ...": a description before the comma stands for the actor it names.
  const w = wordBefore(r.text, comma, floor);
  if (!w || !r.lang.anaphors.has(w.lower)) return null;
  const found = resolveAnaphor(r.index, r.lang, w, floor);
  return found ? { actor: found.actor, start: found.start, end: found.end } : null;
}

/** Doer and patients of one trigger. */
function roles(r: Reader, c: Candidate, source: Resolved | null): { agent: Resolved | null; coagents: Resolved[]; patients: Resolved[]; response: boolean } {
  const { text, lang, article } = r;
  const s = article.sentences[c.sentence];
  const [clauseStart, clauseEnd] = c.clause;
  const spec = c.reading.spec.spec;
  const preps = c.reading.spec.preps;
  const except: ReadonlySet<string> = new Set<string>();
  r.skipAt = source ? source.start : -1;
  const before = wordBefore(text, c.start, s.start);
  let agent: Resolved | null = null;
  let patients: Resolved[] = [];
  let response = false;
  let byCoagents: Resolved[] = [];

  if (c.reading.pos === "verb") {
    const after = text.slice(c.end, Math.min(clauseEnd, c.end + 60));
    const by = c.reading.participle ? byAfterParticiple(lang).exec(after) : null;
    // "co-founded by Sam Altman, Elon Musk and others": every coordinated name acts.
    const byAll = by ? r.objectAfter(c.end + by[0].length, clauseEnd, new Set(), except) : [];
    const byAgent = byAll[0] ?? null;
    byCoagents = byAll.slice(1);
    // "a été racheté", "was bought"; or a participle in apposition: "Anthropic, founded by ...".
    const passiveAux = c.reading.participle && (lang.passiveAux.test(text.slice(Math.max(s.start, c.start - 40), c.start)) || appositive(r, c.start, s.start) !== null);
    // "Fondée en juillet 2023, xAI développe ...", "Founded in 2023, xAI ...": the name after the comma is the patient.
    const fronted = c.reading.participle && text.slice(s.start, c.start).trim() === "" ? /^[^,.;:]{0,80},\s*/.exec(text.slice(c.end, s.end)) : null;
    const reduced = c.reading.participle && !byAgent && !passiveAux && !fronted && lang.language === "fr" && !FR_AUX.test(text.slice(Math.max(s.start, c.start - 50), c.start));
    if (fronted) {
      // "Fondée en 2023 par Arthur Mensch, un ancien de Google, la société a levé": the main clause's subject, after the
      // last comma of the fronted phrase that a name or a description follows.
      let at = c.end + fronted[0].length;
      for (let k = 0; k < 4 && patients.length === 0; k++) {
        patients = r.objectAfter(at, s.end, new Set(), new Set([...except, ...(byAgent ? [byAgent.actor.id] : [])]));
        const head = wordAt(text, at, s.end);
        if (patients.length && head && /^(?:un|une|a|an)$/.test(head.lower)) patients = [];
        const next = /^[^,.;:]{0,120},\s*/.exec(text.slice(at, s.end));
        if (patients.length || !next) break;
        at += next[0].length;
      }
      if (byAgent) {
        agent = byAgent;
        byCoagents = byAll.slice(1);
      }
    } else if (reduced) {
      // "GPT-4, le dernier modèle d'OpenAI dévoilé le 14 mars": the participle qualifies the noun phrase before it; a name
      // behind "de" right before it is the doer ("modèle d'OpenAI"), the name the phrase stands for is the patient.
      const list = r.index.mentionsIn(Math.max(clauseStart, c.start - 90), c.start);
      const last = list[list.length - 1];
      const ofLast = last && OF.has(wordBefore(text, last.start, s.start)?.lower ?? "") && /^\s*$/.test(text.slice(last.end, c.start));
      if (ofLast) agent = last;
      const head = list.filter((m) => m !== agent && !OF.has(wordBefore(text, m.start, s.start)?.lower ?? "") && !r.prepBefore(m.start, s.start) && (!spec.needs || spec.needs.includes(m.actor.type)));
      if (head.length && (ofLast || head[head.length - 1].end >= c.start - 40)) patients = [head[head.length - 1]];
      else if (!ofLast) agent = r.subject(c.start, clauseStart, s.start, null, except);
    } else if (byAgent || passiveAux) {
      agent = byAgent;
      const apposed = passiveAux ? appositive(r, c.start, s.start) : null;
      if (apposed && apposed.actor.id !== agent?.actor.id) {
        // "Twitter, racheté par Musk", "OpenAI, co-founded by ...": the name before the comma, wherever it stands.
        patients = [apposed];
      } else if (passiveAux) {
        const subject = r.subject(c.start, clauseStart, s.start, null, new Set([...except, ...(agent ? [agent.actor.id] : [])]));
        patients = subject ? [subject] : [];
      } else {
        // A participle right after its noun ("data released by NPD", "Twitter, bought by Musk"): that noun only.
        const gap = /,?\s*$/.exec(text.slice(Math.max(s.start, c.start - 4), c.start))!;
        const noun = r.index.mentionCovering(Math.max(s.start, c.start - 4) + gap.index - 1);
        patients = noun && noun.end === Math.max(s.start, c.start - 4) + gap.index && noun.actor.id !== agent?.actor.id ? [noun] : [];
      }
    } else {
      agent = r.subject(c.start, clauseStart, s.start, null, except);
      // The cited source is no subject, but it may well be the object ("OpenAI said Musk wanted to merge the company").
      const notAgent = new Set(agent ? [agent.actor.id] : []);
      patients = r.objectAfter(c.end, clauseEnd, preps, notAgent);
      if (patients.length === 0 && spec.preps) {
        // "invested $1 billion in OpenAI": a prepositional patient a few words on.
        for (const w of r.index.wordsIn(c.end, Math.min(clauseEnd, c.end + 80)).slice(0, 8))
          if (preps.has(w.lower)) {
            patients = r.objectAfter(w.end, clauseEnd, new Set(), notAgent);
            // "auprès de fonds comme Andreessen Horowitz", "from investors including Sequoia": the names given as examples.
            const example = patients.length ? null : EXAMPLES.exec(text.slice(w.end, Math.min(clauseEnd, w.end + 60)));
            if (example) patients = r.objectAfter(w.end + example[0].length, clauseEnd, new Set(), notAgent);
            if (patients.length) break;
          }
      }
      // A verb whose object is a document ("signer la lettre"): its clitic stands for the document, not an actor.
      if (patients.length === 0 && lang.clitics.size && !(spec.objects && !spec.needs)) {
        // fr object clitic before the verb or its auxiliary: "y a injecté", "l'a racheté".
        const m = /(?<!\p{L})(y|l['’]|le|la|lui)\s*(?:(?:a|ont|avait|avaient|aurait|auraient|va|vont|est|sont|avons|avez|a-t-il|aurait-il|avoir|être)\s+(?:d['’]ailleurs\s+|\p{L}+ment\s+|(?:déjà|aussi|alors|donc|pourtant|même|ensuite|enfin|bien)\s+)?|(?:déjà|aussi|alors|donc|pourtant|même|ensuite|enfin)\s+)?$/iu.exec(text.slice(Math.max(s.start, c.start - 40), c.start));
        if (m) {
          const clitic = m[1].toLowerCase().replace(/['’]$/, "");
          const types: ActorType[] = clitic === "y" ? ["organization", "product"] : clitic === "lui" ? ["person"] : spec.needs ?? ["organization", "product", "person"];
          const at = Math.max(s.start, c.start - 40) + m.index;
          const found = antecedent(r.index, lang, at, types, notAgent);
          if (found) patients = [found];
        }
      }
      if (patients.length === 0 && agent && agent.start >= clauseStart) {
        // "OpenAI, which Musk co-founded", "la société que Musk a fondée": the relative pronoun is the object.
        const head = wordAt(text, clauseStart, c.start);
        // "Business Insider reported that Musk had bought": "that" after a verb is a conjunction, not a relative.
        const prev = wordBefore(text, head?.start ?? clauseStart, s.start);
        const conjunction = prev !== null && lang.reportingVerbs.test(" " + text.slice(prev.start, c.start));
        if (head && OBJECT_RELATIVES.has(head.lower) && !conjunction) {
          const before = r.index.mentionsIn(s.start, clauseStart).filter((m) => m.actor.id !== agent!.actor.id && m.actor.id !== source?.actor.id && (!spec.needs || spec.needs.includes(m.actor.type)));
          if (before.length) patients = [before[before.length - 1]];
        }
      }
      if (patients.length === 0 && spec.needs?.includes("person")) {
        // "hired several researchers, including Igor Babuschkin", "a embauché des ingénieurs, dont X".
        const m = /^[^.;:]{0,80}?(?:,\s*)?(?:including|notamment|dont|such\s+as|parmi\s+lesquels|parmi\s+eux|among\s+them)\s+/iu.exec(text.slice(c.end, Math.min(s.end, c.end + 120)));
        if (m) patients = r.objectAfter(c.end + m[0].length, s.end, new Set(), new Set(agent ? [agent.actor.id] : []));
      }
      if (spec.response) {
        const next = wordAt(text, c.end, clauseEnd);
        if (next && lang.demonstratives.has(next.lower) && patients.length === 0) response = true;
      }
    }
  } else {
    const lightVerb = lang.lightVerbs.test(text.slice(Math.max(s.start, c.start - 60), c.start));
    // Doer before the noun: a possessive ("son investissement", "his acquisition"), "X's".
    if (before && lang.possessives.has(before.lower)) {
      const found = antecedent(r.index, lang, before.start, PERSON_ORG, except);
      if (found) agent = { actor: found.actor, start: before.start, end: before.end };
    } else {
      const m = /(['’]s?)\s+(?:[\p{L}\p{N}$€£.,-]+\s+){0,3}?$/u.exec(text.slice(Math.max(s.start, c.start - 50), c.start));
      if (m) {
        const apos = Math.max(s.start, c.start - 50) + m.index;
        const owner = r.index.mentionCovering(apos - 1);
        if (owner && owner.end === apos) {
          if (c.reading.pos === "agentive") patients = [owner];
          else agent = owner;
        }
      }
    }
    if (c.reading.pos === "agentive" && patients.length === 0 && before) {
      // "OpenAI co-founder", "its co-founders".
      const owner = r.index.mentionCovering(before.start);
      if (owner && owner.end === before.end && owner.actor.type !== "person") patients = [owner];
      else if (lang.possessives.has(before.lower) && spec.needs) {
        const found = antecedent(r.index, lang, before.start, ["organization", "product"], except);
        if (found) patients = [{ actor: found.actor, start: before.start, end: before.end }];
        agent = null;
      }
    }
    // Complements after the noun: "de X", "of X", "par X", the entry's prepositions.
    for (const w of r.index.wordsIn(c.end, Math.min(clauseEnd, c.end + 70)).slice(0, 7)) {
      // "le rachat d'actions annoncé par Apple": the complement after another verb is that verb's.
      if (RELATIVES.has(w.lower) || OBJECT_RELATIVES.has(w.lower) || lang.words.get(w.lower)?.some((x) => x.pos === "verb")) break;
      const isOf = OF.has(w.lower);
      const isBy = lang.by.has(w.lower);
      if (!isOf && !isBy && !preps.has(w.lower)) continue;
      const found = r.objectAfter(w.end, clauseEnd, new Set(), new Set([...except, ...(agent ? [agent.actor.id] : [])]));
      if (found.length === 0) continue;
      if (isBy && !agent) agent = found[0];
      else if (preps.has(w.lower) && (!isOf || spec.of !== "agent" || agent)) {
        if (patients.length === 0) patients = found;
      } else if (isOf && spec.of === "agent" && !agent && c.reading.pos === "noun") agent = found[0];
      else if (isOf && patients.length === 0) patients = found;
    }
    if (c.reading.pos === "agentive") {
      // "Ilya Sutskever, a co-founder of OpenAI", "Musk, l'un des cofondateurs".
      const appos = /,\s*(?:[\p{L}'’-]+\s*){0,4}$/u.exec(text.slice(s.start, c.start));
      const comma = appos ? s.start + appos.index : -1;
      const apposed = appos ? r.index.mentionCovering(comma - 1) : null;
      const next = r.objectAfter(c.end, clauseEnd, new Set(), except)[0];
      agent =
        apposed && apposed.end === comma && (apposed.actor.type === "person" || (apposed.actor.type === "organization" && spec.type === "invest")) ? apposed :
        next && next.actor.type === "person" && !/^\s*(?:de|d['’]|du|of)/iu.test(text.slice(c.end, next.start)) ? next :
        r.subject(c.start, clauseStart, s.start, ["person"], except);
    } else if (!agent && (lightVerb || !(before && lang.prepositions.has(before.lower))) && (lightVerb || !INFINITIVE_BEFORE[lang.language]?.test(text.slice(Math.max(s.start, c.start - 40), c.start)))) {
      // (Not for the object of an infinitive: in "Twitter sued him to force the purchase", Twitter does not buy.)
      agent = r.subject(before?.start ?? c.start, clauseStart, s.start, null, new Set([...except, ...patients.map((p) => p.actor.id)]));
    }
    if (!agent && lightVerb) agent = r.subject(c.start, clauseStart, s.start, null, except);
  }
  if (spec.backs && agent && patients.length === 0) {
    // "xAI said it had raised $6 billion in a funding round backed by A and B": A and B back the subject's round.
    const owner = r.subject(c.start, clauseStart, s.start, ["organization", "person"], new Set([agent.actor.id, ...byCoagents.map((x) => x.actor.id)]));
    if (owner) patients = [owner];
  }
  if (spec.giver && c.reading.pos === "verb") {
    // "L'institut a reçu 10 millions de dollars de Musk": Musk gave, the institute received.
    const giver = patients[0] ?? null;
    patients = agent ? [agent] : [];
    agent = giver;
  }
  if (agent && patients.length === 0 && spec.type === "leave") {
    // "Greg Brockman, le président d'OpenAI, qui avait démissionné": the organisation the doer is described by in the sentence.
    for (const m of r.index.mentionsIn(s.start, c.start))
      if (m.actor.id === agent.actor.id)
        for (const inner of r.index.nested.get(m.start) ?? []) if (inner.actor.type === "organization" && patients.length === 0) patients = [inner];
  }
  if (agent) patients = patients.filter((p) => p.actor.id !== agent!.actor.id);
  // The cited source ("selon Business Insider", "Business Insider reported that") is never what the event was done to: a
  // medium never, another cited actor not through the very words that cite it ("xAI said it had raised ... backed by A"
  // keeps xAI as what A backed).
  if (source) patients = patients.filter((p) => p.actor.id !== source.actor.id || (source.actor.type !== "media" && p.start !== source.start));
  // "Igor Babuschkin et Manuel Kroiss ont rejoint xAI": the names coordinated with the subject act too.
  const coagents: Resolved[] = [...byCoagents, ...(agent ? r.groups.get(agent) ?? [] : [])].filter((x) => x.actor.type === agent?.actor.type && x.actor.id !== agent?.actor.id);
  if (agent && r.index.byStart.get(agent.start) === agent) {
    let first: Resolved = agent;
    for (;;) {
      const prev = r.index.mentionCovering(first.start - 1) ?? r.index.mentionsIn(Math.max(s.start, first.start - 40), first.start).pop() ?? null;
      if (!prev || prev.actor.type !== agent.actor.type || !/^\s*(?:,|et|and|&)\s*(?:(?:et|and)\s+)?$/iu.test(text.slice(prev.end, first.start))) break;
      coagents.push(prev);
      first = prev;
    }
  }
  return { agent, coagents, patients, response };
}

/** "co-founded (in 2015) by": the agent's preposition within three words after a participle (compiled once per language). */
const BY_AFTER_PARTICIPLE = new WeakMap<CompiledLanguage, RegExp>();
function byAfterParticiple(lang: CompiledLanguage): RegExp {
  let re = BY_AFTER_PARTICIPLE.get(lang);
  if (!re) BY_AFTER_PARTICIPLE.set(lang, (re = new RegExp(`^\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?:${[...lang.by].join("|")})\\s`, "iu")));
  return re;
}

function modality(r: Reader, c: Candidate, anchor: number, hasSource: boolean): { modality: Modality; attempted: boolean } {
  const { text, lang, article } = r;
  const s = article.sentences[c.sentence];
  const before = text.slice(Math.max(s.start, anchor - 64), anchor);
  const clause = text.slice(c.clause[0], c.clause[1]);
  // Reporting cues count before the trigger and in its own clause, not in a later clause ("which was reported to be").
  const sentence = text.slice(s.start, c.clause[1]);
  // Cheap check first: the cue regexes run only when a word they mention stands in the window.
  const cued = r.index.wordsIn(Math.max(s.start, anchor - 64), anchor).some((w) => lang.beforeCues.has(w.lower) || w.lower.endsWith("rait") || w.lower.endsWith("raient"));
  const attempted = cued && lang.attemptBefore.test(before);
  // The cue may stand before the verb of attempt: "aurait tenté de prendre", "could try to buy".
  const lead = attempted ? before.replace(lang.attemptBefore, "") : before;
  if (cued && (lang.negation.test(before) || (attempted && lang.negation.test(lead)))) return { modality: "negated", attempted };
  if ((cued && lang.hypotheticalBefore.test(lead)) || lang.hypotheticalClause.test(clause)) return { modality: "hypothetical", attempted };
  if ((cued && lang.plannedBefore.test(lead)) || c.reading.tense === "future") return { modality: "planned", attempted };
  if ((cued && lang.reportedBefore.test(lead)) || c.reading.tense === "conditional" || lang.reportedSentence.test(sentence) || hasSource)
    return { modality: "reported", attempted };
  return { modality: "asserted", attempted };
}

/** A time placed at the head of its sentence ("En 2018, ...", "Récemment, ...", "In January 2023, ..."). */
function fronted(r: Reader, t: TimeExpr, sentenceStart: number): boolean {
  const head = r.text.slice(sentenceStart, t.start);
  for (const w of r.index.wordsIn(sentenceStart, t.start)) if (!r.lang.frontConnectors.has(w.lower) && !r.lang.prepositions.has(w.lower) && !["le", "la", "l", "the", "les", "au", "dès"].includes(w.lower)) return false;
  return !/[.;:]/.test(head) && /^[\s,]*(?:,|$)/.test(r.text.slice(t.end, t.end + 2)) || head.trim() === "";
}

const whenOf = (t: TimeExpr): When => ({ from: t.from, to: t.to, precision: t.precision });

/** Which (length, first code unit) pairs some trigger word has: a word outside them needs no lookup. Rebuilt if the table grows. */
const TRIGGER_FILTER = new WeakMap<Map<string, Reading[]>, { size: number; table: Uint8Array }>();
function triggerFilter(words: Map<string, Reading[]>): Uint8Array {
  const known = TRIGGER_FILTER.get(words);
  if (known && known.size === words.size) return known.table;
  const table = new Uint8Array(32 << 10);
  for (const key of words.keys()) if (key.length > 0) table[((key.length & 31) << 10) | (key.charCodeAt(0) & 1023)] = 1;
  TRIGGER_FILTER.set(words, { size: words.size, table });
  return table;
}

export function findEvents(article: Article, found: Found): EventFound[] {
  const lang = LEXICONS[article.language];
  if (!lang || article.text.length === 0) return [];
  const index = new ArticleIndex(article, found.actors);
  const figures = found.figures.filter((f) => f.article === undefined || f.article === article.id);
  const times = found.times.filter((t) => (t.article === undefined || t.article === article.id) && (t.from !== null || t.to !== null));
  const r = new Reader(article, index, lang, figures);
  const text = article.text;
  const sentences = article.sentences;

  // 1. Triggers.
  const candidates: Candidate[] = [];
  /** Nouns that refer back to an event already told ("cet investissement", "the lawsuit"): told as its mentions. */
  const backrefs: Array<{ type: string; start: number; end: number; sentence: number; time?: TimeExpr }> = [];
  let sentence = 0;
  const maybe = triggerFilter(lang.words);
  for (const w of index.words) {
    // Cheap first: most words (articles, prepositions) have no trigger of their length and first letter.
    const lower = w.lower;
    if (maybe[((lower.length & 31) << 10) | (lower.charCodeAt(0) & 1023)] === 0) continue;
    const readings = lang.words.get(lower);
    if (!readings) continue;
    while (sentence + 1 < sentences.length && sentences[sentence].end <= w.start) sentence++;
    const s = sentences[sentence];
    if (!s || w.start < s.start || w.end > s.end) continue;
    if (index.mentionCovering(w.start)) continue;
    // After a determiner, a word that is both a verb and a noun ("les critiques", "a fund") is the noun.
    const det = wordBefore(text, w.start, s.start);
    const nounFirst = det !== null && (DETERMINERS.has(det.lower) || lang.possessives.has(det.lower) || lang.demonstratives.has(det.lower));
    // A verb cannot follow an article: "des signes", "the launch"; fr "l'", "le", "la", "les" are object clitics only after a
    // subject ("il l'annonce", "Musk l'a racheté"), else articles ("L'annonce a été faite").
    const afterArticle = det !== null && (PURE_DETERMINERS[article.language]?.has(det.lower) || (article.language === "fr" && CLITIC_OR_ARTICLE.has(det.lower) && !subjectBefore(r, det.start, s.start)));
    const usable = afterArticle ? readings.filter((x) => x.pos !== "verb") : readings;
    if (usable.length === 0) continue;
    const reading = accept(nounFirst ? [...usable].sort((a, b) => Number(a.pos === "verb") - Number(b.pos === "verb")) : usable, text, w, s.start, s.end);
    if (!reading) continue;
    const after = reading.reading.spec.after?.exec(text.slice(w.end, Math.min(s.end, w.end + 120)));
    const end = after ? w.end + after[0].length : w.end;
    const last = candidates[candidates.length - 1];
    if (last && last.end > w.start) continue;
    // "cet investissement", "this deal": a noun after a demonstrative refers back to an event already told.
    if (reading.reading.pos !== "verb" && lang.demonstratives.has(wordBefore(text, w.start, s.start)?.lower ?? "")) {
      backrefs.push({ type: reading.reading.spec.spec.type, start: w.start, end: w.end, sentence });
      continue;
    }
    candidates.push({ reading: reading.reading, start: w.start, end, sentence, clause: index.clauseOf(sentence, w.start, lang), figures: [] });
  }
  if (candidates.length === 0) return [];

  // Figures: each to the nearest trigger of its clause (a trigger before it first).
  const bySentence = new Map<number, Candidate[]>();
  for (const c of candidates) bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c]);
  for (const f of figures) {
    const list = bySentence.get(f.sentence);
    if (!list) continue;
    const same = list.filter((c) => c.clause[0] <= f.start && f.start < c.clause[1]);
    const prior = same.filter((c) => c.end <= f.start);
    const pick = prior.length ? prior[prior.length - 1] : same.find((c) => c.start >= f.end);
    if (pick) pick.figures.push(f);
  }

  // Times: per sentence, the fronted one and the frames.
  const timesBySentence = new Map<number, TimeExpr[]>();
  for (const t of times) timesBySentence.set(t.sentence, [...(timesBySentence.get(t.sentence) ?? []), t]);
  const frontOf = new Map<number, TimeExpr>();
  const frameOf = new Map<number, TimeExpr>();
  let frame: { time: TimeExpr; sentence: number } | null = null;
  for (let i = 0; i < sentences.length; i++) {
    if (frame && (index.paragraph[frame.sentence] !== index.paragraph[i] || i - frame.sentence > 2)) frame = null;
    if (frame) frameOf.set(i, frame.time);
    const first = timesBySentence.get(i)?.[0];
    if (first && fronted(r, first, sentences[i].start)) {
      frontOf.set(i, first);
      frame = { time: first, sentence: i };
    }
  }

  // 2-4. Roles, when, modality, source.
  const tellings: Mergeable[] = [];
  /** The candidates that stay (events and back-references), with what they became: times are shared out among them only. */
  const kept = new Map<Candidate, Mergeable | (typeof backrefs)[number]>();
  for (const c of candidates) {
    const spec = c.reading.spec.spec;
    const s = sentences[c.sentence];
    if (spec.money && !c.figures.some(isMoney) && !MONEY_AFTER.test(text.slice(c.end, Math.min(s.end, c.end + 60)))) continue;
    const src = r.source(c.sentence);
    const { agent, coagents, patients, response } = roles(r, c, src);
    // "to help fund the acquisition", "pour financer le rachat": paying for an event told elsewhere is part of that event.
    if (spec.type === "invest" && c.reading.pos === "verb" && patients.length === 0) {
      let next = wordAt(text, c.end, c.clause[1]);
      while (next && (lang.skippable.has(next.lower) || lang.possessives.has(next.lower))) next = wordAt(text, next.end, c.clause[1]);
      if (next && lang.words.get(next.lower)?.some((x) => x.pos === "noun" && x.spec.spec.type !== "invest")) continue;
    }
    const money = c.figures.filter(isMoney);
    // Counted things after the trigger are what the event is about ("acheté 10 000 GPU"); before it they count the doers.
    const things = c.figures.filter((f) => !isMoney(f) && f.kind !== "percent" && f.start >= c.start);

    if (!response) {
      if (!agent && patients.length === 0) {
        const det = wordBefore(text, c.start, s.start);
        if (c.reading.pos === "noun" && det && lang.anaphorDeterminers.has(det.lower)) {
          const b = { type: spec.type, start: c.start, end: c.end, sentence: c.sentence };
          backrefs.push(b);
          kept.set(c, b);
        }
        continue;
      }
      // The document signed stands after the verb, or before it in a passive ("The letter was signed by ...").
      const near = () => [...r.index.wordsIn(Math.max(s.start, c.start - 50), c.start).slice(-5), ...r.index.wordsIn(c.end, Math.min(s.end, c.end + 50)).slice(0, 4)];
      // "hired researchers from Google": unnamed people of an entry's object nouns keep the event (it gives no relation).
      if (spec.needs && !patients.some((p) => spec.needs!.includes(p.actor.type)) && !(spec.objects && agent && near().some((w) => spec.objects!.includes(w.lower)))) continue;
      if (spec.objects && patients.length === 0 && !near().some((w) => spec.objects!.includes(w.lower))) continue;
      if (c.reading.pos === "agentive" && spec.needs && patients.length === 0) continue;
      if (spec.needsAgent && !agent) continue;
    }
    // Modality cues of a noun stand before its light verb ("n'a pas fait l'acquisition").
    const from = Math.max(s.start, c.start - 60);
    const light = c.reading.pos === "verb" ? null : lang.lightVerbs.exec(text.slice(from, c.start));
    const anchor = light ? from + light.index : c.start;
    const mod = modality(r, c, anchor, src !== null);
    const ids = (xs: Resolved[]) => [...new Set(xs.map((x) => x.actor.id))];
    const others = index.mentionsIn(c.clause[0], c.clause[1]).filter((m: MentionRef) => m.actor.id !== src?.actor.id && m.actor.type !== "place");
    const roleSet: EventRoles = {
      agent: agent?.actor.id ?? null,
      coagents: ids(coagents),
      patients: ids(patients),
      things: [...new Set(things.map(figureKey))],
      amounts: [...new Set(money.map(figureKey))],
      attempted: mod.attempted,
      response,
    };
    // The document the event is about, when no actor is: the nearest document noun of the sentence.
    const docs = spec.objects ?? (c.reading.pos === "agentive" ? FAMILY_OBJECTS.get(spec.type) : undefined);
    if (docs && patients.length === 0) {
      let best: string | null = null;
      let distance = Infinity;
      for (const w of r.index.wordsIn(s.start, s.end))
        if (docs.includes(w.lower) && Math.abs(w.start - c.start) < distance) {
          best = w.lower;
          distance = Math.abs(w.start - c.start);
        }
      if (best) roleSet.object = lang.objectKeys.get(best) ?? best;
    }
    // The cited source stays out of the actors (pages draw "who did what to whom" from them), unless it is the doer.
    const actorIds: string[] = [];
    const seen = new Set<string>();
    const put = (id: string) => {
      if (!seen.has(id)) {
        seen.add(id);
        actorIds.push(id);
      }
    };
    if (agent) put(agent.actor.id);
    for (const x of coagents) put(x.actor.id);
    for (const x of patients) put(x.actor.id);
    for (const m of others) put(m.actor.id);
    const actors = actorIds.filter((id) => id !== src?.actor.id || id === agent?.actor.id || patients.some((p) => p.actor.id === id));
    // Launching or announcing a company is founding it ("lancer une start-up", "announced a new company, xAI").
    const type = (spec.type === "launch" || spec.type === "announce") && patients.length > 0 && patients.every((p) => p.actor.type === "organization") ? "found" : spec.type;
    // "offered to buy", "a proposé de racheter": the verb of offering tells the same event.
    const window = text.slice(Math.max(s.start, c.start - 30), c.start);
    const offer = OFFER_HINT.test(window) ? lang.offerBefore.exec(window) : null;
    const offerAt = offer ? Math.max(s.start, c.start - 30) + offer.index : -1;
    const offerWord = offer ? wordAt(text, offerAt, c.start) : null;
    tellings.push({
      article: article.id,
      label: "",
      type,
      trigger: { start: c.start, end: c.end, text: text.slice(c.start, c.end) },
      sentence: { start: s.start, end: s.end, index: c.sentence },
      mentions: [
        ...(offerWord ? [{ article: article.id, start: offerWord.start, end: offerWord.end, text: offerWord.lower === text.slice(offerWord.start, offerWord.end) ? offerWord.lower : text.slice(offerWord.start, offerWord.end), sentence: c.sentence }] : []),
        { article: article.id, start: c.start, end: c.end, text: text.slice(c.start, c.end), sentence: c.sentence },
      ],
      when: null,
      time: null,
      actors,
      figures: c.figures.map((f) => f.id),
      modality: mod.modality,
      source: src?.actor.id ?? null,
      roles: roleSet,
    });
    kept.set(c, tellings[tellings.length - 1]);
  }

  // A time of a clause goes, like a figure, to the trigger before it ("a cofondé OpenAI en 2015 et ..."), else the one after.
  const timeOf = new Map<Candidate, TimeExpr>();
  const keptBySentence = new Map<number, Candidate[]>();
  for (const c of kept.keys()) keptBySentence.set(c.sentence, [...(keptBySentence.get(c.sentence) ?? []), c]);
  for (const t of times) {
    const list = keptBySentence.get(t.sentence);
    if (!list) continue;
    const same = list.filter((c) => c.clause[0] <= t.start && t.start < c.clause[1] && !(t.start < c.end && t.end > c.start));
    const prior = same.filter((c) => c.end <= t.start);
    // An adverb right before the verb is its own ("a récemment embauché", "recently hired").
    const next = same.find((c) => c.start >= t.end && /^\s*$/.test(text.slice(t.end, c.start)));
    // Preference: the verb right after, the trigger before, the trigger after; a trigger dated already gives way.
    const order = [next, prior[prior.length - 1], same.find((c) => c.start >= t.end)];
    const pick = order.find((c) => c && !timeOf.has(c));
    if (pick) timeOf.set(pick, t);
  }

  for (const [c, made] of kept) {
    const time = timeOf.get(c) ?? ("mentions" in made ? frontOf.get(c.sentence) ?? frameOf.get(c.sentence) : undefined) ?? null;
    if (!time) continue;
    if ("mentions" in made) {
      made.when = whenOf(time);
      made.time = time.id;
    } else made.time = time;
  }

  // A back-reference joins the nearest telling of the same family before it, at most three sentences back.
  for (const b of backrefs) {
    let target: Mergeable | null = null;
    for (const t of tellings)
      if (t.trigger.start < b.start && b.sentence - t.sentence.index <= 3 && FAMILY[t.type as EventType] === FAMILY[b.type as EventType]) target = t;
    if (!target) continue;
    target.mentions.push({ article: article.id, start: b.start, end: b.end, text: text.slice(b.start, b.end), sentence: b.sentence });
    // "Musk sued OpenAI. The lawsuit, filed on Thursday, ...": the back-reference may date the event.
    if (!target.when && b.time) {
      target.when = whenOf(b.time);
      target.time = b.time.id;
    }
  }

  // 5. Merge the tellings of one event; drop events told only in a heading (a title repeats the body).
  const names = new Map(found.actors.map((a) => [a.id, a.name]));
  const heading = (m: { sentence: number }) => sentences[m.sentence]?.heading === true;
  const merged = mergeTellings(tellings, {
    articleOrder: () => 0,
    isHeading: heading,
    paragraph: (_a, s) => index.paragraph[s] ?? -1,
  });
  const out: EventFound[] = [];
  for (const { members, roles: rs } of merged) {
    const e = combine(members, rs, (x) => eventLabel(x.type, x.modality, x.roles!, (id) => names.get(id) ?? id));
    if (e.mentions.every(heading)) continue;
    const { id: _id, articles: _articles, ...rest } = e;
    out.push(rest);
  }
  return out;
}

function accept(readings: Reading[], text: string, w: Word, floor: number, ceiling: number): { reading: Reading } | null {
  // The windows are cut once, and only when a reading has a condition to test.
  let before: string | null = null;
  let after: string | null = null;
  for (const reading of readings) {
    const spec = reading.spec;
    if (spec.before || spec.notBefore) before ??= text.slice(Math.max(floor, w.start - 60), w.start);
    if (spec.after || spec.notAfter) after ??= text.slice(w.end, Math.min(ceiling, w.end + 120));
    if (spec.before && !spec.before.test(before!)) continue;
    if (spec.notBefore && spec.notBefore.test(before!)) continue;
    if (spec.after && !spec.after.test(after!)) continue;
    if (spec.notAfter && spec.notAfter.test(after!)) continue;
    return { reading };
  }
  return null;
}

/** One event per real-world event: merges events that tell the same thing (in one or several articles). */
export function mergeEvents(events: StoryEvent[], actors: Actor[]): StoryEvent[] {
  if (events.length < 2) return events;
  const order = new Map<string, number>();
  for (const e of events) for (const a of e.articles ?? [e.article]) if (!order.has(a)) order.set(a, order.size);
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const merged = mergeTellings(events, { articleOrder: (id) => order.get(id) ?? order.size });
  return merged.map(({ members, roles: rs, articles }) => {
    if (members.length === 1) return members[0] as StoryEvent;
    const e = combine(members, rs, (x) => eventLabel(x.type, x.modality, x.roles!, (id) => names.get(id) ?? id));
    return { ...e, id: members[0].id ?? `${e.article}/e`, articles } as StoryEvent;
  });
}
