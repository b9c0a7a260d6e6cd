import { describe, expect, test } from "vitest";
import { CountChart, MoneyChart, OtherFigures, countBlocks, moneyRows, perSquare } from "../../src/components/figures.ts";
import type { Story } from "../../loaders/types.ts";
import { makeDocument, marks } from "./dom.ts";
import { smallStory } from "./fixture.ts";

const story = smallStory();
const document = makeDocument();

describe("moneyRows", () => {
  test("one row per sum of money, by currency then size, labelled by who paid whom and when", () => {
    const rows = moneyRows(story);
    expect(rows.map((r) => [r.text, r.unit, r.label])).toEqual([
      ["40 millions d’euros", "EUR", "Fonds Alpha → Nova, Le 12 mars 2024"],
      ["€40 million", "EUR", "Fonds Alpha → Nova, Le 12 mars 2024"],
      ["des dizaines de millions de dollars", "USD", "Nova"],
    ]);
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
    expect(tip.at(-2)).toContain("auprès de Fonds Alpha");
    expect(tip.at(-1)).toBe("reported by 2 sources");
  });

  test("the article filter keeps that article's sums only", () => {
    expect(moneyRows(story, { articles: ["2024-04-nova-en"] }).map((r) => r.text)).toEqual(["€40 million"]);
  });
});

describe("MoneyChart", () => {
  test.each(["log", "linear"] as const)("on a %s axis draws a dot per exact amount and an interval with two whiskers per range", (scale) => {
    const chart = MoneyChart(story, { width: 640, scale, document });
    expect(chart.dataset.marks).toBe("3");
    expect(marks(chart, "money amount", "circle, path")).toHaveLength(2);
    expect(marks(chart, "money range", "line")).toHaveLength(1);
    expect(marks(chart, "range whisker", "line")).toHaveLength(2);
    expect(chart.querySelectorAll("a[href^='./reader?article=']").length).toBe(3);
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
