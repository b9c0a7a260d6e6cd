import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

function check(root: string) {
  const r = spawnSync("node", ["--import", "tsx", "loaders/cli/check.ts", "--root", root], { encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLE = `---
title: Nova Labs hires
source: Tech Daily
language: en
published: 2024-01-15
---

Nova Labs said on Monday that it would hire about 40 engineers in Lyon.
`;

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "atlas-check-"));
  mkdirSync(join(root, "data/articles"), { recursive: true });
  mkdirSync(join(root, "data/corrections"), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
  return root;
}

// Each case spawns the CLI (a cold start of tsx and the extraction): slow on a loaded machine.
describe("npm run check", { timeout: 60_000 }, () => {
  test("a clean project: exit 0 and a one-line summary", () => {
    const root = project({ "data/articles/2024-01-15-nova.md": ARTICLE, "data/corrections/2024-01-15-nova.yaml": "[]\n" });
    const { code, stdout } = check(root);
    expect(stdout).toBe("check: 1 article, 1 correction file: no errors, 0 warnings\n");
    expect(code).toBe(0);
  });

  test("every problem at once, as file:line: error: message, sorted by file; exit 1", () => {
    const root = project({
      "data/articles/2024-01-15-nova.md": ARTICLE,
      "data/articles/2024-01-16-broken.md": "---\ntitle: Broken\nlanguage: de\npublished: 2024-01-16\n---\n\nText.\n",
      "data/articles/saved-page.html": "<html></html>",
      "data/corrections/2024-01-15-nova.yaml": "- action: fix_figure\n  quote: \"about 45 engineers\"\n  value: 45\n- action: set_actor_type\n  actor: nova-labs\n  type: company\n",
      "data/corrections/2024-01-16-broken.yaml": "- action: rename\n",
      "data/corrections/2024-02-01-missing.yaml": "[]\n",
    });
    const { code, stdout } = check(root);
    expect(code).toBe(1);
    const lines = stdout.trim().split("\n");
    expect(lines).toEqual([
      "data/articles/2024-01-16-broken.md:3: error: unknown language 'de': use one of fr, en",
      "data/articles/saved-page.html: warning: not an article file (articles are .md files): turn it into one with npm run add -- data/articles/saved-page.html, then delete it",
      "data/corrections/2024-01-15-nova.yaml:2: error: the quote \"about 45 engineers\" is not in the article data/articles/2024-01-15-nova.md: the article changed; copy the words again from the article, or remove this correction",
      "data/corrections/2024-01-15-nova.yaml:6: error: 'type' is 'company': allowed: person, organization, product, media, place",
      "data/corrections/2024-01-16-broken.yaml: warning: not applied: its article data/articles/2024-01-16-broken has errors (see above); fix them first",
      "data/corrections/2024-01-16-broken.yaml:1: error: unknown action: 'rename': allowed: drop_mention, fix_figure, fix_time, merge_actors, rename_actor, set_actor_type, add_event, add_relation",
      "data/corrections/2024-02-01-missing.yaml: error: no article '2024-02-01-missing': name the correction file after an article file (data/articles/2024-02-01-missing.md), e.g. 2024-01-15-nova.yaml",
      "check: 2 articles, 3 correction files: 5 errors, 2 warnings",
    ]);
  });

  test("an article added undated, once its date is set, is asked to be renamed (a warning: exit 0)", () => {
    const root = project({ "data/articles/undated-nova.md": ARTICLE });
    const { code, stdout } = check(root);
    expect(stdout).toBe(
      "data/articles/undated-nova.md: warning: the date is set now: rename the file to 2024-01-15-nova.md (and its correction file, if any)\ncheck: 1 article, 0 correction files: no errors, 1 warning\n",
    );
    expect(code).toBe(0);
  });

  test("a project without an articles folder fails", () => {
    const root = mkdtempSync(join(tmpdir(), "atlas-check-"));
    const { code, stdout } = check(root);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^data\/articles: error: no articles folder/);
  });
  test("a story script with a bad step reference fails the check, with its file and line", () => {
    const root = project({ "data/articles/2024-01-15-nova.md": ARTICLE });
    mkdirSync(join(root, "data/stories"), { recursive: true });
    writeFileSync(join(root, "data/stories/talk.yaml"), "title: A talk\nsteps:\n  - event: no-such-event\n    caption: Nothing here\n");
    const { code, stdout } = check(root);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^data\/stories\/talk\.yaml:3: error: .*no-such-event/m);
  });
});
