import { describe, expect, test } from "vitest";
import { Event } from "linkedom";
import { checkbox, radio } from "../../src/components/controls.ts";
import { makeDocument } from "./dom.ts";

const document = makeDocument();

/** What a browser does on a click: the native control fires "input" then "change", both bubbling. */
function nativeChange(el: Element) {
  el.dispatchEvent(new Event("input", { bubbles: true }) as unknown as globalThis.Event);
  el.dispatchEvent(new Event("change", { bubbles: true }) as unknown as globalThis.Event);
}

describe("controls", () => {
  test.each([
    ["radio", () => radio(["actor", "modality"], { label: "Lanes", document }), (root: Element) => {
      const r = root.querySelectorAll("input")[1] as HTMLInputElement;
      r.checked = true;
      return r;
    }, "modality"],
    ["checkbox", () => checkbox(["x", "y"], { label: "Kinds", document }), (root: Element) => {
      const c = root.querySelectorAll("input")[0] as HTMLInputElement;
      c.checked = false;
      return c;
    }, ["y"]],
  ] as const)("a %s change sends ONE input event, with the new value (a page redraws once)", (_name, make, pick, expected) => {
    const root = make();
    const seen: unknown[] = [];
    root.addEventListener("input", () => seen.push(root.value));
    nativeChange(pick(root));
    // (linkedom does not reflect a checkbox's state in .checked: the count is what matters here.)
    expect(seen).toHaveLength(1);
    if (_name === "radio") expect(seen).toEqual([expected]);
  });
});
