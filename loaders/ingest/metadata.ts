// Metadata of a saved web page: title, site name, author, publication date, canonical URL and
// declared language, from the places publishers put them (Open Graph and article:* meta tags,
// Dublin Core, schema.org JSON-LD, <link rel=canonical>, <html lang>). Each field says where it
// was found, so the ingest command can tell the editor what to check.
import { validDate } from "../dates.ts";

export interface Found {
  value: string;
  /** Where it was read: `meta og:title`, `JSON-LD headline`, `<title>`, ... */
  from: string;
}

export interface PageMeta {
  title: Found | null;
  site: Found | null;
  author: Found | null;
  published: Found | null;
  url: Found | null;
  /** The language the page declares (two letters, lower case), not yet checked against its text. */
  lang: Found | null;
}

/** Minimal DOM surface used here (linkedom and jsdom both provide it). */
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Doc {
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
  querySelector(selector: string): El | null;
  documentElement: El | null;
}

// Meta keys in order of trust, per field. Keys are `name`, `property`, `itemprop` or `http-equiv`
// attribute values, lower case.
const META = {
  title: ["og:title", "twitter:title", "dc.title", "dcterms.title", "sailthru.title", "parsely-title", "headline"],
  site: ["og:site_name", "application-name", "publisher", "dc.publisher", "dcterms.publisher", "al:ios:app_name"],
  author: ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "twitter:creator"],
  published: [
    "article:published_time",
    "og:published_time",
    "published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "og:updated_time",
  ],
  url: ["og:url", "twitter:url", "dc.identifier"],
  lang: ["content-language", "og:locale", "dc.language", "dcterms.language", "language"],
} as const;

const ARTICLE_TYPES = /(?:Article|BlogPosting|Report|NewsArticle)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function objects(value: Json, out: Array<Record<string, Json>> = []): Array<Record<string, Json>> {
  if (Array.isArray(value)) for (const v of value) objects(v, out);
  else if (value && typeof value === "object") {
    out.push(value);
    if (value["@graph"]) objects(value["@graph"], out);
  }
  return out;
}

const types = (o: Record<string, Json>): string[] => (Array.isArray(o["@type"]) ? o["@type"] : [o["@type"]]).filter((t): t is string => typeof t === "string");

function name(v: Json | undefined): string | null {
  if (v == null) return null;
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(name).filter((x): x is string => !!x);
    return names.length ? [...new Set(names)].join(", ") : null;
  }
  if (typeof v === "object") return name(v.name ?? null);
  return null;
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();
const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** An ISO date (YYYY-MM-DD) from the date forms publishers write in metadata; null when unreadable. */
export function normalizeDate(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (m) return validDate(`${m[1]}-${m[2]}-${m[3]}`) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return validDate(`${m[1]}-${m[2]}-${m[3]}`) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return validDate(s) ? s : null;
  m = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(s);
  if (m) return validDate(`${m[1]}-${m[2]}-${m[3]}`) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  // RFC 2822 and English month names ("Wed, 12 Apr 2023 10:00:00 GMT", "April 12, 2023"): the date as written.
  if (/\b\d{4}\b/.test(s) && /[A-Za-z]{3}/.test(s)) {
    const t = Date.parse(s.replace(/\s+(?:GMT|UTC|Z|[+-]\d{2}:?\d{2})$/i, "").replace(/^[A-Za-z]{3},\s*/, ""));
    if (Number.isFinite(t)) {
      const d = new Date(t);
      // Date.parse without a zone reads local time: take the local calendar day as written.
      const iso = `${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
      return validDate(iso) ? iso : null;
    }
  }
  return null;
}

export function readMetadata(doc: Doc): PageMeta {
  const meta = new Map<string, string>();
  for (const el of doc.querySelectorAll("meta")) {
    const content = el.getAttribute("content");
    if (!content?.trim()) continue;
    for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
      // `property="og:title twitter:title"`: one tag for several keys.
      for (const key of (el.getAttribute(attr) ?? "").toLowerCase().split(/\s+/)) {
        const k = key.replace(/^(dc|dcterms):/, "$1.");
        if (k && !meta.has(k)) meta.set(k, clean(content));
      }
    }
  }
  const fromMeta = (keys: readonly string[], accept: (v: string) => string | null = (v) => v): Found | null => {
    for (const key of keys) {
      const v = meta.get(key);
      const value = v ? accept(v) : null;
      if (value) return { value, from: `meta ${key}` };
    }
    return null;
  };

  const ld: Array<Record<string, Json>> = [];
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = (el.textContent ?? "").replace(/^\s*(?:<!\[CDATA\[|<!--)/, "").replace(/(?:\]\]>|-->)\s*$/, "");
    try {
      objects(JSON.parse(raw) as Json, ld);
    } catch {
      // A broken JSON-LD block is common and harmless: the meta tags are read instead.
    }
  }
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  const fromLd = (key: string, accept: (v: string) => string | null = (v) => v): Found | null => {
    const v = article ? name(article[key]) : null;
    const value = v ? accept(clean(v)) : null;
    return value ? { value, from: `JSON-LD ${key}` } : null;
  };
  const ldUrl = (): Found | null => {
    if (!article) return null;
    const main = article.mainEntityOfPage;
    const candidates = [article.url, typeof main === "string" ? main : main && typeof main === "object" && !Array.isArray(main) ? main["@id"] ?? main.url : null];
    for (const c of candidates) if (typeof c === "string" && isUrl(c)) return { value: c, from: "JSON-LD url" };
    return null;
  };

  const docTitle = clean(doc.querySelector("title")?.textContent ?? "");
  const h1s = [...doc.querySelectorAll("h1")].map((h) => clean(h.textContent ?? "")).filter(Boolean);

  const site =
    fromMeta(META.site) ??
    (article && name(article.publisher) ? { value: clean(name(article.publisher)!), from: "JSON-LD publisher" } : null) ??
    (() => {
      const org = ld.find((o) => types(o).some((t) => /^(?:WebSite|NewsMediaOrganization|Organization)$/.test(t)) && name(o.name ?? null));
      return org ? { value: clean(name(org.name ?? null)!), from: "JSON-LD WebSite name" } : null;
    })();

  let title = fromLd("headline") ?? fromMeta(META.title) ?? (h1s.length === 1 ? { value: h1s[0], from: "<h1>" } : null);
  if (!title && docTitle) {
    // "Headline | Site" or "Headline - Site": drop the site part when it is the site name.
    const parts = docTitle.split(/\s+[|–—-]\s+/);
    const value = parts.length > 1 && site && parts.at(-1)!.toLowerCase() === site.value.toLowerCase() ? parts.slice(0, -1).join(" - ") : docTitle;
    title = { value, from: "<title>" };
  }

  const date = (v: string) => normalizeDate(v);
  const timeEl = [...doc.querySelectorAll("time[datetime]")].find((t) => t.getAttribute("pubdate") != null || t.getAttribute("itemprop") === "datePublished");
  const published =
    fromLd("datePublished", date) ??
    fromMeta(META.published.filter((k) => k !== "og:updated_time"), date) ??
    (timeEl && date(timeEl.getAttribute("datetime") ?? "") ? { value: date(timeEl.getAttribute("datetime")!)!, from: "<time pubdate>" } : null) ??
    fromLd("dateCreated", date);

  const byline = (v: string) => (isUrl(v) || v.startsWith("@") ? null : v.replace(/^(?:by|par)\s+/i, "") || null);
  const author = fromLd("author", byline) ?? fromMeta(META.author, byline);

  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() ?? "";
  const url = (isUrl(canonical) ? { value: canonical, from: "<link rel=canonical>" } : null) ?? fromMeta(META.url, (v) => (isUrl(v) ? v : null)) ?? ldUrl();

  const two = (v: string) => (/^[a-z]{2}(?:$|[-_])/i.test(v) ? v.slice(0, 2).toLowerCase() : null);
  const htmlLang = doc.documentElement?.getAttribute("lang") ?? doc.documentElement?.getAttribute("xml:lang") ?? "";
  const lang =
    (two(htmlLang) ? { value: two(htmlLang)!, from: "<html lang>" } : null) ??
    fromLd("inLanguage", two) ??
    fromMeta(META.lang, two);

  return { title, site, author, published, url, lang };
}
