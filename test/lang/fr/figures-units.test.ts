// The unit lexicon file (data/lexicons/units.tsv): user errors name the file, the line and the fix.
import { describe, expect, it } from "vitest";
import { indexUnits, parseUnitLexicon, unitKey, unitRows } from "../../../loaders/lang/common/figures-units.ts";
import { singular } from "../../../loaders/lang/fr/figures/constants.ts";

describe("parseUnitLexicon", () => {
  it.each([
    ["fr\tingénieur engineer\tcount", /units\.tsv:3: expected 4 or 5 tab-separated columns/],
    ["de\tIngenieur\tengineer\tcount", /units\.tsv:3: language "de" must be fr, en or \*/],
    ["fr\tingénieur\tengineer\tpeople", /units\.tsv:3: kind "people" must be one of count, money, measure, percent/],
    ["fr\tcentime\tEUR\tmoney\tzero", /units\.tsv:3: factor "zero" must be a positive number/],
  ])("rejects %j with a message naming the line", (line, message) => {
    const source = `# comment\n\n${line}\n`;
    expect(() => parseUnitLexicon(source, "data/lexicons/units.tsv")).toThrow(message);
  });

  it("reads the project's lexicon and finds plural and multi-word phrases", () => {
    const fr = indexUnits(unitRows(), "fr", singular);
    expect(fr.entries.get(unitKey(["unités", "de", "traitements", "graphiques"], singular))?.unit).toBe("GPU");
    expect(fr.entries.get(unitKey(["centres", "de", "données"], singular))?.unit).toBe("datacenter");
    expect(fr.entries.get(unitKey(["salariés"], singular))?.unit).toBe("employee");
  });
});
