import type { Reference, TimeFound } from "../../pack.ts";

export function extractTimes(text: string, reference: Reference): TimeFound[] {
  void text;
  void reference;
  return [];
}
