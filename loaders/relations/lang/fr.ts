// French phrases that state a lasting link between two actors (data; see loaders/relations/index.ts).
import type { RelationLanguage } from "./types.ts";

const TITLES = "(?:PDG|P\\.?-?D\\.?G\\.?|président(?:e)?(?:-directeur\\s+général)?|directeur\\s+général|directrice\\s+générale|patron(?:ne)?|dirigeant(?:e)?|CEO|chef|boss|numéro\\s+un)";

export const fr: RelationLanguage = {
  phrases: [
    {
      type: "worked_at",
      cue: "(?:travaill(?:ant|ait|aient)\\s+(?:auparavant\\s+|précédemment\\s+|jusqu['’]ici\\s+|jusque-là\\s+|autrefois\\s+|alors\\s+)?(?:chez|pour)|(?:a|ont|avait|avaient)\\s+(?:auparavant\\s+|précédemment\\s+|déjà\\s+)?travaillé\\s+(?:auparavant\\s+|précédemment\\s+)?(?:chez|pour)|passée?s?\\s+par|(?:venu|venue|venus|venues|débauchée?s?)\\s+(?:de\\s+chez|de|d['’]))\\s*",
      partner: "persons-before",
      target: ["organization"],
      source: ["person"],
    },
    {
      // "X et Y, deux anciens chercheurs de DeepMind", "X, ex-ingénieur de Google": only right after the people.
      type: "worked_at",
      cue: "(?:anciens?|anciennes?|ex-)\\s*(?:(?:employée?s?|ingénieure?s?|chercheu(?:r|rs|se|ses)|cadres?|salariée?s?|membres?|dirigeante?s?|directeur|directrice|patron|patronne)\\s+)?(?:de\\s+chez|de|d['’]|du|chez)\\s*",
      partner: "persons-before",
      near: true,
      target: ["organization"],
      source: ["person"],
    },
    { type: "leads", cue: `${TITLES}\\s+(?:de|d['’]|du)\\s*`, partner: "apposed", target: ["organization"], source: ["person"] },
    { type: "leads", cue: "(?:dirige|dirigeait|dirigent|préside|présidait)\\s+|(?:à\\s+la\\s+tête|aux\\s+commandes|à\\s+la\\s+barre)\\s+(?:de\\s+|d['’]|du\\s+)", partner: "subject", target: ["organization"], source: ["person"] },
    { type: "owns", cue: "(?:propriétaire|actionnaire\\s+majoritaire)\\s+(?:de|d['’]|du)\\s*", partner: "apposed", target: ["organization", "product"], source: ["person", "organization"] },
    { type: "makes", cue: "(?:à\\s+l['’]origine|créat(?:eur|rice)|éditeur|éditrice|concepteur|conceptrice|développeur|maison\\s+mère|société\\s+mère|inventeur)\\s+(?:de|d['’]|du)\\s*", partner: "apposed", target: ["product"], source: ["organization"] },
    {
      type: "competes_with",
      cue: "(?:concurrencer|concurrence|concurrencent|concurrençant|rivaliser\\s+avec|rivalise\\s+avec|rivalisent\\s+avec|(?:un|une|le|la|les|des)\\s+(?:concurrente?s?|rivale?s?|rivaux)\\s+(?:de|d['’]|du|à))\\s*",
      partner: "subject",
      target: ["organization", "person"],
      source: ["organization", "person"],
    },
  ],
  orgThenLeader: "^\\s*,?\\s*(?:et\\s+)?(?:son|sa)\\s+(?:PDG|patron|patronne|président|présidente|dirigeant|dirigeante|propriétaire)\\s*,?\\s*$",
  personThenOrg: "(?!)",
  orgThenOwner: "^\\s*,\\s*(?:la|le|l['’])\\s*(?:start-up|startup|société|entreprise|firme|jeune\\s+pousse|plateforme|réseau\\s+social|laboratoire)(?:\\s+(?:d['’]intelligence\\s+artificielle|d['’]IA|spatiale|américaine))?\\s+(?:de|d['’]|du)\\s*$",
  productThenMaker: "^\\s*(?:de|d['’])\\s*$|^\\s*,\\s*(?:le|la|l['’]|son|sa)\\s*(?:(?:dernier|dernière|nouveau|nouvel|nouvelle|célèbre|fameux|populaire|puissant)\\s+)?(?:modèle|chatbot|robot\\s+conversationnel|assistant|agent\\s+conversationnel|logiciel|outil|application|IA)(?:\\s+(?:conversationnel(?:le)?|génératif|générative|d['’]IA|de\\s+langage|phare))?\\s+(?:de|d['’]|du)\\s*$|^\\s*,?\\s*(?:développée?|conçue?|créée?|éditée?|lancée?|mise?\\s+au\\s+point)\\s+par\\s+$",
  makerThenProduct: "^\\s*,?\\s*(?:qui\\s+(?:a\\s+)?(?:développé|créé|conçu|lancé|édite|développe))\\s+$",
  nested: [
    { type: "leads", head: `^(?:l['’]\\s*|le\\s+|la\\s+|un\\s+|une\\s+)?(?:(?:actuel|actuelle|nouveau|nouvelle|puissant|puissante|emblématique|médiatique|richissime|fantasque|bouillonnant|controversé)\\s+)*${TITLES}\\s+(?:de|d['’]|du)\\s*$`, tail: "^$" },
    { type: "founded", head: "^(?:l['’]\\s*|le\\s+|la\\s+|un\\s+|une\\s+)?(?:co-?)?fondat(?:eur|rice)\\s+(?:de|d['’]|du)\\s*$", tail: "^$" },
    { type: "makes", head: "^(?:l['’]\\s*|le\\s+|la\\s+)?(?:créat(?:eur|rice)|éditeur|éditrice|concepteur|conceptrice|développeur|maison\\s+mère)\\s+(?:de|d['’]|du)\\s*$", tail: "^$", outer: "organization", inner: "product" },
    { type: "worked_at", head: "^(?:l['’]\\s*|un\\s+|une\\s+)?(?:ancien(?:ne)?|ex-)\\s*(?:\\p{L}+\\s+)?(?:de\\s+chez|de|d['’]|du|chez)\\s*$", tail: "^$" },
  ],
  titleBefore: "(?<!\\p{L})(?:son|sa)\\s+(?:actuel(?:le)?\\s+)?(?:PDG|directeur\\s+général|directrice\\s+générale|patron(?:ne)?|président(?:e)?(?:-directeur\\s+général)?)\\s*,\\s*$",
  titleAfter: "^\\s*,\\s*(?:son|sa)\\s+(?:actuel(?:le)?\\s+)?(?:PDG|directeur\\s+général|directrice\\s+générale|président(?:e)?(?:-directeur\\s+général)?|patron(?:ne)?|dirigeant(?:e)?)(?=\\s*[,.;]|\\s+(?:depuis|a|avait|est|était)\\s)",
  ledBy: "(?<!\\p{L})(?:dirigée?s?|présidée?s?|pilotée?s?)\\s+(?:depuis\\s+\\S+\\s+)?par\\s+$",
  pairs: [
    // "OpenAI, soutenue par Microsoft", "Anthropic, financée par Amazon" (the second name invested in the first)
    { gap: "^\\s*,?\\s*(?:(?:la|le|l['’])\\s*(?:start-up|startup|société|entreprise|jeune\\s+pousse)\\s+)?(?:soutenue?s?|financée?s?|épaulée?s?)\\s+(?:notamment\\s+|entre\\s+autres\\s+)?par\\s+$", type: "invested_in", first: ["organization"], second: ["organization", "person"], reverse: true },
    // "X, qui possède Y", "X détient Y", "X, propriétaire de" is a phrase rule
    { gap: "^\\s*,?\\s*(?:qui\\s+)?(?:possède|possédait|détient|détenait|contrôle|contrôlait)\\s+(?:aussi\\s+|également\\s+)?(?:le\\s+|la\\s+|l['’]\\s*)?(?:(?:réseau\\s+social|plateforme|société|entreprise|start-up)\\s+)?$", type: "owns", first: ["organization", "person"], second: ["organization", "product"] },
  ],
  possessives: ["son", "sa", "ses"],
  determiners: ["le", "la", "l", "les", "un", "une", "des", "du", "de", "d"],
};
