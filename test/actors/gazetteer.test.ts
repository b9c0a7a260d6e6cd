import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { clearGazetteerCache, loadGazetteer } from "../../loaders/actors/index.ts";
import { slug } from "../../loaders/actors/gazetteer.ts";
import { editDistance } from "../../loaders/actors/fuzzy.ts";
import { LEXICONS } from "./helpers.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  clearGazetteerCache();
});

/** A lexicon folder with the real cue files and the given actors.yaml. */
function folder(actorsYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "actors-"));
  dirs.push(dir);
  cpSync(join(LEXICONS, "fr"), join(dir, "fr"), { recursive: true });
  cpSync(join(LEXICONS, "en"), join(dir, "en"), { recursive: true });
  writeFileSync(join(dir, "actors.yaml"), actorsYaml);
  return dir;
}

describe("loadGazetteer", () => {
  it("compiles the project's gazetteer once per process", () => {
    const g = loadGazetteer(LEXICONS);
    expect(g.entries.length).toBeGreaterThan(100);
    expect(loadGazetteer(LEXICONS)).toBe(g);
  });

  it("gives the same gazetteer when read back from its cache", () => {
    const first = loadGazetteer(LEXICONS);
    clearGazetteerCache();
    const again = loadGazetteer(LEXICONS);
    expect(again).not.toBe(first);
    expect(again.entries).toEqual(first.entries);
    expect([...again.firstNames].sort()).toEqual([...first.firstNames].sort());
  });

  it("gives every entry a unique slug id", () => {
    const ids = loadGazetteer(LEXICONS).entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("elon-musk");
    expect(ids).toContain("the-new-york-times");
  });

  it.each([
    ["a YAML syntax error", "actors:\n  - name: Foo\n    type: [person\n", /actors\.yaml:\d+: broken YAML .*indentation/],
    ["an entry without a name", "actors:\n  - name: Foo\n    type: person\n  - type: media\n", /actors\.yaml:4: this actor has no name: add 'name: /],
    ["an unknown type", "actors:\n  - name: Foo\n    type: company\n", /actors\.yaml:3: unknown type 'company' for 'Foo': use one of person, organization/],
    ["a missing type", "actors:\n  - name: Foo\n", /actors\.yaml:2: 'Foo' has no type: add 'type: person'/],
    ["an unknown key", "actors:\n  - name: Foo\n    type: person\n    alias: [F]\n", /actors\.yaml:4: unknown key 'alias' in an actor entry: use name, type, aliases/],
    ["aliases that are not a list", "actors:\n  - name: Foo\n    type: person\n    aliases: {a: b}\n", /actors\.yaml:4: aliases of 'Foo' must be a list/],
    ["descriptions in an unknown language", "actors:\n  - name: Foo\n    type: person\n    descriptions:\n      de: [Chef]\n", /actors\.yaml:5: unknown language 'de' in descriptions of 'Foo': use fr and en/],
    ["two entries with one id", "actors:\n  - name: Foo Bar\n    type: person\n  - name: foo-bar\n    type: media\n", /actors\.yaml:4: 'foo-bar' has the same id 'foo-bar' as 'Foo Bar' on line 2: merge/],
    ["no actors list", "people:\n  - name: Foo\n", /actors\.yaml:1: unknown key 'people' at the top of the gazetteer/],
  ])("fails loudly on %s, naming the file, the line and the fix", (_what, yaml, message) => {
    expect(() => loadGazetteer(folder(yaml))).toThrow(message);
  });

  it("names the cue file and line of a bad cue lexicon", () => {
    const dir = folder("actors:\n  - name: Foo\n    type: person\n");
    writeFileSync(join(dir, "fr", "actor-cues.yaml"), "determiners: [le, la]\nperson_befor: [pdg]\n");
    expect(() => loadGazetteer(dir)).toThrow(/fr[/\\]actor-cues\.yaml:2: unknown key 'person_befor' in the fr cue file/);
  });

  it("names the line of a bad first name", () => {
    const dir = folder("actors:\n  - name: Foo\n    type: person\n");
    writeFileSync(join(dir, "en", "first-names.txt"), "# names\nAlice\nbob smith\n");
    expect(() => loadGazetteer(dir)).toThrow(/first-names\.txt:3: 'bob smith' is not a first name/);
  });
});

describe("slug", () => {
  it.each([
    ["Elon Musk", "elon-musk"],
    ["Commission européenne", "commission-europeenne"],
    ["L'Express", "l-express"],
    ["GPT-4", "gpt-4"],
    ["  Guide entreprise ", "guide-entreprise"],
  ])("%s → %s", (name, id) => expect(slug(name)).toBe(id));
});

describe("editDistance", () => {
  it.each([
    ["babusschkin", "babuschkin", 2, 1],
    ["zuckerburg", "zuckerberg", 2, 1],
    ["nadlela", "nadella", 1, 1],
    ["pourtant", "kroiss", 2, 3],
  ])("%s vs %s (max %i) = %i", (a, b, max, d) => expect(editDistance(a, b, max)).toBe(d));
});
