import { describe, expect, test } from "vitest";
import { ActorsGlance, ArticleList, HeadlineFigures, ProblemsBox, headlines } from "../../src/components/overview.ts";
import { makeDocument, marks } from "./dom.ts";
import { smallStory } from "./fixture.ts";

const story = smallStory();
const document = makeDocument();

describe("overview", () => {
  test("headlines: the largest sum and count as written (the shortest wording of a repeated amount), linked to their sentence", () => {
    const [money, range, count] = headlines(story);
    expect(money).toEqual({ big: "€40 million", what: "largest sum (€40 M), Fonds Alpha → Nova, told twice (in 2 articles)", href: "./reader?article=2024-04-nova-en#s-0" });
    expect(range.big).toBe("des dizaines de millions de dollars");
    expect(count.big).toBe("2 500 serveurs");
    expect(HeadlineFigures(story, { document }).querySelectorAll(".sa-headline").length).toBe(headlines(story).length);
  });

  test("actors at a glance: one bar per actor, most mentioned first, linked to the network", () => {
    const chart = ActorsGlance(story, { width: 500, document });
    const bars = marks(chart, "actor", "rect");
    expect(bars).toHaveLength(4);
    expect(chart.querySelector("a")!.getAttribute("href")).toBe("./network?actor=nova");
    expect(ActorsGlance(story, { width: 500, top: 2, document }).dataset.marks).toBe("2");
    expect(() => ActorsGlance(story, { top: 0, document })).toThrow("invalid top: 0");
  });

  test("the article list gives source, date and language", () => {
    const rows = Array.from(ArticleList(story, { document }).querySelectorAll("tbody tr"), (tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent));
    expect(rows[1]).toEqual(["Title of 2024-04-nova-en", "Source 2024-04-nova-en", "2024-04-02", "English", "2"]);
  });

  test("the problems box names the file, the line and the message; no box without problems", () => {
    const box = ProblemsBox(story, { document })!;
    expect(box.getAttribute("role")).toBe("alert");
    expect(box.textContent).toContain("data/articles/broken.md:3 — front matter: 'language' must be fr or en");
    expect(ProblemsBox({ ...story, problems: [] }, { document })).toBeNull();
  });
});
