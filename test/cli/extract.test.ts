import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Story } from "../../loaders/types.ts";

const SEED = "data/articles/2023-04-musk-10000-gpu.md";

function extract(args: string[], input?: string) {
  const r = spawnSync("node", ["--import", "tsx", "loaders/cli/extract.ts", ...args], { encoding: "utf8", input, env: { ...process.env, TZ: "UTC" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run extract", () => {
  test("prints one Story JSON whose spans all equal the article text at their offsets", () => {
    const { code, stdout } = extract([SEED]);
    expect(code).toBe(0);
    const story = JSON.parse(stdout) as Story;
    expect(story.articles.map((a) => a.id)).toEqual(["2023-04-musk-10000-gpu"]);
    const text = story.articles[0].text;
    for (const item of [...story.figures, ...story.times, ...story.actors.flatMap((a) => a.mentions), ...story.events.map((e) => e.trigger)])
      expect(text.slice(item.start, item.end)).toBe(item.text);
  });

  test("gives byte-identical output for the same articles", () => {
    expect(extract([SEED]).stdout).toBe(extract([SEED]).stdout);
  });

  test("reports a bad file in one line, exits 1, and still extracts the others", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-cli-"));
    const bad = join(dir, "bad.md");
    writeFileSync(bad, "---\ntitle: x\nlanguage: de\npublished: 2023-01-01\n---\nText.");
    const { code, stdout, stderr } = extract([bad, SEED]);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/bad\.md:3: error: unknown language 'de'/)]);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
    expect((JSON.parse(stdout) as Story).articles).toHaveLength(1);
  });

  test("--jsonl prints one Story per input line and reports bad lines by number", () => {
    const input = [
      JSON.stringify({ id: "a", text: "Il a quitté la société en 2018.", language: "fr", published: "2023-04-01" }),
      "not json",
      JSON.stringify({ id: "b", text: "He left the company in 2018.", published: "2023-13-01" }),
      JSON.stringify({ id: "c", text: "He left the company in 2018." }),
    ].join("\n");
    const { code, stdout, stderr } = extract(["--jsonl"], input);
    expect(code).toBe(1);
    const stories = stdout.trim().split("\n").map((l) => JSON.parse(l) as Story);
    expect(stories.map((s) => [s.articles[0].id, s.articles[0].language])).toEqual([["a", "fr"], ["c", "en"]]);
    expect(stderr).toContain("stdin:2: not a JSON object");
    expect(stderr).toContain("stdin:3: b: impossible date '2023-13-01'");
  });

  test("without arguments prints its usage and exits 2", () => {
    const { code, stderr } = extract([]);
    expect(code).toBe(2);
    expect(stderr).toContain("usage:");
  });
});
