import { describe, expect, test } from "vitest";
import { sentenceAt, splitSentences } from "../loaders/sentences.ts";

const cut = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  test.each([
    ["Il a signé. Elle a refusé !", ["Il a signé.", "Elle a refusé !"]],
    ["Selon M. Dupont, c'est faux. Vraiment ?", ["Selon M. Dupont, c'est faux.", "Vraiment ?"]],
    ["Mr. Smith met J. R. Doe at 5 p.m. yesterday. Then he left.", ["Mr. Smith met J. R. Doe at 5 p.m. yesterday.", "Then he left."]],
    ["It cost $1.5 billion. In 2018, he left.", ["It cost $1.5 billion.", "In 2018, he left."]],
    ["« Nous verrons. » Puis il est parti.", ["« Nous verrons. »", "Puis il est parti."]],
    ["Ligne un\nLigne deux", ["Ligne un", "Ligne deux"]],
    ["Il a racheté le réseau social X. Le milliardaire a payé.", ["Il a racheté le réseau social X.", "Le milliardaire a payé."]],
    ["He posted on X. Then he left.", ["He posted on X.", "Then he left."]],
    ["John F. Kennedy spoke. J. Doe listened.", ["John F. Kennedy spoke.", "J. Doe listened."]],
  ])("%s", (text, expected) => {
    expect(cut(text)).toEqual(expected);
  });

  test("does not cut inside a number or an ellipsis followed by lower case", () => {
    expect(cut("Il a 10.000 GPU… et plus encore.")).toEqual(["Il a 10.000 GPU… et plus encore."]);
  });
});

describe("sentenceAt", () => {
  test("finds the sentence holding an offset, and the next one between sentences", () => {
    const text = "Un. Deux. Trois.";
    const s = splitSentences(text);
    expect(sentenceAt(s, 0)).toBe(0);
    expect(sentenceAt(s, 5)).toBe(1);
    expect(sentenceAt(s, 3)).toBe(1);
    expect(sentenceAt(s, 15)).toBe(2);
  });
});
