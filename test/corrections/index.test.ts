import { writeFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { applyCorrections } from "../../loaders/corrections/index.ts";
import { ID, makeStory, project } from "./story.ts";

const FILE = `data/corrections/${ID}.yaml`;

function run(yaml: string, extra: Record<string, string> = {}) {
  const { root, dir } = project({ [`${ID}.yaml`]: yaml, ...extra });
  const before = makeStory();
  const result = applyCorrections(before, dir, { root });
  return { ...result, before };
}

const lines = (problems: { line: number | null; message: string }[]) => problems.map((p) => `${p.line}: ${p.message}`);

describe("applyCorrections: each kind of correction", () => {
  test("without a corrections folder the story is returned as is", () => {
    const story = makeStory();
    const out = applyCorrections(story, "/nonexistent/data/corrections");
    expect(out.story).toBe(story);
    expect(out.problems).toEqual([]);
  });

  test("drop_mention of an actor's only mention removes the actor from events and relations", () => {
    const { story, problems, before } = run(`- action: drop_mention\n  quote: "The startup"\n  kind: actor\n`);
    expect(problems).toEqual([]);
    expect(story.actors.map((a) => a.id)).toEqual(["ada-stone", "nova-labs", "tech-daily"]);
    expect(story.events.find((e) => e.id.endsWith("/e2"))!.actors).toEqual([]);
    expect(story.relations.map((r) => r.id)).toEqual(["r2", "r3"]);
    expect(before.actors).toHaveLength(4); // the input is not mutated
  });

  test("drop_mention of one of several mentions keeps the actor", () => {
    const { story, problems } = run(`- action: drop_mention\n  quote: "Nova Labs"\n  occurrence: 2\n`);
    expect(problems).toEqual([]);
    const nova = story.actors.find((a) => a.id === "nova-labs")!;
    expect(nova.mentions.map((m) => m.start)).toEqual([makeStory().actors[1].mentions[0].start, makeStory().actors[1].mentions[2].start]);
  });

  test("drop_mention of a figure removes it from its event; occurrence: all drops every place", () => {
    const { story, problems } = run(`- action: drop_mention\n  quote: "500 servers"\n  occurrence: all\n  kind: figure\n`);
    expect(problems).toEqual([]);
    expect(story.figures.map((f) => f.id)).toEqual([`${ID}/f2`, `${ID}/f3`]);
    expect(story.events[0].figures).toEqual([`${ID}/f2`]);
    expect(story.events[2].figures).toEqual([]);
  });

  test("drop_mention of a time clears the when of its event", () => {
    const { story, problems } = run(`- action: drop_mention\n  quote: "on Monday"\n`);
    expect(problems).toEqual([]);
    expect(story.times).toHaveLength(2);
    expect(story.events[0]).toMatchObject({ time: null, when: null });
  });

  test("drop_mention of an event trigger drops the event and the relations it alone supports", () => {
    const { story, problems } = run(`- action: drop_mention\n  quote: "bought"\n  occurrence: 2\n  kind: event\n`);
    expect(problems).toEqual([]);
    expect(story.events.map((e) => e.id)).toEqual([`${ID}/e1`, `${ID}/e2`]);
    expect(story.relations.map((r) => r.id)).toEqual(["r1", "r2"]);
  });

  test("drop_mention without kind prefers the item whose words equal the quote", () => {
    const { story } = run(`- action: drop_mention\n  quote: "Tech Daily"\n`);
    expect(story.actors.map((a) => a.id)).not.toContain("tech-daily");
    expect(story.events[2].source).toBeNull();
  });

  test("fix_figure sets a range and clears the exact value", () => {
    const { story, problems } = run(`- action: fix_figure\n  quote: "about 40 engineers"\n  low: 30\n  high: 50\n`);
    expect(problems).toEqual([]);
    expect(story.figures[2]).toMatchObject({ value: null, low: 30, high: 50, unit: "engineer" });
  });

  test("fix_figure sets a value and a currency unit (kind follows the unit)", () => {
    const { story, problems } = run(`- action: fix_figure\n  quote: "$2 million"\n  value: 2500000\n  unit: EUR\n`);
    expect(problems).toEqual([]);
    expect(story.figures[1]).toMatchObject({ value: 2.5e6, unit: "EUR", kind: "money", low: null, high: null });
  });

  test("fix_figure with a quote around the figure finds it", () => {
    const { story, problems } = run(`- action: fix_figure\n  quote: "hire about 40 engineers"\n  unit: developer\n`);
    expect(problems).toEqual([]);
    expect(story.figures[2]).toMatchObject({ unit: "developer", kind: "count" });
  });

  test("fix_time with a date sets from, to and precision, and the event's when", () => {
    const { story, problems } = run(`- action: fix_time\n  quote: "on Monday"\n  date: 2024-01-08\n`);
    expect(problems).toEqual([]);
    expect(story.times[0]).toMatchObject({ from: "2024-01-08", to: "2024-01-08", precision: "day" });
    expect(story.events[0].when).toEqual({ from: "2024-01-08", to: "2024-01-08", precision: "day" });
  });

  test("fix_time with from, to and precision (partial dates widen to the whole month)", () => {
    const { story, problems } = run(`- action: fix_time\n  quote: "last year"\n  from: 2023-06\n  to: 2023-12\n  precision: vague\n`);
    expect(problems).toEqual([]);
    expect(story.times[2]).toMatchObject({ from: "2023-06-01", to: "2023-12-31", precision: "vague" });
  });

  test("fix_time: an unquoted year (a YAML number) is read as the year", () => {
    const { story, problems } = run(`- action: fix_time\n  quote: "last year"\n  date: 2022\n`);
    expect(problems).toEqual([]);
    expect(story.times[2]).toMatchObject({ from: "2022-01-01", to: "2022-12-31", precision: "year" });
  });

  test("an actor can be named by the words that mention it in the article", () => {
    const { story, problems } = run(`- action: set_actor_type\n  actor: Stone\n  type: organization\n`);
    expect(problems).toEqual([]);
    expect(story.actors.find((a) => a.id === "ada-stone")!.type).toBe("organization");
  });

  test("merge_actors pools mentions and aliases and rewires events and relations", () => {
    const { story, problems } = run(`- action: merge_actors\n  into: nova-labs\n  actors: [The startup]\n`);
    expect(problems).toEqual([]);
    const nova = story.actors.find((a) => a.id === "nova-labs")!;
    expect(nova.aliases).toEqual(["The startup"]);
    expect(nova.mentions.map((m) => m.text)).toEqual(["Nova Labs", "Nova Labs", "The startup", "Nova Labs"]);
    expect(story.events[1]).toMatchObject({ actors: ["nova-labs"], label: "Nova Labs opens lab" });
    // r1 (ada-stone leads the-startup) becomes a duplicate of r2 and is folded into it
    expect(story.relations.map((r) => [r.id, r.source, r.type, r.target])).toEqual([
      ["r1", "ada-stone", "leads", "nova-labs"],
      ["r3", "tech-daily", "reported", "nova-labs"],
    ]);
  });

  test("rename_actor keeps the id, keeps the old name as an alias, and updates labels", () => {
    const { story, problems } = run(`- action: rename_actor\n  actor: Nova Labs\n  name: Nova Laboratories\n`);
    expect(problems).toEqual([]);
    const nova = story.actors.find((a) => a.id === "nova-labs")!;
    expect(nova).toMatchObject({ name: "Nova Laboratories", aliases: ["Nova Labs"] });
    expect(story.events[0].label).toBe("Nova Laboratories buys server");
  });

  test("set_actor_type", () => {
    const { story, problems } = run(`- action: set_actor_type\n  actor: tech-daily\n  type: organization\n`);
    expect(problems).toEqual([]);
    expect(story.actors.find((a) => a.id === "tech-daily")!.type).toBe("organization");
  });

  test("add_event: trigger, sentence, actors, when, and the figures inside the quote", () => {
    const { story, problems } = run(
      `- action: add_event\n  label: Nova Labs hires engineers\n  type: hire\n  quote: "would hire about 40 engineers"\n  actors: [nova-labs, Ada Stone]\n  when: 2024\n  modality: planned\n  source: Ada Stone\n  note: the extraction missed it\n`,
    );
    expect(problems).toEqual([]);
    const e = story.events.at(-1)!;
    expect(e).toMatchObject({
      id: `${ID}/added-e1`,
      label: "Nova Labs hires engineers",
      type: "hire",
      actors: ["nova-labs", "ada-stone"],
      figures: [`${ID}/f3`],
      when: { from: "2024-01-01", to: "2024-12-31", precision: "year" },
      modality: "planned",
      source: "ada-stone",
    });
    const text = story.articles[0].text;
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe("would hire about 40 engineers");
    expect(text.slice(e.sentence.start, e.sentence.end)).toBe("Stone said the company would hire about 40 engineers.");
  });

  test("add_relation: a new relation with its quote", () => {
    const { story, problems } = run(`- action: add_relation\n  source: Ada Stone\n  target: nova-labs\n  type: founded\n  quote: "led by Ada Stone"\n`);
    expect(problems).toEqual([]);
    const r = story.relations.at(-1)!;
    expect(r).toMatchObject({ id: `${ID}/added-r1`, source: "ada-stone", target: "nova-labs", type: "founded", articles: [ID] });
    expect(r.mentions![0].text).toBe("led by Ada Stone");
  });

  test("add_relation that already exists adds the quote and the events under it", () => {
    const { story, problems } = run(`- action: add_relation\n  source: tech-daily\n  target: nova-labs\n  type: reported\n  quote: "Nova Labs said on Monday that it bought"\n`);
    expect(problems).toEqual([]);
    expect(story.relations).toHaveLength(3);
    expect(story.relations[2]).toMatchObject({ events: [`${ID}/e3`, `${ID}/e1`], mentions: [{ text: "Nova Labs said on Monday that it bought" }] });
  });
});

describe("applyCorrections: quotes that do not match", () => {
  test("a stale quote is reported with its line and the correction is not applied; the others are", () => {
    const { story, problems } = run(
      `# fixes\n- action: fix_figure\n  quote: "about 45 engineers"\n  value: 45\n- action: set_actor_type\n  actor: tech-daily\n  type: organization\n`,
    );
    expect(problems).toEqual([
      { file: FILE, line: 3, severity: "error", message: `the quote "about 45 engineers" is not in the article data/articles/${ID}.md: the article changed; copy the words again from the article, or remove this correction` },
    ]);
    expect(story.figures[2].value).toBe(40);
    expect(story.actors.find((a) => a.id === "tech-daily")!.type).toBe("organization");
  });

  test("a quote typed with a straight apostrophe gets a hint", () => {
    const { problems } = run(`- action: drop_mention\n  quote: "It's the start-up's"\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/other apostrophes, quotation marks or spaces/);
  });

  test("a quote found twice without occurrence is ambiguous", () => {
    const { problems } = run(`- action: fix_figure\n  quote: "500 servers"\n  value: 600\n`);
    expect(lines(problems)).toEqual([`2: the quote "500 servers" occurs 2 times in the article: add 'occurrence: N' (1 to 2) to say which one, or quote more words`]);
  });

  test("an occurrence beyond the count", () => {
    const { problems } = run(`- action: fix_figure\n  quote: "500 servers"\n  occurrence: 3\n  value: 600\n`);
    expect(lines(problems)).toEqual([`2: occurrence 3 of "500 servers" does not exist: the quote occurs 2 times in the article`]);
  });

  test("a quote where nothing is extracted any more is a warning for drop_mention", () => {
    const { problems } = run(`- action: drop_mention\n  quote: "second order"\n`);
    expect(problems).toMatchObject([{ line: 1, severity: "warning", message: `nothing is extracted at "second order" any more: remove this correction` }]);
  });

  test("a quote covering two figures is refused for fix_figure", () => {
    const { problems } = run(`- action: fix_figure\n  quote: "500 servers for $2 million"\n  approx: true\n`);
    expect(lines(problems)).toEqual([`1: the quote covers 2 figures ('500 servers', '$2 million'): quote only the words of one`]);
  });

  test("an unknown actor is reported with close ids", () => {
    const { problems } = run(`- action: rename_actor\n  actor: nova\n  name: Nova\n- action: set_actor_type\n  actor: Jane Doe\n  type: person\n`);
    expect(lines(problems)).toEqual([
      "2: no actor 'nova' in the story: use an actor id or name (close ones: nova-labs)",
      "5: no actor 'Jane Doe' in the story: use an actor id or name (e.g. ada-stone, nova-labs, the-startup, tech-daily)",
    ]);
  });
});

describe("applyCorrections: schema problems, all reported at once with their lines", () => {
  test("unknown action, unknown field, missing field, wrong types, impossible date", () => {
    const { problems, story, before } = run(
      [
        "- action: drop_mentoin", // 1
        "  quote: x",
        "- action: fix_figure", // 3
        "  qoute: \"about 40 engineers\"", // 4
        "  value: 10 000", // 5
        "- action: fix_time", // 6
        "  quote: on Monday",
        "  date: 2024-02-30", // 8
        "- action: set_actor_type", // 9
        "  actor: tech-daily",
        "  type: newspaper", // 11
        "- action: add_relation", // 12
        "  source: ada-stone",
        "  target: nova-labs",
        "  type: friends_with", // 15
        "  quote: led by",
        "- just a string", // 17
        "",
      ].join("\n"),
    );
    expect(lines(problems)).toEqual([
      "1: unknown action: 'drop_mentoin': allowed: drop_mention, fix_figure, fix_time, merge_actors, rename_actor, set_actor_type, add_event, add_relation",
      "4: unknown field 'qoute' in fix_figure: allowed: quote, occurrence, value, low, high, unit, approx, kind, bound, note",
      "3: fix_figure needs 'quote': required fields: quote",
      "5: 'value' must be a number written with digits only (10000000 or 1e7) or null, not '10 000'",
      "8: 'date' is '2024-02-30': write a real date as YYYY-MM-DD, YYYY-MM or YYYY",
      "11: 'type' is 'newspaper': allowed: person, organization, product, media, place",
      "15: 'type' is 'friends_with': allowed: founded, invested_in, acquired, leads, owns, hired, worked_at, left, makes, competes_with, criticized, reported, partnered_with, sued, signed",
      "17: a correction is a map of 'field: value' lines starting with 'action:', not 'just a string'",
    ]);
    expect(problems.every((p) => p.file === FILE && p.severity === "error")).toBe(true);
    expect(story).toEqual(before);
  });

  test("broken YAML is reported with its line", () => {
    const { problems } = run(`- action: fix_figure\n  quote: "about 40 engineers\n  value: 4\n`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: FILE, severity: "error" });
    expect(problems[0].line).toBeGreaterThanOrEqual(2);
    expect(problems[0].message).toMatch(/^broken YAML: /);
  });

  test("a duplicate key is reported on its line", () => {
    const { problems } = run(`- action: fix_figure\n  quote: "about 40 engineers"\n  value: 4\n  value: 5\n`);
    expect(lines(problems)).toEqual(["4: broken YAML: Map keys must be unique"]);
  });

  test("a file that is a map, not a list", () => {
    const { problems } = run(`action: drop_mention\nquote: x\n`);
    expect(lines(problems)).toEqual(["1: a correction file is a list of corrections, each starting with '- action: <action>'"]);
  });

  test("occurrence: all is only for drop_mention; low above high", () => {
    const { problems } = run(`- action: fix_figure\n  quote: "500 servers"\n  occurrence: all\n  low: 9\n  high: 3\n`);
    expect(lines(problems)).toEqual([
      "3: 'occurrence' is 'all': allowed: 1, 2, 3... (which occurrence of the quote, counting from 1)",
      "1: 'low' (9) is above 'high' (3): swap them",
    ]);
  });

  test("when as a map with a bad precision and an unknown key", () => {
    const { problems } = run(`- action: add_event\n  label: x\n  type: open\n  quote: "open a lab"\n  actors: [nova-labs]\n  when:\n    from: 2024-03\n    precision: soon\n    at: noon\n`);
    expect(lines(problems)).toEqual(["8: 'when.precision' is 'soon': allowed: day, month, season, quarter, year, decade, vague", "9: unknown field 'when.at': allowed: from, to, precision"]);
  });

  test("a correction file named after no article", () => {
    const { problems } = run(``, { "2024-01-15-nova-lab.yaml": `- action: set_actor_type\n  actor: x\n  type: person\n` });
    expect(problems).toEqual([
      { file: "data/corrections/2024-01-15-nova-lab.yaml", line: null, severity: "error", message: `no article '2024-01-15-nova-lab': name the correction file after an article file (data/articles/2024-01-15-nova-lab.md), e.g. ${ID}.yaml` },
    ]);
  });

  test("a correction file for an article that exists but is not in this story is skipped", () => {
    const { root, dir } = project({ "other.yaml": "- action: nonsense\n" });
    writeFileSync(`${root}/data/articles/other.md`, "---\ntitle: x\n---\n");
    expect(applyCorrections(makeStory(), dir, { root }).problems).toEqual([]);
  });
});

describe("applyCorrections: events told by several articles", () => {
  const OTHER = "2024-01-16-other";
  function twoArticles() {
    const story = makeStory();
    const text = "Nova Labs bought 500 servers this week, the company said.";
    story.articles.push({ ...story.articles[0], id: OTHER, file: `data/articles/${OTHER}.md`, text, sentences: [{ index: 0, start: 0, end: text.length, heading: false }] });
    const e1 = story.events[0];
    e1.mentions.push({ article: OTHER, start: 10, end: 16, text: "bought", sentence: 0 });
    e1.articles.push(OTHER);
    return story;
  }

  test("dropping the trigger in the first article keeps the event, now told by the other one", () => {
    const { dir, root } = project({ [`${ID}.yaml`]: `- action: drop_mention\n  quote: "bought"\n  occurrence: 1\n  kind: event\n` });
    const { story, problems } = applyCorrections(twoArticles(), dir, { root });
    expect(problems).toEqual([]);
    const e1 = story.events.find((e) => e.id === `${ID}/e1`)!;
    expect(e1).toMatchObject({ article: OTHER, articles: [OTHER], trigger: { start: 10, end: 16, text: "bought" }, sentence: { index: 0 }, figures: [], time: null });
    expect(e1.mentions).toHaveLength(1);
  });

  test("dropping the other article's mention removes that article from the event's sources", () => {
    const { dir, root } = project({ [`${OTHER}.yaml`]: `- action: drop_mention\n  quote: "bought"\n  kind: event\n` });
    const { story, problems } = applyCorrections(twoArticles(), dir, { root });
    expect(problems).toEqual([]);
    const e1 = story.events.find((e) => e.id === `${ID}/e1`)!;
    expect(e1).toMatchObject({ article: ID, articles: [ID] });
    expect(e1.mentions.map((m) => m.article)).toEqual([ID]);
  });
});
