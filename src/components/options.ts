// Option checks shared by the components (after Plot's `keyword`): a bad option throws
// `invalid <name>: <value>` naming what was passed, so a page author sees the fix at once.

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function invalid(name: string, value: unknown): Error {
  return new Error(`invalid ${name}: ${show(value)}`);
}

/** One of `allowed` (case-insensitive), or `fallback` when undefined. */
export function keyword<T extends string>(value: unknown, name: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const v = typeof value === "string" ? value.toLowerCase() : value;
  if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) throw invalid(name, value);
  return v as T;
}

/** The narrowest a chart is drawn (a container not laid out yet reports 0). */
export const MIN_WIDTH = 240;

/** A width in pixels: a finite number >= 0 (defaults to 640, Plot's default), drawn at least MIN_WIDTH wide. */
export function width(value: unknown, fallback = 640): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw invalid("width", value);
  return Math.max(MIN_WIDTH, Math.floor(value));
}

export function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw invalid(name, value);
  return value;
}

export function boolean(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw invalid(name, value);
  return value;
}

/** A list of ids to keep (an empty list keeps nothing), or null for "all" (undefined or null). */
export function idList(value: unknown, name: string): Set<string> | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return new Set([value]);
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) throw invalid(name, value);
  return new Set(value as string[]);
}

/** An optional string (an id to focus). */
export function optionalString(value: unknown, name: string): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string") throw invalid(name, value);
  return value;
}

/** A period `[from, to]` of ISO dates (either may be null for an open end), or null. */
export function period(value: unknown, name = "period"): [string | null, string | null] | null {
  if (value === undefined || value === null) return null;
  const iso = (v: unknown) => v === null || (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v));
  if (!Array.isArray(value) || value.length !== 2 || !value.every(iso)) throw invalid(name, value);
  const [from, to] = value as [string | null, string | null];
  if (from && to && from > to) throw invalid(name, value);
  return [from, to];
}

/** The document to build DOM in: the option (tests pass linkedom's), else the global one. */
export function documentOf(value: unknown): Document {
  const doc = (value as Document | undefined) ?? (globalThis as { document?: Document }).document;
  if (!doc || typeof doc.createElement !== "function") throw invalid("document", value === undefined ? "(no global document)" : "(not a Document)");
  return doc;
}
