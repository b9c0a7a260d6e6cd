import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkScripts, presentation } from "../../loaders/stories/index.ts";
import { locateQuote, parseScript } from "../../loaders/stories/script.ts";
import { northwind } from "./fixtures.ts";

const FILE = "data/stories/pitch.yaml";
const parse = (yaml: string) => parseScript(yaml, FILE, northwind());
const lines = (...xs: string[]) => xs.join("\n") + "\n";

describe("parseScript: valid scripts", () => {
  test("keeps the author's order, captions, headings and charts after a title step", () => {
    const t = parse(
      lines(
        "title: How Northwind got its money",
        "description: A two-minute pitch",
        "steps:",
        "  - actor: northwind-labs",
        "    caption: Meet the startup.",
        "  - event: 2024-03-northwind/e1",
        "    chart: figures",
        "  - figure: 2024-03-northwind/f2",
        "    heading: Four hundred hires",
        "  - heading: What comes next",
        "    caption: Two datacenters.",
      ),
    );
    expect(t.problems).toEqual([]);
    expect(t.name).toBe("pitch");
    expect(t.title).toBe("How Northwind got its money");
    expect(t.steps.map((s) => [s.n, s.kind, s.ref, s.chart])).toEqual([
      [1, "title", null, "timeline"],
      [2, "actor", "northwind-labs", "network"],
      [3, "event", "2024-03-northwind/e1", "figures"],
      [4, "figure", "2024-03-northwind/f2", "figures"],
      [5, "text", null, "timeline"],
    ]);
    expect(t.steps[0].caption).toBe("A two-minute pitch");
    expect(t.steps[1].caption).toBe("Meet the startup.");
    expect(t.steps[3].heading).toBe("Four hundred hires");
    expect(t.steps[4].heading).toBe("What comes next");
  });

  test("an actor can be named by its name as well as its id", () => {
    const t = parse(lines("steps:", "  - actor: Ada Brook"));
    expect(t.problems).toEqual([]);
    expect(t.steps[1].ref).toBe("ada-brook");
  });

  test("a quote locates the event told in that sentence, whatever the apostrophes, case and spaces", () => {
    const t = parse(lines("steps:", "  - quote: \"harbor capital  ALSO invested\"", "  - quote: competes with"));
    expect(t.problems).toEqual([]);
    expect(t.steps.map((s) => s.ref)).toEqual([null, "2024-03-northwind/e3", "2024-03-northwind/e5"]);
  });

  test("a quote in a later telling of an event shows the quoted sentence, with the event highlighted", () => {
    const story = northwind();
    const e1 = story.events[0];
    const text = story.articles[0].text;
    const start = text.indexOf("the money");
    e1.mentions.push({ article: e1.article, start, end: start + 9, text: "the money", sentence: 3 });
    const t = parseScript(lines("steps:", "  - quote: said the money"), FILE, story);
    expect(t.problems).toEqual([]);
    const step = t.steps[1];
    expect(step.ref).toBe(e1.id);
    expect(step.quote!.sentence).toBe(3);
    expect(step.source!.sentence).toBe(3);
    const q = step.quote!;
    expect(q.marks.filter((m) => m.kind === "quote").map((m) => q.text.slice(m.start, m.end))).toEqual(["said the money"]);
    expect(step.highlight.events).toEqual([e1.id]);
  });

  test("a quote in a sentence without an event becomes a quote step with that sentence", () => {
    const t = parse(lines("steps:", "  - quote: would pay for two new datacenters", "    article: 2024-03-northwind"));
    expect(t.problems).toEqual([]);
    const step = t.steps[1];
    expect(step.kind).toBe("quote");
    expect(step.quote!.text).toBe("Ada Brook said the money would pay for two new datacenters.");
    expect(step.highlight.figures).toEqual(["2024-03-northwind/f3"]);
    expect(step.highlight.actors).toEqual(["ada-brook"]);
  });

  test("a quote printed in several places warns and uses the first", () => {
    const t = parse(lines("steps:", "  - quote: Northwind Labs"));
    expect(t.problems).toHaveLength(1);
    expect(t.problems[0]).toMatchObject({ file: FILE, line: 2, severity: "warning" });
    expect(t.problems[0].message).toMatch(/printed 2 times \(2024-03-northwind sentence 0, 2024-03-northwind sentence 4\); the first is used: add 'occurrence: N' \(1 to 2\)/);
    expect(t.steps[1].ref).toBe("2024-03-northwind/e1");
  });

  test("occurrence picks another place a quote is printed, and says when there is no such place", () => {
    const t = parse(lines("steps:", "  - quote: Northwind Labs", "    occurrence: 2", "  - quote: Northwind Labs", "    occurrence: 3", "  - quote: Northwind Labs", "    occurrence: two", "  - actor: ada-brook", "    occurrence: 1"));
    expect(t.steps.map((s) => s.ref)).toEqual([null, "2024-03-northwind/e5"]);
    expect(t.problems.map((p) => [p.line, p.message])).toEqual([
      [5, "step 2: occurrence 3 of the quote 'Northwind Labs' does not exist: it is printed 2 times"],
      [7, "step 3: occurrence 'two' is not a whole number from 1 up (1 is the first place the quote is printed)"],
      [9, "step 4: 'occurrence' only picks among the places a 'quote' is printed: remove it or add a quote"],
    ]);
  });
});

describe("parseScript: problems", () => {
  test("a bad event reference names the file, the line, the step, a close id and keeps the other steps", () => {
    const t = parse(lines("title: Pitch", "steps:", "  - event: 2024-03-northwind/e1", "  - event: 2024-03-northwind/e9", "    caption: lost", "  - actor: ada-brook"));
    expect(t.problems).toHaveLength(1);
    const p = t.problems[0];
    expect(p).toMatchObject({ file: FILE, line: 4, severity: "error" });
    expect(p.message).toMatch(/^step 2: no event '2024-03-northwind\/e9' in the story \(did you mean '2024-03-northwind\/e\d'\?\)/);
    expect(p.message).toMatch(/known events: 2024-03-northwind\/e1, /);
    expect(t.steps.map((s) => s.ref)).toEqual([null, "2024-03-northwind/e1", "ada-brook"]);
  });

  test("bad figure and actor references and a missing quote are each reported", () => {
    const t = parse(lines("steps:", "  - figure: f99", "  - actor: ada-broke", "  - quote: this sentence is nowhere"));
    expect(t.problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(t.problems[0].message).toMatch(/no figure 'f99'/);
    expect(t.problems[1].message).toMatch(/no actor 'ada-broke' in the story \(did you mean 'ada-brook'\?\)/);
    expect(t.problems[2].message).toMatch(/the quote 'this sentence is nowhere' is printed in no article/);
    expect(t.steps).toHaveLength(1);
  });

  test("a bad chart name says which charts exist", () => {
    const t = parse(lines("steps:", "  - actor: ada-brook", "    chart: netwrk"));
    expect(t.problems).toEqual([
      { file: FILE, line: 3, severity: "error", message: "step 1: chart 'netwrk' is not one of timeline, figures, network (did you mean 'network'?)" },
    ]);
    expect(t.steps).toHaveLength(1);
  });

  test("a YAML syntax error gives its line", () => {
    const t = parse(lines("title: Pitch", "steps:", "  - event: a", "   caption: [unclosed"));
    expect(t.problems.length).toBeGreaterThan(0);
    expect(t.problems[0].file).toBe(FILE);
    expect(t.problems[0].line).toBe(4);
    expect(t.problems[0].message).toMatch(/^YAML syntax: /);
    expect(t.steps.map((s) => s.kind)).toEqual(["title"]);
  });

  test("a tab-indented or badly indented file reports the line", () => {
    const t = parse(lines("steps:", "  - actor: ada-brook", "  caption: x", " - actor: quill-ai"));
    expect(t.problems.length).toBeGreaterThan(0);
    expect(t.problems.every((p) => p.line != null && p.line >= 3)).toBe(true);
  });

  test("reports every problem at once: unknown keys (with hints), two references, empty values, a step that is not a map", () => {
    const t = parse(
      lines(
        "titel: Pitch", // 1
        "steps:", // 2
        "  - event: 2024-03-northwind/e1", // 3
        "    captoin: typo", // 4
        "  - event: 2024-03-northwind/e2", // 5
        "    actor: ada-brook", // 6
        "  - caption:", // 7
        "  - just text", // 8
        "  - figure: 2024-03-northwind/f1", // 9
        "    article: 2024-03-northwind", // 10
        "  - caption: no reference", // 11
      ),
    );
    expect(t.problems.map((p) => [p.line, p.message.slice(0, 50)])).toEqual([
      [1, "unknown key 'titel' (did you mean 'title'?): allow"],
      [4, "step 1: unknown key 'captoin' (did you mean 'capti"],
      [6, "step 2: give only one of event, figure, actor, quo"],
      [7, "step 3: 'caption' needs a value on the same line ("],
      [8, "step 4: a step is a map like '- event: <event id>'"],
      [10, "step 5: 'article' only narrows a 'quote' step: rem"],
      [11, "step 6: nothing to show: give one of event, figure"],
    ]);
    expect(t.steps).toHaveLength(1);
  });

  test("an empty file, a list at the top and missing steps are explained", () => {
    expect(parse("").problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/the file is empty/) });
    expect(parse("- event: x\n").problems[0].message).toMatch(/a story script is a map/);
    expect(parse("title: x\n").problems[0].message).toMatch(/`steps:` must be a list/);
    expect(parse("title: x\nsteps: []\n").problems[0]).toMatchObject({ line: 2 });
  });

  test("the name 'default' is reserved for the generated telling", () => {
    const t = parseScript("steps:\n  - actor: ada-brook\n", "data/stories/default.yaml", northwind());
    expect(t.problems[0].message).toMatch(/'default' is the name of the generated telling/);
  });
});

describe("presentation", () => {
  test("lists the default telling first, then each script file by name, with relative paths", () => {
    const root = mkdtempSync(join(tmpdir(), "stories-"));
    const dir = join(root, "data/stories");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "b.yaml"), "steps:\n  - actor: nobody\n");
    writeFileSync(join(dir, "a.yml"), "title: A\nsteps:\n  - actor: ada-brook\n");
    const p = presentation(northwind(), [join(dir, "a.yml"), join(dir, "b.yaml")], root);
    expect(p.tellings.map((t) => [t.name, t.file, t.problems.length])).toEqual([
      ["default", null, 0],
      ["a", "data/stories/a.yml", 0],
      ["b", "data/stories/b.yaml", 1],
    ]);
    expect(p.tellings[2].problems[0].file).toBe("data/stories/b.yaml");
    expect(checkScripts(northwind(), root).map((q) => [q.file, q.line])).toEqual([["data/stories/b.yaml", 2]]);
  });
});

describe("locateQuote", () => {
  test("maps a normalised match back to the article's offsets", () => {
    const story = northwind();
    const [hit] = locateQuote(story, "ADA   brook said", null);
    expect(story.articles[0].text.slice(hit.start, hit.end)).toBe("Ada Brook said");
    expect(hit.sentence).toBe(3);
  });
});
