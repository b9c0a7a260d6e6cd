// English phrases that state a lasting link between two actors (data; see loaders/relations/index.ts).
import type { RelationLanguage } from "./types.ts";

const TITLES = "(?:CEO|chief\\s+executive(?:\\s+officer)?|chairman|chairwoman|chair|president|boss|head|chief|founder\\s+and\\s+CEO)";

export const en: RelationLanguage = {
  phrases: [
    {
      type: "worked_at",
      cue: "(?:(?:had|has|have)\\s+)?(?:previously|formerly|once|earlier)\\s+(?:worked\\s+)?(?:at|for|with|of)|worked\\s+(?:previously\\s+|formerly\\s+)?(?:at|for)|alumn(?:us|a|i|ae)\\s+of|(?:poached|hired|recruited|came)\\s+from",
      partner: "persons-before",
      target: ["organization"],
      source: ["person"],
    },
    {
      // "Jan Leike, a former OpenAI researcher", "X, ex-Google": only right after the person.
      type: "worked_at",
      cue: "(?:a\\s+|the\\s+)?(?:former|ex-)\\s*(?:(?:employee|engineer|researcher|executive|scientist|staffer|member)s?\\s+(?:at|of)\\s+)?",
      partner: "persons-before",
      near: true,
      target: ["organization"],
      source: ["person"],
    },
    { type: "leads", cue: `${TITLES}\\s+of\\s+`, partner: "apposed", target: ["organization"], source: ["person"] },
    { type: "leads", cue: "(?:runs|ran|heads|headed|chairs|chaired)\\s+|(?:at\\s+the\\s+helm|in\\s+charge)\\s+of\\s+", partner: "subject", target: ["organization"], source: ["person"] },
    { type: "owns", cue: "(?:owner|majority\\s+shareholder)\\s+of\\s+", partner: "apposed", target: ["organization", "product"], source: ["person", "organization"] },
    { type: "makes", cue: "(?:maker|creator|developer|parent(?:\\s+company)?)\\s+of\\s+|(?:company|firm|startup|start-up|lab)\\s+behind\\s+", partner: "apposed", target: ["product"], source: ["organization"] },
    {
      type: "competes_with",
      cue: "(?:compete|competes|competing|competed)\\s+(?:with|against)\\s+|(?:rivals?|competitors?|challengers?)\\s+(?:to|of|for)\\s+|(?:take|takes|taking|took)\\s+on\\s+|(?:rival|rivals|rivaling|rivalling)\\s+",
      partner: "subject",
      target: ["organization", "person"],
      source: ["organization", "person"],
    },
  ],
  orgThenLeader: `^(?:['’]s)?\\s+(?:${TITLES}|owner)\\s*,?\\s*$|^\\s*(?:,\\s*|\\s+and\\s+)(?:its|their)\\s+(?:${TITLES}|owner)\\s*,?\\s*$`,
  personThenOrg: "^['’]s?\\s+(?:(?:own|new|artificial|intelligence|AI|rocket|space|electric|car|social|media|network|startup|start-up|company|firm|lab|platform|venture|business|chatbot)\\s+){0,4}$",
  orgThenOwner: "^\\s*,\\s*(?:the\\s+)?(?:(?:AI|artificial|intelligence|startup|company|firm|lab|platform|social|network|media)\\s+){1,3}(?:founded|owned|run|led|backed)\\s+by\\s+$",
  productThenMaker: "^\\s*(?:-|\\s)?(?:maker|creator|developer)\\s+$|^\\s*,\\s*(?:the\\s+|an?\\s+)?(?:(?:latest|new|flagship|popular)\\s+)?(?:AI\\s+)?(?:model|chatbot|assistant|app|tool)\\s+(?:from|of|by)\\s+$|^\\s*,?\\s*(?:developed|built|created|made|released|launched)\\s+by\\s+$",
  makerThenProduct: "^['’]s?\\s+(?:(?:AI\\s+)?(?:chatbot|model|assistant|app|product|tool|service)\\s+)?$",
  nested: [
    { type: "leads", head: "^(?:the\\s+|a\\s+)?$", tail: `^(?:['’]s)?\\s+(?:${TITLES}|owner)$` },
    { type: "leads", head: `^(?:the\\s+|a\\s+)?${TITLES}\\s+(?:of\\s+)?(?:the\\s+)?$`, tail: "^$" },
    { type: "founded", head: "^(?:the\\s+|a\\s+)?$", tail: "^(?:['’]s)?\\s+(?:co-?)?founder$" },
    { type: "founded", head: "^(?:the\\s+|a\\s+)?(?:co-?)?founder\\s+of\\s+$", tail: "^$" },
    // "the ChatGPT maker" as a mention of OpenAI
    { type: "makes", head: "^(?:the\\s+|a\\s+)?$", tail: "^(?:['’]s)?\\s*-?\\s*(?:maker|creator|developer|owner)$", outer: "organization", inner: "product" },
    { type: "makes", head: "^(?:the\\s+|a\\s+)?(?:maker|creator|developer|parent(?:\\s+company)?)\\s+of\\s+$", tail: "^$", outer: "organization", inner: "product" },
  ],
  titleBefore: "(?<!(?:former|ex-|then|one-time|onetime|interim)\\s+)(?<!\\p{L})(?:(?:its|their)\\s+)?(?:chief\\s+executive(?:\\s+officer)?|CEO)\\s+$",
  titleAfter: "^\\s*,\\s*(?:its|their)\\s+(?:chief\\s+executive(?:\\s+officer)?|CEO|chairman|chairwoman|president|boss)(?=\\s*[,.;])",
  ledBy: "(?<!\\p{L})(?:led|run|headed|chaired)\\s+by\\s+$",
  pairs: [
    // "Microsoft-backed OpenAI", "Amazon-backed AI start-up Anthropic"
    { gap: "^\\s*-\\s*(?:backed|funded|financed)\\s+(?:(?:AI|artificial|intelligence|startup|start-up|company|firm|lab|rival|chatbot|maker)\\s+){0,3}$", type: "invested_in", first: ["organization", "person"], second: ["organization"] },
    // "Musk-owned X", "Musk-led xAI"
    { gap: "^\\s*-\\s*owned\\s+(?:(?:social|media|network|platform|company|firm|startup|start-up)\\s+){0,3}$", type: "owns", first: ["organization", "person"], second: ["organization", "product"] },
    { gap: "^\\s*-\\s*(?:led|run)\\s+(?:(?:AI|social|media|network|platform|company|firm|startup|start-up|lab)\\s+){0,3}$", type: "leads", first: ["person"], second: ["organization"] },
    // "X, which owns Y" / "X owns Y"
    { gap: "^\\s*,?\\s*(?:which\\s+|who\\s+)?(?:also\\s+)?(?:owns|owned|controls|controlled)\\s+(?:the\\s+|a\\s+)?(?:(?:social|media|network|platform|company|firm|startup|start-up|chatbot)\\s+){0,2}$", type: "owns", first: ["organization", "person"], second: ["organization", "product"] },
  ],
  possessives: ["his", "her"],
  determiners: ["the", "a", "an"],
};
