import { describe, expect, test } from "vitest";
import { amount, figureAmount, reportedBy, storyOfArticles, whenWritten } from "../../src/components/model.ts";
import { smallStory } from "./fixture.ts";

const story = smallStory();

describe("model helpers", () => {
  test.each([
    [40e6, "EUR", "€40 M"],
    [1.5e9, "USD", "$1.5 bn"],
    [10000, "GPU", "10 k GPU"],
    [2500, "server", "2,500 server"],
    [12, "percent", "12 %"],
    [3e6, "CHF", "3 M CHF"],
  ])("amount(%d, %s) is %s: the currency as written, not converted", (n, unit, text) => expect(amount(n, unit)).toBe(text));

  test("a range reads low – high; an approximate value gets ≈", () => {
    expect(figureAmount(story.figures[2])).toBe("$10 M – $100 M");
    expect(figureAmount({ ...story.figures[0], approx: true })).toBe("≈ €40 M");
  });

  test("the date of an event is given as written", () => {
    expect(whenWritten(story, story.events[0])).toBe("Le 12 mars 2024");
    expect(whenWritten(story, story.events[2])).toBe("no date given");
  });

  test("reported by N sources only when several articles tell it", () => {
    expect(reportedBy(story.events[0])).toBe("reported by 2 sources");
    expect(reportedBy(story.events[1])).toBe("");
  });

  test("the story of one article keeps its items and the events it tells", () => {
    const en = storyOfArticles(story, ["2024-04-nova-en"]);
    expect(en.articles.map((a) => a.id)).toEqual(["2024-04-nova-en"]);
    expect(en.figures.map((f) => f.text)).toEqual(["€40 million"]);
    expect(en.events.map((e) => e.label)).toEqual(["Nova raises money from Fonds Alpha", "Nova hires Jane Roe"]);
    expect(en.actors.map((a) => [a.id, a.mentions.length])).toEqual([["nova", 1], ["fonds-alpha", 1], ["jane-roe", 1]]);
    expect(storyOfArticles(story, null)).toBe(story);
  });
});
