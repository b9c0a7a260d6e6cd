import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import type { Actor, Article, Relation, Story, StoryEvent } from "../../loaders/types.ts";
import { ActorNetwork, actorQuotes, describeNetwork, labelPlacer } from "../../src/components/network.ts";
import { layoutNetwork, networkData, relationFamily } from "../../src/components/network-layout.ts";
import { syntheticStory } from "../../src/components/network-synthetic.ts";
import { plainColor, toCSV } from "../../src/components/network-export.ts";

// A small story written for these tests: two articles, five actors of four types, four relations
// (two of them between the same pair, in opposite directions), one event.
const TEXT_A = "Nadia Vale founded Brightloom in 2019. Brightloom bought Quillhouse last spring. Vale said Quillhouse would stay independent.";
const TEXT_B = "The Ledger reported that Brightloom hired Omar Kade. Kade had criticized Brightloom before.";

function article(id: string, text: string, language: "en" | "fr" = "en"): Article {
  const sentences: Article["sentences"] = [];
  const re = /[^.]+\./g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    sentences.push({ index: sentences.length, start, end: m.index + m[0].length, heading: false });
  }
  return { id, title: `Article ${id}`, language, published: "2024-05", published_note: null, source: "Test Wire", author: null, url: null, sources: [], file: `data/articles/${id}.md`, text, sentences };
}

const A = article("a", TEXT_A);
const B = article("b", TEXT_B);

function mentions(art: Article, ...words: string[]) {
  const out: Actor["mentions"] = [];
  for (const w of words) {
    let at = art.text.indexOf(w);
    while (at >= 0) {
      out.push({ article: art.id, start: at, end: at + w.length, text: w });
      at = art.text.indexOf(w, at + w.length);
    }
  }
  return out;
}

function actor(id: string, name: string, type: Actor["type"], m: Actor["mentions"], aliases: string[] = []): Actor {
  return { id, name, type, aliases, mentions: m, origin: "text", description: null };
}

function fixture(): Story {
  const actors = [
    actor("brightloom", "Brightloom", "organization", [...mentions(A, "Brightloom"), ...mentions(B, "Brightloom")]),
    actor("nadia-vale", "Nadia Vale", "person", [...mentions(A, "Nadia Vale", "Vale said").map((m) => (m.text === "Vale said" ? { ...m, end: m.start + 4, text: "Vale" } : m))], ["Vale"]),
    actor("omar-kade", "Omar Kade", "person", mentions(B, "Omar Kade", "Kade had").map((m) => (m.text === "Kade had" ? { ...m, end: m.start + 4, text: "Kade" } : m)), ["Kade"]),
    actor("quillhouse", "Quillhouse", "product", mentions(A, "Quillhouse")),
    actor("the-ledger", "The Ledger", "media", mentions(B, "The Ledger")),
  ];
  const relations: Relation[] = [
    { id: "r1", source: "nadia-vale", target: "brightloom", type: "founded", events: ["a/e1"], articles: ["a"] },
    { id: "r2", source: "brightloom", target: "quillhouse", type: "acquired", events: [], articles: ["a"] },
    { id: "r3", source: "brightloom", target: "omar-kade", type: "hired", events: [], articles: ["b"] },
    { id: "r4", source: "omar-kade", target: "brightloom", type: "criticized", events: [], articles: ["b"] },
  ];
  const s0 = A.sentences[0]!;
  const events: StoryEvent[] = [
    {
      id: "a/e1",
      article: "a",
      articles: ["a"],
      label: "Nadia Vale founds Brightloom",
      type: "found",
      trigger: { start: 11, end: 18, text: "founded" },
      sentence: { start: s0.start, end: s0.end, index: 0 },
      mentions: [{ article: "a", start: 11, end: 18, text: "founded", sentence: 0 }],
      when: { from: "2019-01-01", to: "2019-12-31", precision: "year" },
      time: null,
      actors: ["nadia-vale", "brightloom"],
      figures: [],
      modality: "asserted",
      source: null,
    },
  ];
  return { articles: [A, B], figures: [], times: [], actors, events, relations, problems: [] };
}

const { document } = parseHTML("<!doctype html><html><body></body></html>");

function render(story: Story, options: Parameters<typeof ActorNetwork>[1] = {}) {
  return ActorNetwork(story, { width: 800, document: document as unknown as Document, ...options });
}

describe("ActorNetwork", () => {
  test("draws one node per actor and one link per relation", () => {
    const story = fixture();
    const figure = render(story);
    expect(figure.querySelectorAll(".an-node")).toHaveLength(story.actors.length);
    expect(figure.querySelectorAll("path.an-link")).toHaveLength(story.relations.length);
    expect(figure.querySelector("svg.an-svg")!.getAttribute("width")).toBe("800");
  });

  test("has a legend entry per actor type present and per relation family drawn", () => {
    const figure = render(fixture());
    const types = [...figure.querySelectorAll(".an-legend-type")].map((e) => e.getAttribute("data-type"));
    expect(types).toEqual(["person", "organization", "product", "media"]);
    const families = [...figure.querySelectorAll(".an-legend-relation")].map((e) => e.getAttribute("data-family"));
    expect(families).toEqual(["control", "work", "conflict"]);
  });

  test("colours nodes by type with classes and sizes them by mentions", () => {
    const figure = render(fixture());
    const circle = (id: string) => figure.querySelector(`.an-node[data-id="${id}"] circle`)!;
    expect(circle("brightloom").getAttribute("class")).toBe("an-t-organization");
    expect(Number(circle("brightloom").getAttribute("r"))).toBeGreaterThan(Number(circle("the-ledger").getAttribute("r")));
  });

  test("makes every node keyboard-reachable with a label", () => {
    const figure = render(fixture());
    for (const g of figure.querySelectorAll(".an-node")) {
      expect(g.getAttribute("tabindex")).toBe("0");
      expect(g.getAttribute("role")).toBe("button");
      expect(g.getAttribute("aria-label")).toMatch(/mention/);
    }
  });

  test("bends two relations between the same actors apart, with arrowheads", () => {
    const figure = render(fixture());
    const d = (id: string) => figure.querySelector(`path.an-link[data-id="${id}"]`)!.getAttribute("d")!;
    expect(d("r3")).toMatch(/Q/);
    expect(d("r4")).toMatch(/Q/);
    expect(d("r3")).not.toBe(d("r4"));
    expect(d("r1")).toMatch(/L/);
    expect(figure.querySelector(`path.an-link[data-id="r1"]`)!.getAttribute("marker-end")).toMatch(/^url\(#an-\d+-arrow\)$/);
  });

  test("gives a text alternative and a table of nodes and links", () => {
    const figure = render(fixture());
    const svg = figure.querySelector("svg.an-svg")!;
    const desc = figure.querySelector(`#${svg.getAttribute("aria-describedby")}`)!;
    expect(desc.textContent).toContain("Network of 5 actors and 4 relations.");
    expect(desc.textContent).toContain("Nadia Vale founded Brightloom");
    expect(figure.querySelectorAll(".an-nodes-table tbody tr")).toHaveLength(5);
    expect(figure.querySelectorAll(".an-links-table tbody tr")).toHaveLength(4);
    expect(figure.querySelector(".an-table")!.hasAttribute("hidden")).toBe(true);
  });

  test("filters by actor type: relations lose an end and are dropped", () => {
    const figure = render(fixture(), { types: ["organization", "product"] });
    expect(figure.querySelectorAll(".an-node")).toHaveLength(2);
    expect(figure.querySelectorAll("path.an-link")).toHaveLength(1);
  });

  test("filtering keeps every shown actor in its place", () => {
    const all = render(fixture());
    const some = render(fixture(), { types: ["organization", "product"] });
    for (const id of ["brightloom", "quillhouse"])
      expect(some.querySelector(`.an-node[data-id="${id}"]`)!.getAttribute("transform")).toBe(all.querySelector(`.an-node[data-id="${id}"]`)!.getAttribute("transform"));
  });

  test("filters by article: only actors mentioned there, mentions counted there", () => {
    const story = fixture();
    const data = networkData(story, { articles: ["b"] });
    expect(data.nodes.map((n) => n.id).sort()).toEqual(["brightloom", "omar-kade", "the-ledger"]);
    expect(data.nodes.find((n) => n.id === "brightloom")!.mentions).toBe(2);
    expect(data.links.map((l) => l.id)).toEqual(["r3", "r4"]);
  });

  test("says so when no actor was extracted, and when filters leave none", () => {
    const empty = { ...fixture(), actors: [], relations: [], events: [] };
    expect(render(empty).querySelector(".an-empty")!.textContent).toMatch(/No actors have been extracted/);
    expect(render(empty).querySelector("svg")).toBeNull();
    expect(render(fixture(), { types: [] }).querySelector(".an-empty")!.textContent).toMatch(/No actor matches/);
  });

  test("opens the panel of the selected actor with aliases, events and quotes linked to the reader", () => {
    const figure = render(fixture(), { selected: "nadia-vale" });
    const panel = figure.querySelector(".an-panel")!;
    expect(panel.hasAttribute("hidden")).toBe(false);
    expect(panel.querySelector("h3")!.textContent).toBe("Nadia Vale");
    expect(panel.querySelector(".an-aliases")!.textContent).toBe("Vale");
    const event = panel.querySelector(".an-events a")!;
    expect(event.textContent).toBe("Nadia Vale founds Brightloom");
    expect(event.getAttribute("href")).toBe("./reader?article=a#s-0");
    const quotes = [...panel.querySelectorAll(".an-quotes li")];
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.querySelector("mark")!.textContent).toBe("Nadia Vale");
    expect(quotes[1]!.querySelector("a")!.getAttribute("href")).toBe("./reader?article=a#s-2");
  });

  test("opens the panel on click and on Enter, closes it with its button", () => {
    const figure = render(fixture());
    const panel = figure.querySelector(".an-panel")!;
    const node = figure.querySelector('.an-node[data-id="omar-kade"]')!;
    node.dispatchEvent(new document.defaultView!.Event("click"));
    expect(panel.hasAttribute("hidden")).toBe(false);
    expect(panel.querySelector("h3")!.textContent).toBe("Omar Kade");
    (panel.querySelector(".an-close") as HTMLElement).dispatchEvent(new document.defaultView!.Event("click"));
    expect(panel.hasAttribute("hidden")).toBe(true);
    const enter = new document.defaultView!.Event("keydown") as Event & { key: string };
    enter.key = "Enter";
    figure.querySelector('.an-node[data-id="the-ledger"]')!.dispatchEvent(enter);
    expect(panel.hasAttribute("hidden")).toBe(false);
    expect(panel.querySelector("h3")!.textContent).toBe("The Ledger");
  });

  test("keeps the panel the reader opened when it is drawn again (resize)", () => {
    const story = fixture();
    const first = render(story, { width: 900 });
    first.querySelector('.an-node[data-id="omar-kade"]')!.dispatchEvent(new document.defaultView!.Event("click"));
    const again = render(story, { width: 420 });
    expect(again.querySelector(".an-panel")!.hasAttribute("hidden")).toBe(false);
    expect(again.querySelector(".an-panel h3")!.textContent).toBe("Omar Kade");
    expect(again.classList.contains("an-narrow")).toBe(true);
  });

  test("takes the height given, and labels: none draws no names", () => {
    const figure = render(fixture(), { height: 333, labels: "none" });
    expect(figure.querySelector("svg.an-svg")!.getAttribute("height")).toBe("333");
    expect(figure.querySelectorAll(".an-node text")).toHaveLength(0);
  });

  test("leaves out a relation whose actor is missing, and says so", () => {
    const story = fixture();
    story.relations.push({ id: "r9", source: "nadia-vale", target: "ghost", type: "owns", events: [], articles: ["a"] });
    const figure = render(story);
    expect(figure.querySelectorAll("path.an-link")).toHaveLength(4);
    expect(figure.querySelector("figcaption")!.textContent).toContain("1 relation names an actor missing from the story");
  });

  test("a click on a relation opens its panel with the sentences that tell it", () => {
    const figure = render(fixture());
    figure.querySelector('path.an-link-hit[data-id="r1"]')!.dispatchEvent(new document.defaultView!.Event("click"));
    const panel = figure.querySelector(".an-panel")!;
    expect(panel.querySelector("h3")!.textContent).toBe("Nadia Vale founded Brightloom");
    expect(panel.querySelector("blockquote")!.textContent).toBe("Nadia Vale founded Brightloom in 2019.");
    expect(panel.querySelector("a.an-quote-link")!.getAttribute("href")).toBe("./reader?article=a#s-0");
  });

  test("the actor panel links each relation to the sentence that tells it", () => {
    const panel = render(fixture(), { selected: "brightloom" }).querySelector(".an-panel")!;
    const items = [...panel.querySelectorAll(".an-relations li")];
    expect(items.map((li) => li.textContent)).toContain("Nadia Vale founded Brightloom");
    expect(items.find((li) => li.textContent === "Nadia Vale founded Brightloom")!.querySelector("a")!.getAttribute("href")).toBe("./reader?article=a#s-0");
  });

  test("hover highlights the node, its neighbours and its links only", () => {
    const figure = render(fixture());
    figure.querySelector('.an-node[data-id="quillhouse"]')!.dispatchEvent(new document.defaultView!.Event("pointerenter"));
    const lit = [...figure.querySelectorAll(".an-hl")].map((e) => e.getAttribute("data-id")).sort();
    expect(lit).toEqual(["brightloom", "quillhouse", "r2"]);
    expect(figure.querySelector(".an-link-label")!.textContent).toBe("acquired");
    figure.querySelector('.an-node[data-id="quillhouse"]')!.dispatchEvent(new document.defaultView!.Event("pointerleave"));
    expect(figure.querySelectorAll(".an-hl")).toHaveLength(0);
  });

  test("shows hostile names and quotes as text, never as markup", () => {
    const story = fixture();
    const evil = '<img src=x onerror="alert(1)">';
    story.actors[4] = { ...story.actors[4]!, name: evil, aliases: ["<script>alert(2)</script>"] };
    const figure = render(story, { selected: "the-ledger" });
    expect(figure.querySelector("img, script")).toBeNull();
    expect(figure.querySelector('.an-node[data-id="the-ledger"] text')!.textContent).toBe(evil);
    expect(figure.querySelector(".an-panel h3")!.textContent).toBe(evil);
    expect(figure.querySelector(".an-aliases")!.textContent).toBe("<script>alert(2)</script>");
  });

  test.each([
    [{ width: -5 }, "invalid width: -5"],
    [{ width: Number.NaN }, "invalid width: NaN"],
    [{ height: 0 }, "invalid height: 0"],
    [{ ticks: 1.5 }, "invalid ticks: 1.5"],
    [{ ticks: 5000 }, "invalid ticks: 5000"],
    [{ labels: "some" }, 'invalid labels: "some"'],
    [{ types: ["robot"] }, 'invalid types: "robot"'],
    [{ types: "person" }, 'invalid types: "person"'],
    [{ articles: ["zzz"] }, 'invalid articles: "zzz"'],
    [{ selected: "nobody" }, 'invalid selected: "nobody"'],
  ])("throws on a bad option %j", (options, message) => {
    expect(() => render(fixture(), options as Parameters<typeof ActorNetwork>[1])).toThrow(message);
  });

  test("throws on something that is not a story", () => {
    expect(() => ActorNetwork({} as Story, { document: document as unknown as Document })).toThrow("invalid story");
  });
});

describe("layoutNetwork", () => {
  test("gives identical coordinates for the same input and seed", () => {
    const { nodes, links } = networkData(fixture());
    const a = layoutNetwork(nodes, links, () => 8, { seed: 3 });
    const b = layoutNetwork(nodes, links, () => 8, { seed: 3 });
    expect(a).toEqual(b);
    expect(a.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });

  test("gives the same drawing twice (same path data and node positions)", () => {
    const one = render(fixture()).querySelector("svg.an-svg")!.innerHTML.replace(/an-\d+-/g, "an-#-");
    const two = render(fixture()).querySelector("svg.an-svg")!.innerHTML.replace(/an-\d+-/g, "an-#-");
    expect(one).toBe(two);
  });

  test("does not mutate its input arrays or objects", () => {
    const { nodes, links } = networkData(fixture());
    const before = JSON.stringify({ nodes, links });
    layoutNetwork(nodes, links);
    expect(JSON.stringify({ nodes, links })).toBe(before);
    const story = fixture();
    const storyBefore = JSON.stringify(story);
    render(story, { selected: "brightloom" });
    expect(JSON.stringify(story)).toBe(storyBefore);
  });

  test("keeps linked actors closer than unlinked ones", () => {
    const { nodes, links } = networkData(fixture());
    const p = new Map(layoutNetwork(nodes, links).map((n) => [n.id, n]));
    const dist = (a: string, b: string) => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    expect(dist("brightloom", "quillhouse")).toBeLessThan(dist("quillhouse", "the-ledger"));
  });

  test("lays out a synthetic 300-actor story quickly", () => {
    const story = syntheticStory(300);
    const { nodes, links } = networkData(story);
    const t0 = performance.now();
    const laid = layoutNetwork(nodes, links);
    const ms = performance.now() - t0;
    console.log(`layout of ${nodes.length} actors, ${links.length} relations: ${ms.toFixed(0)} ms`);
    expect(laid).toHaveLength(300);
    expect(ms).toBeLessThan(3000); // a loose bound for a loaded machine; the figure is printed
  });
});

describe("helpers", () => {
  test("relation families: dash patterns by kind of tie", () => {
    expect(relationFamily("founded")).toBe("control");
    expect(relationFamily("hired")).toBe("work");
    expect(relationFamily("sued")).toBe("conflict");
    expect(relationFamily("reported")).toBe("agreement");
  });

  test("quotes: one per sentence, mentions marked, in story order", () => {
    const story = fixture();
    const q = actorQuotes(story, story.actors[0]!);
    expect(q.map((x) => `${x.article.id}#${x.sentence}`)).toEqual(["a#0", "a#1", "b#0", "b#1"]);
    expect(q[1]!.marks).toHaveLength(1);
  });

  test("describeNetwork lists the most mentioned actors", () => {
    expect(describeNetwork(networkData(fixture()))).toMatch(/Most mentioned: Brightloom \(organization, 4\)/);
  });

  test("plainColor turns CSS Color 4 srgb into rgb for other SVG viewers", () => {
    expect(plainColor("color(srgb 0.463529 0.470588 0.482353)")).toBe("rgb(118, 120, 123)");
    expect(plainColor("color(srgb 1 0 0 / 0.5)")).toBe("rgba(255, 0, 0, 0.5)");
    expect(plainColor("rgb(1, 2, 3)")).toBe("rgb(1, 2, 3)");
  });

  test("labelPlacer: right of the circle, else left, else hidden; 'all' keeps every name", () => {
    const node = (id: string, name: string) => ({ id, name, type: "person" as const, mentions: 1, aliases: [], description: null, articles: [], degree: 0 });
    const nodes = [node("a", "Alpha Corp"), node("b", "Beta"), node("c", "Gamma Holdings"), node("d", "Delta")];
    const pos = new Map([["a", { x: 100, y: 50 }], ["b", { x: 150, y: 50 }], ["c", { x: 390, y: 50 }], ["d", { x: 125, y: 52 }]]);
    const radius = new Map(nodes.map((n) => [n.id, 5]));
    const place = labelPlacer(nodes, pos, radius, 400, 100, "auto");
    expect(nodes.map(place)).toEqual(["left", "right", "left", null]);
    const all = labelPlacer(nodes, pos, radius, 400, 100, "all");
    expect(nodes.map(all)).toEqual(["right", "right", "right", "right"]);
  });

  test("toCSV quotes commas, quotes and line breaks", () => {
    expect(toCSV([{ a: 'x, "y"', b: 2 }], [["a", (r) => r.a], ["b", (r) => r.b]])).toBe('a,b\r\n"x, ""y""",2\r\n');
  });
});
