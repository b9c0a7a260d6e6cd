// Reading the editors' YAML lexicons: every mistake becomes an Error whose message names the
// file, the line and the fix ("data/lexicons/actors.yaml:12: ...: write ...").
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
  ) {
    super(`${file}${line != null ? `:${line}` : ""}: ${message}`);
    this.name = "LexiconError";
  }
}

export interface YamlFile {
  file: string;
  root: Node | null;
  /** Line (1-based) of a node. */
  line(n: Node | null | undefined): number | null;
  fail(n: Node | null | undefined, message: string): never;
}

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

export function readYaml(path: string): YamlFile {
  const file = displayPath(path);
  let src: string;
  try {
    src = readFileSync(path, "utf8");
  } catch (e) {
    throw new LexiconError(file, null, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)}): restore it from git or create it`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(src.replace(/^\uFEFF/, ""), { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const err = doc.errors[0];
    const line = err.linePos?.[0]?.line ?? (err.pos ? lineCounter.linePos(err.pos[0]).line : null);
    throw new LexiconError(
      file,
      line,
      `broken YAML (${err.message.split("\n")[0]}): check the indentation (two spaces, list items start with "- ") and quote values that contain ": " or start with a quote`,
    );
  }
  const line = (n: Node | null | undefined) => (n?.range ? lineCounter.linePos(n.range[0]).line : null);
  return {
    file,
    root: (doc.contents as Node | null) ?? null,
    line,
    fail(n, message) {
      throw new LexiconError(file, line(n), message);
    },
  };
}

/** A list of strings (a YAML sequence of scalars, or one scalar), or a failure naming the line. */
export function stringList(y: YamlFile, n: Node | null | undefined, what: string, example: string): Array<{ value: string; node: Node }> {
  if (n == null) return [];
  if (isScalar(n)) {
    if (n.value == null) return [];
    return [{ value: String(n.value).trim(), node: n }];
  }
  if (!isSeq(n)) y.fail(n, `${what} must be a list: write it as [${example}]`);
  const out: Array<{ value: string; node: Node }> = [];
  for (const item of n.items) {
    if (!isScalar(item) || item.value == null || typeof item.value === "object")
      y.fail(item as Node, `${what} must hold plain words, one per item: write it as [${example}]`);
    const value = String(item.value).trim();
    if (value) out.push({ value, node: item });
  }
  return out;
}

export { isMap, isScalar, isSeq };
export type { Node };
