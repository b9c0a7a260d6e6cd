import { describe, expect, test } from "vitest";
import { CountChart, MoneyChart, OtherFigures, countBlocks, moneyRows, perSquare } from "../../src/components/figures.ts";
import { groupFigures, toldTimes } from "../../src/components/figure-groups.ts";
import type { Figure } from "../../loaders/types.ts";
import { figure } from "./fixture.ts";
import type { Story } from "../../loaders/types.ts";
import { makeDocument, marks } from "./dom.ts";
import { smallStory } from "./fixture.ts";

const story = smallStory();
const document = makeDocument();

describe("moneyRows", () => {
  test("one row per sum of money told, by currency then size, labelled by who paid whom and when", () => {
    const rows = moneyRows(story);
    expect(rows.map((r) => [r.text, r.unit, r.label, r.told])).toEqual([
      ["40 millions d’euros", "EUR", "Fonds Alpha → Nova, Le 12 mars 2024", "told twice (in 2 articles)"],
      ["des dizaines de millions de dollars", "USD", "Nova", ""],
    ]);
    expect(rows[0].places.map((p) => p.href)).toEqual(["./reader?article=2024-03-nova-fr#s-1", "./reader?article=2024-04-nova-en#s-0"]);
  });

  test("a vague magnitude is a range, not a point", () => {
    const range = moneyRows(story).find((r) => r.unit === "USD")!;
    expect([range.value, range.low, range.high]).toEqual([null, 1e7, 1e8]);
  });

  test("the tip names the amount as written, its currency unconverted, the parties and the quote", () => {
    const tip = moneyRows(story)[0].tip.split("\n");
    expect(tip[0]).toBe("“40 millions d’euros”");
    expect(tip[1]).toBe("€40 M (EUR, as written, not converted)");
    expect(tip[2]).toBe("Fonds Alpha → Nova");
    expect(tip[5]).toContain("auprès de Fonds Alpha");
    expect(tip.slice(6, 9)).toEqual(["told twice (in 2 articles):", "“40 millions d’euros” — Title of 2024-03-nova-fr, sentence 1", "“€40 million” — Title of 2024-04-nova-en, sentence 0"]);
    expect(tip.at(-1)).toBe("reported by 2 sources");
  });

  test("the article filter keeps that article's sums only", () => {
    expect(moneyRows(story, { articles: ["2024-04-nova-en"] }).map((r) => r.text)).toEqual(["€40 million"]);
  });
});

describe("MoneyChart", () => {
  test.each(["log", "linear"] as const)("on a %s axis draws a dot per exact amount and an interval with two whiskers per range", (scale) => {
    const chart = MoneyChart(story, { width: 640, scale, document });
    expect(chart.dataset.marks).toBe("2");
    expect(marks(chart, "money amount", "circle, path")).toHaveLength(1);
    expect(marks(chart, "money range", "line")).toHaveLength(1);
    expect(marks(chart, "range whisker", "line")).toHaveLength(2);
    expect(chart.querySelectorAll("a[href^='./reader?article=']").length).toBe(2);
  });

  test("an open-ended sum (plus de ...) runs to the edge with an arrow", () => {
    const s = smallStory();
    Object.assign(s.figures[2], { low: 5e6, high: null, bound: "min" });
    expect(marks(MoneyChart(s, { width: 640, document }), "open end", "text")).toHaveLength(1);
  });

  test.each([
    [{ scale: "sqrt" }, 'invalid scale: "sqrt"'],
    [{ width: "wide" }, 'invalid width: "wide"'],
    [{ articles: 3 }, "invalid articles: 3"],
  ])("bad option %j throws %s", (options, message) => {
    expect(() => MoneyChart(story, { document, ...(options as object) })).toThrow(message);
  });

  test("says so when there is no money", () => {
    const none: Story = { ...story, figures: [] };
    expect(MoneyChart(none, { document }).querySelector(".sa-empty")!.textContent).toBe("No sums of money were extracted from the articles yet.");
  });
});

describe("CountChart", () => {
  test.each([
    [2, 1],
    [100, 1],
    [101, 10],
    [2500, 100],
    [10000, 100],
    [10001, 1000],
  ])("%i things: one square stands for %i", (n, per) => expect(perSquare(n)).toBe(per));

  test("draws a block of squares per count: 2,500 servers as 25 squares of 100, two engineers as 2", () => {
    const blocks = countBlocks(story);
    expect(blocks.map((b) => [b.text, b.per, b.solid, b.faded])).toEqual([
      ["2 500 serveurs", 100, 25, 0],
      ["deux ingénieurs", 1, 2, 0],
    ]);
    const chart = CountChart(story, { width: 640, document });
    expect(marks(chart, "count square", "rect")).toHaveLength(27);
    expect(marks(chart, "count label", "text").map((t) => Array.from(t.querySelectorAll("tspan"), (x) => x.textContent).join(" | "))).toEqual([
      "2 500 serveurs — 2,500 server | one square = 100 server · Nova",
      "deux ingénieurs — 2 engineer | one square each · Nova",
    ]);
  });

  test("a range of things shows the uncertain part as faded squares", () => {
    const s = smallStory();
    Object.assign(s.figures[1], { value: null, low: 1000, high: 10000, approx: true });
    const block = countBlocks(s).find((b) => b.unit === "server")!;
    expect([block.per, block.solid, block.faded]).toEqual([100, 10, 90]);
  });

  test("lists percentages and measures apart", () => {
    const s = smallStory();
    s.figures.push({ ...s.figures[1], id: "x/f9", kind: "percent", unit: "percent", value: 12, text: "12 %" });
    expect(OtherFigures(s, { document }).textContent).toContain("percent: 12 %");
  });
});

/** The small story with the servers told again: by the same article, by the English one (hedged), and once with another amount. */
function retold(): Story {
  const s = smallStory();
  const [fr, en] = s.articles;
  fr.text += " Les 2 500 serveurs sont livrés.";
  fr.sentences.push({ index: fr.sentences.length, start: fr.text.length - 31, end: fr.text.length, heading: false });
  en.text += " Nova bought roughly 2,500 servers. Another report says 3,000 servers.";
  en.sentences.push({ index: 2, start: en.text.length - 69, end: en.text.length - 33, heading: false }, { index: 3, start: en.text.length - 32, end: en.text.length, heading: false });
  const extra: Figure[] = [
    figure(fr, 5, "2 500 serveurs", { value: 2500, unit: "server", kind: "count" }),
    figure(en, 2, "roughly 2,500 servers", { value: 2500, unit: "server", kind: "count", approx: true }),
    figure(en, 3, "3,000 servers", { value: 3000, unit: "server", kind: "count" }),
  ];
  // figure() finds the first occurrence: the repeated French wording sits in the last sentence.
  Object.assign(extra[0], { start: fr.text.lastIndexOf("2 500 serveurs"), end: fr.text.lastIndexOf("2 500 serveurs") + 14, sentence: fr.sentences.length - 1 });
  s.figures.push(...extra);
  s.events[1].figures.push(...extra.map((f) => f.id));
  s.events[1].articles = [fr.id, en.id];
  return s;
}

describe("groupFigures", () => {
  test("the same count of the same thing for the same event is one group, hedged or not, with every place", () => {
    const s = retold();
    const groups = groupFigures(s, s.figures.filter((f) => f.kind === "count"));
    expect(groups.map((g) => [g.id, g.value, g.places.length, g.articles.length, toldTimes(g), g.conflict !== ""])).toEqual([
      ["2024-03-nova-fr/f2", 2500, 3, 2, "told 3 times (in 2 articles)", true],
      ["2024-03-nova-fr/f4", 2, 1, 1, "", false],
      ["2024-04-nova-en/f3", 3000, 1, 1, "", true],
    ]);
    expect(groups[0].approx).toBe(false);
  });

  test("with hedges apart, 'roughly' is its own group (the money chart's rule)", () => {
    const s = retold();
    const groups = groupFigures(s, s.figures.filter((f) => f.unit === "server"), { hedges: true });
    expect(groups.map((g) => [g.value, g.approx, g.places.length])).toEqual([
      [2500, false, 2],
      [2500, true, 1],
      [3000, false, 1],
    ]);
  });

  test("figures no event cites are grouped only with the same amount in the same article", () => {
    const s = smallStory();
    const [fr, en] = s.articles;
    const loose = [
      figure(fr, 7, "deux ingénieurs", { value: 2, unit: "engineer", kind: "count" }),
      { ...figure(fr, 8, "deux ingénieurs", { value: 2, unit: "engineer", kind: "count" }), sentence: 2 },
      figure(en, 7, "Nova", { value: 2, unit: "engineer", kind: "count" }),
    ];
    expect(groupFigures(s, loose).map((g) => g.places.length)).toEqual([2, 1]);
  });

  test("told once says nothing; twice and more say so", () => {
    const place = { figure: "f", text: "x", article: "a", sentence: 0, href: "", approx: false };
    expect(toldTimes({ places: [place], articles: ["a"] })).toBe("");
    expect(toldTimes({ places: [place, place], articles: ["a"] })).toBe("told twice (in 1 article)");
    expect(toldTimes({ places: [place, place, place], articles: ["a", "b"] })).toBe("told 3 times (in 2 articles)");
  });
});

describe("repeated and differing counts", () => {
  test("one block per quantity told; differing amounts of one event stand next to each other under one bracket", () => {
    const s = retold();
    const blocks = countBlocks(s);
    expect(blocks.map((b) => [b.label, b.conflict !== ""])).toEqual([
      ["3,000 servers — 3,000 server", true],
      ["2,500 server — told 3 times (in 2 articles)", true],
      ["deux ingénieurs — 2 engineer", false],
    ]);
    expect(blocks[1].tip).toContain("1 of them hedged (“roughly 2,500 servers”)");
    const chart = CountChart(s, { width: 640, document });
    expect(chart.dataset.marks).toBe("3");
    expect(marks(chart, "count label", "text")).toHaveLength(3);
    expect(marks(chart, "differing amounts", "text").map((t) => t.textContent)).toEqual(["Nova buys servers: 2 versions of the amount, not averaged"]);
    expect(marks(chart, "differing amounts bracket", "line")).toHaveLength(1);
  });

  test("the data table lists every place as a link to its sentence", () => {
    const chart = CountChart(retold(), { width: 640, document });
    (chart.querySelector("button[aria-controls]") as HTMLButtonElement).click();
    const cells = Array.from(chart.querySelectorAll("tbody tr"))[1].querySelectorAll("td:last-child a");
    expect(Array.from(cells, (a) => a.getAttribute("href"))).toEqual(["./reader?article=2024-03-nova-fr#s-2", "./reader?article=2024-03-nova-fr#s-5", "./reader?article=2024-04-nova-en#s-2"]);
  });

  test("differing sums for one event: side by side in a shaded band, never averaged", () => {
    const s = smallStory();
    Object.assign(s.figures[4], { value: 45e6 });
    const rows = moneyRows(s);
    expect(rows.map((r) => [r.value, r.conflict !== ""])).toEqual([
      [45e6, true],
      [40e6, true],
      [null, false],
    ]);
    const chart = MoneyChart(s, { width: 640, document });
    expect(marks(chart, "money amount", "circle, path")).toHaveLength(2);
    expect(chart.querySelectorAll("g[aria-description='amounts that differ'] rect")).toHaveLength(1);
    (chart.querySelector("button[aria-controls]") as HTMLButtonElement).click();
    const version = Array.from(chart.querySelectorAll("thead th"), (th) => th.textContent).indexOf("version");
    expect(Array.from(chart.querySelectorAll("tbody tr"), (tr) => tr.children[version].textContent)).toEqual(["1 of 2 (same event, not averaged)", "2 of 2 (same event, not averaged)", ""]);
  });

  test("the focus ring finds a group by any of its figures", () => {
    const chart = MoneyChart(smallStory(), { width: 640, focus: "2024-04-nova-en/f1", document });
    expect(marks(chart, "focused figure", "circle")).toHaveLength(1);
  });
});

describe("keyboard", () => {
  test("each mark's link is named by its tip; a block of squares is one Tab stop", () => {
    const money = MoneyChart(story, { width: 640, document });
    const links = Array.from(money.querySelectorAll("svg a"));
    expect(links.length).toBe(2);
    for (const a of links) expect(a.getAttribute("aria-label")).toMatch(/^“.+”\n/);
    const counts = CountChart(story, { width: 640, document });
    const squares = Array.from(counts.querySelectorAll("svg a"));
    expect(squares).toHaveLength(27);
    expect(squares.filter((a) => a.getAttribute("tabindex") !== "-1").map((a) => a.getAttribute("aria-label")!.split("\n")[0])).toEqual(["“2 500 serveurs”", "“deux ingénieurs”"]);
  });
});
