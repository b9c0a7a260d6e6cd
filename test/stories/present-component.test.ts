import { describe, expect, test } from "vitest";
import { defaultTelling } from "../../loaders/stories/default.ts";
import { chartData } from "../../loaders/stories/index.ts";
import { parseScript } from "../../loaders/stories/script.ts";
import type { Presentation } from "../../loaders/stories/types.ts";
import { layoutNetwork } from "../../src/components/present-charts.ts";
import { pickTelling, stepFromHash } from "../../src/components/present.ts";
import { northwind } from "./fixtures.ts";

function fixture(): Presentation {
  const story = northwind();
  return { tellings: [defaultTelling(story), parseScript("steps:\n  - actor: ada-brook\n", "data/stories/pitch.yaml", story)], ...chartData(story) };
}

describe("stepFromHash", () => {
  test.each([
    ["#step-4", 4],
    ["#step-12", 12],
    ["#step-", null],
    ["#step-x", null],
    ["#s-4", null],
    ["", null],
  ])("%s gives %s", (hash, n) => expect(stepFromHash(hash)).toBe(n));
});

describe("pickTelling", () => {
  test("no name gives the default telling", () => {
    expect(pickTelling(fixture(), null)).toMatchObject({ telling: { name: "default" }, missing: null });
  });
  test("a script's name gives the script", () => {
    expect(pickTelling(fixture(), "pitch").telling.name).toBe("pitch");
  });
  test("an unknown name falls back to the default and says which exist", () => {
    const r = pickTelling(fixture(), "nope");
    expect(r.telling.name).toBe("default");
    expect(r.missing).toBe("No telling named 'nope': choose one of default, pitch (scripts live in data/stories/<name>.yaml)");
  });
});

describe("layoutNetwork", () => {
  test("places every actor inside the unit square, the same way every time", () => {
    const data = fixture().network;
    const a = layoutNetwork(data);
    expect(a.nodes.map((n) => n.id).sort()).toEqual(data.nodes.map((n) => n.id).sort());
    expect(a.nodes.every((n) => n.x >= 0 && n.x <= 1 && n.y >= 0 && n.y <= 1)).toBe(true);
    expect(JSON.stringify(layoutNetwork(data))).toBe(JSON.stringify(a));
    expect(a.links).toHaveLength(data.links.length);
  });
});
