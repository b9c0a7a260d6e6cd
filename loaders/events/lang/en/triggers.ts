// English trigger lexicon and cue words of the event layer (data only; compiled in loaders/events/lexicon.ts).
// Regular verbs are inflected by rule (-s, -ed, -ing, e-drop, y->ie, "*" doubles the final consonant);
// irregular forms are written out. Ambiguous words carry an explicit condition.
import type { EventLanguage, TriggerSpec } from "../types.ts";

const triggers: TriggerSpec[] = [
  // acquire
  { type: "acquire", verbs: ["purchase", "acquire"], nouns: ["purchase", "acquisition", "takeover", "buyout"] },
  { type: "acquire", forms: ["buy", "buys", "buying"], participles: ["bought"], notAfter: "\\s+(?:into|time|the\\s+idea|it)(?!\\p{L})" },
  { type: "acquire", verbs: ["snap*"], after: "\\s+up(?!\\p{L})" },
  // spend
  { type: "spend", forms: ["spend", "spends", "spending"], participles: ["spent"], money: true },
  { type: "spend", verbs: ["shell"], after: "\\s+out(?!\\p{L})", money: true },
  // hire
  { type: "hire", verbs: ["hire", "recruit", "poach", "rehire"], nouns: ["hire", "hiring", "recruitment"], needs: ["person"], objects: ["researchers", "engineers", "employees", "scientists", "executives", "staff", "people", "workers", "experts", "developers"] },
  { type: "hire", forms: ["bring", "brings", "bringing", "brought"], after: "\\s+(?:on|in)(?!\\p{L})", needs: ["person"] },
  // join (the doer joins an organisation: the organisation hired them)
  { type: "join", verbs: ["join", "rejoin"], needs: ["organization"], notAfter: "\\s+(?:forces|hands|the\\s+(?:call|race|fight|chorus|list|ranks|effort|debate))(?!\\p{L})" },
  // found (bare "found" is also the past of "find": left out)
  { type: "found", forms: ["founds", "founding", "cofound", "cofounds", "cofounding", "co-found", "co-founds", "co-founding"], participles: ["founded", "cofounded", "co-founded"], needs: ["organization", "product"], notAfter: "\\s+(?:on|upon)(?!\\p{L})" },
  { type: "found", forms: ["found"], before: "(?:help|helps|helped|helping)\\s+(?:to\\s+)?$", needs: ["organization", "product"] },
  { type: "found", agentives: ["founder", "cofounder", "co-founder"], needs: ["organization", "product"] },
  { type: "found", nouns: ["founding", "creation"], needs: ["organization"] },
  { type: "found", verbs: ["create", "establish"], needs: ["organization"] },
  // launch / release a product
  { type: "launch", verbs: ["launch", "release", "debut"], nouns: ["launch", "release", "debut"], needs: ["product", "organization"], notBefore: "(?:press|news)\\s+$" },
  { type: "launch", verbs: ["roll"], after: "\\s+out(?!\\p{L})", needs: ["product"] },
  // invest
  { type: "invest", verbs: ["invest", "inject", "donate"], nouns: ["investment", "injection", "donation", "funding", "financing"], preps: ["in", "into", "to"], of: "agent" },
  // "fund", "finance" and "stake" are also plain nouns ("a venture fund", "at stake").
  { type: "invest", verbs: ["fund", "finance"], preps: ["in", "into", "to"], notBefore: "(?:a|an|the|its|his|her|their|this|that|investment|venture|hedge|sovereign|wealth|pension|index|of|in)\\s+$" },
  { type: "invest", nouns: ["stake"], preps: ["in"], of: "agent", notBefore: "(?:at|high|the\\s+high)\\s+$" },
  { type: "invest", agentives: ["investor", "backer", "donor"], preps: ["in", "of", "to"] },
  { type: "invest", verbs: ["pour"], after: "(?=\\s+(?:[\\p{L}$€£\\d.,]+\\s+){0,5}?(?:in|into)(?!\\p{L}))", money: true, preps: ["in", "into"] },
  { type: "invest", forms: ["give", "gives", "gave", "giving"], participles: ["given"], money: true, preps: ["to"] },
  // "backed by X" (a lookahead: "by" stays outside the trigger, so the passive reading finds X as the doer)
  { type: "invest", participles: ["backed", "bankrolled"], after: "(?=\\s+by(?!\\p{L}))", backs: true },
  // raise money
  { type: "raise", verbs: ["raise"], money: true, preps: ["from"], notAfter: "\\s+(?:concerns?|questions?|the\\s+(?:issue|alarm|question))(?!\\p{L})" },
  { type: "raise", nouns: ["fundraising", "fundraise"] },
  { type: "raise", nouns: ["funding"], after: "\\s+round(?!\\p{L})" },
  // leave
  { type: "leave", forms: ["quit", "quits", "quitting"], notAfter: "\\s+(?:smoking|drinking)(?!\\p{L})" },
  { type: "leave", forms: ["leave", "leaves", "leaving"], participles: ["left"], needs: ["organization"], notBefore: "(?:on|parental|medical|sick|maternity|paternity|annual)\\s+$", notAfter: "\\s+(?:behind|out|open|alone|unclear|unanswered|to\\s+(?:be|do))(?!\\p{L})" },
  { type: "leave", verbs: ["resign", "depart", "exit"], nouns: ["resignation", "departure", "exit"], of: "agent", preps: ["from"] },
  { type: "leave", verbs: ["step*"], after: "\\s+down(?!\\p{L})", preps: ["from", "as"] },
  // take control
  { type: "take_control", forms: ["take", "takes", "took", "taking", "seize", "seizes", "seized", "seizing", "gain", "gains", "gained", "gaining", "wrest", "wrested", "assume", "assumed", "assumes"], participles: ["taken"], after: "\\s+(?:full\\s+|total\\s+|majority\\s+)?(?:control|the\\s+reins|the\\s+helm|charge)(?:\\s+of)?" },
  { type: "take_control", forms: ["take", "takes", "took", "taking"], participles: ["taken"], after: "\\s+over(?!\\p{L})" },
  // reject
  { type: "reject", verbs: ["reject", "refuse", "rebuff", "spurn"], notAfter: "\\s+to\\s", response: true },
  { type: "reject", verbs: ["turn"], after: "\\s+down(?!\\p{L})", response: true },
  // sign
  { type: "sign", verbs: ["sign", "cosign", "co-sign"], objects: ["letter", "agreement", "deal", "contract", "petition", "bill", "law", "order", "pledge", "statement", "treaty", "check", "cheque", "document", "appeal", "memo", "moratorium", "declaration"], notAfter: "\\s+(?:up|off|of)(?!\\p{L})" },
  { type: "sign", agentives: ["signatory", "signatories", "signer", "cosigner"] },
  // sue
  { type: "sue", verbs: ["sue", "countersue"], needs: ["person", "organization"] },
  { type: "sue", nouns: ["lawsuit"], preps: ["against"] },
  { type: "sue", forms: ["file", "files", "filed", "filing"], after: "\\s+(?:a\\s+)?(?:lawsuit|suit|complaint)", preps: ["against"] },
  // announce / unveil a product or company
  { type: "announce", verbs: ["announce", "unveil", "reveal"], needs: ["product", "organization"] },
  // criticize
  { type: "criticize", verbs: ["criticize", "criticise", "slam*", "blast", "lambast", "denounce", "condemn", "attack", "mock", "deride", "rebuke"], nouns: ["criticism", "attack"], needs: ["person", "organization", "product"], preps: ["of", "on", "against"] },
  { type: "criticize", agentives: ["critic"], needs: ["person", "organization", "product"], preps: ["of"], needsAgent: true },
  { type: "criticize", verbs: ["lash"], after: "\\s+out\\s+at", needs: ["person", "organization", "product"] },
  // partner
  { type: "partner", verbs: ["partner", "ally"], nouns: ["partnership", "alliance", "tie-up"], preps: ["with", "between"], needs: ["organization", "person"] },
  { type: "partner", verbs: ["team"], after: "\\s+up(?:\\s+with)?(?!\\p{L})", preps: ["with"] },
  // fire
  { type: "fire", verbs: ["fire", "oust", "sack", "dismiss"], nouns: ["ouster", "dismissal", "firing", "layoff"], needs: ["person"], notAfter: "\\s+(?:up|back|off|at)(?!\\p{L})" },
  { type: "fire", forms: ["lay", "lays", "laying"], participles: ["laid"], after: "\\s+off(?!\\p{L})" },
  // sell
  { type: "sell", forms: ["sell", "sells", "selling"], participles: ["sold"], needs: ["organization", "product"] },
  { type: "sell", verbs: ["divest"], nouns: ["sale"], needs: ["organization", "product"] },
  // rename ("Twitter was renamed X")
  { type: "rename", verbs: ["rename", "rebrand"], needs: ["organization", "product"] },
  // return
  { type: "return", verbs: ["return"], preps: ["to"], needs: ["organization"] },
  { type: "return", nouns: ["return"], preps: ["to"], of: "agent", needs: ["organization"] },
  // appoint
  { type: "appoint", verbs: ["appoint"], nouns: ["appointment"], needs: ["person"] },
  { type: "appoint", participles: ["named"], needs: ["person"], notBefore: "(?:a|an|the|is|was|were|be|been|so|company|startup|product|chatbot|model)\\s+$" },
  // fire (more)
  { type: "fire", verbs: ["remove"], needs: ["person"] },
  // stake and deals
  { type: "invest", forms: ["take", "takes", "took", "taking"], participles: ["taken"], after: "\\s+(?:a|an)\\s+(?:[\\p{L}\\d%$.-]+\\s+){0,3}?stake", preps: ["in"] },
  { type: "partner", forms: ["strike", "strikes", "struck", "striking", "reach", "reaches", "reached", "reaching", "sign", "signs", "signed", "signing", "ink", "inked"], after: "\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:deal|agreement|partnership|pact|alliance)", preps: ["with"], needs: ["organization", "person"] },
  // merge
  { type: "merge", verbs: ["merge"], nouns: ["merger"], preps: ["with", "into"], needs: ["organization"] },
  // money put into, lent, given more, received from (lookaheads keep the amount out of the trigger, so it stays the event's figure)
  { type: "invest", forms: ["put", "puts", "putting"], after: "(?=\\s+(?:[\\p{L}$€£\\d.,'’-]+\\s+){0,5}?(?:into|in)\\s)", money: true, preps: ["into", "in"] },
  { type: "invest", forms: ["lend", "lends", "lending", "lent"], money: true, preps: ["to"] },
  { type: "invest", nouns: ["loan"], money: true, preps: ["to"], of: "agent" },
  { type: "invest", verbs: ["add"], after: "\\s+(?:more|further|new|fresh|additional|extra)\\s+(?:funding|financing|investment|money|capital|cash)(?!\\p{L})", preps: ["to", "in", "into"] },
  { type: "invest", verbs: ["receive"], money: true, giver: true, preps: ["from"] },
  // publish a document (only with the document named: "published an open letter", "the report published by")
  { type: "publish", verbs: ["publish"], objects: ["letter", "report", "study", "paper", "statement", "memo", "manifesto", "petition", "findings", "results"] },
  // withdraw from a deal
  { type: "withdraw", forms: ["walk", "walks", "walked", "walking"], after: "\\s+away(?!\\p{L})", preps: ["from"] },
  { type: "withdraw", forms: ["pull", "pulls", "pulled", "pulling", "back", "backs", "backed", "backing"], after: "\\s+out(?=\\s+of(?!\\p{L}))", preps: ["of"] },
  { type: "withdraw", forms: ["withdraw", "withdraws", "withdrew", "withdrawing"], participles: ["withdrawn"], after: "(?=\\s+(?:[\\p{L}'’-]+\\s+){0,3}?from\\s)", preps: ["from"] },
  // losses (a money amount required: "lost the case" is not told)
  { type: "lose", forms: ["lose", "loses", "losing", "lost"], money: true },
  { type: "lose", nouns: ["loss"], money: true, notBefore: "(?:at\\s+a|job|hearing|weight|data)\\s+$", of: "agent" },
  // integrate a technology into a product
  { type: "integrate", verbs: ["integrate", "embed", "incorporate"], preps: ["into", "in", "with"], needs: ["product"] },
  { type: "integrate", verbs: ["add"], after: "(?=\\s+(?:[\\p{L}'’-]+\\s+){1,5}?(?:to|into)\\s)", preps: ["to", "into"], needs: ["product"] },
  // job cuts: "cut 10,000 jobs", "slashed 10% of its workforce", "job cuts"
  { type: "fire", forms: ["cut", "cuts", "cutting", "slash", "slashes", "slashed", "slashing", "eliminate", "eliminates", "eliminated", "eliminating", "shed", "sheds", "shedding"], after: "(?=\\s+(?:about\\s+|nearly\\s+|some\\s+|around\\s+|roughly\\s+|more\\s+than\\s+|over\\s+|another\\s+)?(?:[\\d.,]+\\s*(?:%|percent)?\\s+(?:of\\s+(?:its|their|the)\\s+)?|\\p{L}+\\s+)?(?:jobs|positions|roles|workers|employees|staff|workforce|headcount)(?!\\p{L}))" },
  { type: "fire", nouns: ["cut"], before: "(?:job|jobs|workforce|staff)\\s+$" },
  // found (phrasal)
  { type: "found", forms: ["set", "sets", "setting"], after: "\\s+up(?!\\p{L})", needs: ["organization"] },
];

export const en: EventLanguage = {
  triggers,
  // "him" only stands as an object ("prompting Twitter to sue him"); "her" is left out (also a possessive).
  pronouns: { he: ["person"], she: ["person"], him: ["person"], it: ["organization"], "the latter": ["person", "organization"] },
  clitics: [],
  anaphors: {
    billionaire: "person", entrepreneur: "person", tycoon: "person", mogul: "person", executive: "person", businessman: "person",
    company: "organization", firm: "organization", platform: "organization", nonprofit: "organization", "non-profit": "organization", group: "organization", startup: "organization", "start-up": "organization", lab: "organization", laboratory: "organization", organization: "organization", organisation: "organization",
    institute: "organization", chatbot: "product",
  },
  anaphorDeterminers: ["the", "this"],
  possessives: ["his", "her", "its", "their"],
  demonstratives: ["this", "that", "these", "those"],
  prepositions: ["of", "at", "for", "by", "with", "in", "on", "from", "to", "into", "against", "about", "than", "like", "as", "over", "between", "after", "before", "since", "without", "whom"],
  skippable: ["the", "a", "an", "its", "his", "her", "their", "new", "also", "recently", "officially", "finally", "eventually", "fully", "formally", "then", "already", "some", "of", "about", "nearly", "roughly", "around", "almost", "more", "than", "over", "quietly", "reportedly"],
  titles: ["mr", "mrs", "ms", "dr", "chief", "executive", "ceo", "president", "director", "founder", "cofounder", "co-founder", "chairman", "chairwoman", "boss", "head", "billionaire", "researcher", "engineer", "scientist", "own"],
  bodies: ["board", "management", "leadership", "directors", "shareholders", "team"],
  sharedSubject: ["and", "but", "then", "or", "who", "which", "that"],
  passiveAux: "(?<!\\p{L})(?:been|be|being|is|are|was|were|get|gets|got|gotten)\\s+(?:\\p{L}+\\s+)?$",
  by: ["by"],
  lightVerbs: "(?:made|make|makes|making|complete|completed|completes|completing|finalize|finalized|finalise|finalised|close|closed|closes|announce|announced|announces|seal|sealed|pursue|pursued)\\s+(?:the\\s+|an?\\s+|his\\s+|her\\s+|its\\s+|their\\s+)?(?:[\\p{L}$\\d-]+\\s+){0,2}?$",
  negation: "(?<!\\p{L})(?:not|never|n['’]t|no\\s+longer)\\s+(?:(?:yet|been|be|ever|actually|officially|formally|really|have|has|had|to|fully|already)\\s+){0,2}$|(?<!\\p{L})without\\s+$|(?<!\\p{L})(?:denied|denies|deny|denying)\\s+(?:having\\s+|that\\s+(?:it|he|she|they)\\s+(?:had\\s+|has\\s+|would\\s+)?)?$",
  hypotheticalBefore: "(?<!\\p{L})(?:could|might|may|would|possibly|perhaps|potentially|hypothetical)\\s+(?:[\\p{L}'’]+\\s+){0,2}?$",
  hypotheticalSentence: "(?<!\\p{L})(?:unless|some\\s+(?:predict|speculate|think|believe|suggest)|if|whether|speculation|rumou?rs?)(?!\\p{L})|\\?\\s*$",
  plannedBefore: "(?<!\\p{L})(?:offered|offers|offer|proposed|proposes|propose|threaten|threatens|threatened|threatening|plans?|planned|planning|intends?|intended|intending|wants?|wanted|aims?|aimed|seeks?|sought|set|going|expected|expects|preparing|prepares|prepared|considering|considers|considered|will|['’]ll|shall|agreed|agrees|promised|promises|hopes?|hoped|eyes|eyeing|poised|looking)\\s+(?:(?:[\\p{L}'’]+\\s+){0,3}?to\\s+)?(?:[\\p{L}'’]+\\s+){0,1}?$|(?<!\\p{L})(?:plan|intention|bid|offer|proposal|proposed)\\s+to\\s+$|(?<!\\p{L})(?:in\\s+(?:talks|discussions|negotiations)|negotiating|close|nearing\\s+a\\s+deal)\\s+to\\s+(?:[\\p{L}'’]+\\s+){0,1}?$",
  reportedBefore: "(?<!\\p{L})(?:reportedly|allegedly|purportedly|said\\s+to\\s+have|reported\\s+to\\s+have|is\\s+said\\s+to|are\\s+said\\s+to)\\s+(?:[\\p{L}'’]+\\s+){0,2}?$",
  reportedSentence: "(?<!\\p{L})(?:according\\s+to|reportedly|allegedly|reported|reports|report|citing|people\\s+familiar|sources?\\s+(?:said|say|told)|told|said|says|claims?|claimed)(?!\\p{L})",
  offerBefore: "(?<!\\p{L})(?:offered|offers|offer|bid|bids|proposed|proposes|propose)\\s+to\\s+$",
  attemptBefore: "(?<!\\p{L})(?:tried|tries|try|trying|attempted|attempts|attempt|attempting|sought|seeking|seeks|bid|push|pushed|pushing)\\s+to\\s+(?:[\\p{L}'’]+\\s+){0,1}?$",
  sourcePrepositions: "(?<!\\p{L})(?:according\\s+to|reported\\s+by|citing|per)\\s+",
  reportingVerbs: "^\\s*(?:has\\s+|had\\s+|have\\s+)?(?:reported|reports|revealed|reveals|said|says|claimed|claims|wrote|writes|stated|states|told)(?:\\s+(?:that|on|in))?(?!\\p{L})",
  clauseBreak: "\\s(?:if|unless|because|although|whereas)(?!\\p{L})|\\s(?=(?:who|which|that)\\s)|,\\s*(?:who|which|that|whose|where|while|whereas|when|but|although|though|after|before|because|since|if)(?!\\p{L})|\\s(?:and|but|then|or)\\s+(?=(?:he|she|it|they|has|had|have|was|were|is|are|will|would|later|also|then|did|went|eventually|soon|in)(?!\\p{L}))|;|:|\\s[—–]\\s|\\(|\\)",
  objectKeys: { appeal: "letter", manifesto: "letter", moratorium: "letter", cheque: "check", deal: "agreement", memo: "statement", declaration: "statement", paper: "study", findings: "results" },
  frontConnectors: ["then", "but", "and", "later", "by", "back", "already", "so", "yet"],
};
