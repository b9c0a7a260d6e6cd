// The curated gazetteer (data/lexicons/actors.yaml), checked and compiled once: one trie of
// every name and alias (case as written), one trie of descriptions per language, an index of
// surnames for misprints, and the cue lexicons of each language.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ActorType, Language } from "../types.ts";
import { buildCues, CUE_KEYS, type Cues, LANGUAGES, type RawCues, readCues, readNames } from "./lexicon.ts";
import { fold, lower, PhraseTrie, tokenize } from "./tokens.ts";
import { isMap, isScalar, type Node, readYaml, stringList, type YamlFile } from "./yaml.ts";

export const ACTOR_TYPES: readonly ActorType[] = ["person", "organization", "product", "media", "place"];
const ENTRY_KEYS = ["name", "type", "aliases", "cued", "descriptions", "description"];

export interface GazetteerEntry {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  /** Names that count only next to a cue ("X" for Twitter). */
  cued: string[];
  descriptions: Record<Language, string[]>;
  description: string | null;
  /** Line of the entry in the file. */
  line: number | null;
}

/** A name found in the text: which entry it names, and whether it needs a cue to count. */
export interface NameHit {
  entry: number;
  cued: boolean;
}

/** A description phrase ("réseau social") and the entries it may stand for. */
export interface DescriptionHit {
  phrase: string;
  entries: number[];
  /** Listed in ambiguous_descriptions, or shared by several entries. */
  ambiguous: boolean;
}

export interface Surname {
  folded: string;
  entry: number;
  /** The first name that goes with it, when the entry's name has one. */
  first: string | null;
}

export interface Gazetteer {
  file: string;
  entries: GazetteerEntry[];
  names: PhraseTrie<NameHit>;
  descriptions: Record<Language, PhraseTrie<DescriptionHit>>;
  /** Person surnames by the first letter of their folded form. */
  surnames: Map<string, Surname[]>;
  firstNames: Set<string>;
  cues: Record<Language, Cues>;
}

/** Stable slug of a name: accents dropped, lower case, words joined by hyphens ("Elon Musk" → elon-musk). */
export function slug(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

function parseEntries(y: YamlFile): { entries: GazetteerEntry[]; ambiguous: Record<Language, string[]> } {
  const example = "see the comment at the top of the file";
  if (!isMap(y.root)) y.fail(y.root, `the gazetteer must be an 'actors:' list of entries (${example})`);
  let list: Node | null = null;
  let ambiguous: Record<Language, string[]> = { fr: [], en: [] };
  for (const pair of y.root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (key === "actors") list = pair.value as Node | null;
    else if (key === "ambiguous_descriptions") ambiguous = perLanguage(y, pair.value as Node | null, "ambiguous_descriptions");
    else y.fail(pair.key as Node, `unknown key '${key}' at the top of the gazetteer: use 'actors:' and 'ambiguous_descriptions:'`);
  }
  if (!list || !("items" in list) || !Array.isArray((list as { items: unknown }).items) || isMap(list))
    y.fail(list ?? y.root, `'actors:' must be a list of entries, each starting with '- name: ...' (${example})`);
  const entries: GazetteerEntry[] = [];
  const seen = new Map<string, GazetteerEntry>();
  for (const item of (list as unknown as { items: Node[] }).items) {
    if (!isMap(item)) y.fail(item, "each actor is a block of 'key: value' lines that starts with '- name: <canonical name>'");
    const get = (k: string) => item.get(k, true) as Node | undefined;
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (!ENTRY_KEYS.includes(key)) y.fail(pair.key as Node, `unknown key '${key}' in an actor entry: use ${ENTRY_KEYS.join(", ")}`);
    }
    const nameNode = get("name");
    const name = isScalar(nameNode) && nameNode.value != null ? String(nameNode.value).trim() : "";
    if (!name) y.fail(nameNode ?? item, "this actor has no name: add 'name: <canonical name>' as the first line of the entry");
    const typeNode = get("type");
    const type = isScalar(typeNode) && typeNode.value != null ? String(typeNode.value).trim() : "";
    if (!type) y.fail(item, `'${name}' has no type: add 'type: person' (or organization, product, media, place)`);
    if (!(ACTOR_TYPES as readonly string[]).includes(type))
      y.fail(typeNode, `unknown type '${type}' for '${name}': use one of ${ACTOR_TYPES.join(", ")}`);
    const id = slug(name);
    if (!id) y.fail(nameNode, `the name '${name}' has no letter or digit: write the actor's canonical name`);
    const twin = seen.get(id);
    if (twin) y.fail(item, `'${name}' has the same id '${id}' as '${twin.name}' on line ${twin.line}: merge the two entries (put one name in the other's aliases)`);
    const descNode = get("description");
    if (descNode && !isScalar(descNode)) y.fail(descNode, `the description of '${name}' must be one line of text`);
    const description = isScalar(descNode) && descNode.value != null ? String(descNode.value).trim() || null : null;
    const entry: GazetteerEntry = {
      id,
      name,
      type: type as ActorType,
      aliases: stringList(y, get("aliases"), `aliases of '${name}'`, "Short Name, Other Spelling").map((s) => s.value),
      cued: stringList(y, get("cued"), `cued names of '${name}'`, "X").map((s) => s.value),
      descriptions: perLanguage(y, get("descriptions") ?? null, `descriptions of '${name}'`),
      description,
      line: y.line(item),
    };
    seen.set(id, entry);
    entries.push(entry);
  }
  return { entries, ambiguous };
}

function perLanguage(y: YamlFile, n: Node | null, what: string): Record<Language, string[]> {
  const out: Record<Language, string[]> = { fr: [], en: [] };
  if (n == null || (isScalar(n) && n.value == null)) return out;
  if (!isMap(n)) y.fail(n, `${what} must be 'fr: [...]' and 'en: [...]' lines, one list per language`);
  for (const pair of n.items) {
    const lang = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!(LANGUAGES as readonly string[]).includes(lang))
      y.fail(pair.key as Node, `unknown language '${lang}' in ${what}: use ${LANGUAGES.join(" and ")}`);
    out[lang as Language] = stringList(y, pair.value as Node, `${what} (${lang})`, "phrase without its article, other phrase").map((s) => s.value);
  }
  return out;
}

/** Reads and compiles the gazetteer and cue lexicons of a lexicon folder. Throws a LexiconError on a bad file. */
/** What the lexicon files say, checked: the input of buildGazetteer, and what the cache keeps. */
export interface GazetteerSource {
  file: string;
  entries: GazetteerEntry[];
  ambiguous: Record<Language, string[]>;
  cues: Record<Language, RawCues>;
  firstNames: string[];
}

const FILES = ["actors.yaml", "fr/actor-cues.yaml", "en/actor-cues.yaml", "fr/first-names.txt", "en/first-names.txt"];
// Bump when GazetteerSource changes shape, so that old cache files are not read.
const CACHE_VERSION = 1;

/** Reads and checks the lexicon files. Throws a LexiconError naming the file, the line and the fix. */
export function readGazetteerSource(dir: string): GazetteerSource {
  const y: YamlFile = readYaml(join(dir, "actors.yaml"));
  const { entries, ambiguous } = parseEntries(y);
  return {
    file: y.file,
    entries,
    ambiguous,
    cues: { fr: readCues(dir, "fr"), en: readCues(dir, "en") },
    firstNames: [...readNames(join(dir, "fr", "first-names.txt")), ...readNames(join(dir, "en", "first-names.txt"))],
  };
}

/**
 * Reads the lexicons, through a cache: parsing YAML costs a few hundred milliseconds at a cold
 * start, so the checked content is kept as JSON in the system's temporary folder, under a hash of
 * the files' bytes (an edit gives a new hash, so a stale cache is never read). The cache only
 * saves time: when it cannot be read or written, the files are parsed as usual.
 */
export function compileGazetteer(dir: string): Gazetteer {
  let hash: string | null = null;
  try {
    const h = createHash("sha1").update(`${CACHE_VERSION} ${CUE_KEYS.join(",")}`);
    for (const f of FILES) h.update("\0" + f + "\0").update(existsSync(join(dir, f)) ? readFileSync(join(dir, f)) : "");
    hash = h.digest("hex");
  } catch {
    hash = null;
  }
  const cacheFile = hash ? join(tmpdir(), `story-atlas-actors-${hash}.json`) : null;
  if (cacheFile) {
    try {
      return buildGazetteer(JSON.parse(readFileSync(cacheFile, "utf8")) as GazetteerSource);
    } catch {
      // No cache yet, or an unreadable one: parse the files.
    }
  }
  const source = readGazetteerSource(dir);
  if (cacheFile) {
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(source));
      renameSync(tmp, cacheFile);
    } catch {
      // A read-only temporary folder only costs time.
    }
  }
  return buildGazetteer(source);
}

/** Compiles checked lexicon content into tries and sets. */
export function buildGazetteer(source: GazetteerSource): Gazetteer {
  const { entries, ambiguous } = source;

  const names = new PhraseTrie<NameHit>(false);
  entries.forEach((e, entry) => {
    const cued = new Set(e.cued);
    for (const n of [e.name, ...e.aliases]) if (!cued.has(n)) names.add(n, { entry, cued: false });
    for (const n of cued) names.add(n, { entry, cued: true });
  });

  const key = (phrase: string) => tokenize(phrase).map((t) => lower(t.text)).join(" ");
  const descriptions = {} as Record<Language, PhraseTrie<DescriptionHit>>;
  for (const lang of LANGUAGES) {
    // Compared as written, and with the first letter in the other case ("Firme de Redmond").
    const trie = new PhraseTrie<DescriptionHit>(false);
    const byPhrase = new Map<string, DescriptionHit>();
    const listed = new Set(ambiguous[lang].map(key));
    entries.forEach((e, entry) => {
      for (const phrase of e.descriptions[lang]) {
        const k = key(phrase);
        let hit = byPhrase.get(k);
        if (!hit) {
          hit = { phrase: k, entries: [], ambiguous: listed.has(k) };
          byPhrase.set(k, hit);
          for (const variant of new Set([phrase, phrase[0].toUpperCase() + phrase.slice(1), phrase[0].toLowerCase() + phrase.slice(1)])) trie.add(variant, hit);
        }
        if (!hit.entries.includes(entry)) hit.entries.push(entry);
        if (hit.entries.length > 1) hit.ambiguous = true;
      }
    });
    descriptions[lang] = trie;
  }

  const surnames = new Map<string, Surname[]>();
  entries.forEach((e, entry) => {
    if (e.type !== "person") return;
    const words = tokenize(e.name).filter((t) => t.word);
    const first = words.length > 1 ? words[0].text : null;
    const forms = new Set<string>();
    if (words.length > 1) forms.add(words[words.length - 1].text);
    for (const a of e.aliases) if (/^\p{Lu}[\p{L}\p{M}]+$/u.test(a) && a !== first) forms.add(a);
    for (const f of forms) {
      const folded = fold(f);
      if (folded.length < 5) continue;
      const list = surnames.get(folded[0]) ?? [];
      list.push({ folded, entry, first });
      surnames.set(folded[0], list);
    }
  });

  const firstNames = new Set(source.firstNames);
  const cues = { fr: buildCues(source.cues.fr, "fr"), en: buildCues(source.cues.en, "en") };
  return { file: source.file, entries, names, descriptions, surnames, firstNames, cues };
}
