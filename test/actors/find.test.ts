import { describe, expect, it } from "vitest";
import { actorsOf, mentionsOf } from "./helpers.ts";

// Two short news articles written for these tests: known actors, a fictional start-up and
// people that are not in the gazetteer, found from cues.
const FRENCH = `Sam Altman rencontre les régulateurs européens
Le patron d’OpenAI, Sam Altman, était mardi à Bruxelles pour défendre ChatGPT devant la Commission européenne. Pourtant, selon Les Echos, la firme de Redmond aurait déjà promis 10 milliards de dollars à la start-up. Microsoft n'a pas commenté.
Dans le même temps, la start-up française Kelvora AI a levé 40 millions d'euros. Sa cofondatrice, Margaux Delorme, travaillait auparavant chez Datavance. « Nous voulons concurrencer GPT-4 », a déclaré Mme Delorme au quotidien La Gazette numérique. Selon Marc-Antoine Vasseur, ingénieur chez Kelvora AI, le modèle Orion 2 sera disponible en avril.`;

const ENGLISH = `Microsoft deepens OpenAI ties as rivals circle
Microsoft CEO Satya Nadella said on Tuesday that the Redmond giant would keep investing in OpenAI, according to Reuters. However, the company declined to give figures. OpenAI's chief executive Sam Altman told The Information that training had not started.
Meanwhile, AI startup Quillfeather, founded by former Google engineer Priya Raman, raised $25 million. "We are not chasing ChatGPT," Raman told Bloomberg. Quillfeather's chatbot Lumo will launch in June. Dr. Okafor, a researcher at Northwind Labs Inc., said the model was promising.
Daniel Kessler, CEO of Brightloop, disagreed. Kessler told Business Insider he was worried.`;

describe("findActors on a French article", () => {
  const found = actorsOf(FRENCH, "fr");
  const byId = Object.fromEntries(found.map((a) => [a.id, a]));
  it.each([
    ["sam-altman", "person", "gazetteer", ["Sam Altman", "patron d’OpenAI", "Sam Altman"]],
    ["openai", "organization", "gazetteer", ["OpenAI"]],
    ["chatgpt", "product", "gazetteer", ["ChatGPT"]],
    ["european-commission", "organization", "gazetteer", ["Commission européenne"]],
    ["les-echos", "media", "gazetteer", ["Les Echos"]],
    ["microsoft", "organization", "gazetteer", ["firme de Redmond", "Microsoft"]],
    ["kelvora-ai", "organization", "text", ["Kelvora AI", "Kelvora AI"]],
    ["margaux-delorme", "person", "text", ["Margaux Delorme", "Delorme"]],
    ["datavance", "organization", "text", ["Datavance"]],
    ["la-gazette", "media", "text", ["La Gazette"]],
    ["marc-antoine-vasseur", "person", "text", ["Marc-Antoine Vasseur"]],
    ["orion-2", "product", "text", ["Orion 2"]],
  ])("finds %s as a %s (%s) with its mentions", (id, type, origin, texts) => {
    expect(byId[id]?.type).toBe(type);
    expect(byId[id]?.origin).toBe(origin);
    expect(byId[id]?.texts).toEqual(texts);
  });
  it("finds nothing else (no sentence openers, places, months or generic terms)", () => {
    expect(found.map((a) => a.id).sort()).toEqual(
      ["chatgpt", "datavance", "european-commission", "gpt-4", "kelvora-ai", "la-gazette", "les-echos", "marc-antoine-vasseur", "margaux-delorme", "microsoft", "openai", "orion-2", "sam-altman"].sort(),
    );
  });
});

describe("findActors on an English article", () => {
  const found = actorsOf(ENGLISH, "en");
  const byId = Object.fromEntries(found.map((a) => [a.id, a]));
  it.each([
    ["microsoft", "organization", ["Microsoft", "Microsoft", "Redmond giant"]],
    ["satya-nadella", "person", ["Satya Nadella"]],
    ["reuters", "media", ["Reuters"]],
    ["the-information", "media", ["The Information"]],
    ["quillfeather", "organization", ["Quillfeather", "Quillfeather"]],
    ["priya-raman", "person", ["Priya Raman", "Raman"]],
    ["lumo", "product", ["Lumo"]],
    ["okafor", "person", ["Okafor"]],
    ["northwind-labs", "organization", ["Northwind Labs Inc."]],
    ["daniel-kessler", "person", ["Daniel Kessler", "Kessler"]],
    ["brightloop", "organization", ["Brightloop"]],
    ["business-insider", "media", ["Business Insider"]],
  ])("finds %s as a %s with its mentions", (id, type, texts) => {
    expect(byId[id]?.type).toBe(type);
    expect(byId[id]?.texts).toEqual(texts);
  });
  it("finds no actor in 'However', 'Meanwhile', 'AI', 'Tuesday' or 'June'", () => {
    const names = found.flatMap((a) => a.texts);
    for (const w of ["However", "Meanwhile", "AI", "Tuesday", "June", "We"]) expect(names).not.toContain(w);
  });
});

describe("one actor per entity across its forms", () => {
  it.each([
    ["fr", "Le milliardaire Elon Musk a parlé. Musk a ensuite répondu à Elon.", { "elon-musk": ["milliardaire", "Elon Musk", "Musk", "Elon"] }],
    ["fr", "Il a investi dans OpenAI avant le départ d’Elon Musk et d'OpenAI.", { openai: ["OpenAI", "OpenAI"], "elon-musk": ["Elon Musk"] }],
    ["en", "Elon Musk's xAI competes with OpenAI's ChatGPT.", { "elon-musk": ["Elon Musk"], xai: ["xAI"], openai: ["OpenAI"], chatgpt: ["ChatGPT"] }],
    ["fr", "Twitter perd des annonceurs. L’oiseau bleu va mal.", { twitter: ["Twitter", "oiseau bleu"] }],
    ["fr", "Microsoft investit. La firme de Redmond confirme.", { microsoft: ["Microsoft", "firme de Redmond"] }],
    ["en", "Microsoft invests. The Redmond giant confirmed it.", { microsoft: ["Microsoft", "Redmond giant"] }],
  ] as const)("%s: %s", (lang, text, expected) => {
    expect(mentionsOf(text, lang)).toEqual(expected);
  });

  it("does not take someone else's first name with a known surname", () => {
    expect(actorsOf("Analyst Jeff Huang said Nvidia was ahead.", "en").map((a) => a.id)).toEqual(["jeff-huang", "nvidia"]);
    expect(actorsOf("The inventor Nikola Tesla died in 1943.", "en").map((a) => a.id)).toEqual(["nikola-tesla"]);
    expect(actorsOf("Will Meta survive? Michael Bloomberg doubts it.", "en").map((a) => a.id)).toEqual(["meta", "michael-bloomberg"]);
  });
  it("gives the same id in French and English", () => {
    const fr = actorsOf("La firme de Redmond et Microsoft.", "fr").map((a) => a.id);
    const en = actorsOf("Microsoft, the Redmond giant.", "en").map((a) => a.id);
    expect(fr).toEqual(["microsoft"]);
    expect(en).toEqual(["microsoft"]);
  });
});

describe("misprinted surnames of gazetteer people", () => {
  it.each([
    ["fr", "Il a embauché Igor Babusschkin.", "igor-babuschkin", "Igor Babusschkin"],
    ["en", "He hired Igor Babushkin last year.", "igor-babuschkin", "Igor Babushkin"],
    ["en", "Mark Zuckerburg replied on Threads.", "mark-zuckerberg", "Mark Zuckerburg"],
  ] as const)("%s: %s", (lang, text, id, mention) => {
    expect(mentionsOf(text, lang)[id]).toEqual([mention]);
  });
  it.each([
    ["fr", "Ainsi, la Bourse a chuté."],
    ["en", "Meanwhile, markets were calm."],
    ["fr", "Considérant ces chiffres, rien ne change."],
  ] as const)("leaves common words alone: %s", (lang, text) => {
    expect(mentionsOf(text, lang)).toEqual({});
  });
});

describe("X counts as Twitter only with a cue", () => {
  it.each([
    ["fr", "Musk a racheté X (ex-Twitter) en 2022.", ["X", "ex-Twitter"]],
    ["fr", "Le réseau social X perd des annonceurs. Sur X, tout va bien.", ["réseau social", "X", "X"]],
    ["en", "X, formerly Twitter, lost advertisers.", ["X", "Twitter"]],
    ["en", "Twitter, now X, lost advertisers.", ["Twitter", "X"]],
    ["en", "X Corp. sued the group.", ["X Corp."]],
    ["en", "Musk said in a post on X that the deal was off.", ["X"]],
    ["fr", "Il a répondu sur X, sans détour.", ["X"]],
    ["en", "Elon Musk's X is losing advertisers.", ["X"]],
    ["fr", "La plateforme X d'Elon Musk perd des annonceurs.", ["X"]],
    ["fr", "Twitter (désormais X) perd des annonceurs.", ["Twitter", "X"]],
    ["en", "X, formerly known as Twitter, lost advertisers.", ["X", "Twitter"]],
  ] as const)("%s: %s", (lang, text, texts) => {
    expect(mentionsOf(text, lang).twitter).toEqual(texts);
  });
  it.each([
    ["fr", "Le facteur X reste inconnu."],
    ["en", "He bought a Tesla Model X in May."],
    ["en", "Generation X is getting older."],
    ["en", "The doctor relied on X-rays and on X rays."],
    ["fr", "Selon M. X, le dossier est clos."],
  ] as const)("not in: %s", (lang, text) => {
    expect(mentionsOf(text, lang).twitter).toBeUndefined();
  });
});

describe("cued names after the full name", () => {
  it.each([
    ["fr", "La Commission européenne enquête. La Commission a demandé des comptes.", { "european-commission": ["Commission européenne", "Commission"] }],
    ["en", "The Guardian reported it first; a day later the Guardian updated its story.", { "the-guardian": ["The Guardian", "Guardian"] }],
    ["fr", "La Commission a demandé des comptes.", {}],
  ] as const)("%s: %s", (lang, text, expected) => {
    expect(mentionsOf(text, lang)).toEqual(expected);
  });
});

describe("descriptions resolve only to an actor named in the article", () => {
  it.each([
    ["fr", "Le réseau social a changé ses règles.", {}],
    ["fr", "Mark Zuckerberg défend Facebook. Le réseau social a changé ses règles.", { "mark-zuckerberg": ["Mark Zuckerberg"], facebook: ["Facebook", "réseau social"] }],
    ["fr", "Twitter et Facebook recrutent. Le réseau social de Menlo Park, Facebook, gagne. Le réseau social a changé.", { twitter: ["Twitter"], facebook: ["Facebook", "réseau social", "Facebook", "réseau social"] }],
    ["en", "The billionaire spoke. Elon Musk later denied it.", { "elon-musk": ["Elon Musk"] }],
    ["en", "Twitter lost users. Musk said the bird app was fine.", { twitter: ["Twitter", "bird app"], "elon-musk": ["Musk"] }],
    ["fr", "Un milliardaire a parlé.", {}],
    ["fr", "Le réseau social Mastodon gagne des utilisateurs.", { mastodon: ["réseau social", "Mastodon"] }],
    ["fr", "Elon Musk a parlé. Le fantasque milliardaire a ensuite reculé.", { "elon-musk": ["Elon Musk", "milliardaire"] }],
    ["en", "Elon Musk spoke. Later, the eccentric billionaire backed down.", { "elon-musk": ["Elon Musk", "billionaire"] }],
  ] as const)("%s: %s", (lang, text, expected) => {
    expect(mentionsOf(text, lang)).toEqual(expected);
  });
  it("uses the title as context for a description before the first name", () => {
    expect(mentionsOf("Son réseau social va mal.", "fr", { title: "La crise de Twitter" })).toEqual({ twitter: ["réseau social"] });
  });
  it("types an unknown name after a person description as a person", () => {
    expect(actorsOf("Le milliardaire Xavier Niel investit.", "fr").map((a) => [a.id, a.type])).toEqual([["xavier-niel", "person"]]);
  });
});

describe("a role after an organisation's name, before a person's name", () => {
  // "Microsoft CEO Satya Nadella": two actors, the organisation and the person; the role words
  // ("CEO") are neither's mention (the relations layer reads "<Org> CEO <Person>" as leads).
  it.each([
    ["Microsoft CEO Satya Nadella said on Tuesday that the deal would close.", "en", { microsoft: ["Microsoft"], "satya-nadella": ["Satya Nadella"] }],
    ["Analysts expect Microsoft chief executive Satya Nadella to announce more cuts.", "en", { microsoft: ["Microsoft"], "satya-nadella": ["Satya Nadella"] }],
    ["OpenAI CEO Sam Altman met Microsoft CEO Satya Nadella in Seattle.", "en", { openai: ["OpenAI"], "sam-altman": ["Sam Altman"], microsoft: ["Microsoft"], "satya-nadella": ["Satya Nadella"] }],
  ] as const)("%s", (text, language, expected) => {
    expect(mentionsOf(text, language)).toEqual(expected);
  });
  it("keeps a description without another name as the person's mention ('the billionaire Elon Musk')", () => {
    expect(mentionsOf("The billionaire Elon Musk bought the company.", "en")["elon-musk"]).toEqual(["billionaire", "Elon Musk"]);
  });
  it("keeps a description after a determiner, with no name after it, as the person's mention", () => {
    const m = mentionsOf("Satya Nadella spoke first. Later, the Microsoft CEO said the deal was done.", "en");
    expect(m["satya-nadella"]).toEqual(["Satya Nadella", "Microsoft CEO"]);
  });
});

describe("the article's own outlet", () => {
  it("is a media actor where the text names it", () => {
    const found = actorsOf("Guide entreprise fait le point sur cette actualité.", "fr", { source: "Guide entreprise" });
    expect(found.map((a) => [a.id, a.type, a.texts])).toEqual([["guide-entreprise", "media", ["Guide entreprise"]]]);
  });
  it("is nothing when the text does not name it", () => {
    expect(actorsOf("Le marché recule.", "fr", { source: "Guide entreprise" })).toEqual([]);
  });
});

describe("unknown names from cues", () => {
  it.each([
    ["fr", "M. Fourcade a démissionné.", "fourcade", "person"],
    ["fr", "Il travaille chez Zentrix depuis 2020.", "zentrix", "organization"],
    ["fr", "La société Brevalis a été rachetée.", "brevalis", "organization"],
    ["fr", "Selon Jean-Luc Morand, rien ne change.", "jean-luc-morand", "person"],
    ["fr", "L'application Tindo a été supprimée.", "tindo", "product"],
    ["en", "Acme Robotics Inc. filed for an IPO.", "acme-robotics", "organization"],
    ["en", "She is the CEO of Lattica.", "lattica", "organization"],
    ["en", "According to the Springfield Herald, talks failed.", "springfield-herald", "media"],
    ["en", "Founder Olu Adebayo declined to comment.", "olu-adebayo", "person"],
    ["en", "The chatbot Pippa answered.", "pippa", "product"],
    ["en", "It was Senator Josh Hawley who asked.", "josh-hawley", "person"],
    ["en", "said an analyst at D.A. Davidson on Monday.", "d-a-davidson", "organization"],
    ["fr", "L'entrepreneur français Xavier Niel a investi.", "xavier-niel", "person"],
    ["fr", "Il a rencontré Jean de La Roche hier.", "jean-de-la-roche", "person"],
    ["fr", "L'ingénieur Tomek Wrzosek a quitté le groupe.", "tomek-wrzosek", "person"],
    ["fr", "Brevalis SA a été rachetée.", "brevalis", "organization"],
    ["en", "Xu Qiaolin, a spokesperson, declined to comment.", "xu-qiaolin", "person"],
    ["en", "Ravi told the Daily Courier that he was leaving.", "daily-courier", "media"],
    ["en", "He now works as a researcher at Quellion on robotics.", "quellion", "organization"],
    ["en", "said a professor at Tulane University Law School on Friday.", "tulane-university-law-school", "organization"],
    ["en", "He worked at the Bank of Springfield for years.", "bank-of-springfield", "organization"],
    ["fr", "Le ministre a reçu Bruno Le Maire hier.", "bruno-le-maire", "person"],
    ["en", "It was confirmed by Conor O'Brien on Friday.", "conor-o-brien", "person"],
  ] as const)("%s: %s", (lang, text, id, type) => {
    expect(actorsOf(text, lang).map((a) => [a.id, a.type])).toEqual([[id, type]]);
  });
  it("finds a person after 'le PDG de X,' and X as an organisation", () => {
    expect(actorsOf("Le PDG de Zentrix, Paul-Henri Gaspard, confirme.", "fr").map((a) => [a.id, a.type])).toEqual([
      ["zentrix", "organization"],
      ["paul-henri-gaspard", "person"],
    ]);
  });
  it.each([
    ["en", "Vantora makes chips. Investors like Vantora, and Vantora ships fast.", "vantora", "organization"],
    ["en", "Ravi Okonkwo-Smith spoke first. Later, Okonkwo-Smith added details.", "ravi-okonkwo-smith", "person"],
    ["en", "Tamsin Orrell spoke first. Later, Orrell added details.", "tamsin-orrell", "person"],
  ] as const)("types a name the article comes back to: %s", (lang, text, id, type) => {
    expect(actorsOf(text, lang).map((a) => [a.id, a.type])).toEqual([[id, type]]);
  });
  it("leaves a single word that comes back only twice", () => {
    expect(actorsOf("Later, Premium users complained. Now Premium costs more.", "en")).toEqual([]);
  });
  it("ends a name at a genitive 'de' between two names", () => {
    expect(actorsOf("La start-up Brevalis de Jeanne Morel lève 5 millions.", "fr").map((a) => [a.id, a.type])).toEqual([
      ["brevalis", "organization"],
      ["jeanne-morel", "person"],
    ]);
  });
  it.each([
    ["fr", "Pourtant, Selon lui, Ainsi soit-il. Lundi, en Avril, l'IA et les LLM ont besoin de GPU."],
    ["en", "However, in March the AI and LLM makers bought GPUs. Monday was quiet."],
    ["fr", "Une IA dans quel but ? Concurrent de ChatGPT ou pas.".replace("ChatGPT", "Bidule")],
    ["en", "Selon is not French here. Paris and France were named, as was California."],
    ["fr", "Il est parti chez lui. Il vit en France, à Paris."],
    ["en", "Startup Quorvia Raises Big Round From Investors\nThe round closed on Monday."],
    ["fr", "Il habite à Valdrême. Les habitants de Valdrême ont voté. Valdrême est calme."],
    ["fr", "L'Alliance a voté. Selon l'Alliance, rien ne change."],
    ["fr", "Neuf Palestiniens ont été blessés."],
  ] as const)("finds none in: %s", (lang, text) => {
    expect(actorsOf(text, lang)).toEqual([]);
  });
});

describe("output", () => {
  it("gives mentions whose text is the article's slice, end exclusive, in order", () => {
    for (const [text, lang] of [[FRENCH, "fr"], [ENGLISH, "en"]] as const)
      for (const a of actorsOf(text, lang)) {
        const starts = a.mentions.map((m) => m.start);
        expect(starts).toEqual([...starts].sort((x, y) => x - y));
        for (const m of a.mentions) expect(m.end).toBeGreaterThan(m.start);
        expect(a.texts.every((t) => t.trim() === t && t.length > 0)).toBe(true);
      }
  });
  it.each([
    ["an empty body", ""],
    ["only punctuation", "… — « » ? !"],
    ["one long line without sentence ends", "Elon Musk ".repeat(2000)],
    ["a name at the very end", "Rien à signaler chez Zentrix"],
    ["a name at the very start", "Zentrix"],
  ])("copes with %s", (_what, text) => {
    expect(() => actorsOf(text, "fr")).not.toThrow();
  });
  it("is deterministic", () => {
    expect(JSON.stringify(actorsOf(FRENCH, "fr"))).toBe(JSON.stringify(actorsOf(FRENCH, "fr")));
  });
  it("gives gazetteer actors their one-line description and aliases", () => {
    const musk = actorsOf("Elon Musk parle.", "fr")[0];
    expect(musk.description).toMatch(/Tesla/);
    expect(musk.aliases).toContain("Musk");
  });
});
