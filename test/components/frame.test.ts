import { describe, expect, test } from "vitest";
import { chartFrame, toCSV } from "../../src/components/frame.ts";
import * as check from "../../src/components/options.ts";
import { makeDocument } from "./dom.ts";

describe("toCSV", () => {
  test("quotes commas, quotes and newlines, and defuses spreadsheet formulas", () => {
    expect(toCSV({ columns: ["a", "b"], rows: [{ a: 'say "hi", then', b: 3 }, { a: "=HYPERLINK(1)", b: null }, { a: "x\ny", b: -2 }] })).toBe(
      'a,b\r\n"say ""hi"", then",3\r\n\'=HYPERLINK(1),\r\n"x\ny",-2\r\n',
    );
  });
});

describe("chartFrame", () => {
  test("opens and closes the data table with the keyboard-reachable toggle", () => {
    const document = makeDocument();
    const frame = chartFrame(document.createElement("div"), { document, name: "t", title: "T", description: "D", table: { columns: ["x"], rows: [{ x: "<b>1</b>" }] } });
    const toggle = frame.querySelector("button[aria-controls]") as HTMLButtonElement;
    const box = frame.querySelector(".sa-table") as HTMLElement;
    expect(box.hasAttribute("hidden")).toBe(true);
    toggle.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event("click"));
    expect(box.hasAttribute("hidden")).toBe(false);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(box.querySelector("td")!.textContent).toBe("<b>1</b>");
    expect(box.querySelector("b")).toBeNull();
  });

  test("a long table shows its first 200 rows, a button adds the rest; the first cell links to the sentence", () => {
    const document = makeDocument();
    const rows = Array.from({ length: 250 }, (_, i) => ({ x: `row ${i}` }));
    const links = rows.map((_, i) => `./reader?article=a#s-${i}`);
    const frame = chartFrame(document.createElement("div"), { document, name: "t", title: "T", description: "D", table: { columns: ["x"], rows, links } });
    const click = (el: Element) => el.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event("click"));
    click(frame.querySelector("button[aria-controls]")!);
    expect(frame.querySelectorAll(".sa-table tbody tr").length).toBe(200);
    expect(frame.querySelector(".sa-table tbody a")!.getAttribute("href")).toBe("./reader?article=a#s-0");
    const more = frame.querySelector(".sa-table > div > button")!;
    expect(more.textContent).toBe("Show all 250 rows");
    click(more);
    expect(frame.querySelectorAll(".sa-table tbody tr").length).toBe(250);
    expect(more.hasAttribute("hidden")).toBe(true);
  });

  test("without a chart it shows the empty message and disables the image exports", () => {
    const document = makeDocument();
    const frame = chartFrame(null, { document, name: "t", title: "T", description: "D", table: { columns: [], rows: [] }, empty: "Nothing yet." });
    expect(frame.querySelector(".sa-empty")!.textContent).toBe("Nothing yet.");
    expect(frame.querySelector("[data-export=svg]")!.hasAttribute("disabled")).toBe(true);
    expect(frame.querySelector("[data-export=csv]")!.hasAttribute("disabled")).toBe(false);
  });
});

describe("options", () => {
  test.each([
    [() => check.keyword("LOG", "scale", ["log", "linear"], "log"), "log"],
    [() => check.idList(undefined, "actors"), null],
    [() => check.period(["2024-01-01", null]), ["2024-01-01", null]],
  ])("accepts good values (%#)", (f, expected) => expect(f()).toEqual(expected));

  test.each([
    [() => check.keyword(3, "scale", ["log"], "log"), "invalid scale: 3"],
    [() => check.width(-1), "invalid width: -1"],
    [() => check.width(Number.NaN), "invalid width: null"],
    [() => check.period("2024"), 'invalid period: "2024"'],
    [() => check.idList([1], "actors"), "invalid actors: [1]"],
  ])("rejects bad values (%#)", (f, message) => expect(f).toThrow(message));
});
