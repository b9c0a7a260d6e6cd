// The Story JSON: the one contract between the extraction library (loaders/), the data loaders
// (src/data/*.json.ts), the pages and components (src/), the CLI and the tests.
//
// Offsets are JavaScript string indices (UTF-16 code units) into `Article.text`, end exclusive,
// and every `text` field equals `article.text.slice(start, end)`.

export type Language = "fr" | "en";

/** A piece of an article's text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A span tied to the article it comes from (used where items can come from several articles). */
export interface Mention extends Span {
  article: string;
}

/** How a value was obtained: read in the text, or worked out (from the publication date, a default, ...). */
export type Provenance = "stated" | "inferred";

export interface Article {
  /** File name without extension, e.g. `2023-04-musk-10000-gpu`. */
  id: string;
  title: string;
  language: Language;
  /** ISO date, possibly partial: `2023`, `2023-04` or `2023-04-11`. */
  published: string;
  /** Why the publication date is what it is, when it is not printed by the source. */
  published_note: string | null;
  /** The outlet (site name). */
  source: string;
  author: string | null;
  url: string | null;
  /** Sources the article itself lists (for briefs written by the team). */
  sources: string[];
  /** Path of the file, relative to the project root. */
  file: string;
  /** The plain body: markdown heading markers removed, wording unchanged. Every offset indexes into it. */
  text: string;
  /** Sentences of `text`, in order; `Sentence.index` gives deep links `#s-<index>` in the reader. */
  sentences: Sentence[];
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** True for a heading line (title, section heading). */
  heading: boolean;
}

export type FigureKind = "money" | "count" | "percent" | "measure";

export interface Figure extends Span {
  id: string;
  article: string;
  /** Exact amount, or null for ranges and vague magnitudes. */
  value: number | null;
  /** Lower and upper bounds for ranges and vague magnitudes ("des dizaines de millions" = 1e7..1e8). */
  low: number | null;
  high: number | null;
  /** ISO 4217 for money (USD, EUR), `percent`, else the English singular noun counted (GPU, engineer). */
  unit: string;
  /** "près de", "environ", "nearly", vague magnitudes. */
  approx: boolean;
  kind: FigureKind;
  /** Open-ended bounds: "plus de 1 500" is `{low: 1500, high: null, bound: "min"}`. */
  bound: "min" | "max" | null;
  /** Index of the sentence holding it. */
  sentence: number;
  /** Which parts were read in the text and which were inferred (a unit taken from the context). */
  unit_provenance: Provenance;
}

export type Precision = "day" | "month" | "season" | "quarter" | "year" | "decade" | "vague";

export interface TimeExpr extends Span {
  id: string;
  article: string;
  /** Inclusive ISO dates (YYYY-MM-DD); null for an open end ("par le passé" has no start). */
  from: string | null;
  to: string | null;
  precision: Precision;
  /** What the value was resolved against. */
  anchor: "absolute" | "publication" | "event";
  /** Components that were not written but inferred, e.g. ["year"] for "le 11 avril". */
  inferred: string[];
  sentence: number;
}

export type ActorType = "person" | "organization" | "product" | "media" | "place";

export interface Actor {
  /** Stable slug of the canonical name, e.g. `elon-musk`. */
  id: string;
  name: string;
  type: ActorType;
  /** Other names it is known by (from the gazetteer and the text). */
  aliases: string[];
  mentions: Mention[];
  /** Where the actor comes from: the curated gazetteer, or found in the text from cues. */
  origin: "gazetteer" | "text";
  /** A one-line description from the gazetteer, when there is one. */
  description: string | null;
}

export type Modality = "asserted" | "reported" | "planned" | "hypothetical" | "negated";

export interface When {
  from: string | null;
  to: string | null;
  precision: Precision;
}

/** One place where an event is told. */
export interface EventMention extends Mention {
  /** The sentence that tells it. */
  sentence: number;
}

export interface StoryEvent {
  id: string;
  /** The first article that tells it. */
  article: string;
  /** Every article that tells it ("reported by N sources"). */
  articles: string[];
  /** Short readable label, built from the event type and its actors ("Elon Musk acquires GPU"). */
  label: string;
  /** Event type from the vocabulary in loaders/events (acquire, hire, found, invest, leave, ...). */
  type: string;
  trigger: Span;
  sentence: { start: number; end: number; index: number };
  /** Every place the event is told (the trigger's place first). */
  mentions: EventMention[];
  when: When | null;
  /** The time expression the `when` comes from. */
  time: string | null;
  actors: string[];
  figures: string[];
  modality: Modality;
  /** Actor id of whoever is cited for it ("selon Business Insider"). */
  source: string | null;
  /** Who did what to whom, as read by the event layer (merging and relations use it). */
  roles?: EventRoles;
}

/** Roles of an event (loaders/events): the doer, the actors it was done to, what it counted. */
export interface EventRoles {
  /** Actor id of the doer ("Musk" in "Musk a racheté Twitter"), null when unknown (passive without agent). */
  agent: string | null;
  /** Other doers coordinated with the agent ("Igor Babuschkin et Manuel Kroiss ont rejoint xAI"). */
  coagents?: string[];
  /** Actor ids it was done to ("Twitter"; the people hired; the company left). */
  patients: string[];
  /** Counted things, `unit=value` or `unit=low..high` ("GPU=10000"): what was bought, when not an actor. */
  things: string[];
  /** Money, same form ("USD=10000000..100000000"). */
  amounts: string[];
  /** "a tenté de prendre le contrôle", "tried to take over": the deed was attempted, not done. */
  attempted: boolean;
  /** A response to the event told just before ("ont rejeté cette suggestion"); merged into it. */
  response: boolean;
  /** The document the event is about when no actor is, as an English key ("letter" for "signer la lettre"): lets one
   * undated telling join the same deed told, dated, in another article. */
  object?: string;
}

export const RELATION_TYPES = [
  "founded",
  "invested_in",
  "acquired",
  "leads",
  "owns",
  "hired",
  "worked_at",
  "left",
  "makes",
  "competes_with",
  "criticized",
  "reported",
  "partnered_with",
  "sued",
  "signed",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface Relation {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  events: string[];
  /** Articles that support it. */
  articles: string[];
  /** Words that state it, when an editor added it with a quote (correction files). */
  mentions?: Mention[];
}

/** A problem found in a user's file: names the file, the line and the fix. */
export interface Problem {
  file: string;
  line: number | null;
  message: string;
  severity: "error" | "warning";
}

export interface Story {
  articles: Article[];
  figures: Figure[];
  times: TimeExpr[];
  actors: Actor[];
  events: StoryEvent[];
  relations: Relation[];
  /** Articles or corrections that could not be used, shown on the overview page. */
  problems: Problem[];
}
