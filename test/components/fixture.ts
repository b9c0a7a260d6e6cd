// Small Story fixtures for the component tests, built here from sentences written for the tests
// (not the seed's), and a deterministic synthetic story of any size for the page benchmark.
import type { Actor, Article, Figure, Sentence, Story, StoryEvent, TimeExpr } from "../../loaders/types.ts";

/** An article whose sentences are the given strings, separated by spaces (headings end with "\n\n"). */
export function article(id: string, language: "fr" | "en", parts: string[], extra: Partial<Article> = {}): Article {
  let text = "";
  const sentences: Sentence[] = [];
  parts.forEach((p, index) => {
    const heading = p.startsWith("# ");
    const body = heading ? p.slice(2) : p;
    if (text && !text.endsWith("\n\n")) text += heading ? "\n\n" : " ";
    const start = text.length;
    text += body;
    sentences.push({ index, start, end: text.length, heading });
    if (heading) text += "\n\n";
  });
  return {
    id,
    title: `Title of ${id}`,
    language,
    published: "2024-03",
    published_note: null,
    source: `Source ${id}`,
    author: null,
    url: null,
    sources: [],
    file: `data/articles/${id}.md`,
    text,
    sentences,
    ...extra,
  };
}

function span(a: Article, text: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = a.text.indexOf(text, start + 1);
  if (start < 0) throw new Error(`fixture: '${text}' not in ${a.id}`);
  const sentence = a.sentences.findIndex((s) => s.start <= start && start < s.end);
  return { start, end: start + text.length, text, sentence };
}

export function figure(a: Article, n: number, text: string, f: Partial<Figure>): Figure {
  const s = span(a, text);
  return { id: `${a.id}/f${n}`, article: a.id, ...s, value: null, low: null, high: null, unit: "USD", approx: false, kind: "money", bound: null, unit_provenance: "stated", ...f };
}

export function time(a: Article, n: number, text: string, t: Partial<TimeExpr>): TimeExpr {
  const s = span(a, text);
  return { id: `${a.id}/t${n}`, article: a.id, ...s, from: null, to: null, precision: "day", anchor: "absolute", inferred: [], ...t };
}

export function actor(id: string, name: string, type: Actor["type"], mentions: { a: Article; text: string; occurrence?: number }[]): Actor {
  return {
    id,
    name,
    type,
    aliases: [],
    origin: "gazetteer",
    description: null,
    mentions: mentions.map(({ a, text, occurrence }) => {
      const s = span(a, text, occurrence);
      return { article: a.id, start: s.start, end: s.end, text };
    }),
  };
}

export function event(a: Article, n: number, trigger: string, e: Partial<StoryEvent>): StoryEvent {
  const s = span(a, trigger);
  const sent = a.sentences[s.sentence];
  return {
    id: `${a.id}/e${n}`,
    article: a.id,
    articles: [a.id],
    label: trigger,
    type: "other",
    trigger: { start: s.start, end: s.end, text: trigger },
    sentence: { start: sent.start, end: sent.end, index: s.sentence },
    mentions: [{ article: a.id, start: s.start, end: s.end, text: trigger, sentence: s.sentence }],
    when: null,
    time: null,
    actors: [],
    figures: [],
    modality: "asserted",
    source: null,
    ...e,
  };
}

/** Two articles (French and English) about a fictional start-up, with every kind of item. */
export function smallStory(): Story {
  const fr = article("2024-03-nova-fr", "fr", [
    "# Nova lève des fonds",
    "Le 12 mars 2024, la société Nova a levé 40 millions d’euros auprès de Fonds Alpha.",
    "Nova a acheté 2 500 serveurs en 2023.",
    "Selon Le Courrier, Nova aurait dépensé des dizaines de millions de dollars.",
    "Nova prévoit de recruter deux ingénieurs.",
  ]);
  const en = article("2024-04-nova-en", "en", [
    "Nova raised €40 million from Alpha Fund on March 12, 2024.",
    "Recently, Nova hired Jane Roe.",
  ], { published: "2024-04-02" });
  const figures = [
    figure(fr, 1, "40 millions d’euros", { value: 40e6, unit: "EUR" }),
    figure(fr, 2, "2 500 serveurs", { value: 2500, unit: "server", kind: "count" }),
    figure(fr, 3, "des dizaines de millions de dollars", { low: 1e7, high: 1e8, approx: true, unit: "USD" }),
    figure(fr, 4, "deux ingénieurs", { value: 2, unit: "engineer", kind: "count" }),
    figure(en, 1, "€40 million", { value: 40e6, unit: "EUR" }),
  ];
  const times = [
    time(fr, 1, "Le 12 mars 2024", { from: "2024-03-12", to: "2024-03-12", precision: "day" }),
    time(fr, 2, "en 2023", { from: "2023-01-01", to: "2023-12-31", precision: "year" }),
    time(en, 1, "March 12, 2024", { from: "2024-03-12", to: "2024-03-12", precision: "day" }),
    time(en, 2, "Recently", { from: "2024-01-01", to: "2024-04-02", precision: "vague", anchor: "publication" }),
  ];
  const actors = [
    actor("nova", "Nova", "organization", [{ a: fr, text: "Nova" }, { a: fr, text: "Nova", occurrence: 1 }, { a: en, text: "Nova" }]),
    actor("fonds-alpha", "Fonds Alpha", "organization", [{ a: fr, text: "Fonds Alpha" }, { a: en, text: "Alpha Fund" }]),
    actor("le-courrier", "Le Courrier", "media", [{ a: fr, text: "Le Courrier" }]),
    actor("jane-roe", "Jane Roe", "person", [{ a: en, text: "Jane Roe" }]),
  ];
  const raise = event(fr, 1, "a levé", {
    label: "Nova raises money from Fonds Alpha",
    type: "invest",
    articles: [fr.id, en.id],
    when: { from: "2024-03-12", to: "2024-03-12", precision: "day" },
    time: `${fr.id}/t1`,
    actors: ["fonds-alpha", "nova"],
    figures: [`${fr.id}/f1`, `${en.id}/f1`],
  });
  const events: StoryEvent[] = [
    raise,
    event(fr, 2, "a acheté", { label: "Nova buys servers", type: "acquire", when: { from: "2023-01-01", to: "2023-12-31", precision: "year" }, time: `${fr.id}/t2`, actors: ["nova"], figures: [`${fr.id}/f2`] }),
    event(fr, 3, "aurait dépensé", { label: "Nova spends money", type: "invest", modality: "reported", actors: ["nova"], figures: [`${fr.id}/f3`], source: "le-courrier" }),
    event(fr, 4, "prévoit de recruter", { label: "Nova plans to hire engineers", type: "hire", modality: "planned", actors: ["nova"], figures: [`${fr.id}/f4`] }),
    event(en, 2, "hired", { label: "Nova hires Jane Roe", type: "hire", when: { from: "2024-01-01", to: "2024-04-02", precision: "vague" }, time: `${en.id}/t2`, actors: ["nova", "jane-roe"] }),
  ];
  return {
    articles: [fr, en],
    figures,
    times,
    actors,
    events,
    relations: [{ id: "r1", source: "fonds-alpha", target: "nova", type: "invested_in", events: [raise.id], articles: [fr.id, en.id] }],
    problems: [{ file: "data/articles/broken.md", line: 3, message: "front matter: 'language' must be fr or en", severity: "error" }],
  };
}

/** A deterministic pseudo-random source (LCG), so synthetic stories are the same on every run. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** A synthetic story of `events` events and `actors` actors over 10 articles, for load tests. */
export function syntheticStory(nEvents = 2000, nActors = 300, seed = 42): Story {
  const rand = lcg(seed);
  const nArticles = 10;
  const perArticle = Math.ceil(nEvents / nArticles);
  const articles = Array.from({ length: nArticles }, (_, i) =>
    article(
      `synthetic-${String(i).padStart(2, "0")}`,
      i % 2 ? "en" : "fr",
      Array.from({ length: perArticle }, (_, j) => `Actor ${j % nActors} paid ${1 + (j % 90)} million dollars to Actor ${(j * 7 + 1) % nActors} in ${2000 + (j % 24)}.`),
    ),
  );
  const actors: Actor[] = Array.from({ length: nActors }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    type: (["person", "organization", "product", "media", "place"] as const)[i % 5],
    aliases: [],
    origin: "text",
    description: null,
    mentions: [],
  }));
  const figures: Figure[] = [];
  const times: TimeExpr[] = [];
  const events: StoryEvent[] = [];
  const precisions = ["day", "month", "year", "vague"] as const;
  for (let k = 0; k < nEvents; k++) {
    const a = articles[k % nArticles];
    const j = Math.floor(k / nArticles) % a.sentences.length;
    const s = a.sentences[j];
    const sentence = a.text.slice(s.start, s.end);
    // The actors the sentence names ("Actor <who> paid ... to Actor <whom> ..."), so mentions match the text.
    const who = j % nActors;
    const whom = (j * 7 + 1) % nActors;
    const year = 2000 + Math.floor(rand() * 24);
    const month = 1 + Math.floor(rand() * 12);
    const precision = precisions[Math.floor(rand() * precisions.length)];
    const pad = (n: number) => String(n).padStart(2, "0");
    const when =
      rand() < 0.1
        ? null
        : precision === "day"
          ? { from: `${year}-${pad(month)}-${pad(1 + (k % 28))}`, to: `${year}-${pad(month)}-${pad(1 + (k % 28))}`, precision }
          : precision === "month"
            ? { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-28`, precision }
            : precision === "year"
              ? { from: `${year}-01-01`, to: `${year}-12-31`, precision }
              : { from: `${year}-01-01`, to: `${year + 2}-06-30`, precision };
    const fm = sentence.indexOf("million dollars");
    const num = sentence.lastIndexOf(" ", fm - 2) + 1;
    const fid = `${a.id}/f${k}`;
    if (k % 4 === 0)
      figures.push({ id: fid, article: a.id, start: s.start + num, end: s.start + fm + 15, text: sentence.slice(num, fm + 15), value: (1 + (j % 90)) * 1e6, low: null, high: null, unit: "USD", approx: false, kind: "money", bound: null, sentence: j, unit_provenance: "stated" });
    const tid = `${a.id}/t${k}`;
    const inAt = sentence.lastIndexOf(" in ") + 1;
    if (when) times.push({ id: tid, article: a.id, start: s.start + inAt, end: s.end - 1, text: sentence.slice(inAt, -1), ...when, anchor: "absolute", inferred: [], sentence: j });
    events.push({
      id: `${a.id}/e${k}`,
      article: a.id,
      articles: rand() < 0.2 ? [a.id, articles[(k + 1) % nArticles].id] : [a.id],
      label: `Actor ${who} pays Actor ${whom}`,
      type: "invest",
      trigger: { start: s.start + 8, end: s.start + 12, text: a.text.slice(s.start + 8, s.start + 12) },
      sentence: { start: s.start, end: s.end, index: j },
      mentions: [],
      when,
      time: when ? tid : null,
      actors: who === whom ? [`actor-${who}`] : [`actor-${who}`, `actor-${whom}`],
      figures: k % 4 === 0 ? [fid] : [],
      modality: (["asserted", "reported", "planned", "hypothetical", "negated"] as const)[k % 5],
      source: null,
    });
  }
  // Mentions: both actors of every sentence; relations: one per pair of actors that deal (who invests in whom).
  for (const a of articles)
    a.sentences.forEach((s, j) => {
      const sentence = a.text.slice(s.start, s.end);
      const first = /^Actor (\d+)/.exec(sentence)!;
      const second = / to (Actor (\d+))/.exec(sentence)!;
      actors[Number(first[1])].mentions.push({ article: a.id, start: s.start, end: s.start + first[0].length, text: first[0] });
      const at = s.start + second.index + 4;
      actors[Number(second[2])].mentions.push({ article: a.id, start: at, end: at + second[1].length, text: second[1] });
      void j;
    });
  const relations: Story["relations"] = [];
  const seen = new Set<string>();
  for (const e of events) {
    if (e.actors.length < 2) continue;
    const key = e.actors.join(">");
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({ id: `r${relations.length + 1}`, source: e.actors[0], target: e.actors[1], type: "invested_in", events: [e.id], articles: e.articles });
  }
  return { articles, figures, times, actors, events, relations, problems: [] };
}
