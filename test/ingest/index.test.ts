import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readArticle } from "../../loaders/articles.ts";
import { ingest, loadLibrary, slugify } from "../../loaders/ingest/index.ts";

const PAGES = join(import.meta.dirname, "../fixtures/pages");
const page = (name: string) => join(PAGES, name);

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "atlas-ingest-"));
}

async function add(inputs: string[], dir = tmp(), fetch?: typeof globalThis.fetch) {
  const library = loadLibrary(dir);
  const outcomes = [];
  for (const input of inputs) outcomes.push(await ingest(input, library, { dir, root: dir, fetch, timeoutMs: 2000 }));
  return { dir, outcomes };
}

const frontMatter = (path: string) => readFileSync(path, "utf8").split("\n---\n")[0];
const messages = (o: { problems: { line: number | null; severity: string; message: string }[] }) => o.problems.map((p) => `${p.line}: ${p.severity}: ${p.message}`);

describe("ingest of saved pages", () => {
  test("French page with meta tags: front matter filled, main text only, wording unchanged", async () => {
    const { dir, outcomes } = await add([page("fr-article-meta.html")]);
    const [o] = outcomes;
    expect(o.status).toBe("added");
    expect(readdirSync(dir)).toEqual(["2023-01-24-microsoft-renforce-son-pari-sur-openai.md"]);
    expect(frontMatter(o.file!)).toBe(
      [
        "---",
        'title: "Microsoft renforce son pari sur OpenAI"',
        'source: "L’Écho du Numérique"',
        'author: "Claire Dumas"',
        "published: 2023-01-24",
        "language: fr",
        'url: "https://www.echo-numerique.example/tech/microsoft-openai-pari.html"',
        "sources: []",
      ].join("\n"),
    );
    expect(messages(o)).toEqual([]);
    const content = readFileSync(o.file!, "utf8");
    expect(content).toContain("\n## Microsoft renforce son pari sur OpenAI\n");
    expect(content).toContain("\n## Une course face à Google\n");
    expect(content).toContain(
      "Le géant de Redmond a confirmé lundi un nouvel investissement « pluriannuel » de plusieurs milliards de dollars dans OpenAI, la société qui a conçu ChatGPT.",
    );
    for (const chrome of ["Accueil", "Mentions légales", "À lire aussi", "dataLayer", "Photo : agence"]) expect(content).not.toContain(chrome);
    const read = readArticle(o.file!, { root: dir });
    expect(read.problems).toEqual([]);
    expect(read.article).toMatchObject({ language: "fr", published: "2023-01-24", source: "L’Écho du Numérique" });
  });

  test("English page with JSON-LD only: headline, datePublished, authors, publisher, mainEntityOfPage", async () => {
    const { dir, outcomes } = await add([page("en-article-jsonld.html")]);
    const [o] = outcomes;
    expect(o.status).toBe("added");
    expect(readdirSync(dir)).toEqual(["2023-07-13-musk-s-xai-unveils-its-founding-team.md"]);
    expect(frontMatter(o.file!)).toContain(
      [
        'title: "Musk\'s xAI unveils its founding team"',
        'source: "The Circuit Ledger"',
        'author: "Sam Ortega, Lena Park"',
        "published: 2023-07-13",
        "language: en",
        'url: "https://circuitledger.example/2023/07/13/xai-founding-team"',
      ].join("\n"),
    );
    expect(messages(o)).toEqual([]);
    expect(readFileSync(o.file!, "utf8")).not.toContain("All rights reserved");
    expect(readArticle(o.file!, { root: dir }).problems).toEqual([]);
  });

  test("page without metadata: written, with the lines to fill in (date is an error, others warnings)", async () => {
    const { dir, outcomes } = await add([page("no-metadata.html")]);
    const [o] = outcomes;
    expect(o.status).toBe("added");
    expect(readdirSync(dir)).toEqual(["undated-no-metadata.md"]);
    expect(o.problems.every((p) => p.file === "undated-no-metadata.md")).toBe(true);
    expect(messages(o)).toEqual([
      "5: error: no publication date found: set 'published: YYYY-MM-DD' on this line (YYYY-MM when the day is unknown), then rename the file to <date>-no-metadata.md",
      "2: warning: no title found: set 'title:' on this line",
      "3: warning: no site name found: set 'source:' on this line to the outlet's name",
      "4: warning: no author found: set 'author:' on this line, or leave it empty",
      "7: warning: no canonical URL found: set 'url:' on this line to the article's address",
    ]);
    const lines = readFileSync(o.file!, "utf8").split("\n");
    expect(lines[4]).toBe("published: ");
    expect(lines[5]).toBe("language: fr"); // detected from the text
  });

  test("a login page is refused with a clear message, and nothing is written", async () => {
    const { dir, outcomes } = await add([page("login.html")]);
    expect(outcomes[0].status).toBe("failed");
    expect(messages(outcomes[0])).toEqual([
      `null: error: this page is not an article (it looks like a login or subscription page): open the article itself in the browser, save it (Ctrl+S, "Web page, HTML only") and run npm run add -- page.html`,
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a page in another language is refused", async () => {
    const dir = tmp();
    const file = join(dir, "de.html");
    const p = "Das Unternehmen hat am Dienstag mitgeteilt, dass es bis zum Ende des Jahres rund fünfzig Ingenieure einstellen will, vor allem in Berlin und München.";
    writeFileSync(file, `<html lang="de"><head><title>Neue Stellen</title></head><body><article><p>${p}</p><p>${p}</p><p>${p}</p></article></body></html>`);
    const { outcomes } = await add([file], join(dir, "out"));
    expect(outcomes[0].status).toBe("failed");
    expect(outcomes[0].problems[0].message).toBe("the page is in 'de' (<html lang>): only French (fr) and English (en) articles are supported");
  });

  test("the text's language wins over a wrong <html lang>, with a warning", async () => {
    const dir = tmp();
    const file = join(dir, "wrong-lang.html");
    writeFileSync(file, readFileSync(page("no-metadata.html"), "utf8").replace("<html>", '<html lang="en">'));
    const { outcomes } = await add([file], join(dir, "out"));
    expect(outcomes[0].status).toBe("added");
    expect(messages(outcomes[0])).toContain("6: warning: the page declares 'en' (<html lang>) but the text reads as 'fr': check 'language:' on this line");
  });

  test("a Windows-1252 page is decoded", async () => {
    const dir = tmp();
    const html = readFileSync(page("fr-article-meta.html"), "utf8").replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">').replace(/[’«»—©]/g, "'");
    writeFileSync(join(dir, "latin1.html"), Buffer.from(html, "latin1"));
    const { outcomes } = await add([join(dir, "latin1.html")], join(dir, "out"));
    expect(outcomes[0].status).toBe("added");
    expect(readFileSync(outcomes[0].file!, "utf8")).toContain("Le géant de Redmond a confirmé lundi");
  });

  test("a binary file and a missing file are refused, naming the fix", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "scan.pdf"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    const { outcomes } = await add([join(dir, "scan.pdf"), join(dir, "missing.html")], join(dir, "out"));
    expect(outcomes.map((o) => o.problems[0].message)).toEqual([
      "this is not a text or web page file (.pdf): save the article from the browser as a web page (.html), or copy its text into a .txt file",
      "no such file: check the path",
    ]);
  });
});

describe("ingest of text and markdown", () => {
  test("plain text: the first short line is the title, paragraphs kept, date asked for", async () => {
    const { dir, outcomes } = await add([page("brief.txt")]);
    const [o] = outcomes;
    expect(readdirSync(dir)).toEqual(["undated-twitter-s-new-owner-cuts-staff.md"]);
    const body = readFileSync(o.file!, "utf8").split("\n---\n")[1];
    expect(body).toBe(
      "\n## Twitter’s new owner cuts staff\n\nElon Musk began laying off about half of Twitter’s employees on Friday, a week after he closed his $44 billion purchase of the social network. Staff received an email telling them whether they still had a job.\n\nThe company had about 7,500 employees before the cuts. Musk said on Twitter that there was no choice because the company was losing more than $4 million a day.\n",
    );
    expect(messages(o)[0]).toMatch(/^5: error: no publication date found/);
  });

  test("plain text with a dateline under the title: the date is read there, and the editor asked to check it", async () => {
    const { dir, outcomes } = await add([page("dateline-fr.txt")]);
    const [o] = outcomes;
    expect(readdirSync(dir)).toEqual(["2023-06-05-twitter-la-publicite-recule-encore.md"]);
    expect(messages(o)[0]).toBe("5: warning: publication date read in the dateline 'Publié le 5 juin 2023 à 08h30': check 'published:' on this line");
    const body = readFileSync(o.file!, "utf8").split("\n---\n")[1];
    expect(body.startsWith("\n## Twitter : la publicité recule encore\n\nPublié le 5 juin 2023 à 08h30\n\nLes recettes publicitaires")).toBe(true);
    expect(readArticle(o.file!, { root: dir }).article?.language).toBe("fr");
  });

  test("a saved page without date metadata but with a byline dateline", async () => {
    const dir = tmp();
    const html = readFileSync(page("no-metadata.html"), "utf8").replace("<div>\n<p>", "<div>\n<p>Par Jeanne Martin | 14 mars 2023</p>\n<p>");
    writeFileSync(join(dir, "byline.html"), html);
    const { outcomes } = await add([join(dir, "byline.html")], join(dir, "out"));
    expect(readdirSync(join(dir, "out"))).toEqual(["2023-03-14-byline.md"]);
    expect(messages(outcomes[0])).toContain("5: warning: publication date read in the dateline 'Par Jeanne Martin | 14 mars 2023': check 'published:' on this line");
  });

  test("markdown: front matter kept, inline marks and list markers removed", async () => {
    const { outcomes } = await add([page("note.md")]);
    const content = readFileSync(outcomes[0].file!, "utf8");
    expect(content).toContain('source: "Notes de la rédaction"\nauthor: \npublished: 2023-02-02\nlanguage: fr\n');
    expect(content).toContain("\nMicrosoft a investi 1 milliard de dollars dans OpenAI en 2019, puis plusieurs milliards en janvier 2023.\n\nLe premier accord portait sur le cloud Azure.\n\nLe second prévoit une intégration dans Bing.\n\nLes deux sociétés restent indépendantes, selon un porte-parole.\n");
  });
});

describe("ingest: duplicates and existing files", () => {
  test("adding the same page twice: the second time is a duplicate and writes nothing", async () => {
    const dir = tmp();
    const first = await add([page("fr-article-meta.html")], dir);
    const again = await add([page("fr-article-meta.html")], dir);
    expect(first.outcomes[0].status).toBe("added");
    expect(again.outcomes[0]).toMatchObject({ status: "duplicate", problems: [] });
    expect(again.outcomes[0].summary).toBe(`duplicate: ${page("fr-article-meta.html")} has the same text as 2023-01-24-microsoft-renforce-son-pari-sur-openai.md: nothing written`);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  test("the same file twice in one run is a duplicate too", async () => {
    const { dir, outcomes } = await add([page("brief.txt"), page("brief.txt")]);
    expect(outcomes.map((o) => o.status)).toEqual(["added", "duplicate"]);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  test("a different text with the same name never overwrites: a -2 file is written", async () => {
    const dir = tmp();
    const existing = "---\ntitle: x\n---\n\nAnother text entirely.\n";
    writeFileSync(join(dir, "2023-01-24-microsoft-renforce-son-pari-sur-openai.md"), existing);
    const { outcomes } = await add([page("fr-article-meta.html")], dir);
    expect(outcomes[0].status).toBe("added");
    expect(readdirSync(dir).sort()).toEqual(["2023-01-24-microsoft-renforce-son-pari-sur-openai-2.md", "2023-01-24-microsoft-renforce-son-pari-sur-openai.md"]);
    expect(readFileSync(join(dir, "2023-01-24-microsoft-renforce-son-pari-sur-openai.md"), "utf8")).toBe(existing);
  });
});

describe("ingest of a URL", () => {
  test("a fetched page is added with its canonical URL", async () => {
    const html = readFileSync(page("en-article-jsonld.html"), "utf8");
    const asked: string[] = [];
    const fake = (async (url: string | URL | Request) => {
      asked.push(String(url));
      return new Response(html, { status: 200, headers: { "content-type": "text/html; charset=utf-8" } });
    }) as typeof fetch;
    const { outcomes } = await add(["https://circuitledger.example/x?utm=1"], tmp(), fake);
    expect(asked).toEqual(["https://circuitledger.example/x?utm=1"]);
    expect(outcomes[0].status).toBe("added");
    expect(frontMatter(outcomes[0].file!)).toContain('url: "https://circuitledger.example/2023/07/13/xai-founding-team"');
  });

  test("no network: a clear message telling to save the page", async () => {
    const offline = (async () => {
      throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ENOTFOUND" } });
    }) as typeof fetch;
    const { outcomes } = await add(["https://www.lemonde.fr/article.html"], tmp(), offline);
    expect(messages(outcomes[0])).toEqual(["null: error: cannot reach www.lemonde.fr (ENOTFOUND): save the page from your browser and run npm run add -- page.html"]);
  });

  test("a closed port with the real fetch: cannot reach", async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    await new Promise((r) => server.close(r));
    const { outcomes } = await add([`http://127.0.0.1:${port}/story`]);
    expect(outcomes[0].problems[0].message).toBe(`cannot reach 127.0.0.1:${port} (ECONNREFUSED): save the page from your browser and run npm run add -- page.html`);
  });

  test("an error status from the site", async () => {
    const server = createServer((_, res) => {
      res.writeHead(403, { "content-type": "text/html" });
      res.end("<p>no</p>");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    try {
      const { outcomes } = await add([`http://127.0.0.1:${port}/story`]);
      expect(outcomes[0].problems[0].message).toBe(`127.0.0.1:${port} answered 403 Forbidden: save the page from your browser and run npm run add -- page.html`);
    } finally {
      server.close();
    }
  });
});

describe("slugify", () => {
  test.each([
    ["Microsoft renforce son pari sur OpenAI", "microsoft-renforce-son-pari-sur-openai"],
    ["L’oiseau bleu : Musk dépense 44 Md$", "l-oiseau-bleu-musk-depense-44-md"],
    ["", ""],
    ["A".repeat(80), "a".repeat(60)],
    ["one two three four five six seven eight nine ten eleven twelve thirteen", "one-two-three-four-five-six-seven-eight-nine-ten-eleven"],
  ])("%s -> %s", (title, slug) => expect(slugify(title)).toBe(slug));
});
