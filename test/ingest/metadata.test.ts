import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { normalizeDate, readMetadata } from "../../loaders/ingest/metadata.ts";

describe("normalizeDate", () => {
  test.each([
    ["2023-04-12T10:00:00+02:00", "2023-04-12"],
    ["2023-04-12T23:30:00-05:00", "2023-04-12"], // the day as the publisher wrote it
    ["2023-04-12", "2023-04-12"],
    ["20230412T101500Z", "2023-04-12"],
    ["2023/04/12", "2023-04-12"],
    ["2023-04", "2023-04"],
    ["Wed, 12 Apr 2023 23:30:00 GMT", "2023-04-12"],
    ["April 12, 2023", "2023-04-12"],
    ["2023-02-30", null],
    ["hier", null],
    ["12/04/2023", null], // day-month or month-day: not guessed
  ])("%s -> %s", (raw, iso) => expect(normalizeDate(raw)).toBe(iso));
});

const meta = (head: string, body = "", lang = "") => readMetadata(parseHTML(`<html${lang ? ` lang="${lang}"` : ""}><head>${head}</head><body>${body}</body></html>`).document as unknown as Document);

describe("readMetadata", () => {
  test("Dublin Core date and creator, <title> without the site suffix", () => {
    const m = meta('<meta name="DC.date.issued" content="2022-10-28"><meta name="DC.creator" content="J. Martin"><meta property="og:site_name" content="Le Quotidien"><title>Twitter change de mains | Le Quotidien</title>');
    expect(m.published).toEqual({ value: "2022-10-28", from: "meta dc.date.issued" });
    expect(m.author).toEqual({ value: "J. Martin", from: "meta dc.creator" });
    expect(m.title).toEqual({ value: "Twitter change de mains", from: "<title>" });
  });

  test("an author written 'By X' or 'Par X' is X; space-separated and dc: keys are read", () => {
    expect(meta('<meta name="byl" content="By Corey Kilgannon">').author?.value).toBe("Corey Kilgannon");
    expect(meta('<meta name="author" content="Par Claire Dumas">').author?.value).toBe("Claire Dumas");
    expect(meta('<meta property="x:title dc:title" content="Titre DC">').title).toEqual({ value: "Titre DC", from: "meta dc.title" });
  });

  test("article:author given as a URL is not an author name", () => {
    expect(meta('<meta property="article:author" content="https://facebook.com/someone">').author).toBeNull();
  });

  test("a broken JSON-LD block is skipped, meta tags still read", () => {
    const m = meta('<script type="application/ld+json">{"@type": "NewsArticle", </script><meta property="article:published_time" content="2023-03-29T08:00:00Z">');
    expect(m.published).toEqual({ value: "2023-03-29", from: "meta article:published_time" });
  });

  test("JSON-LD datePublished wins over meta tags; <time pubdate> when nothing else", () => {
    expect(meta('<script type="application/ld+json">{"@type":"ReportageNewsArticle","datePublished":"2023-07-12"}</script><meta name="date" content="2023-07-20">').published?.value).toBe("2023-07-12");
    expect(meta("", '<time datetime="2019-07-22T09:00" pubdate>22 juillet</time>').published).toEqual({ value: "2019-07-22", from: "<time pubdate>" });
  });

  test("language from <html lang>, else og:locale", () => {
    expect(meta("", "", "fr-FR").lang?.value).toBe("fr");
    expect(meta('<meta property="og:locale" content="en_GB">').lang).toEqual({ value: "en", from: "meta og:locale" });
    expect(meta("").lang).toBeNull();
  });

  test("a relative canonical link is not a URL; og:url is used instead", () => {
    expect(meta('<link rel="canonical" href="/a/b"><meta property="og:url" content="https://x.example/a/b">').url).toEqual({ value: "https://x.example/a/b", from: "meta og:url" });
  });
});
