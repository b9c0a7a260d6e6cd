import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const PAGES = "test/fixtures/pages";

function add(args: string[]) {
  const r = spawnSync("node", ["--import", "tsx", "loaders/cli/add.ts", ...args], { encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each case spawns the CLI (a cold start of tsx): slow on a loaded machine.
describe("npm run add", { timeout: 60_000 }, () => {
  test("adds every good file, reports the bad one, exits 1, and shows no progress when piped", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-add-"));
    const { code, stdout, stderr } = add(["--dir", dir, `${PAGES}/fr-article-meta.html`, `${PAGES}/login.html`, `${PAGES}/en-article-jsonld.html`]);
    expect(code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(["2023-01-24-microsoft-renforce-son-pari-sur-openai.md", "2023-07-13-musk-s-xai-unveils-its-founding-team.md"]);
    expect(stdout.trim().split("\n")).toEqual([
      expect.stringMatching(/^added .*2023-01-24-microsoft-renforce-son-pari-sur-openai\.md \(fr, 2023-01-24, L’Écho du Numérique\)$/),
      `not added: ${PAGES}/login.html`,
      expect.stringMatching(/^added .*2023-07-13-musk-s-xai-unveils-its-founding-team\.md \(en, 2023-07-13, The Circuit Ledger\)$/),
      "2 added, 0 duplicates, 1 failed",
    ]);
    expect(stderr).toMatch(new RegExp(`^${PAGES}/login\\.html: error: this page is not an article`, "m"));
    expect(stderr).not.toContain("\r");
    expect(stderr).not.toMatch(/\[\d+\/\d+\]/);
  });

  test("adding the same file again: duplicate, nothing written, exit 0", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-add-"));
    expect(add(["--dir", dir, `${PAGES}/fr-article-meta.html`]).code).toBe(0);
    const again = add(["--dir", dir, `${PAGES}/fr-article-meta.html`]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^duplicate: .*fr-article-meta\.html has the same text as .*2023-01-24-microsoft-renforce-son-pari-sur-openai\.md: nothing written\n$/);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  test("an article written without a date exits 1 and names the line to fill in", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-add-"));
    const { code, stderr } = add(["--dir", dir, `${PAGES}/no-metadata.html`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/undated-no-metadata\.md:5: error: no publication date found: set 'published: YYYY-MM-DD' on this line/);
  });

  test("usage errors exit 2", () => {
    expect(add([]).code).toBe(2);
    expect(add(["--frobnicate", "x.html"]).stderr).toMatch(/^add: unknown option --frobnicate/);
  });
});
