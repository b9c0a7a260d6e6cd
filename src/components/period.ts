// A period picker for the timeline: a strip of every dated event with a d3 brush on it, and two
// date fields (the keyboard way to do the same). It is an input: `.value` is `[from, to]` (ISO
// days) or null for the whole story, and it emits "input" when the period changes, so a page can
// `view(PeriodBrush(story, {width}))`.
import * as Plot from "@observablehq/plot";
import { brushX, select, type D3BrushEvent } from "d3";
import type { Story } from "../../loaders/types.ts";
import { h } from "./dom.js";
import { isoOf } from "./model.js";
import * as check from "./options.js";
import { modalityScale } from "./palette.js";
import { timelineData } from "./timeline.js";

export interface PeriodBrushOptions {
  width?: number;
  /** The initial period. */
  value?: [string | null, string | null] | null;
  document?: Document;
}

export type PeriodInput = HTMLElement & { value: [string | null, string | null] | null };

export function PeriodBrush(story: Story, options: PeriodBrushOptions = {}): PeriodInput {
  const width = check.width(options.width);
  const doc = check.documentOf(options.document);
  let value = check.period(options.value);
  const data = timelineData(story, { lanes: "none" });
  const [lo, hi] = data.domain;
  const root = h(doc, "div", { class: "sa-period", role: "group", "aria-label": "Period shown on the timeline" }) as PeriodInput;
  const from = h(doc, "input", { type: "date", min: isoOf(+lo), max: isoOf(+hi), "aria-label": "From" }) as HTMLInputElement;
  const to = h(doc, "input", { type: "date", min: isoOf(+lo), max: isoOf(+hi), "aria-label": "To" }) as HTMLInputElement;
  const reset = h(doc, "button", { type: "button", class: "sa-button" }, "Whole story");
  let strip: (SVGSVGElement & { scale(name: string): { apply(x: unknown): number; invert(x: number): unknown } }) | null = null;
  let moveBrush: (v: typeof value) => void = () => {};
  if (data.rows.length) {
    const margin = { left: 10, right: 20, top: 6, bottom: 28 };
    strip = Plot.plot({
      document: doc,
      width,
      height: 64,
      marginLeft: margin.left,
      marginRight: margin.right,
      marginTop: margin.top,
      marginBottom: margin.bottom,
      x: { type: "utc", domain: data.domain, label: null, ticks: Math.max(2, Math.floor(width / 110)) },
      y: { axis: null },
      color: { ...modalityScale(), legend: false },
      marks: [Plot.tickX(data.rows, { x: (r) => new Date((+r.start + +r.end) / 2), stroke: "modality", strokeOpacity: 0.7 })],
    }) as unknown as typeof strip;
    strip!.setAttribute("aria-label", "Drag across this strip to pick a period");
    const x = strip!.scale("x");
    const brush = brushX<unknown>()
      .extent([
        [margin.left, margin.top],
        [width - margin.right, 64 - margin.bottom],
      ])
      .on("end", (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // moved by the date fields
        const sel = event.selection as [number, number] | null;
        set(sel ? [isoOf(+(x.invert(sel[0]) as Date)), isoOf(+(x.invert(sel[1]) as Date) - 1)] : null);
      });
    const svgEl = strip as unknown as SVGSVGElement;
    const g = select(svgEl).append("g").attr("class", "sa-brush").call(brush);
    moveBrush = (v) => g.call(brush.move, v ? [x.apply(new Date(v[0] ?? +lo)), x.apply(new Date(v[1] ?? +hi))] : null);
  }
  function set(v: typeof value, fromFields = false) {
    value = v;
    from.value = v?.[0] ?? "";
    to.value = v?.[1] ?? "";
    if (fromFields) moveBrush(v);
    root.dispatchEvent(new Event("input", { bubbles: true }));
  }
  const onField = () => {
    const f = from.value || null;
    const t = to.value || null;
    if (f && t && f > t) return;
    set(f || t ? [f, t] : null, true);
  };
  from.addEventListener("change", onField);
  to.addEventListener("change", onField);
  reset.addEventListener("click", () => set(null, true));
  Object.defineProperty(root, "value", { get: () => value, set: (v) => set(check.period(v), true) });
  root.append(
    ...(strip ? [strip as unknown as Node] : []),
    h(doc, "span", { class: "sa-muted" }, strip ? "Period: drag across the strip, or pick dates." : "Period:"),
    h(doc, "label", {}, "From ", from),
    h(doc, "label", {}, "to ", to),
    reset,
  );
  from.value = value?.[0] ?? "";
  to.value = value?.[1] ?? "";
  if (value) moveBrush(value);
  return root;
}
