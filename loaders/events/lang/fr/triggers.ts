// French trigger lexicon and cue words of the event layer (data only; compiled in loaders/events/lexicon.ts).
// Verbs are given by infinitive and inflected by rule (stems + endings), so "embauchés", "injecté",
// "dépensé", "achetées", "aurait quitté" all match. Ambiguous words carry an explicit condition.
import type { EventLanguage, TriggerSpec } from "../types.ts";

const triggers: TriggerSpec[] = [
  // acquire
  { type: "acquire", verbs: ["acheter", "racheter"], stems: ["achèt", "rachèt"], nouns: ["achat", "rachat", "acquisition"] },
  {
    type: "acquire",
    forms: ["acquérir", "acquiers", "acquiert", "acquérons", "acquérez", "acquièrent", "acquérait", "acquéraient", "acquerra", "acquerront", "acquerrait", "acquerraient", "acquérant", "acquit", "acquirent", "acquière", "acquièrent"],
    participles: ["acquis", "acquise", "acquises"],
    notBefore: "(?:les|des|aux|ses|leurs|nos|vos)\\s+$",
  },
  { type: "acquire", verbs: ["procurer"], before: "(?:se|s['’]|me|m['’]|nous|vous)\\s*(?:\\p{L}+\\s+)?$" },
  { type: "acquire", verbs: ["doter"], before: "(?:se|s['’]|me|m['’]|nous|vous)\\s*(?:\\p{L}+\\s+)?$", after: "\\s+(?:de|d['’]|du|des)" },
  { type: "acquire", verbs: ["offrir"], forms: ["offre", "offrent", "offert", "offerte", "offrait", "offrira", "offrirait"], before: "(?:s['’])\\s*(?:\\p{L}+\\s+)?$" },
  // spend
  { type: "spend", verbs: ["dépenser", "débourser"], nouns: ["dépense"], money: true },
  // hire
  { type: "hire", verbs: ["embaucher", "recruter", "débaucher"], nouns: ["embauche", "recrutement", "débauchage"], needs: ["person"], objects: ["chercheurs", "ingénieurs", "salariés", "employés", "scientifiques", "cadres", "dirigeants", "experts", "développeurs", "personnes"] },
  // join (the doer joins an organisation: the organisation hired them)
  { type: "join", forms: ["rejoindre", "rejoint", "rejoins", "rejoignent", "rejoignait", "rejoignaient", "rejoindra", "rejoindrait", "rejoignant"], participles: ["rejoint", "rejointe", "rejoints"], needs: ["organization"] },
  // found
  { type: "found", verbs: ["fonder", "cofonder", "co-fonder"], notAfter: "\\s+(?:sur|à\\s+(?:croire|penser|dire))(?!\\p{L})", needs: ["organization", "product"] },
  { type: "found", nouns: ["fondation", "création"], needs: ["organization"] },
  { type: "found", agentives: ["fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice"], needs: ["organization", "product"] },
  // launch (a product or a company)
  { type: "launch", verbs: ["lancer"], stems: ["lanç"], nouns: ["lancement"], needs: ["product", "organization"] },
  // invest
  { type: "invest", verbs: ["investir", "injecter", "financer"], nouns: ["investissement", "financement", "injection"], preps: ["dans", "en", "au", "aux"], of: "agent" },
  { type: "invest", verbs: ["verser"], money: true, preps: ["à", "au", "aux"] },
  { type: "invest", nouns: ["don"], preps: ["à", "au", "aux"], of: "agent", money: true },
  { type: "invest", agentives: ["investisseur", "investisseuse", "bailleur"], preps: ["dans", "de", "d"] },
  // raise money
  { type: "raise", verbs: ["lever"], stems: ["lèv"], money: true, preps: ["auprès"], notAfter: "\\s+(?:le\\s+voile|la\\s+main|les\\s+yeux)(?!\\p{L})" },
  { type: "raise", nouns: ["levée"], after: "\\s+de\\s+fonds(?!\\p{L})" },
  // leave
  { type: "leave", verbs: ["quitter", "démissionner"], nouns: ["démission"], of: "agent" },
  { type: "leave", nouns: ["départ"], of: "agent", notBefore: "(?:au|dès\\s+le|du|point\\s+de|de)\\s+$", needs: ["organization"] },
  { type: "leave", verbs: ["claquer"], after: "\\s+la\\s+porte(?!\\p{L})" },
  // take control
  { type: "take_control", forms: ["prendre", "prend", "prends", "prennent", "prenons", "prenez", "prenait", "prenaient", "prenant", "prendra", "prendront", "prendrait", "prendraient", "prit", "prirent", "prenne"], participles: ["pris", "prise", "prises"], after: "\\s+(?:le|du|la|les)\\s+(?:contrôle|rênes|tête|commandes)" },
  { type: "take_control", nouns: ["prise"], after: "\\s+de\\s+contrôle(?!\\p{L})" },
  // reject
  { type: "reject", verbs: ["rejeter", "refuser", "repousser"], stems: ["rejett"], notAfter: "\\s+(?:de\\s|d['’])", response: true },
  // sign
  { type: "sign", verbs: ["signer", "cosigner", "parapher"], nouns: ["signature"], objects: ["lettre", "accord", "contrat", "pétition", "tribune", "décret", "loi", "texte", "traité", "chèque", "document", "appel", "manifeste", "engagement", "protocole", "déclaration", "moratoire"], notAfter: "\\s+(?:de|d['’])\\s*(?:\\p{L}+\\s+)?(?:la\\s+)?(?:fin|mort)" },
  { type: "sign", agentives: ["signataire", "cosignataire"] },
  // sue
  { type: "sue", forms: ["poursuivre", "poursuit", "poursuivent", "poursuivait", "poursuivra", "poursuivrait", "poursuivant"], participles: ["poursuivi", "poursuivie"], after: "\\s+(?:[\\p{L}'’-]+\\s+){0,4}?en\\s+justice" },
  { type: "sue", verbs: ["attaquer", "assigner"], after: "\\s+(?:[\\p{L}'’-]+\\s+){0,4}?en\\s+justice" },
  { type: "sue", verbs: ["porter"], after: "\\s+plainte(?!\\p{L})" , preps: ["contre"] },
  { type: "sue", nouns: ["plainte", "procès", "poursuite"], preps: ["contre"], needs: ["person", "organization", "product"] },
  // announce a product or company
  { type: "announce", verbs: ["annoncer", "dévoiler"], stems: ["annonç"], needs: ["product", "organization"] },
  // criticize
  { type: "criticize", verbs: ["critiquer", "dénoncer", "fustiger", "accuser", "attaquer", "étriller", "tacler"], nouns: ["critique"], needs: ["person", "organization", "product"], preps: ["contre", "envers", "à"], of: "agent" },
  { type: "criticize", agentives: ["détracteur", "détractrice", "pourfendeur", "pourfendeuse"], needs: ["person", "organization", "product"], preps: ["de", "d", "du"], needsAgent: true },
  // partner
  { type: "partner", verbs: ["associer", "allier"], before: "(?:s['’]|se)\\s*(?:\\p{L}+\\s+)?$", preps: ["avec", "à"], needs: ["organization", "person"] },
  { type: "partner", nouns: ["partenariat", "alliance"], preps: ["avec", "entre"], needs: ["organization", "person"] },
  // fire
  { type: "fire", verbs: ["licencier", "limoger", "évincer", "congédier"], stems: ["évinç"], nouns: ["licenciement", "limogeage", "éviction"] },
  // sell
  { type: "sell", forms: ["vendre", "vend", "vends", "vendent", "vendait", "vendaient", "vendra", "vendrait", "vendant"], participles: ["vendu", "vendue", "vendus", "vendues"] },
  { type: "sell", verbs: ["céder"], stems: ["cèd"], needs: ["organization", "product"] },
  { type: "sell", nouns: ["vente", "cession"], needs: ["organization", "product"] },
  // rename ("Twitter rebaptisé X")
  { type: "rename", verbs: ["renommer", "rebaptiser"], needs: ["organization", "product"] },
  // return
  { type: "return", forms: ["revenir", "revient", "reviennent", "revenait", "reviendra", "reviendrait", "revenu", "revenue", "retourner", "retourné"], preps: ["à", "au", "chez"], needs: ["organization"] },
  { type: "return", verbs: ["retrouver"], after: "\\s+(?:son|sa|leur)\\s+(?:poste|fauteuil|siège|place|bureau)(?!\\p{L})", preps: ["à", "au", "chez", "de", "d", "du"], needs: ["organization"] },
  { type: "return", nouns: ["retour"], preps: ["à", "au", "chez"], of: "agent", needs: ["organization"] },
  // appoint
  { type: "appoint", verbs: ["nommer", "désigner"], needs: ["person"] },
  { type: "appoint", nouns: ["nomination"], needs: ["person"] },
  // fire (more)
  { type: "fire", forms: ["écarter", "écarté", "écartée", "démettre", "démis", "démise", "destituer", "destitué", "destituée"], needs: ["person"] },
  // stake and deals
  { type: "invest", forms: ["prendre", "prend", "prennent", "prenait", "prendra", "prendrait", "prenant"], participles: ["pris", "prise"], after: "\\s+(?:une|des|sa|leur)\\s+(?:\\p{L}+\\s+)?participations?", preps: ["dans", "au", "chez"] },
  { type: "partner", forms: ["nouer", "noué", "conclure", "conclu", "sceller", "scellé", "signer", "signé", "signe", "signent"], after: "\\s+(?:un|une|des)\\s+(?:\\p{L}+\\s+)?(?:partenariat|accord|alliance|contrat)s?", preps: ["avec"], needs: ["organization", "person"] },
  // merge
  { type: "merge", verbs: ["fusionner"], nouns: ["fusion"], preps: ["avec"], needs: ["organization"] },
  // money lent, received from (the giver after "de"), bet on
  { type: "invest", verbs: ["prêter"], money: true, preps: ["à", "au", "aux"] },
  { type: "invest", nouns: ["prêt"], money: true, preps: ["à", "au", "aux"], of: "agent" },
  { type: "invest", forms: ["recevoir", "reçoit", "reçoivent", "recevait", "recevaient", "recevra", "recevrait", "recevant"], participles: ["reçu", "reçue", "reçus", "reçues"], money: true, giver: true, preps: ["de", "du", "des", "d"] },
  { type: "invest", verbs: ["miser"], after: "(?=\\s+(?:[\\p{L}'’\\d.,$€]+\\s+){0,6}?sur\\s)", money: true, preps: ["sur"] },
  // publish a document (only with the document named)
  { type: "publish", verbs: ["publier"], objects: ["lettre", "rapport", "étude", "tribune", "communiqué", "manifeste", "pétition", "résultats", "enquête"] },
  // withdraw from a deal
  // "renoncer au rachat", not "renoncer à commenter" (an infinitive after "à" is no deal given up)
  { type: "withdraw", verbs: ["renoncer"], stems: ["renonç"], after: "(?=\\s+(?:au|aux|à\\s+(?!\\p{L}+(?:er|ir|re)(?!\\p{L}))))", preps: ["à", "au", "aux"] },
  { type: "withdraw", verbs: ["retirer"], before: "(?:se|s['’])\\s*(?:\\p{L}+\\s+)?$", preps: ["de", "du", "d"] },
  { type: "withdraw", verbs: ["jeter"], stems: ["jett"], after: "\\s+l['’]\\s*éponge(?!\\p{L})" },
  // losses (a money amount required)
  { type: "lose", forms: ["perdre", "perd", "perdent", "perdait", "perdaient", "perdra", "perdront", "perdrait", "perdant"], participles: ["perdu", "perdue", "perdus", "perdues"], money: true },
  { type: "lose", nouns: ["perte"], money: true, of: "agent" },
  // integrate a technology into a product
  { type: "integrate", verbs: ["intégrer", "incorporer"], stems: ["intègr"], preps: ["à", "au", "aux", "dans"], needs: ["product"] },
  // job cuts: "la suppression de 10 000 postes", "supprimer 1 000 emplois"
  { type: "fire", nouns: ["suppression"], after: "(?=\\s+(?:de\\s+|d['’])\\s*(?:[\\d\\s.,]+|plusieurs\\s+|milliers\\s+de\\s+|centaines\\s+de\\s+|dizaines\\s+de\\s+)*(?:postes|emplois)(?!\\p{L}))", preps: ["chez"] },
  { type: "fire", verbs: ["supprimer"], after: "(?=\\s+(?:près\\s+de\\s+|environ\\s+|quelque\\s+|plus\\s+de\\s+)?(?:[\\d\\s.,]+\\s*(?:%\\s+)?(?:de\\s+(?:ses|leurs)\\s+)?|plusieurs\\s+|des\\s+)(?:milliers\\s+d['’]|centaines\\s+d['’])?(?:postes|emplois|salariés|effectifs)(?!\\p{L}))" },
  // found (phrasal): "mettre sur pied", "monter une société" are left to the launch/found entries
];

export const fr: EventLanguage = {
  triggers,
  pronouns: { il: ["person"], elle: ["person", "organization"], "ce dernier": ["person", "organization"], "cette dernière": ["person", "organization"] },
  clitics: ["y", "l", "le", "la", "les", "lui"],
  anaphors: {
    milliardaire: "person", entrepreneur: "person", magnat: "person", patron: "person", dirigeant: "person", "homme d'affaires": "person",
    entreprise: "organization", société: "organization", plateforme: "organization", association: "organization", groupe: "organization", firme: "organization", "start-up": "organization", startup: "organization", compagnie: "organization", laboratoire: "organization", organisation: "organization",
    institut: "organization",
  },
  anaphorDeterminers: ["le", "la", "l", "ce", "cet", "cette"],
  possessives: ["son", "sa", "ses", "leur", "leurs"],
  demonstratives: ["ce", "cet", "cette", "ces"],
  prepositions: ["de", "d", "du", "des", "à", "au", "aux", "chez", "pour", "par", "avec", "dans", "en", "sur", "sous", "contre", "entre", "vers", "selon", "après", "avant", "depuis", "sans", "envers", "comme"],
  skippable: ["le", "la", "l", "les", "un", "une", "nouvelle", "nouveau", "nouvel", "jeune", "des", "du", "de", "d", "son", "sa", "ses", "leur", "leurs", "aussi", "également", "récemment", "finalement", "officiellement", "déjà", "notamment", "ainsi", "enfin", "alors", "entièrement", "totalement", "partiellement", "massivement", "discrètement", "près", "plus", "moins", "environ", "quelque", "quelques"],
  titles: ["m", "mme", "mlle", "pdg", "patron", "patronne", "président", "présidente", "directeur", "directrice", "général", "générale", "fondateur", "fondatrice", "cofondateur", "cofondatrice", "dirigeant", "dirigeante", "chercheur", "chercheuse", "ingénieur", "ingénieure", "ministre", "milliardaire", "propre"],
  bodies: ["conseil", "administration", "direction", "comité", "capital", "équipe", "équipes", "actionnaires"],
  sharedSubject: ["et", "mais", "puis", "ou", "qui", "dont"],
  passiveAux: "(?<!\\p{L})(?:été|être|est|sont|était|étaient|sera|seront|serait|seraient|soit|fut|furent)\\s+(?:\\p{L}+\\s+)?$",
  by: ["par"],
  lightVerbs: "(?:fait|faire|fais|font|faisait|faisaient|fera|ferait|feraient|faisant|procédé\\s+à|procéder\\s+à|procède\\s+à|finalisé|finaliser|finalise|conclu|conclure|conclut|bouclé|boucler|annoncé|annoncer|annonce|officialisé|officialise|officialiser|réalisé|réalise|réaliser|opéré|opère|opérer)\\s+(?:l['’]\\s*|la\\s+|le\\s+|les\\s+|une?\\s+|son\\s+|sa\\s+|ses\\s+|leur\\s+|des\\s+)?(?:\\p{L}+\\s+)?$",
  negation: "(?<!\\p{L})n(?:e\\s+|['’]\\s*)(?:[\\p{L}'’]+\\s+){0,2}?(?:pas|jamais|plus|point|guère|aucunement|nullement)(?:\\s+(?:encore|été|eu|vraiment|officiellement|réellement|toujours|déjà|formellement|directement|l['’]|le|la|les|y|d['’]|de))*\\s*$|(?<!\\p{L})sans\\s+(?:\\p{L}+\\s+)?$|(?<!\\p{L})(?:démenti|dément|démentent|démentait|nie|nient|niait|nié|réfute|réfuté)\\s+(?:avoir\\s+|être\\s+)?(?:[\\p{L}'’]+\\s+)?$",
  hypotheticalBefore: "(?<!\\p{L})(?:pourrait|pourraient|pourra|pourront|pourrais|puisse|puissent|peut|peuvent|peut-être|éventuellement|hypothétique)\\s+(?:[\\p{L}'’]+\\s+){0,2}?$",
  hypotheticalSentence: "(?<!\\p{L})(?:sauf\\s+si|à\\s+moins\\s+qu|certains\\s+(?:prédisent|pensent|estiment|imaginent|évoquent)|d['’]autres\\s+évoquent|si\\s+jamais|rumeurs?)(?!\\p{L})|\\?\\s*$",
  plannedBefore: "(?<!\\p{L})(?:proposé|propose|proposait|proposent|offert|menace|menacent|menaçait|menacé|envisage|envisagent|envisageait|envisagerait|prévoit|prévoient|prévoyait|prévoirait|compte|comptent|comptait|veut|veulent|voulait|voudrait|souhaite|souhaitent|souhaitait|projette|projettent|projetait|s['’]apprête|s['’]apprêtent|s['’]apprêtait|va|vont|allait|devrait|devraient|doit|doivent|entend|entendent|ambitionne|ambitionnent|compterait|aimerait|promet|promettent|promis)\\s+(?:(?:[\\p{L}'’]+\\s+){0,3}?(?:de\\s+|d['’]\\s*|à\\s+))?(?:[\\p{L}'’]+\\s+){0,1}?$|(?<!\\p{L})(?:projet|intention|volonté|plan)\\s+(?:de\\s+|d['’])\\s*$|(?<!\\p{L})(?:en\\s+(?:discussions?|négociations?|pourparlers)|négocie|négocient)\\s+(?:pour|afin\\s+de|en\\s+vue\\s+de)\\s+(?:[\\p{L}'’]+\\s+){0,1}?$",
  reportedBefore: "(?<!\\p{L})(?:aurait|auraient|aurais|serait|seraient)\\s+(?:[\\p{L}'’]+\\s+){0,3}?$",
  reportedSentence: "(?<!\\p{L})(?:selon|d['’]après|il\\s+semblerait|il\\s+semble\\s+que|semble-t-il|aurait-il|rapporte|rapportent|a\\s+rapporté|ont\\s+rapporté|révèle|révèlent|a\\s+révélé|ont\\s+révélé|affirme|affirment|a\\s+affirmé|assure|a\\s+assuré|indique|a\\s+indiqué|a\\s+déclaré|déclare|explique|a\\s+expliqué|rapporté\\s+par|de\\s+source\\s+sûre)(?!\\p{L})",
  offerBefore: "(?<!\\p{L})(?:proposé|propose|proposait|proposent|offert|offre|offrait)\\s+(?:de\\s+|d['’]\\s*)$",
  attemptBefore: "(?<!\\p{L})(?:tenté|tente|tentent|tentait|tenter|tentative|essayé|essaie|essaye|essayait|essayer|cherché|cherche|cherchait|chercher|tentatives)\\s+(?:de\\s+|d['’]\\s*|à\\s+)(?:[\\p{L}'’]+\\s+){0,1}?$",
  sourcePrepositions: "(?<!\\p{L})(?:selon|d['’]après|rapporté\\s+par|révélé\\s+par|citant)\\s+",
  reportingVerbs: "^\\s*(?:a\\s+|ont\\s+|avait\\s+)?(?:rapporte|rapportent|rapporté|révèle|révèlent|révélé|affirme|affirment|affirmé|indique|indiquent|indiqué|assure|assurent|assuré|annonce|annoncent|annoncé|explique|expliqué|écrit|écrivent|déclare|déclaré|raconte|raconté)\\s+(?:que|qu['’])",
  clauseBreak: "\\s(?:si|sauf\\s+si|parce\\s+qu['’]?|puisqu['’]?|bien\\s+qu['’]?|à\\s+moins\\s+qu['’]?)(?!\\p{L})|\\s(?=qui\\s)|,\\s*(?:qui|que|qu['’]|dont|où|alors\\s+que|lorsqu['’]|lorsque|quand|tandis\\s+que|mais|puis|car|si|bien\\s+que|même\\s+si|avant\\s+de|après\\s+avoir)(?!\\p{L})|\\s(?:et|mais|puis|ou)\\s+(?=(?:y|en|l['’]|le|la|les|lui|se|s['’]|n['’]|ne|il|elle|ils|elles|on|a|ont|est|sont|avait|avaient|aurait|auraient|était|sera|va|vont|fut|aussi|a-t-il|enfin|ensuite|finalement)(?!\\p{L}))|;|:|\\s[—–]\\s|\\(|\\)",
  objectKeys: {
    lettre: "letter", tribune: "letter", pétition: "petition", accord: "agreement", contrat: "contract", décret: "order", loi: "law", texte: "letter",
    traité: "treaty", chèque: "check", document: "document", appel: "letter", manifeste: "letter", engagement: "pledge", protocole: "agreement",
    déclaration: "statement", moratoire: "letter", rapport: "report", étude: "study", communiqué: "statement", résultats: "results", enquête: "report",
  },
  frontConnectors: ["puis", "mais", "et", "ensuite", "enfin", "or", "déjà", "dès", "ainsi", "pourtant", "alors"],
};
