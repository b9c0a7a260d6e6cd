// Compiles the event language packs (loaders/events/lang/{fr,en}) once, at module load: every trigger
// word is inflected by rule and put in one Map from the lower-cased word to its readings, so scanning an
// article is one pass over its words with a Map lookup each; cue regexes are compiled here too.
import type { ActorType, Language } from "../types.ts";
import { en } from "./lang/en/triggers.ts";
import { fr } from "./lang/fr/triggers.ts";
import type { EventLanguage, EventType, TriggerSpec } from "./lang/types.ts";

/** Types that may tell the same real-world event ("acheter 10 000 GPU" and "dépenser des millions pour"). */
export const FAMILY: Record<EventType, string> = {
  acquire: "acquire", spend: "acquire", take_control: "control", hire: "hire", found: "found", launch: "launch",
  announce: "launch", invest: "invest", raise: "raise", leave: "leave", reject: "reject", sign: "sign", sue: "sue",
  criticize: "criticize", partner: "partner", fire: "fire", sell: "sell", merge: "merge", join: "hire", rename: "rename", return: "return", appoint: "appoint",
  publish: "publish", withdraw: "withdraw", lose: "lose", integrate: "integrate",
};
/** Families whose events are one when they share the patient ("the takeover of Twitter" = "Musk bought Twitter"). */
export const RELATED_FAMILIES: ReadonlyArray<readonly [string, string]> = [["acquire", "control"]];

export interface CompiledSpec {
  spec: TriggerSpec;
  before: RegExp | null;
  after: RegExp | null;
  notAfter: RegExp | null;
  notBefore: RegExp | null;
  /** Conditioned readings are tried first. */
  rank: number;
  /** The entry's patient prepositions, as a set. */
  preps: ReadonlySet<string>;
}

export interface Reading {
  spec: CompiledSpec;
  pos: "verb" | "noun" | "agentive";
  participle: boolean;
  /** fr future / conditional forms ("achètera", "achèterait"). */
  tense: "future" | "conditional" | null;
}

export interface CompiledLanguage {
  language: Language;
  words: Map<string, Reading[]>;
  pronouns: Map<string, ActorType[]>;
  clitics: Set<string>;
  anaphors: Map<string, ActorType>;
  anaphorDeterminers: Set<string>;
  possessives: Set<string>;
  demonstratives: Set<string>;
  prepositions: Set<string>;
  skippable: Set<string>;
  titles: Set<string>;
  bodies: Set<string>;
  sharedSubject: Set<string>;
  by: Set<string>;
  frontConnectors: Set<string>;
  passiveAux: RegExp;
  lightVerbs: RegExp;
  negation: RegExp;
  /** Every word the cue regexes before a trigger mention: no such word in the window, no regex to run. */
  beforeCues: Set<string>;
  hypotheticalBefore: RegExp;
  hypotheticalClause: RegExp;
  plannedBefore: RegExp;
  reportedBefore: RegExp;
  reportedSentence: RegExp;
  attemptBefore: RegExp;
  offerBefore: RegExp;
  objectKeys: Map<string, string>;
  sourcePrepositions: RegExp;
  reportingVerbs: RegExp;
  clauseBreak: RegExp;
}

const FR_ER: Array<[string, Reading["tense"], boolean]> = [
  // Second-person and literary forms are left out: news never uses them, and "finances", "signes", "critiques" are nouns.
  ...["er", "e", "ent", "ons", "ez", "ait", "aient", "a", "ai", "èrent", "ant"].map((e) => [e, null, false] as [string, null, boolean]),
  ...["é", "ée", "és", "ées"].map((e) => [e, null, true] as [string, null, boolean]),
  ...["erai", "eras", "era", "erons", "erez", "eront"].map((e) => [e, "future", false] as [string, "future", boolean]),
  ...["erait", "eraient"].map((e) => [e, "conditional", false] as [string, "conditional", boolean]),
];
const FR_IR: Array<[string, Reading["tense"], boolean]> = [
  ...["ir", "it", "issons", "issez", "issent", "issais", "issait", "issions", "issiez", "issaient", "issant", "irent", "isse"].map((e) => [e, null, false] as [string, null, boolean]),
  ...["i", "ie", "is", "ies"].map((e) => [e, null, true] as [string, null, boolean]),
  ...["irai", "iras", "ira", "irons", "irez", "iront"].map((e) => [e, "future", false] as [string, "future", boolean]),
  ...["irais", "irait", "irions", "iriez", "iraient"].map((e) => [e, "conditional", false] as [string, "conditional", boolean]),
];

function frVerb(lemma: string, stems: string[]): Array<[string, Reading["tense"], boolean]> {
  const group = lemma.endsWith("er") ? FR_ER : FR_IR;
  const base = lemma.slice(0, -2);
  const out: Array<[string, Reading["tense"], boolean]> = [];
  for (const stem of [base, ...stems.filter((s) => s.slice(0, 3) === base.slice(0, 3) || s.slice(0, 2) === base.slice(0, 2))])
    for (const [ending, tense, participle] of group) out.push([stem + ending, tense, participle]);
  return out;
}

const VOWEL = /[aeiou]/;
function enVerb(lemma: string): Array<[string, Reading["tense"], boolean]> {
  const double = lemma.endsWith("*");
  const l = double ? lemma.slice(0, -1) : lemma;
  const last = l[l.length - 1];
  const consonantY = last === "y" && !VOWEL.test(l[l.length - 2] ?? "");
  const s = consonantY ? l.slice(0, -1) + "ies" : /(?:s|sh|ch|x|z)$/.test(l) ? l + "es" : l + "s";
  const ed = last === "e" ? l + "d" : consonantY ? l.slice(0, -1) + "ied" : double ? l + last + "ed" : l + "ed";
  const ing = l.endsWith("ie") ? l.slice(0, -2) + "ying" : last === "e" && !l.endsWith("ee") ? l.slice(0, -1) + "ing" : double ? l + last + "ing" : l + "ing";
  return [[l, null, false], [s, null, false], [ing, null, false], [ed, null, true]];
}

function plural(noun: string, language: Language): string[] {
  if (language === "fr") return /[sxz]$/.test(noun) ? [noun] : noun.endsWith("eau") ? [noun, noun + "x"] : [noun, noun + "s"];
  if (/[^aeiou]y$/.test(noun)) return [noun, noun.slice(0, -1) + "ies"];
  if (/(?:s|sh|ch|x)$/.test(noun)) return [noun, noun + "es"];
  return [noun, noun + "s"];
}

const rx = (source: string | undefined, anchor: "start" | "end" | null, flags = "iu"): RegExp | null =>
  source === undefined ? null : new RegExp(anchor === "start" ? `^(?:${source})` : anchor === "end" ? `(?:${source})$` : source, flags);

export function compileLanguage(language: Language, pack: EventLanguage): CompiledLanguage {
  const words = new Map<string, Reading[]>();
  const add = (word: string, reading: Reading) => {
    const key = word.toLowerCase();
    const list = words.get(key) ?? [];
    if (!list.some((r) => r.spec === reading.spec && r.pos === reading.pos)) list.push(reading);
    words.set(key, list);
  };
  for (const spec of pack.triggers) {
    const compiled: CompiledSpec = {
      spec,
      before: rx(spec.before, "end"),
      after: rx(spec.after, "start"),
      notAfter: rx(spec.notAfter, "start"),
      notBefore: rx(spec.notBefore, "end"),
      rank: (spec.after ? 0 : 2) + (spec.before ? 0 : 1),
      preps: new Set(spec.preps ?? []),
    };
    for (const verb of spec.verbs ?? [])
      for (const [form, tense, participle] of language === "fr" ? frVerb(verb, spec.stems ?? []) : enVerb(verb))
        add(form, { spec: compiled, pos: "verb", participle, tense });
    for (const form of spec.forms ?? []) {
      const tense = language === "fr" && /r(?:ait|aient|ais)$/.test(form) ? "conditional" : language === "fr" && /r(?:a|ont|ai)$/.test(form) ? "future" : null;
      add(form, { spec: compiled, pos: "verb", participle: false, tense });
    }
    for (const form of spec.participles ?? []) add(form, { spec: compiled, pos: "verb", participle: true, tense: null });
    for (const noun of spec.nouns ?? []) for (const form of plural(noun, language)) add(form, { spec: compiled, pos: "noun", participle: false, tense: null });
    for (const noun of spec.agentives ?? []) for (const form of plural(noun, language)) add(form, { spec: compiled, pos: "agentive", participle: false, tense: null });
  }
  for (const list of words.values()) list.sort((a, b) => a.spec.rank - b.spec.rank);
  const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    language,
    words,
    pronouns: new Map(Object.entries(pack.pronouns).filter(([k]) => !k.includes(" "))),
    clitics: set(pack.clitics),
    anaphors: new Map(Object.entries(pack.anaphors).filter(([k]) => !k.includes(" "))),
    anaphorDeterminers: set(pack.anaphorDeterminers),
    possessives: set(pack.possessives),
    demonstratives: set(pack.demonstratives),
    prepositions: set(pack.prepositions),
    skippable: set(pack.skippable),
    titles: set(pack.titles),
    bodies: set(pack.bodies),
    sharedSubject: set(pack.sharedSubject),
    by: set(pack.by),
    frontConnectors: set(pack.frontConnectors),
    passiveAux: rx(pack.passiveAux, "end")!,
    lightVerbs: rx(pack.lightVerbs, "end")!,
    negation: rx(pack.negation, "end")!,
    beforeCues: new Set(
      [pack.negation, pack.hypotheticalBefore, pack.plannedBefore, pack.reportedBefore, pack.attemptBefore]
        .flatMap((source) => source.toLowerCase().match(/\p{L}+/gu) ?? []),
    ),
    hypotheticalBefore: rx(pack.hypotheticalBefore, "end")!,
    hypotheticalClause: rx(pack.hypotheticalSentence, null)!,
    plannedBefore: rx(pack.plannedBefore, "end")!,
    reportedBefore: rx(pack.reportedBefore, "end")!,
    reportedSentence: rx(pack.reportedSentence, null)!,
    attemptBefore: rx(pack.attemptBefore, "end")!,
    offerBefore: rx(pack.offerBefore, "end")!,
    objectKeys: new Map([...pack.triggers.flatMap((t) => t.objects ?? []).map((o) => [o, o] as [string, string]), ...Object.entries(pack.objectKeys)]),
    sourcePrepositions: rx(pack.sourcePrepositions, null, "giu")!,
    reportingVerbs: rx(pack.reportingVerbs, null)!,
    clauseBreak: rx(pack.clauseBreak, null, "giu")!,
  };
}

export const LEXICONS: Record<Language, CompiledLanguage> = { fr: compileLanguage("fr", fr), en: compileLanguage("en", en) };
