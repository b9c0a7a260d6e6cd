// The per-language cue lexicons (data/lexicons/<lang>/actor-cues.yaml) and first names
// (data/lexicons/<lang>/first-names.txt), compiled into tries and sets once.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../types.ts";
import { lower, PhraseTrie, SuffixTrie, tokenize } from "./tokens.ts";
import { displayPath, isMap, isScalar, LexiconError, readYaml, stringList, type YamlFile } from "./yaml.ts";

export const LANGUAGES: readonly Language[] = ["fr", "en"];

/** The keys of an actor-cues.yaml file, each a list of phrases. */
export const CUE_KEYS = [
  "determiners",
  "person_titles",
  "person_before",
  "person_after",
  "organization_before",
  "organization_adjectives",
  "organization_suffixes",
  "legal_suffixes",
  "media_before",
  "source_before",
  "media_after",
  "media_words",
  "product_before",
  "rename_words",
  "platform_before",
  "platform_prepositions",
  "common_before",
  "stop_words",
  "generic_terms",
  "place_before",
  "places",
  "ambiguous_first_names",
] as const;
type Key = (typeof CUE_KEYS)[number];

export interface Cues {
  language: Language;
  determiners: SuffixTrie;
  personTitles: SuffixTrie;
  personBefore: SuffixTrie;
  personAfter: PhraseTrie<true>;
  organizationBefore: SuffixTrie;
  organizationAdjectives: Set<string>;
  /** Last words that make a name an organisation (compared as written). */
  organizationSuffixes: Set<string>;
  legalSuffixes: Set<string>;
  mediaBefore: SuffixTrie;
  sourceBefore: SuffixTrie;
  mediaAfter: PhraseTrie<true>;
  mediaWords: Set<string>;
  productBefore: SuffixTrie;
  renameWords: Set<string>;
  platformBefore: SuffixTrie;
  platformPrepositions: SuffixTrie;
  /** Right before a cued name, words that make it a common noun ("la génération X", "un X blanc"). */
  commonBefore: SuffixTrie;
  /** Lower-cased words that never belong to an unknown name. */
  stopWords: Set<string>;
  /** Generic terms, compared as written ("IA", "LLM"). */
  genericTerms: Set<string>;
  placeBefore: SuffixTrie;
  places: Set<string>;
  ambiguousFirstNames: Set<string>;
}

function readCueFile(path: string, language: Language): Record<Key, string[]> {
  const y: YamlFile = readYaml(path);
  if (!isMap(y.root)) y.fail(y.root, "the cue file must be 'key: [phrase, phrase, ...]' lines (keys: " + CUE_KEYS.join(", ") + ")");
  const out = Object.fromEntries(CUE_KEYS.map((k) => [k, [] as string[]])) as Record<Key, string[]>;
  for (const pair of y.root.items) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : "";
    if (!(CUE_KEYS as readonly string[]).includes(key))
      y.fail(keyNode as never, `unknown key '${key}' in the ${language} cue file: use one of ${CUE_KEYS.join(", ")}`);
    out[key as Key] = stringList(y, pair.value as never, key, "word, two words, ...").map((s) => s.value);
  }
  return out;
}

/** First names of a file, one per line; `#` starts a comment. */
export function readNames(path: string): string[] {
  if (!existsSync(path)) return [];
  const out: string[] = [];
  readFileSync(path, "utf8")
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.replace(/#.*$/, "").trim();
      if (!line) return;
      if (!/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(line))
        throw new LexiconError(displayPath(path), i + 1, `'${line}' is not a first name: write one capitalised first name per line (e.g. Jean-Pierre)`);
      out.push(line);
    });
  return out;
}

const suffixTrie = (phrases: string[]) => {
  const t = new SuffixTrie();
  for (const p of phrases) t.add(p);
  return t;
};
const phraseTrie = (phrases: string[]) => {
  const t = new PhraseTrie<true>(true);
  for (const p of phrases) t.add(p, true);
  return t;
};

export type RawCues = Record<Key, string[]>;

/** Reads and checks a language's cue file (throws a LexiconError naming the file and line). */
export function readCues(dir: string, language: Language): RawCues {
  return readCueFile(join(dir, language, "actor-cues.yaml"), language);
}

export function buildCues(source: RawCues, language: Language): Cues {
  // Keys missing from an older cache file count as empty lists.
  const raw = Object.fromEntries(CUE_KEYS.map((k) => [k, source[k] ?? []])) as RawCues;
  const words = (list: string[]) => new Set(list.flatMap((p) => tokenize(p).filter((t) => t.word).map((t) => lower(t.text))));
  return {
    language,
    determiners: suffixTrie(raw.determiners),
    personTitles: suffixTrie(raw.person_titles),
    personBefore: suffixTrie(raw.person_before),
    personAfter: phraseTrie(raw.person_after),
    organizationBefore: suffixTrie(raw.organization_before),
    organizationAdjectives: new Set(raw.organization_adjectives.map(lower)),
    organizationSuffixes: new Set(raw.organization_suffixes),
    legalSuffixes: new Set(raw.legal_suffixes),
    mediaBefore: suffixTrie(raw.media_before),
    sourceBefore: suffixTrie(raw.source_before),
    mediaAfter: phraseTrie(raw.media_after),
    mediaWords: new Set(raw.media_words),
    productBefore: suffixTrie(raw.product_before),
    renameWords: words(raw.rename_words),
    platformBefore: suffixTrie(raw.platform_before),
    platformPrepositions: suffixTrie(raw.platform_prepositions),
    commonBefore: suffixTrie(raw.common_before),
    stopWords: new Set(raw.stop_words.map(lower)),
    genericTerms: new Set(raw.generic_terms),
    placeBefore: suffixTrie(raw.place_before),
    places: new Set(raw.places),
    ambiguousFirstNames: new Set(raw.ambiguous_first_names),
  };
}
