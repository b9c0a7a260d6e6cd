// Lasting links between actors, derived from the events and from relational phrases.
//
// Vocabulary (RELATION_TYPES in loaders/types.ts), always directed from the doer:
//   founded        X founded Y            event found (doer -> organisation/product); launch of an organisation;
//                                         "le cofondateur d'Apple", "the Apple co-founder" (a person's description)
//   invested_in    X invested in Y        event invest (doer -> company; "a reçu 10 M$ de X": X is the doer); event raise,
//                                         reversed (the investors named after "from" / "auprès de" -> the raiser);
//                                         "Microsoft-backed OpenAI", "OpenAI, soutenue par Microsoft"
//   acquired       X acquired Y           event acquire / spend with an actor patient (doer -> organisation/product);
//                                         event take_control with a price paid
//   leads          X leads Y              event take_control (not attempted); "X, le PDG de Y", "Y CEO X", "Y's CEO X",
//                                         a person's description holding the organisation ("le patron de Tesla et de SpaceX",
//                                         "the Tesla boss"), "chief executive X" / "X, son directeur général" / "Son directeur
//                                         général, X" (the organisation in view), "la société dirigée par X", "led by X",
//                                         "Le groupe de X", "à la tête de Y", "at the helm of Y", "Musk-led xAI",
//                                         "Y et son patron X", "Y and its chief executive X", "X's AI startup Y",
//                                         "Y, la start-up de X"; a possessive on an organisation ("son réseau social")
//                                         from the person it refers to (the subject of the sentences before)
//   owns           X owns Y               "X, propriétaire de Y", "owner of Y", "Musk-owned X", "X, which owns Y", "X, qui possède Y"
//   hired          X hired Y              event hire (doer -> each person hired); event join reversed ("Y a rejoint X")
//   worked_at      X worked at Y          "travaillant auparavant chez Y", "ancien de Y", "formerly at Y", "former Y engineer X"
//                                         (from every person of the group the phrase describes)
//   left           X left Y               event leave (doer -> organisation)
//   makes          X makes Y              event launch / announce of a product by an organisation; "ChatGPT d'OpenAI",
//                                         "OpenAI's ChatGPT", "ChatGPT maker OpenAI", "créateur de ChatGPT", "the ChatGPT maker"
//                                         (an organisation's description), "GPT-4, le dernier modèle d'OpenAI",
//                                         "La start-up à l'origine de ChatGPT" (a description as partner)
//   competes_with  X competes with Y      "X veut concurrencer Y", "X competes with Y", "a rival to Y" (companies and people only:
//                                         a product's rival is its maker's business, not a link we can read)
//   criticized, sued, signed, partnered_with   events criticize, sue, sign (with an actor patient), partner
//   reported       not derived: who reports an event is the event's `source`.
// Events that are negated, hypothetical or planned give no relation, nor does an attempt ("tried to take control").
// One relation per (source, target, type), listing every event and article that supports it; relations from
// phrases carry the phrase in `mentions`. Ids are `source>type>target`; the list is sorted by id.
import { antecedent, ArticleIndex, resolveAnaphor, wordBefore, type MentionRef } from "../events/context.ts";
import { Reader } from "../events/index.ts";
import { LEXICONS } from "../events/lexicon.ts";
import { sentenceAt } from "../sentences.ts";
import type { Actor, ActorType, Article, Mention, Relation, RelationType, StoryEvent } from "../types.ts";
import { en } from "./lang/en.ts";
import { fr } from "./lang/fr.ts";
import type { RelationLanguage } from "./lang/types.ts";

interface CompiledRelations {
  phrases: Array<{ rule: RelationLanguage["phrases"][number]; cue: RegExp }>;
  orgThenLeader: RegExp;
  personThenOrg: RegExp;
  orgThenOwner: RegExp;
  productThenMaker: RegExp;
  makerThenProduct: RegExp;
  possessives: Set<string>;
  determiners: Set<string>;
  nested: Array<{ type: RelationType; head: RegExp; tail: RegExp; outer: ActorType; inner: ActorType }>;
  titleBefore: RegExp;
  titleAfter: RegExp;
  pairs: Array<{ gap: RegExp; type: RelationType; first: ActorType[]; second: ActorType[]; reverse: boolean }>;
  ledBy: RegExp;
}
const compile = (l: RelationLanguage): CompiledRelations => ({
  // The cue without its leading look-behind (no letter or digit before it): scanning is faster without it, and cueExec
  // tests the character before a match by hand, which gives the same matches.
  phrases: l.phrases.map((rule) => ({ rule, cue: new RegExp(`(?:${rule.cue})`, "giu") })),
  orgThenLeader: new RegExp(l.orgThenLeader, "iu"),
  personThenOrg: new RegExp(l.personThenOrg, "iu"),
  orgThenOwner: new RegExp(l.orgThenOwner, "iu"),
  productThenMaker: new RegExp(l.productThenMaker, "iu"),
  makerThenProduct: new RegExp(l.makerThenProduct, "iu"),
  possessives: new Set(l.possessives),
  determiners: new Set(l.determiners),
  nested: l.nested.map((n) => ({ type: n.type, head: new RegExp(n.head, "iu"), tail: new RegExp(n.tail, "iu"), outer: n.outer ?? "person", inner: n.inner ?? "organization" })),
  titleBefore: new RegExp(`(?:${l.titleBefore})$`, "iu"),
  pairs: l.pairs.map((p) => ({ gap: new RegExp(p.gap, "iu"), type: p.type, first: p.first, second: p.second, reverse: p.reverse ?? false })),
  titleAfter: new RegExp(l.titleAfter, "iu"),
  ledBy: new RegExp(`(?:${l.ledBy})$`, "iu"),
});
const LANGS = { fr: compile(fr), en: compile(en) };
const OF_WORDS = new Set(["de", "d", "du", "of"]);
/** "X, ..., et par deux chercheurs passés par Meta": a new group of people coordinated after the person; the phrase is theirs. */
const NEW_GROUP = /(?<!\p{L})(?:et|and)\s+(?:par\s+|by\s+)?(?:deux|trois|quatre|cinq|plusieurs|des|d['’]autres|other|two|three|four|five|several|some)(?!\p{L})/iu;
/** Last words of the titles of `titleBefore` ("chief executive", "CEO"): the regex runs only after one. */
const TITLE_ENDS = new Set(["ceo", "executive", "officer", "pdg", "général", "générale", "patron", "patronne", "président", "présidente"]);

/** What each event type gives, and the types its target may have. */
const FROM_EVENT: Record<string, { type: RelationType; target: ActorType[]; source?: ActorType[] }> = {
  found: { type: "founded", target: ["organization", "product"] },
  invest: { type: "invested_in", target: ["organization", "product"] },
  acquire: { type: "acquired", target: ["organization", "product"] },
  spend: { type: "acquired", target: ["organization", "product"] },
  take_control: { type: "leads", target: ["organization"] },
  hire: { type: "hired", target: ["person"] },
  leave: { type: "left", target: ["organization"] },
  criticize: { type: "criticized", target: ["person", "organization", "product"] },
  sue: { type: "sued", target: ["person", "organization"] },
  sign: { type: "signed", target: ["organization"] },
  partner: { type: "partnered_with", target: ["organization", "person"] },
  // "X a rejoint Y": Y hired X (reversed below).
  join: { type: "hired", target: ["organization"], source: ["person"] },
  // "X a levé 385 millions d'euros auprès de Y": Y invested in X (reversed below).
  raise: { type: "invested_in", target: ["organization", "person"], source: ["organization"] },
};

interface Link {
  source: string;
  target: string;
  type: RelationType;
  event?: string;
  article: string;
  mention?: Mention;
}

function fromEvent(e: StoryEvent, types: Map<string, ActorType>): Link[] {
  const roles = e.roles;
  if (!roles || !roles.agent || roles.attempted) return [];
  if (e.modality !== "asserted" && e.modality !== "reported") return [];
  let rule = FROM_EVENT[e.type];
  const out: Link[] = [];
  for (const target of roles.patients) {
    const t = types.get(target);
    if (!t || target === roles.agent) continue;
    if (e.type === "launch" || e.type === "announce") rule = t === "product" ? { type: "makes", target: ["product"] } : { type: "founded", target: ["organization"] };
    if (!rule || !rule.target.includes(t)) continue;
    if (rule.type === "makes" && types.get(roles.agent) !== "organization") continue;
    for (const doer of [roles.agent, ...(roles.coagents ?? [])]) {
      if (e.type === "join" && types.get(doer) !== "person") continue;
      if (rule.source && !rule.source.includes(types.get(doer)!)) continue;
      const [from, to] = e.type === "join" || e.type === "raise" ? [target, doer] : [doer, target];
      for (const article of e.articles ?? [e.article]) out.push({ source: from, target: to, type: rule.type, event: e.id, article });
      // Taking control for a price is buying ("took control of Twitter, closing a $44 billion deal").
      if (e.type === "take_control" && roles.amounts.length > 0)
        for (const article of e.articles ?? [e.article]) out.push({ source: doer, target, type: "acquired", event: e.id, article });
    }
  }
  return out;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/iu;
/** `cue.exec(body)` as if the cue began with `(?<![\p{L}\p{N}])`: a match right after a letter or digit is skipped. */
function cueExec(cue: RegExp, body: string): RegExpExecArray | null {
  for (;;) {
    const m = cue.exec(body);
    if (!m) return null;
    const i = m.index;
    if (i === 0) return m;
    const prev = body.charCodeAt(i - 1);
    // The code point before the match (a surrogate pair read as one, as the look-behind does).
    const before = prev >= 0xdc00 && prev <= 0xdfff && i >= 2 && body.charCodeAt(i - 2) >= 0xd800 && body.charCodeAt(i - 2) <= 0xdbff ? body.slice(i - 2, i) : body[i - 1];
    const blocked = prev < 128 ? (prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) : LETTER_OR_DIGIT.test(before);
    if (!blocked) return m;
    // Try again from the next code point.
    const here = body.charCodeAt(i);
    cue.lastIndex = i + (here >= 0xd800 && here <= 0xdbff && i + 1 < body.length && body.charCodeAt(i + 1) >= 0xdc00 && body.charCodeAt(i + 1) <= 0xdfff ? 2 : 1);
  }
}

/** Relational phrases of one article ("travaillant auparavant chez DeepMind", "Twitter CEO Elon Musk", "son réseau social"). */
export function findRelationPhrases(article: Article, actors: readonly Actor[]): Link[] {
  const l = LANGS[article.language];
  const lang = LEXICONS[article.language];
  if (!l || !lang) return [];
  const index = new ArticleIndex(article, actors);
  if (index.mentions.length === 0) return [];
  const reader = new Reader(article, index, lang, []);
  const text = article.text;
  const out: Link[] = [];
  const add = (source: Actor, target: Actor, type: RelationType, start: number, end: number) => {
    if (source.id === target.id) return;
    out.push({ source: source.id, target: target.id, type, article: article.id, mention: { article: article.id, start, end, text: text.slice(start, end) } });
  };
  const isType = (a: Actor, ts: readonly ActorType[]) => ts.includes(a.type);
  // Descriptions of a person that hold other actors ("le patron de Tesla et de SpaceX", "the Tesla boss"): the actor stage
  // keeps them as one mention of the person, the names inside are nested mentions that the index leaves out.
  const all: MentionRef[] = [];
  for (const actor of actors) for (const m of actor.mentions) if (m.article === undefined || m.article === article.id) all.push({ start: m.start, end: m.end, actor });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let k = 0; k < all.length; k++) {
    const outer = all[k];
    if (outer.actor.type !== "person" && outer.actor.type !== "organization") continue;
    const inner: MentionRef[] = [];
    for (let j = k + 1; j < all.length && all[j].start < outer.end; j++)
      if (all[j].end <= outer.end && all[j].actor.id !== outer.actor.id && !inner.some((x) => x.actor.id === all[j].actor.id)) inner.push(all[j]);
    if (inner.length === 0) continue;
    const head = text.slice(outer.start, inner[0].start);
    const tail = text.slice(inner[inner.length - 1].end, outer.end);
    const rule = l.nested.find((n) => n.outer === outer.actor.type && inner.every((x) => x.actor.type === n.inner) && n.head.test(head) && n.tail.test(tail));
    if (rule) for (const x of inner) add(outer.actor, x.actor, rule.type, outer.start, outer.end);
  }
  /** The actor a description right before `pos` stands for ("la start-up", "the company"), when it is one. */
  const described = (pos: number): Actor | null => {
    const w = wordBefore(text, pos, 0);
    if (!w || !lang.anaphors.has(w.lower)) return null;
    return resolveAnaphor(index, lang, w, 0)?.actor ?? null;
  };
  for (const s of article.sentences) {
    if (s.heading) continue;
    const mentions = index.mentionsIn(s.start, s.end);
    if (mentions.length === 0) continue;
    const body = text.slice(s.start, s.end);
    // Cue phrases.
    for (const { rule, cue } of l.phrases) {
      cue.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = cueExec(cue, body))) {
        const cueStart = s.start + m.index;
        const cueEnd = cueStart + m[0].length;
        if (m[0].length === 0) {
          cue.lastIndex++;
          continue;
        }
        const targets = reader.objectAfter(cueEnd, s.end, new Set(), new Set()).filter((t) => isType(t.actor, rule.target));
        const target = targets[0];
        if (!target) continue;
        const partners: Actor[] = [];
        if (rule.partner === "persons-before" || rule.partner === "apposed") {
          const before = mentions.filter((x) => x.end <= cueStart && isType(x.actor, rule.source));
          const last = before[before.length - 1];
          const gap = last ? text.slice(last.end, cueStart) : "";
          const near =
            rule.partner === "persons-before"
              ? last && !/[.;:]/.test(gap) && gap.length < 120 && (!rule.near || /^\s*,\s*(?:[\p{L}'’-]+\s+){0,2}$/u.test(gap)) && !NEW_GROUP.test(gap)
              : last && /^\s*(?:,\s*(?:[\p{L}'’-]+\s+){0,2}|\s+(?:est|était|devient|est\s+devenue?|reste|is|was|became|remains|has\s+been)\s+(?:(?:le|la|l['’]|the|an?|actuel|actuelle|current|nouveau|nouvelle|new|ancien|ancienne|former)\s*)*)$/iu.test(gap);
          if (near && last) {
            partners.push(last.actor);
            if (rule.partner === "persons-before")
              for (let k = before.length - 2; k >= 0; k--) {
                const between = text.slice(before[k].end, before[k + 1].start);
                if (!/^\s*(?:,|et|and|&)\s*(?:(?:et|and)\s+)?$/iu.test(between)) break;
                partners.push(before[k].actor);
              }
          } else if (rule.partner === "apposed" && described(cueStart)) {
            // "La start-up à l'origine de ChatGPT": a description of an actor named before, right before the cue.
            partners.push(described(cueStart)!);
          } else {
            // "le patron de Twitter, Elon Musk", "former Google engineer John Smith".
            const after = mentions.find((x) => x.start >= target.end && isType(x.actor, rule.source));
            if (after && /^\s*(?:,\s*)?(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(target.end, after.start))) partners.push(after.actor);
          }
        } else {
          const subject = reader.subject(cueStart, index.clauseOf(s.index, cueStart, lang)[0], s.start, rule.source, new Set([target.actor.id]));
          if (subject) partners.push(subject.actor);
        }
        // "who runs Tesla and SpaceX": every coordinated target.
        for (const t of targets)
          for (const p of partners) if (rule.reverse) add(t.actor, p, rule.type, cueStart, t.end);
          else add(p, t.actor, rule.type, cueStart, t.end);
      }
    }
    // Adjacent pairs: "Twitter CEO Elon Musk", "ChatGPT d'OpenAI", "OpenAI's ChatGPT".
    for (let k = 0; k + 1 < mentions.length; k++) {
      const a = mentions[k];
      const b = mentions[k + 1];
      const gap = text.slice(a.end, b.start);
      if (gap.length > 40) continue;
      if (a.actor.type === "organization" && b.actor.type === "person" && (l.orgThenLeader.test(gap) || l.orgThenOwner.test(gap))) add(b.actor, a.actor, "leads", a.start, b.end);
      if (a.actor.type === "person" && b.actor.type === "organization" && l.personThenOrg.test(gap)) add(a.actor, b.actor, "leads", a.start, b.end);
      if (a.actor.type === "product" && b.actor.type === "organization" && l.productThenMaker.test(gap)) add(b.actor, a.actor, "makes", a.start, b.end);
      if (a.actor.type === "organization" && b.actor.type === "product" && l.makerThenProduct.test(gap)) add(a.actor, b.actor, "makes", a.start, b.end);
      for (const p of l.pairs)
        if (p.first.includes(a.actor.type) && p.second.includes(b.actor.type) && p.gap.test(gap)) {
          if (p.reverse) add(b.actor, a.actor, p.type, a.start, b.end);
          else add(a.actor, b.actor, p.type, a.start, b.end);
        }
    }
    // "chief executive Satya Nadella said", "Sam Altman, son directeur général": the title names the leader of the
    // organisation in view (the possessive's antecedent, else the organisation the sentence or the one before is about).
    for (const m of mentions) {
      if (m.actor.type !== "person") continue;
      // Cheap guards first: a title word right before, or a comma right after.
      const last = wordBefore(text, /,\s*$/.test(text.slice(Math.max(s.start, m.start - 3), m.start)) ? text.lastIndexOf(",", m.start) : m.start, s.start);
      const titled = last && TITLE_ENDS.has(last.lower) ? l.titleBefore.exec(text.slice(Math.max(s.start, m.start - 40), m.start)) : null;
      const after = titled || !/^\s*,/.test(text.slice(m.end, m.end + 3)) ? null : l.titleAfter.exec(text.slice(m.end, Math.min(s.end, m.end + 60)));
      if (!titled && !after) continue;
      // "chief executive Sam Altman of OpenAI": the organisation is named right after; the phrase rules read it.
      if (titled && /^\s+(?:of|at|de|d['’]|du|chez)(?!\p{L})/iu.test(text.slice(m.end, m.end + 6))) continue;
      const at = titled ? Math.max(s.start, m.start - 40) + titled.index : m.end + /(?:son|sa|its|their)\s/iu.exec(after![0])!.index;
      // An organisation right before the title is the adjacent-pair rule's ("Twitter CEO Linda Yaccarino").
      const prev = index.mentionsIn(Math.max(s.start, at - 4), at).pop();
      if (titled && prev && /^(?:['’]s)?\s*$/u.test(text.slice(prev.end, at))) continue;
      const org = antecedent(index, lang, at, ["organization"], new Set());
      if (org) add(m.actor, org.actor, "leads", titled ? at : m.start, titled ? m.end : m.end + after![0].length);
    }
    // "Le groupe de Satya Nadella", "the company of Jeff Bezos": a description of an organisation owned by a person.
    for (const m of mentions) {
      if (m.actor.type !== "person") continue;
      const of = wordBefore(text, m.start, s.start);
      if (!of || !OF_WORDS.has(of.lower)) continue;
      const head = wordBefore(text, of.start, s.start);
      if (!head || lang.anaphors.get(head.lower) !== "organization") continue;
      const det = wordBefore(text, head.start, s.start);
      if (!det || !l.determiners.has(det.lower)) continue;
      const org = resolveAnaphor(index, lang, head, s.start);
      if (org && org.actor.type === "organization") add(m.actor, org.actor, "leads", det.start, m.end);
    }
    // "la société dirigée par Sam Altman", "OpenAI, led by Sam Altman": the person leads the organisation before.
    for (const m of mentions) {
      if (m.actor.type !== "person") continue;
      const by = wordBefore(text, m.start, s.start);
      if (!by || (by.lower !== "par" && by.lower !== "by")) continue;
      const before = text.slice(Math.max(s.start, m.start - 30), m.start);
      const cue = l.ledBy.exec(before);
      if (!cue) continue;
      const at = Math.max(s.start, m.start - 30) + cue.index;
      const gap = /,?\s*$/.exec(text.slice(Math.max(s.start, at - 3), at))!;
      const end = Math.max(s.start, at - 3) + gap.index;
      const named = index.mentionCovering(end - 1);
      let org: Actor | null = named && named.end === end && named.actor.type === "organization" ? named.actor : null;
      if (!org) {
        const w = wordBefore(text, end, s.start);
        const r = w && lang.anaphors.get(w.lower) === "organization" ? resolveAnaphor(index, lang, w, s.start) : null;
        if (r && r.actor.type === "organization") org = r.actor;
      }
      if (org) add(m.actor, org, "leads", at, m.end);
    }
    // A possessive on an organisation: "son réseau social", "his company" -> the person leads it.
    for (const m of mentions) {
      if (m.actor.type !== "organization") continue;
      const det = wordBefore(text, m.start, s.start);
      const own = det && l.possessives.has(det.lower) ? det : null;
      const inner = /^(\p{L}+)\s/u.exec(text.slice(m.start, m.end));
      const ownInner = inner && l.possessives.has(inner[1].toLowerCase());
      if (!own && !ownInner) continue;
      const owner = antecedent(index, lang, own ? own.start : m.start, ["person"], new Set());
      if (owner && index.paragraph[s.index] - 1 <= index.paragraph[sentenceAt(article.sentences, owner.start)]) add(owner.actor, m.actor, "leads", own ? own.start : m.start, m.end);
    }
  }
  return out;
}

export function deriveRelations(events: StoryEvent[], actors: Actor[], articles: readonly Article[] = []): Relation[] {
  const types = new Map(actors.map((a) => [a.id, a.type]));
  const links: Link[] = events.flatMap((e) => fromEvent(e, types));
  for (const article of articles) links.push(...findRelationPhrases(article, actors));
  const byId = new Map<string, Relation>();
  for (const link of links) {
    if (!types.has(link.source) || !types.has(link.target)) continue;
    const id = `${link.source}>${link.type}>${link.target}`;
    let r = byId.get(id);
    if (!r) {
      r = { id, source: link.source, target: link.target, type: link.type, events: [], articles: [] };
      byId.set(id, r);
    }
    if (link.event && !r.events.includes(link.event)) r.events.push(link.event);
    if (!r.articles.includes(link.article)) r.articles.push(link.article);
    if (link.mention) {
      r.mentions ??= [];
      if (!r.mentions.some((m) => m.article === link.mention!.article && m.start === link.mention!.start)) r.mentions.push(link.mention);
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
