// The shape of a relation language pack: phrases that state a lasting link without telling an event.
import type { ActorType, RelationType } from "../../types.ts";

/**
 * A cue followed by an actor ("travaillant auparavant chez DeepMind", "CEO of Twitter"). The actor after
 * the cue is the target; the source is found by `partner`:
 *  - "persons-before": the nearest person before the cue in the sentence and the persons coordinated with it
 *    ("Igor Babusschkin et Manuel Kroiss, deux ingénieurs ... travaillant chez DeepMind"), else a person
 *    right after the target ("former Google engineer John Smith");
 *  - "apposed": a person in apposition or with a copula ("X, le PDG de Y", "X est le PDG de Y"), else
 *    right after the target ("le patron de Twitter, Elon Musk");
 *  - "subject": the subject of the clause ("Musk veut concurrencer OpenAI").
 */
export interface PhraseRule {
  type: RelationType;
  cue: string;
  partner: "persons-before" | "apposed" | "subject";
  /** Types the actor after the cue may have. */
  target: ActorType[];
  /** Types the partner may have. */
  source: ActorType[];
  /** The partner must stand right before the cue, after a comma and at most two words ("X, deux anciens de Y"). */
  near?: boolean;
  /** The link goes from the actor after the cue to the partner ("créateur de ChatGPT": OpenAI makes ChatGPT). */
  reverse?: boolean;
}

export interface RelationLanguage {
  phrases: PhraseRule[];
  /** Gap between an organisation and the person who leads it ("Twitter CEO Elon Musk", "OpenAI's chief executive Sam Altman"). */
  orgThenLeader: string;
  /** Gap between a person and the organisation they run ("Elon Musk's AI startup xAI", "xAI, la start-up d'Elon Musk" is `orgThenOwner`). */
  personThenOrg: string;
  /** Gap between an organisation and the person who runs it, in apposition ("xAI, la start-up d'Elon Musk"). */
  orgThenOwner: string;
  /** Gap between a product and its maker ("ChatGPT d'OpenAI", "ChatGPT maker OpenAI", "Grok, developed by xAI"). */
  productThenMaker: string;
  /** Gap between a maker and its product ("OpenAI's ChatGPT"). */
  makerThenProduct: string;
  /**
   * Descriptions the actor stage makes one mention of a person ("le patron de Tesla et de SpaceX", "le cofondateur d'Apple",
   * "the Tesla boss"), with the organisations inside them as nested mentions: `head` must match the words before the first
   * nested name, `tail` the words after the last one (regex sources, anchored, flags iu).
   */
  nested: Array<{ type: RelationType; head: string; tail: string; outer?: ActorType; inner?: ActorType }>;
  /** Before a person: a title that names the leader of the organisation in view ("chief executive Satya Nadella said"). */
  titleBefore: string;
  /** Right after a person: ", son directeur général" — the organisation is the possessive's antecedent. */
  titleAfter: string;
  /** Before a person: "dirigée par", "led by" — the organisation (or its description) stands right before. */
  ledBy: string;
  /**
   * More adjacent pairs, as data: the gap between two names (anchored regex source, flags iu), the relation, the types of the
   * first and second name; `reverse` when the second name is the doer ("Microsoft-backed OpenAI": Microsoft invested in OpenAI).
   */
  pairs: Array<{ gap: string; type: RelationType; first: ActorType[]; second: ActorType[]; reverse?: boolean }>;
  /** Possessive determiners: "son réseau social" (the person leads the organisation). */
  possessives: string[];
  /** Determiners allowed between a cue and its actor. */
  determiners: string[];
}
