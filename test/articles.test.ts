import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { listArticleFiles, plainText, readArticle } from "../loaders/articles.ts";

function fixture(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "atlas-articles-"));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const GOOD = `---
title: Un titre
source: Le Journal
language: fr
published: 2023-04-11
---

## Un intertitre

Premier paragraphe. Deuxième phrase.
`;

describe("readArticle", () => {
  test("reads front matter and keeps the body's wording, without heading markers", () => {
    const { article, problems } = readArticle(fixture("2023-04-11-titre.md", GOOD));
    expect(problems).toEqual([]);
    expect(article).toMatchObject({ id: "2023-04-11-titre", title: "Un titre", source: "Le Journal", language: "fr", published: "2023-04-11" });
    expect(article?.text).toBe("Un intertitre\n\nPremier paragraphe. Deuxième phrase.");
    expect(article?.sentences.map((s) => article.text.slice(s.start, s.end))).toEqual(["Un intertitre", "Premier paragraphe.", "Deuxième phrase."]);
    expect(article?.sentences[0].heading).toBe(true);
  });

  test("reads the seed article, whose date is only a month", () => {
    const { article } = readArticle("data/articles/2023-04-musk-10000-gpu.md");
    expect(article?.published).toBe("2023-04");
    expect(article?.text.startsWith("Le milliardaire Elon Musk")).toBe(true);
    expect(article?.text).toContain("Elon Musk se dote de 10.000 GPU pour la future IA de Twitter\n\nElon Musk faisait");
  });

  test.each([
    ["an empty body", GOOD.replace(/## Un[\s\S]*$/, ""), 7, "no body"],
    ["front matter never closed", "---\ntitle: x\nlanguage: fr\n\nTexte.", 1, "never closed"],
    ["broken YAML", "---\ntitle: [x\nlanguage: fr\n---\nTexte.", 3, "broken front matter"],
    ["an unknown language", GOOD.replace("language: fr", "language: de"), 4, "unknown language 'de'"],
    ["an impossible date", GOOD.replace("2023-04-11", "2023-02-30"), 5, "impossible date '2023-02-30'"],
    ["no front matter in a .md file", "Texte seul.", 1, "missing front matter"],
  ])("reports %s with the file, the line and the fix", (_, content, line, message) => {
    const path = fixture("bad.md", content);
    const { article, problems } = readArticle(path);
    expect(article).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toContain("bad.md");
    expect(problems[0].line).toBe(line);
    expect(problems[0].message).toContain(message);
  });

  test("refuses a binary file", () => {
    const { article, problems } = readArticle(fixture("image.md", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])));
    expect(article).toBeNull();
    expect(problems[0].message).toContain("binary");
  });

  test("warns, without failing, when title or source are missing", () => {
    const { article, problems } = readArticle(fixture("x.md", GOOD.replace("title: Un titre\n", "").replace("source: Le Journal\n", "")));
    expect(article?.title).toBe("Un intertitre");
    expect(problems.map((p) => p.severity)).toEqual(["warning", "warning"]);
  });
});

describe("plainText", () => {
  test("removes heading markers and records the headings' places", () => {
    const { text, headings } = plainText("# Titre\n\nCorps.\n\n### Section ###\nSuite.");
    expect(text).toBe("Titre\n\nCorps.\n\nSection\nSuite.");
    expect(headings.map(([s, e]) => text.slice(s, e))).toEqual(["Titre", "Section"]);
  });
});

describe("listArticleFiles", () => {
  test("lists .md and .txt files in name order", () => {
    const a = fixture("b.md", GOOD);
    const dir = join(a, "..");
    writeFileSync(join(dir, "a.txt"), "x");
    writeFileSync(join(dir, "c.json"), "{}");
    expect(listArticleFiles(dir).map((p) => p.slice(dir.length + 1))).toEqual(["a.txt", "b.md"]);
  });
});
