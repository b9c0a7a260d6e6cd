import { describe, expect, test } from "vitest";
import { defaultTelling, storyTitle } from "../../loaders/stories/default.ts";
import { chartData } from "../../loaders/stories/index.ts";
import { article, emptyStory, northwind, StoryBuilder, TEXT } from "./fixtures.ts";

describe("defaultTelling", () => {
  test("an empty story gives a single title step", () => {
    const t = defaultTelling(emptyStory());
    expect(t.steps.map((s) => s.kind)).toEqual(["title"]);
    expect(t.steps[0].n).toBe(1);
    expect(t.problems).toEqual([]);
  });

  test("an article with nothing extracted gives a single title step with its title", () => {
    const story = { ...emptyStory(), articles: [article("a", TEXT)] };
    const t = defaultTelling(story);
    expect(t.steps).toHaveLength(1);
    expect(t.steps[0].heading).toBe("Northwind Labs raises $250 million");
    expect(t.steps[0].sources.map((s) => s.article)).toEqual(["a"]);
  });

  test("orders title, dated events by date, undated moments by size then centrality, actors, closing", () => {
    const t = defaultTelling(northwind());
    expect(t.steps.map((s) => `${s.kind}:${s.ref ?? ""}`)).toEqual([
      "title:",
      "event:2024-03-northwind/e2", // 2021
      "event:2024-03-northwind/e3", // 2023
      "event:2024-03-northwind/e1", // 3 March 2024
      "event:2024-03-northwind/e4", // undated, 400 engineers
      "figure:2024-03-northwind/f3", // two datacenters, carried by no event
      "event:2024-03-northwind/e5", // undated, no figure
      "actor:northwind-labs", // 3 ties
      "actor:harbor-capital", // 2 ties, 2 mentions (ties with quill-ai broken by id)
      "actor:quill-ai",
      "closing:",
    ]);
    expect(t.steps.map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  test("undated money comes before undated counts, whatever the numbers", () => {
    const b = new StoryBuilder(article("x", TEXT));
    const big = b.figure("400 engineers", { value: 400, unit: "engineer", kind: "count" });
    const money = b.figure("$250 million", { value: 250e6, unit: "USD", kind: "money" });
    b.event("plans to hire", { label: "hire", type: "hire", figures: [big] });
    b.event("raised", { label: "raise", type: "invest", figures: [money] });
    const t = defaultTelling(b.story());
    expect(t.steps.filter((s) => s.kind === "event").map((s) => s.heading)).toEqual(["raise", "hire"]);
  });

  test("an event step carries its quote, source and highlights", () => {
    const story = northwind();
    const step = defaultTelling(story).steps.find((s) => s.ref === "2024-03-northwind/e1")!;
    expect(step.eyebrow).toBe("Event · 3 March 2024");
    expect(step.chart).toBe("timeline");
    expect(step.quote!.text).toBe("Northwind Labs raised $250 million from Harbor Capital on 3 March 2024.");
    const trigger = step.quote!.marks.find((m) => m.kind === "trigger")!;
    expect(step.quote!.text.slice(trigger.start, trigger.end)).toBe("raised");
    expect(step.quote!.marks.map((m) => step.quote!.text.slice(m.start, m.end))).toEqual(["Northwind Labs", "raised", "$250 million", "Harbor Capital", "3 March 2024"]);
    expect(step.source).toMatchObject({ article: "2024-03-northwind", outlet: "The Test Gazette", sentence: 0 });
    expect(step.highlight).toEqual({ events: ["2024-03-northwind/e1"], figures: ["2024-03-northwind/f1"], actors: ["northwind-labs", "harbor-capital"], when: { from: "2024-03-03", to: "2024-03-03" } });
    expect(step.facts).toContain("Amounts: $250M");
  });

  test("a reported event names who reports it", () => {
    const step = defaultTelling(northwind()).steps.find((s) => s.ref === "2024-03-northwind/e3")!;
    expect(step.facts[0]).toBe("Reported by Tech Ledger");
    expect(step.eyebrow).toBe("Event · 2023");
  });

  test("a loose figure step shows the amount for an audience and the words as written", () => {
    const step = defaultTelling(northwind()).steps.find((s) => s.kind === "figure")!;
    expect(step.heading).toBe("2 datacenters");
    expect(step.facts[0]).toBe("As written: “two new datacenters”");
    expect(step.highlight.figures).toEqual(["2024-03-northwind/f3"]);
    expect(step.chart).toBe("figures");
  });

  test("an actor step lists its ties and highlights its neighbours and events", () => {
    const step = defaultTelling(northwind()).steps.find((s) => s.ref === "northwind-labs")!;
    expect(step.facts).toContain("Ada Brook founded Northwind Labs");
    expect(step.facts).toContain("Quill AI competes with Northwind Labs");
    expect(step.highlight.actors[0]).toBe("northwind-labs");
    expect(new Set(step.highlight.actors)).toEqual(new Set(["northwind-labs", "ada-brook", "harbor-capital", "quill-ai"]));
    expect(step.chart).toBe("network");
    expect(step.quote!.sentence).toBe(0);
  });

  test("a figure told twice is one moment", () => {
    const text = "Acme sold 3 robots. Later it sold 3 robots again.";
    const b = new StoryBuilder(article("y", text));
    b.figure("3 robots", { value: 3, unit: "robot", kind: "count" });
    b.figures.push({ ...b.figures[0], id: "y/f2", start: text.lastIndexOf("3 robots"), end: text.lastIndexOf("3 robots") + 8, sentence: 1 });
    const t = defaultTelling(b.story());
    expect(t.steps.filter((s) => s.kind === "figure")).toHaveLength(1);
    expect(t.steps[1].facts).toContain("Told 2 times");
  });

  test("an event that carries the same amount twice lists it once", () => {
    const text = "Acme paid $5 million, yes $5 million, for Bolt.";
    const b = new StoryBuilder(article("z", text));
    const f1 = b.figure("$5 million", { value: 5e6, unit: "USD", kind: "money" });
    b.figures.push({ ...b.figures[0], id: "z/f2", start: text.lastIndexOf("$5 million"), end: text.lastIndexOf("$5 million") + 10 });
    b.event("paid", { label: "Acme pays", type: "acquire", figures: [f1, "z/f2"] });
    const step = defaultTelling(b.story()).steps.find((s) => s.kind === "event")!;
    expect(step.facts).toContain("Amounts: $5M");
  });

  test("is deterministic", () => {
    expect(JSON.stringify(defaultTelling(northwind()))).toBe(JSON.stringify(defaultTelling(northwind())));
  });

  test("storyTitle names several articles by their count", () => {
    const s = { ...emptyStory(), articles: [article("a", TEXT), article("b", TEXT)] };
    expect(storyTitle(s)).toBe("The story in 2 articles");
  });
});

describe("chartData", () => {
  test("keeps dated events in time order, one figure bar per amount, ties and co-actors as links", () => {
    const d = chartData(northwind());
    expect(d.timeline.events.map((e) => e.id)).toEqual(["2024-03-northwind/e2", "2024-03-northwind/e3", "2024-03-northwind/e1"]);
    expect(d.figures.map((f) => f.label)).toEqual(["$250M", "400 engineers", "2 datacenters"]);
    expect(d.network.nodes).toHaveLength(5);
    expect(d.network.links.filter((l) => l.type !== "with")).toHaveLength(4);
    expect(d.network.links.filter((l) => l.type === "with")).toEqual([]);
  });
});
