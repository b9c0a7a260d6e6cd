import type { Problem } from "./types.ts";

/** `file:line: error: message`, the form editors' tools and terminals link to. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line != null ? `:${p.line}` : ""}: ${p.severity}: ${p.message}`;
}
