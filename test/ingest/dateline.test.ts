import { describe, expect, test } from "vitest";
import { findDateline } from "../../loaders/ingest/dateline.ts";

describe("findDateline", () => {
  test.each([
    ["Publié le 12 avril 2023 à 10h15, mis à jour le 13 avril 2023", "2023-04-12"],
    ["Le 1er mai 2023", "2023-05-01"],
    ["12 avr. 2023", "2023-04-12"],
    ["Updated: April 12, 2023 at 3:46 PM", "2023-04-12"],
    ["By Jane Doe | 12 Apr 2023", "2023-04-12"],
    ["Jane Doe · March 3rd, 2023", "2023-03-03"],
    ["2023-04-12", "2023-04-12"],
    ["Published 2023-07-12T10:00:00Z", "2023-07-12"],
  ])("%s -> %s", (line, date) => expect(findDateline([line])?.date).toBe(date));

  test.each([
    ["On March 29, 2023, the institute published an open letter signed by Musk."],
    ["Musk left on May 4, 2023."],
    ["Elon Musk a quitté le conseil d'administration le 21 février 2018 selon OpenAI."],
    ["Le 30 février 2023"], // impossible date
    ["Le 12 brumaire 2023"], // not a month
    ["The company was founded in 2015"],
  ])("no dateline: %s", (line) => expect(findDateline([line])).toBeNull());

  test("looks only at the first lines", () => {
    const lines = ["Title", "", "Para one.", "Para two.", "Para three.", "Para four.", "Publié le 12 avril 2023"];
    expect(findDateline(lines)).toBeNull();
    expect(findDateline(["Title", "Publié le 12 avril 2023", "Text."])).toEqual({ date: "2023-04-12", index: 1, line: "Publié le 12 avril 2023" });
  });
});
