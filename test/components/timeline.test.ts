import { describe, expect, test } from "vitest";
import { Timeline, UndatedEvents, shapeOf, timelineData } from "../../src/components/timeline.ts";
import type { Story } from "../../loaders/types.ts";
import { makeDocument, marks } from "./dom.ts";
import { smallStory, syntheticStory } from "./fixture.ts";

const story = smallStory();
const document = makeDocument();

describe("timelineData", () => {
  test.each([
    // lanes, rows (one per event and lane), lanes
    ["actor", 5, ["Nova", "Fonds Alpha", "Jane Roe"]],
    ["article", 4, ["Title of 2024-03-nova-fr", "Title of 2024-04-nova-en"]],
    ["modality", 3, ["asserted"]],
    ["none", 3, [""]],
  ] as const)("lanes by %s gives %i marks", (lanes, rows, laneNames) => {
    const data = timelineData(story, { lanes });
    expect(data.rows).toHaveLength(rows);
    expect(data.lanes).toEqual(laneNames);
    expect(data.undated.map((e) => e.label)).toEqual(["Nova spends money", "Nova plans to hire engineers"]);
  });

  test("draws precision honestly: a day is a point, a year an interval, a vague date a faded range", () => {
    const shapes = Object.fromEntries(timelineData(story, { lanes: "none" }).rows.map((r) => [r.label, r.shape]));
    expect(shapes).toEqual({ "Nova raises money from Fonds Alpha": "point", "Nova buys servers": "interval", "Nova hires Jane Roe": "vague" });
    expect(shapeOf("month", false)).toBe("interval");
    expect(shapeOf("day", true)).toBe("vague");
  });

  test("a year-precise event spans its whole year", () => {
    const row = timelineData(story, { lanes: "none" }).rows.find((r) => r.label === "Nova buys servers")!;
    expect(row.start.toISOString().slice(0, 10)).toBe("2023-01-01");
    expect(row.end.toISOString().slice(0, 10)).toBe("2024-01-01");
  });

  test("the tip gives the label, the date as written, the quote and the number of sources", () => {
    const row = timelineData(story, { lanes: "none" }).rows.find((r) => r.label.startsWith("Nova raises"))!;
    expect(row.tip.split("\n")).toEqual([
      "Nova raises money from Fonds Alpha",
      "Le 12 mars 2024 (day)",
      "“Le 12 mars 2024, la société Nova a levé 40 millions d’euros auprès de Fonds Alpha.”",
      "asserted · reported by 2 sources",
    ]);
    expect(row.href).toBe("./reader?article=2024-03-nova-fr#s-1");
  });

  test("filters keep the events of the chosen actor, article or modality", () => {
    expect(timelineData(story, { lanes: "none", actors: ["jane-roe"] }).rows.map((r) => r.label)).toEqual(["Nova hires Jane Roe"]);
    expect(timelineData(story, { lanes: "none", articles: ["2024-04-nova-en"] }).rows).toHaveLength(2); // the raise is told by both
    expect(timelineData(story, { lanes: "none", modalities: ["reported"] }).rows).toHaveLength(0);
    expect(timelineData(story, { lanes: "none", modalities: [] }).rows).toHaveLength(0);
  });

  test("a period keeps the events that overlap it", () => {
    expect(timelineData(story, { lanes: "none", period: ["2024-03-01", "2024-03-31"] }).rows.map((r) => r.label)).toEqual(["Nova raises money from Fonds Alpha", "Nova hires Jane Roe"]);
  });

  test("past maxLanes, the quieter actors share one lane", () => {
    const data = timelineData(story, { lanes: "actor", maxLanes: 2 });
    expect(data.lanes).toEqual(["Nova", "Other actors (2)"]);
  });
});

describe("Timeline", () => {
  test("draws one mark per event and lane: points, intervals and faded ranges", () => {
    const chart = Timeline(story, { width: 640, document });
    expect(chart.dataset.marks).toBe("5");
    expect(marks(chart, "dated event", "circle")).toHaveLength(2);
    expect(marks(chart, "dated interval", "rect")).toHaveLength(1);
    expect(marks(chart, "vague event", "rect")).toHaveLength(2);
    expect(chart.querySelectorAll("a[href^='./reader?article=']").length).toBe(5);
  });

  test("has an aria description, a data-table toggle and four exports", () => {
    const chart = Timeline(story, { width: 640, document });
    const svg = chart.querySelector("svg[role=img]")!;
    expect(svg.getAttribute("aria-describedby")).toMatch(/-desc$/);
    expect(chart.querySelector(`#${svg.getAttribute("aria-describedby")}`)!.textContent).toContain("5 dated event marks");
    expect(Array.from(chart.querySelectorAll("[data-export]"), (b) => b.textContent)).toEqual(["SVG", "PNG", "CSV", "JSON"]);
    expect(chart.querySelector("button[aria-controls]")!.textContent).toBe("Data table");
  });

  test("with thousands of marks, draws one path per shape and modality (not one element per mark), every mark counted", () => {
    const big = syntheticStory(2000, 300);
    for (const lanes of ["modality", "actor"] as const) {
      const chart = Timeline(big, { width: 900, lanes, document });
      const paths = Array.from(chart.querySelectorAll("g[aria-description='dated events'] path"));
      expect(paths.length).toBeLessThanOrEqual(15);
      expect(paths.reduce((n, p) => n + Number(p.getAttribute("data-marks")), 0)).toBe(Number(chart.dataset.marks));
      expect(chart.querySelectorAll("svg a").length).toBe(0);
      expect(chart.querySelectorAll("circle, rect").length).toBeLessThan(50);
    }
  });

  test("each mark's link is named by its tip (label, date as written, quote), for keyboards and screen readers", () => {
    const chart = Timeline(story, { width: 640, document });
    const names = Array.from(chart.querySelectorAll("svg a"), (a) => a.getAttribute("aria-label") ?? "");
    expect(names).toHaveLength(5);
    expect(names.find((n) => n.startsWith("Nova raises money from Fonds Alpha"))).toContain("Le 12 mars 2024");
  });

  test("rings the focused event", () => {
    const chart = Timeline(story, { width: 640, document, focus: "2024-03-nova-fr/e2" });
    expect(marks(chart, "focused event", "circle")).toHaveLength(1);
  });

  test("says so when nothing was extracted, instead of failing", () => {
    const empty: Story = { ...story, events: [], figures: [], times: [], actors: [] };
    const chart = Timeline(empty, { width: 640, document });
    expect(chart.querySelector(".sa-empty")!.textContent).toBe("No events were extracted from the articles yet.");
    expect(chart.querySelector("svg")).toBeNull();
  });

  test.each([
    [{ lanes: "people" }, 'invalid lanes: "people"'],
    [{ width: -3 }, "invalid width: -3"],
    [{ modalities: ["sure"] }, 'invalid modalities: "sure"'],
    [{ period: ["2024-05-01", "2024-01-01"] }, 'invalid period: ["2024-05-01","2024-01-01"]'],
    [{ maxLanes: 0 }, "invalid maxLanes: 0"],
  ])("bad option %j throws %s", (options, message) => {
    expect(() => Timeline(story, { document, ...(options as object) })).toThrow(message);
  });

  test("lists undated events with their sentence", () => {
    const list = UndatedEvents(story, { document });
    expect(Array.from(list.querySelectorAll("li > a"), (a) => a.getAttribute("href"))).toEqual(["./reader?article=2024-03-nova-fr#s-3", "./reader?article=2024-03-nova-fr#s-4"]);
  });
});

describe("single lane", () => {
  test("marks that overlap in time go to separate tracks, so none hides another", () => {
    const rows = timelineData(story, { lanes: "none" }).rows;
    const track = Object.fromEntries(rows.map((r) => [r.label, r.track]));
    // The hire (vague, from 2024-01-01) touches the end of 2023 (the servers' year): a track of its own;
    // the raise (12 March 2024) falls inside the hire's range, so it goes back to the first free track.
    expect(track["Nova buys servers"]).toBe(0);
    expect(track["Nova hires Jane Roe"]).toBe(1);
    expect(track["Nova raises money from Fonds Alpha"]).toBe(0);
  });
});
