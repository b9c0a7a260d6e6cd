// Listing the files editors drop into data/ folders.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * The files of a folder whose names match `pattern`, in name order (so every output built from them
 * is deterministic); hidden files and sub-folders left out; none when the folder is missing.
 */
export function listFiles(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => pattern.test(n) && !n.startsWith("."))
    .sort()
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile());
}
