// The shape of an event language pack: trigger lexicon (data) and the cue words the event layer
// reads around a trigger (pronouns, prepositions, modality cues). Both packs (fr, en) are plain
// typed data; loaders/events/lexicon.ts compiles them once, at module load.
import type { ActorType } from "../../types.ts";

/** The event vocabulary. Families (loaders/events/lexicon.ts) say which types may tell one event. */
export const EVENT_TYPES = [
  "acquire",
  "spend",
  "hire",
  "found",
  "launch",
  "invest",
  "raise",
  "leave",
  "take_control",
  "reject",
  "sign",
  "sue",
  "announce",
  "criticize",
  "partner",
  "fire",
  "sell",
  "merge",
  "join",
  "rename",
  "return",
  "appoint",
  "publish",
  "withdraw",
  "lose",
  "integrate",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One group of trigger words of one event type. */
export interface TriggerSpec {
  type: EventType;
  /** Regular verbs by infinitive (fr: -er and -ir of the 2nd group; en: regular verbs, `*` doubles the last consonant: "slam*"). */
  verbs?: string[];
  /** fr: extra stems of the same verbs (achèt, lanç), inflected like the verb. */
  stems?: string[];
  /** Irregular verb forms written out (finite forms, infinitives, gerunds). */
  forms?: string[];
  /** Irregular past participles written out (they may head a passive: "acquis par", "bought by"). */
  participles?: string[];
  /** Nouns naming the action (singular; plurals are generated). */
  nouns?: string[];
  /** Nouns naming the doer ("cofondateur", "co-founder"): the event needs the thing done ("de X"). */
  agentives?: string[];
  /** Regex source the text right before the head word must match (end-anchored), e.g. a reflexive "se ". */
  before?: string;
  /** Regex source the text right after the head must match (start-anchored); it extends the trigger ("prendre le contrôle"). */
  after?: string;
  /** Regex source that, matching right after the head, means another sense ("fondé sur" = based on). */
  notAfter?: string;
  /** Regex source that, matching right before the head, means another sense ("au départ" = at first). */
  notBefore?: string;
  /** For nouns: what "de X" / "of X" names; default patient ("l'acquisition de Twitter"). */
  of?: "agent" | "patient";
  /** Prepositions that introduce the patient after the trigger ("investir dans", "invest in"). */
  preps?: string[];
  /** The event exists only with a patient of one of these actor types ("lancer ChatGPT", not "lancer un appel"). */
  needs?: ActorType[];
  /** The event exists only with an actor patient or one of these nouns just after it ("signer la lettre", not "signer sa victoire"). */
  objects?: string[];
  /** The event exists only with a money figure in its clause ("lever 6 milliards"). */
  money?: boolean;
  /** A response to another event ("rejeter cette suggestion"): with a demonstrative object it is told as part of that event. */
  response?: boolean;
  /** The doer stands after the entry's prepositions and the subject receives ("a reçu 10 millions de dollars de X", "received $1bn from X"). */
  giver?: boolean;
  /** The event exists only with a named doer ("Musk, a longtime critic of OpenAI"; not "critics of Musk say"). */
  needsAgent?: boolean;
  /** A participle of backing after a plain noun ("a funding round backed by X"): what is backed is the clause's subject's. */
  backs?: boolean;
}

/** Cue words of one language, read around triggers. Regex sources are compiled with the `iu` flags. */
export interface EventLanguage {
  triggers: TriggerSpec[];
  /** Subject pronouns and the actor types they may stand for. */
  pronouns: Record<string, ActorType[]>;
  /** Object clitics placed before the verb (fr "y", "l'"), standing for the patient. */
  clitics: string[];
  /** Nouns that, after a definite or demonstrative determiner, stand for an actor named earlier ("la société"). */
  anaphors: Record<string, ActorType>;
  /** Determiners that make such a noun anaphoric. */
  anaphorDeterminers: string[];
  /** Possessive determiners: "son réseau social", "his company". */
  possessives: string[];
  /** Demonstratives: a trigger noun after one ("cet investissement") refers back to an event already told. */
  demonstratives: string[];
  /** A word before an actor that makes it the object of a preposition (so not a subject). */
  prepositions: string[];
  /** Words that may stand between a verb and its object: determiners, adverbs ("a racheté récemment le groupe"). */
  skippable: string[];
  /** Titles that may stand before a name ("fired chief executive Sam Altman", "le PDG Elon Musk"). */
  titles: string[];
  /** Governing bodies of an organisation ("its board", "le conseil d'administration de X"): they stand for it. */
  bodies: string[];
  /** Words that open a clause whose subject may be in the clause before (coordinations, relatives). */
  sharedSubject: string[];
  /** Passive auxiliaries before a participle ("a été racheté", "was bought"). */
  passiveAux: string;
  /** Agent preposition of the passive ("par", "by"). */
  by: string[];
  /** Light verbs that turn an action noun into a predicate ("faire l'acquisition", "complete the acquisition"). */
  lightVerbs: string;
  /** Cues before the trigger (end-anchored regex sources) and in the sentence. */
  negation: string;
  hypotheticalBefore: string;
  hypotheticalSentence: string;
  plannedBefore: string;
  reportedBefore: string;
  reportedSentence: string;
  attemptBefore: string;
  /** A verb of offering right before the trigger ("offered to buy", "a proposé de racheter"): it is a mention of the event too. */
  offerBefore: string;
  /** "selon X", "according to X": the prepositions citing a source. */
  sourcePrepositions: string;
  /** "X a rapporté que", "X reported that": reporting verbs after their subject. */
  reportingVerbs: string;
  /** Clause breaks inside a sentence: relative and subordinate conjunctions after a comma, coordinations before a new verb. */
  clauseBreak: string;
  /** Document nouns of the `objects` lists, to a language-neutral English key ("lettre" -> "letter", "tribune" -> "letter"). */
  objectKeys: Record<string, string>;
  /** Fronted time connectors allowed before a sentence-initial time ("Puis, en 2018"). */
  frontConnectors: string[];
  /** Verb forms to write labels (English, whatever the article language): see loaders/events/label.ts. */
}
