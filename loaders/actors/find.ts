// Finds the actors of one article, in passes over one token list (the order matters: each pass
// leaves the tokens it used to the next ones):
//   1. gazetteer names and aliases (longest first); ambiguous aliases go to the entry named
//      most recently; cued names ("X") only next to a cue;
//   2. misprinted surnames of gazetteer people ("Babusschkin");
//   3. the article's own outlet (front matter `source`) where the text names it;
//   4. descriptions ("le milliardaire", "l'oiseau bleu"), resolved to an actor named in the
//      article (the nearest compatible one before, or the name right after);
//   5. unknown names: runs of capitalised words typed from cues (titles, first names,
//      "chez X", "la société X", "X Inc.", "selon X" for outlets, "le modèle X");
//   5b. names without a cue that the article comes back to ("Alan Roe ... Roe" is a person,
//      "Boeing ... Boeing" an organisation);
//   6. later mentions of the names found in pass 5 ("Dupont" after "Jean Dupont").
import type { ActorType, Article, Language } from "../types.ts";
import type { DescriptionHit, Gazetteer, NameHit } from "./gazetteer.ts";
import { slug } from "./gazetteer.ts";
import type { Cues } from "./lexicon.ts";
import { fold, lower, PhraseTrie, type Token, tokenize } from "./tokens.ts";
import { Collector, type FoundActor, gazetteerIdIndex, gazetteerIndexOf, type Span } from "./collect.ts";
import { closestSurname, editDistance } from "./fuzzy.ts";

export type { FoundActor, Span } from "./collect.ts";

interface NameMatch {
  i: number;
  j: number;
  hits: NameHit[];
}

interface DescMatch {
  i: number;
  j: number;
  hit: DescriptionHit;
}

/** Particles inside personal and organisation names ("Charles de Gaulle", "Ursula von der Leyen"). */
const PARTICLES = new Set(["de", "du", "des", "von", "van", "der", "den", "da", "di", "del", "della", "ben", "bin", "al"]);
const CONNECTORS = new Set(["of", "for", "&"]);
const CHEZ = new Set(["chez", "at"]);
const FRENCH_GENITIVES = new Set(["de", "du", "des"]);
const OUTLET_ARTICLES = new Set(["le", "la", "les", "the"]);
const DOMAIN = new Set(["com", "fr", "net", "org", "io", "co", "info"]);

/** Index of the token that starts at an offset, or null. */
function tokenAt(tokens: readonly Token[], offset: number): number | null {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else if (tokens[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return null;
}

export function findActorsIn(article: Article, gz: Gazetteer): FoundActor[] {
  const text = article.text;
  const lang: Language = article.language === "en" ? "en" : "fr";
  const cues: Cues = gz.cues[lang];
  const tokens = tokenize(text);
  const n = tokens.length;
  // Lower-cased tokens, computed when a cue check needs them.
  const lowCache: string[] = new Array(n);
  const low = (k: number): string => lowCache[k] ?? (lowCache[k] = lower(tokens[k].text));
  const covered = new Uint8Array(n);
  const initial = new Uint8Array(n);
  const heading = new Uint8Array(n);
  {
    let k = 0;
    for (const s of article.sentences) {
      while (k < n && tokens[k].end <= s.start) k++;
      let first = true;
      let end = k;
      let words = 0;
      let caps = 0;
      for (; end < n && tokens[end].start < s.end; end++)
        if (tokens[end].word && tokens[end].text.length > 3) {
          words++;
          if (tokens[end].cap) caps++;
        }
      // A line in Title Case is a headline even when not marked as one: no names from cues there.
      const headline = s.heading || (words >= 3 && caps / words >= 0.6 && !/[.!?»"”]$/.test(text.slice(s.start, s.end).trimEnd()));
      for (let q = k; q < end; q++) {
        if (headline) heading[q] = 1;
        if (first && tokens[q].word) {
          initial[q] = 1;
          first = false;
        }
      }
    }
    if (!article.sentences.length && n) initial[0] = 1;
  }
  const out = new Collector();
  const entries = gz.entries;
  const slice = (i: number, j: number) => text.slice(tokens[i].start, tokens[j - 1].end);
  const span = (i: number, j: number): Span => ({ start: tokens[i].start, end: tokens[j - 1].end });
  const cover = (i: number, j: number) => covered.fill(1, i, j);
  const isCapWord = (k: number) => k >= 0 && k < n && tokens[k].word && tokens[k].cap;
  const addEntry = (entry: number, i: number, j: number, surface: boolean) => {
    const e = entries[entry];
    out.add(
      `g:${entry}`,
      () => ({ id: e.id, name: e.name, type: e.type, aliases: [...e.aliases, ...e.cued.filter((c) => c !== e.name)], origin: "gazetteer", description: e.description }),
      span(i, j),
      surface ? slice(i, j) : null,
    );
  };

  // ---- 1. Gazetteer names --------------------------------------------------------------
  const matches: NameMatch[] = [];
  for (let i = 0; i < n; i++) {
    if (!tokens[i].word) continue;
    const m = gz.names.longest(tokens, i);
    if (!m) continue;
    // A lone first name followed by a surname is someone else ("Claude Chappe" is not Claude).
    if (m.end === i + 1 && gz.firstNames.has(tokens[i].text) && isCapWord(i + 1) && tokens[i + 1].gap === 1 && !gz.names.longest(tokens, i + 1) && !cues.stopWords.has(low(i + 1)))
      continue;
    // A one-word name after someone else's first name is someone else ("Jeff Huang" is not Jensen
    // Huang, "Nikola Tesla" is not the carmaker, "Michael Bloomberg" is not the agency).
    if (
      m.end === i + 1 && i > 0 && tokens[i].gap === 1 && isCapWord(i - 1) && gz.firstNames.has(tokens[i - 1].text) &&
      !(initial[i - 1] && cues.ambiguousFirstNames.has(tokens[i - 1].text)) &&
      m.values.every((h) => !entries[h.entry].name.startsWith(tokens[i - 1].text + " "))
    )
      continue;
    matches.push({ i, j: m.end, hits: m.values });
    i = m.end - 1;
  }
  const descs: DescMatch[] = [];
  const descEndingAt = new Map<number, DescMatch>();
  for (let i = 0; i < n; i++) {
    if (!tokens[i].word) continue;
    const m = gz.descriptions[lang].longest(tokens, i);
    if (!m) continue;
    const d = { i, j: m.end, hit: m.values[0] };
    descs.push(d);
    descEndingAt.set(m.end, d);
    i = m.end - 1;
  }
  const matchAt = new Map<number, NameMatch>();
  const matchEndingAt = new Map<number, NameMatch>();
  for (const m of matches) {
    matchAt.set(m.i, m);
    matchEndingAt.set(m.j, m);
  }

  // Where each entry is named (token index), for ambiguous aliases and descriptions.
  const named = new Map<number, number[]>();
  const inTitle = new Set<number>();
  {
    const t = tokenize(article.title ?? "");
    for (let i = 0; i < t.length; i++) {
      const m = gz.names.longest(t, i);
      if (!m) continue;
      for (const h of m.values) if (!h.cued && m.values.length === 1) inTitle.add(h.entry);
      i = m.end - 1;
    }
  }
  const markNamed = (entry: number, i: number) => {
    const list = named.get(entry) ?? [];
    list.push(i);
    named.set(entry, list);
  };
  const accepted = new Map<number, number>(); // token index of a match → entry
  const accept = (m: NameMatch, entry: number) => {
    accepted.set(m.i, entry);
    markNamed(entry, m.i);
    cover(m.i, m.j);
  };
  // Unambiguous names first, so that ambiguous ones can look at them.
  for (const m of matches) if (m.hits.length === 1 && !m.hits[0].cued) accept(m, m.hits[0].entry);
  for (const list of named.values()) list.sort((a, b) => a - b);
  const nearest = (candidates: number[], at: number, forward: boolean): number | null => {
    let best: number | null = null;
    let bestPos = -Infinity;
    for (const e of candidates) {
      const pos = named.get(e) ?? [];
      let before = -Infinity;
      for (const p of pos) if (p < at && p > before) before = p;
      if (before === -Infinity && inTitle.has(e)) before = -1;
      if (before > bestPos) {
        bestPos = before;
        best = e;
      }
    }
    if (best != null || !forward) return best;
    let after = Infinity;
    for (const e of candidates)
      for (const p of named.get(e) ?? [])
        if (p > at && p < after) {
          after = p;
          best = e;
        }
    return best;
  };
  const cuedOnce = new Set<number>();
  const typeCue = (type: ActorType, i: number): boolean => {
    const before = (t: { endingBefore: (tk: readonly Token[], l: (k: number) => string, i: number) => number }) => t.endingBefore(tokens, low, i) >= 0;
    if (type === "media") return before(cues.mediaBefore) || before(cues.sourceBefore);
    if (type === "product") return before(cues.productBefore);
    if (type === "organization") return before(cues.organizationBefore);
    if (type === "person") return before(cues.personTitles) || before(cues.personBefore);
    return false;
  };
  const renamePair = (m: NameMatch, entry: number): boolean => {
    const linked = (k: number) => !tokens[k].word || cues.renameWords.has(low(k));
    for (let k = m.j, steps = 0; k < n && steps < 6; k++, steps++) {
      const other = matchAt.get(k);
      if (other && k > m.j && other.hits.some((h) => h.entry === entry && !h.cued)) return true;
      if (tokens[k].gap === 2 || !linked(k)) break;
    }
    for (let k = m.i - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
      if (tokens[k + 1].gap === 2) break;
      const owner = matchEndingAt.get(k + 1);
      if (owner && k + 1 < m.i && owner.hits.some((h) => h.entry === entry && !h.cued)) return true;
      if (!linked(k)) break;
    }
    return false;
  };
  for (const m of matches) {
    if (accepted.has(m.i)) continue;
    const plain = m.hits.filter((h) => !h.cued).map((h) => h.entry);
    if (plain.length) {
      const e = nearest(plain, m.i, true) ?? plain[0];
      accept(m, e);
      continue;
    }
    // "la génération X", "un X blanc", "rayons X": the letter, whatever cued the name before.
    if (cues.commonBefore.endingBefore(tokens, low, m.i) >= 0) continue;
    for (const h of m.hits) {
      const e = entries[h.entry];
      const d = descEndingAt.get(m.i);
      const next = m.j < n ? tokens[m.j] : null;
      const version = e.type === "product" && next != null && next.gap === 1 && /^\d/.test(next.text);
      const platform =
        (e.type === "organization" || e.type === "product") &&
        (cues.platformBefore.endingBefore(tokens, low, m.i) >= 0 ||
          (cues.platformPrepositions.endingBefore(tokens, low, m.i) >= 0 && (next == null || next.gap === 2 || (!next.word && next.text !== "-"))));
      const cued =
        (d != null && d.hit.entries.includes(h.entry)) ||
        typeCue(e.type, m.i) ||
        platform ||
        renamePair(m, h.entry) ||
        version ||
        ((cuedOnce.has(h.entry) || (named.get(h.entry) ?? []).some((p) => p < m.i)) && !(isCapWord(m.i - 1) && tokens[m.i].gap === 1 && !cues.stopWords.has(low(m.i - 1))) && !(next && next.gap === 0 && next.text === "-") && !(next && /^\d/.test(next.text)));
      if (cued) {
        cuedOnce.add(h.entry);
        accept(m, h.entry);
        break;
      }
    }
  }
  for (const m of matches) {
    const e = accepted.get(m.i);
    if (e != null) addEntry(e, m.i, m.j, true);
  }

  // ---- 2. Misprinted surnames -------------------------------------------------------------
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (covered[i] || !t.word || !t.cap || t.text.length < 6) continue;
    if (cues.stopWords.has(low(i)) || gz.firstNames.has(t.text) || cues.genericTerms.has(t.text) || cues.places.has(t.text)) continue;
    if (tokens[i + 1]?.gap === 0 && tokens[i + 1].text === "-") continue;
    const best = closestSurname(gz, t.text);
    if (!best) continue;
    const withFirst = best.first != null && i > 0 && tokens[i].gap === 1 && !covered[i - 1] && isCapWord(i - 1) && editDistance(fold(tokens[i - 1].text), fold(best.first), 1) <= 1;
    // Alone, a misprinted surname must be long enough not to be a word of its own.
    if (!withFirst && (best.d > 1 || best.length < 7)) continue;
    const start = withFirst ? i - 1 : i;
    addEntry(best.entry, start, i + 1, true);
    markNamed(best.entry, start);
    cover(start, i + 1);
  }

  // ---- 3. The article's own outlet -------------------------------------------------------
  const source = (article.source ?? "").trim();
  if (source.length >= 2 && /\p{Lu}/u.test(source) && !["unknown", "stdin"].includes(source.toLowerCase())) {
    const known = gazetteerIndexOf(gz, source);
    if (known < 0 && text.includes(source)) {
      for (let at = text.indexOf(source); at >= 0; at = text.indexOf(source, at + 1)) {
        const i = tokenAt(tokens, at);
        const endAt = at + source.length;
        if (i == null || /[\p{L}\p{N}]/u.test(text[endAt] ?? "")) continue;
        let j = i;
        while (j < n && tokens[j].end <= endAt) j++;
        if (covered.subarray(i, j).some((c) => c)) continue;
        out.add(`t:${slug(source)}`, () => ({ id: slug(source), name: source, type: "media", aliases: [], origin: "text", description: null }), span(i, j), null);
        cover(i, j);
      }
    }
  }

  // ---- 4. Descriptions ------------------------------------------------------------------------
  const personCueAt = new Set<number>(); // token index right after a person description with no actor
  for (const d of descs) {
    // Apposition: the name right after, maybe past an adjective ("l'entrepreneur français Xavier Niel").
    let at = d.j;
    if (at + 1 < n && tokens[at].gap === 1 && cues.organizationAdjectives.has(low(at)) && tokens[at + 1].gap === 1 && isCapWord(at + 1)) at++;
    const next = at < n ? tokens[at] : null;
    const apposition = next != null && next.gap === 1 && next.word && next.cap && !cues.stopWords.has(low(at));
    if (apposition) {
      const target = accepted.get(at);
      // A description right before a name describes it, listed for it or not ("le réseau social Mastodon"),
      // unless it starts with another actor's name: "Microsoft CEO Satya Nadella" is Microsoft, a role and
      // the person (the relations read "<Org> CEO <Person>"); "le cofondateur d'Apple Steve Wozniak" stays.
      if (target != null && (d.hit.entries.includes(target) || d.hit.entries.some((e) => entries[e].type === entries[target].type))) {
        const owner = accepted.get(d.i);
        if (owner == null || owner === target) addEntry(target, d.i, d.j, false);
      }
      else if (target == null && d.hit.entries.some((e) => entries[e].type === "person")) personCueAt.add(at);
      continue;
    }
    // After a determiner, maybe past one adjective ("le fantasque milliardaire", "the eccentric billionaire").
    const determined =
      cues.determiners.endingBefore(tokens, low, d.i) >= 0 ||
      (d.i > 0 && tokens[d.i - 1].word && !tokens[d.i - 1].cap && tokens[d.i].gap === 1 && cues.determiners.endingBefore(tokens, low, d.i - 1) >= 0);
    if (!determined) continue;
    const e = nearest(d.hit.entries, d.i, !d.hit.ambiguous);
    if (e != null) addEntry(e, d.i, d.j, false);
  }

  // ---- 5. Unknown names from cues -----------------------------------------------------------
  const found: Array<{ key: string; name: string; type: ActorType; i: number; j: number }> = [];
  const untyped: Array<{ i: number; j: number; name: string; initial: boolean }> = [];
  const placeNames = new Set<string>();
  const startsName = (k: number) =>
    isCapWord(k) && !covered[k] && !cues.stopWords.has(low(k)) && !cues.genericTerms.has(tokens[k].text);
  // An outlet's name may start with its article ("au quotidien La Gazette", "told The Record").
  const articleOfOutlet = (k: number) =>
    isCapWord(k) && OUTLET_ARTICLES.has(low(k)) && startsName(k + 1) && tokens[k + 1].gap === 1 &&
    (cues.mediaBefore.endingBefore(tokens, low, k) >= 0 || cues.sourceBefore.endingBefore(tokens, low, k) >= 0);
  // "Jean de La Roche": a capitalised article inside a name, before another name word.
  const nameArticle = (k: number) => k + 1 < n && (tokens[k].text === "La" || tokens[k].text === "Le") && tokens[k + 1].gap === 1 && startsName(k + 1);
  for (let i = 0; i < n; i++) {
    if (heading[i] || !(startsName(i) || articleOfOutlet(i))) continue;
    if (i > 0 && tokens[i].gap === 0 && tokens[i - 1].word) continue;
    // Units: words joined by hyphens ("Jean-Pierre"), with particles between them.
    const units: Array<{ i: number; j: number; text: string }> = [];
    let k = i;
    let connected = false;
    while (units.length < 5) {
      let j = k + 1;
      // "O'Brien", "D'Souza".
      if ((tokens[k].text === "O" || tokens[k].text === "D") && j + 1 < n && tokens[j].text === "'" && tokens[j].gap === 0 && tokens[j + 1].gap === 0 && isCapWord(j + 1) && !covered[j + 1]) j += 2;
      // Initials: "D.A. Davidson", "J. P. Morgan".
      while (j + 1 < n && tokens[j - 1].text.length === 1 && tokens[j - 1].cap && !cues.personTitles.has(tokens[j - 1].text + ".") && tokens[j].text === "." && tokens[j].gap === 0 && isCapWord(j + 1) && tokens[j + 1].gap <= 1 && !covered[j + 1]) j += 2;
      if (j - 1 > k && tokens[j - 1].text.length === 1 && !cues.personTitles.has(tokens[j - 1].text + ".") && j < n && tokens[j].text === "." && tokens[j].gap === 0) j++;
      while (j + 1 < n && tokens[j].gap === 0 && tokens[j].text === "-" && tokens[j + 1].gap === 0 && tokens[j + 1].word && !/^\d/.test(tokens[j + 1].text)) j += 2;
      units.push({ i: k, j, text: slice(k, j) });
      if (j < n && tokens[j].gap === 1 && startsName(j) && !cues.genericTerms.has(tokens[j].text)) k = j;
      // "Bruno Le Maire", "Marine Le Pen".
      else if (j < n && tokens[j].gap === 1 && units.length === 1 && gz.firstNames.has(units[0].text) && nameArticle(j)) k = j;
      // "Bank of America", "Center for AI Safety", "Procter & Gamble": one connector inside a name
      // that does not start with a first name.
      else if (
        j + 1 < n && !connected && tokens[j].gap === 1 && CONNECTORS.has(tokens[j].text) && tokens[j + 1].gap === 1 &&
        (startsName(j + 1) || cues.genericTerms.has(tokens[j + 1].text)) && !gz.firstNames.has(units[0].text)
      ) {
        connected = true;
        k = j + 1;
      }
      else if (j < n && tokens[j].gap === 1 && (cues.organizationSuffixes.has(tokens[j].text) || cues.legalSuffixes.has(tokens[j].text)) && tokens[j].word) k = j;
      // A particle joins a first name to a surname ("Charles de Gaulle"); "de" between two other
      // names is a genitive ("la start-up Acme de Jean Roe"), so it ends the name.
      else if (
        j + 1 < n && tokens[j].gap === 1 && PARTICLES.has(tokens[j].text) && tokens[j + 1].gap === 1 && (startsName(j + 1) || nameArticle(j + 1)) && units.length === 1 &&
        (gz.firstNames.has(units[0].text) || !FRENCH_GENITIVES.has(tokens[j].text))
      ) {
        let p = j;
        while (p < n && PARTICLES.has(tokens[p].text) && tokens[p].gap === 1) p++;
        if (!startsName(p) && !nameArticle(p)) break;
        k = p;
      } else break;
    }
    // A capitalised role before the name is a cue, not part of it ("Senator Jane Roe", "Professor Li Wei").
    let roleWord = false;
    while (units.length > 1 && (cues.personBefore.has(units[0].text) || cues.personTitles.has(units[0].text))) {
      units.shift();
      roleWord = true;
    }
    i = units[0].i;
    let j = units[units.length - 1].j;
    // A legal form's full stop ("Acme Inc.") belongs to the name.
    if (j < n && tokens[j].text === "." && tokens[j].gap === 0 && cues.legalSuffixes.has(tokens[j - 1].text + ".")) j++;
    const first = units[0].text;
    const last = units[units.length - 1].text;
    const whole = slice(i, j);
    if (whole.length < 2) continue;
    // The cues, checked lazily in the order of the decision below (most runs have none). No closures
    // here: this runs for every capitalised word, and the helpers below are made once per article.
    const title = cueBefore(cues.personTitles, i);
    // "according to the Springfield Herald": a lower-case article may sit between cue and outlet.
    const article = i > 0 && !tokens[i - 1].cap && OUTLET_ARTICLES.has(low(i - 1)) ? i - 1 : -1;
    const media = cueBefore(cues.mediaBefore, i) || (article > 0 && cueBefore(cues.mediaBefore, article));
    const product = cueBefore(cues.productBefore, i);
    let generic = true;
    for (const u of units) if (!cues.genericTerms.has(u.text)) { generic = false; break; }
    const place = cues.places.has(whole) || cues.places.has(first) || (!media && !product && !title && cueBefore(cues.placeBefore, i) && !CHEZ.has(low(i - 1)));
    let type: ActorType | null = null;
    if (generic || (place && !media && !product)) type = null;
    else if (title) type = "person";
    else if (media) type = "media";
    else if (product) type = "product";
    else if (units.length > 1 && (cues.organizationSuffixes.has(last) || cues.legalSuffixes.has(last))) type = "organization";
    else if (units.length > 1 && gz.firstNames.has(first.split("-")[0]) && !(initial[i] && cues.ambiguousFirstNames.has(first)) && !cues.places.has(first)) type = "person";
    else if (units.length > 1 && roleCue(i, roleWord)) type = "person";
    else if (orgCue(i, article)) type = "organization";
    else if (sourceCue(i, j, article) && outletName(units, j)) type = "media";
    else if (units.length > 1 && cues.personAfter.longest(tokens, j, low) != null) type = "person";
    if (!type) {
      if (place) placeNames.add(units.length === 1 ? whole : whole.replace(/\s+/g, " "));
      if (!generic && !place && !title && !roleCue(i, roleWord)) untyped.push({ i, j, name: units.length === 1 ? whole : whole.replace(/\s+/g, " "), initial: initial[i] === 1 });
      i = j - 1;
      continue;
    }
    // A product's version number belongs to its name ("Orion 2", "Nova-7").
    if (type === "product") {
      while (j < n && tokens[j].gap <= 1 && /^\d/.test(tokens[j].text)) j++;
      while (j + 1 < n && tokens[j].gap === 0 && tokens[j].text === "-" && /^[\p{L}\p{N}]/u.test(tokens[j + 1].text) && tokens[j + 1].gap === 0) j += 2;
    }
    // The canonical name drops legal forms ("Acme Inc." is Acme) and keeps single spaces.
    let nameEnd = j;
    while (nameEnd - 1 > i && (tokens[nameEnd - 1].text === "." || cues.legalSuffixes.has(tokens[nameEnd - 1].text) || cues.legalSuffixes.has(tokens[nameEnd - 1].text + "."))) nameEnd--;
    if (nameEnd - 1 > i && tokens[nameEnd - 1].text === ",") nameEnd--;
    const name = slice(i, nameEnd).replace(/\s+/g, " ");
    const id = slug(name);
    if (!id) {
      i = j - 1;
      continue;
    }
    const known = gazetteerIdIndex(gz, id);
    // "Mme Delorme" after "Margaux Delorme" is the same person.
    const same = type === "person" && units.length === 1 ? found.find((f) => f.type === "person" && f.name.endsWith(" " + name)) : undefined;
    if (known >= 0) addEntry(known, i, j, true);
    else if (same) out.add(same.key, () => ({ id: slug(same.name), name: same.name, type: "person", aliases: [], origin: "text", description: null }), span(i, j), slice(i, j));
    else {
      out.add(`t:${id}`, () => ({ id, name, type: type as ActorType, aliases: [], origin: "text", description: null }), span(i, j), null);
      found.push({ key: `t:${id}`, name, type, i, j });
    }
    cover(i, j);
    i = j - 1;
  }

  // The cues of pass 5 (functions made once per article, not once per capitalised word).
  function cueBefore(t: { endingBefore: (tk: readonly Token[], l: (k: number) => string, i: number) => number }, at: number): boolean {
    return t.endingBefore(tokens, low, at) >= 0;
  }
  function roleCue(i: number, roleWord: boolean): boolean {
    return roleWord || cueBefore(cues.personBefore, i) || personCueAt.has(i) || roleOf(i);
  }
  function orgCue(i: number, article: number): boolean {
    return (
      cueBefore(cues.organizationBefore, i) ||
      (article > 0 && cueBefore(cues.organizationBefore, article)) ||
      (i > 0 && cues.organizationAdjectives.has(low(i - 1)) && cueBefore(cues.organizationBefore, i - 1))
    );
  }
  function outletName(units: ReadonlyArray<{ i: number; j: number }>, j: number): boolean {
    for (const u of units) for (let q = u.i; q < u.j; q++) if (cues.mediaWords.has(tokens[q].text)) return true;
    return j + 1 < n && tokens[j].text === "." && tokens[j].gap === 0 && DOMAIN.has(low(j + 1));
  }
  function sourceCue(i: number, j: number, article: number): boolean {
    return cueBefore(cues.sourceBefore, i) || (article > 0 && cueBefore(cues.sourceBefore, article)) || cues.mediaAfter.longest(tokens, j, low) != null;
  }

  // "le PDG de Acme, Jean Dupont": a role, "de"/"of" + a name, a comma, then the person.
  function roleOf(i: number): boolean {
    if (i < 3 || tokens[i - 1].text !== ",") return false;
    let k = i - 2;
    let steps = 0;
    while (k >= 0 && steps < 6 && (tokens[k].cap || covered[k]) && tokens[k].word) {
      k--;
      steps++;
    }
    if (steps === 0 || k < 0) return false;
    if (tokens[k].text === "'" && k > 0) k--;
    if (!["de", "d", "of", "at", "du", "chez"].includes(low(k))) return false;
    return cues.personBefore.endingBefore(tokens, low, k) >= 0;
  }

  // ---- 5b. Names without a cue that the article comes back to. News style names a person in
  // full, then by surname ("Alan Mulally ... Mulally said"): such a pair is a person. Other names
  // that come back (twice, a single word three times), once inside a sentence, are organisations ("Boeing ... Boeing").
  // First names, acronyms, places and stop words never count.
  {
    const groups = new Map<string, typeof untyped>();
    for (const u of untyped) {
      const list = groups.get(u.name) ?? [];
      list.push(u);
      groups.set(u.name, list);
    }
    const usable = (name: string) => {
      if (/^[\p{Lu}\p{N}\s.&'-]+$/u.test(name) || name.length < 3) return false;
      return !name.split(/[\s-]+/).some((w) => gz.firstNames.has(w) || cues.places.has(w) || cues.stopWords.has(lower(w)));
    };
    const adopt = (name: string, type: ActorType, list: typeof untyped) => {
      const id = slug(name);
      if (!id || gazetteerIdIndex(gz, id) >= 0) return;
      for (const u of list) {
        out.add(`t:${id}`, () => ({ id, name, type, aliases: [], origin: "text", description: null }), span(u.i, u.j), u.name === name ? null : u.name);
        cover(u.i, u.j);
      }
      found.push({ key: `t:${id}`, name, type, i: list[0].i, j: list[0].j });
    };
    const taken = new Set<string>();
    // Surnames of the people already found are theirs (pass 6 adds them).
    for (const f of found) if (f.type === "person") taken.add(f.name.split(" ").pop()!);
    const nameWord = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !cues.organizationSuffixes.has(w);
    for (const [name, list] of groups) {
      const words = name.split(" ");
      if (words.length < 2 || words.length > 3 || !usable(name) || !words.every(nameWord)) continue;
      const surname = groups.get(words[words.length - 1]);
      // A surname takes no article ("the Store" is not Mr Store).
      if (!surname || surname.every((u) => u.i < list[0].i) || surname.some((u) => cues.determiners.endingBefore(tokens, low, u.i) >= 0 || /^(?:a|an|un|une)$/.test(low(u.i - 1)))) continue;
      adopt(name, "person", [...list, ...surname].sort((a, b) => a.i - b.i));
      taken.add(name).add(words[words.length - 1]);
    }
    // Places and common nouns come after an article or a preposition of place ("l'Etat", "en
    // Lorraine", "in Atlanta"); a company's name usually stands alone ("Boeing said").
    const placeOrNoun = (u: (typeof untyped)[number]) =>
      u.i > 0 && (cues.determiners.endingBefore(tokens, low, u.i) >= 0 || cues.placeBefore.endingBefore(tokens, low, u.i) >= 0 || /^(?:a|an|un|une)$/.test(low(u.i - 1)));
    for (const [name, list] of groups) {
      if (taken.has(name) || placeNames.has(name) || list.length < 2 || list.every((u) => u.initial) || !usable(name) || list.some(placeOrNoun)) continue;
      // Two name-like words ("Carla Bruni", "Lockheed Martin") may be a person or a company: no guess.
      const words = name.split(" ");
      if (words.length === 2 && words.every(nameWord)) continue;
      if (words.length === 1 && list.length < 3) continue;
      adopt(name, "organization", list);
    }
  }

  // ---- 6. Later mentions of the names found in pass 5 -----------------------------------------
  if (found.length) {
    const again = new PhraseTrie<string>(false, true);
    for (const f of found) {
      again.add(f.name, f.key);
      if (f.type === "person") {
        const words = f.name.split(" ");
        const surname = words[words.length - 1];
        if (words.length > 1 && surname.length >= 3 && !gz.firstNames.has(surname) && !cues.stopWords.has(lower(surname))) again.add(surname, f.key);
      }
    }
    for (let i = 0; i < n; i++) {
      if (covered[i] || !tokens[i].word || !tokens[i].cap) continue;
      if (i > 0 && tokens[i].gap === 0 && tokens[i - 1].word) continue;
      const m = again.longest(tokens, i);
      if (!m || covered.subarray(i, m.end).some((c) => c)) continue;
      if (m.end < n && tokens[m.end].gap === 1 && isCapWord(m.end) && !covered[m.end] && !cues.stopWords.has(low(m.end))) continue;
      const f = found.find((x) => x.key === m.values[0])!;
      out.add(f.key, () => ({ id: slug(f.name), name: f.name, type: f.type, aliases: [], origin: "text", description: null }), span(i, m.end), slice(i, m.end));
      cover(i, m.end);
      i = m.end - 1;
    }
  }

  return out.list();
}
