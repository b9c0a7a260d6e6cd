// Small form controls the pages use for filters: native radio groups, selects and checkbox groups
// (keyboard reachable, labelled), each an input in Framework's sense: `.value` and "input" events,
// so a page can `view(...)` or `Generators.input(...)` them. Lighter than @observablehq/inputs,
// whose stylesheet Framework only adds for its own CDN import.
import { h } from "./dom.js";
import * as check from "./options.js";

export type Input<T> = HTMLElement & { value: T };

interface ChoiceOptions<T> {
  label: string;
  value?: T;
  /** The text of a choice (default: String). */
  format?: (choice: never) => string;
  document?: Document;
}

let counter = 0;
const fmt = <C>(format: ((c: never) => string) | undefined, c: C) => (format ? format(c as never) : String(c));

/**
 * A native control fires "input" then "change": only the control's own "input" (sent on "change",
 * once its value is set) leaves it. Letting the native one bubble too would make a page redraw its
 * chart twice per click (the first time with the old radio value).
 */
/** An "input" event of the control's own window (a page's, or a test DOM's). */
function inputEvent(doc: Document): Event {
  const E = (doc.defaultView as (Window & typeof globalThis) | null)?.Event ?? Event;
  return new E("input", { bubbles: true });
}

function quiet(el: HTMLElement): void {
  el.addEventListener("input", (event) => event.stopPropagation());
}

/** One choice among several, as radio buttons. */
export function radio<C>(choices: readonly C[], options: ChoiceOptions<C>): Input<C> {
  const doc = check.documentOf(options.document);
  const name = `sa-radio-${++counter}`;
  let value = options.value ?? choices[0];
  if (!choices.includes(value)) throw check.invalid("value", value);
  const root = h(doc, "fieldset", { class: "sa-control" }, h(doc, "legend", {}, options.label)) as Input<C>;
  choices.forEach((c, i) => {
    const input = h(doc, "input", { type: "radio", name, value: String(i), checked: c === value }) as HTMLInputElement;
    quiet(input);
    input.addEventListener("change", () => {
      value = c;
      root.dispatchEvent(inputEvent(doc));
    });
    root.appendChild(h(doc, "label", {}, input, fmt(options.format, c)));
  });
  Object.defineProperty(root, "value", { get: () => value });
  return root;
}

/** One choice among many, as a drop-down. */
export function select<C>(choices: readonly C[], options: ChoiceOptions<C>): Input<C> {
  const doc = check.documentOf(options.document);
  const value = options.value ?? choices[0];
  const el = h(
    doc,
    "select",
    {},
    choices.map((c, i) => h(doc, "option", { value: String(i), selected: c === value }, fmt(options.format, c))),
  ) as HTMLSelectElement;
  quiet(el);
  const root = h(doc, "div", { class: "sa-control" }, h(doc, "label", {}, h(doc, "span", {}, options.label), el)) as Input<C>;
  el.addEventListener("change", () => root.dispatchEvent(inputEvent(doc)));
  Object.defineProperty(root, "value", { get: () => choices[Number(el.value)] });
  return root;
}

/** Any number of choices, as checkboxes. */
export function checkbox<C>(choices: readonly C[], options: ChoiceOptions<C[]>): Input<C[]> {
  const doc = check.documentOf(options.document);
  const initial = new Set(options.value ?? choices);
  const boxes: HTMLInputElement[] = [];
  const root = h(doc, "fieldset", { class: "sa-control" }, h(doc, "legend", {}, options.label)) as Input<C[]>;
  choices.forEach((c, i) => {
    const input = h(doc, "input", { type: "checkbox", value: String(i), checked: initial.has(c) }) as HTMLInputElement;
    quiet(input);
    input.addEventListener("change", () => root.dispatchEvent(inputEvent(doc)));
    boxes.push(input);
    root.appendChild(h(doc, "label", {}, input, fmt(options.format as ((c: never) => string) | undefined, c)));
  });
  Object.defineProperty(root, "value", { get: () => choices.filter((_, i) => boxes[i].checked) });
  return root;
}
