// A linkedom document for component tests (charts are built in it instead of a browser's).
import { parseHTML } from "linkedom";

export function makeDocument(): Document {
  return parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
}

/** Elements of the mark whose aria-description is `label` (Plot puts a mark's constant ariaDescription on its <g>). */
export function marks(root: Element, label: string, shape: string): Element[] {
  return Array.from(root.querySelectorAll(`g[aria-description="${label}"]`)).flatMap((g) => Array.from(g.querySelectorAll(shape)));
}
