// The shared chart tools: every chart of the site sits in a frame that gives it a title, an aria
// description, a data-table toggle (the text alternative) and exports (SVG, PNG drawn on a canvas
// from the SVG, CSV and JSON), all as blob downloads: nothing goes over the network.
import { h } from "./dom.js";

export type Cell = string | number | boolean | null | undefined;
export interface Table {
  columns: string[];
  rows: Record<string, Cell>[];
  /** Where each row's first cell links to (the sentence in the reader), parallel to rows. */
  links?: (string | null)[];
  /** Cells that hold several links (every place a figure is told), by column, parallel to rows. */
  cellLinks?: (Record<string, { text: string; href: string }[]> | null)[];
}

/** Above this many marks, marks are not wrapped in links (DOM weight); a click opens the hovered mark's link. */
export const LINK_LIMIT = 400;

/**
 * Clicking a Plot chart opens the link of the mark under the pointer (Plot's tip sets `chart.value`
 * to its datum). Marks wrapped in <a> (small charts) navigate by themselves.
 */
export function clickToOpen(chart: Element & { value?: unknown }, doc: Document): void {
  chart.addEventListener("click", (event) => {
    if ((event.target as Element | null)?.closest?.("a")) return;
    const href = (chart.value as { href?: unknown } | null | undefined)?.href;
    if (typeof href === "string" && doc.defaultView) doc.defaultView.location.href = href;
  });
}

/**
 * Keyboard users get the same tips as pointer users: focusing a mark's link (Tab) shows its tip text
 * (the mark's `ariaLabel: "tip"` channel, also the link's accessible name) in a box under the mark;
 * Escape or leaving hides it, Enter follows the link. `skip` says which links to leave out of the
 * Tab order (e.g. all squares of a unit chart but the first of each block), so a block is one stop.
 * (Simulating a pointer move would show Plot's own tip, but for the nearest mark of each layer, not
 * necessarily the focused one, when marks overlap.)
 */
export function focusTips(chart: Element, doc: Document, skip?: (a: Element, i: number) => boolean): void {
  const svg = mainSvg(chart);
  if (!svg) return;
  const links = Array.from(svg.querySelectorAll("a"));
  links.forEach((a, i) => {
    const label = a.firstElementChild?.getAttribute("aria-label");
    if (label) a.setAttribute("aria-label", label);
    if (skip?.(a, i)) a.setAttribute("tabindex", "-1");
  });
  if (!links.length) return;
  let box: HTMLElement | null = null;
  const hide = () => box?.remove();
  svg.addEventListener("focusin", (event) => {
    const a = (event.target as Element).closest?.("a");
    const text = a?.getAttribute("aria-label");
    const host = svg.parentElement;
    if (!a || !text || !host) return hide();
    if (!box) {
      box = h(doc, "div", { class: "sa-keytip", role: "tooltip", "aria-hidden": "true" });
      box.style.cssText =
        "position:absolute;z-index:5;max-width:min(340px,90%);padding:6px 9px;font:12px/1.35 var(--sans-serif,system-ui,sans-serif);white-space:pre-line;pointer-events:none;" +
        "background:var(--theme-background,Canvas);color:var(--theme-foreground,CanvasText);border:1px solid currentColor;border-radius:3px;box-shadow:0 3px 6px rgba(0,0,0,0.25)";
    }
    box.textContent = text;
    const view = doc.defaultView;
    if (view && view.getComputedStyle(host).position === "static") host.style.position = "relative";
    host.appendChild(box);
    const mark = (a.firstElementChild ?? a).getBoundingClientRect();
    const frame = host.getBoundingClientRect();
    const left = Math.max(0, Math.min(mark.left - frame.left, frame.width - box.offsetWidth));
    const below = mark.bottom - frame.top + 6;
    const top = below + box.offsetHeight > frame.height && mark.top - frame.top > box.offsetHeight + 6 ? mark.top - frame.top - box.offsetHeight - 6 : below;
    box.style.left = `${Math.round(left)}px`;
    box.style.top = `${Math.round(top)}px`;
  });
  svg.addEventListener("focusout", hide);
  svg.addEventListener("keydown", (event) => {
    if ((event as KeyboardEvent).key === "Escape") hide();
  });
  // A visible focus mark (the style sits in the SVG, so exports keep working without the page's CSS).
  const style = doc.createElementNS("http://www.w3.org/2000/svg", "style");
  style.textContent = ".sa-plot svg a:focus { outline: none; } .sa-plot svg a:focus-visible > * { stroke: currentColor; stroke-width: 2.5px; stroke-opacity: 1; }";
  svg.appendChild(style);
}

export interface FrameOptions {
  /** Short title, also the chart's accessible name. */
  title: string;
  /** One or two sentences saying what the chart shows (the aria description). */
  description: string;
  /** File-name stem of the exports and `data-chart` attribute: `timeline`, `money`, ... */
  name: string;
  /** The data behind the chart, for the table and the CSV; a function is called once, when first needed (big charts). */
  table: Table | (() => Table);
  /** What the JSON export holds (default: the table rows); a function is called when exporting. */
  json?: unknown;
  /** The chart's main SVG, for SVG/PNG export (default: the first svg in `chart`). */
  svg?: SVGSVGElement | null;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | null;
  document: Document;
}

let counter = 0;

const tables = new WeakMap<() => Table, Table>();

/** The frame's table, built on first use when given as a function. */
export function tableOf(options: Pick<FrameOptions, "table">): Table {
  const t = options.table;
  if (typeof t !== "function") return t;
  let table = tables.get(t);
  if (!table) tables.set(t, (table = t()));
  return table;
}

/** Wraps a chart (or an empty-state message) with its description, data table and exports. */
export function chartFrame(chart: Element | null, options: FrameOptions): HTMLElement {
  const doc = options.document;
  const id = `sa-${options.name}-${++counter}`;
  const svg = options.svg === undefined ? mainSvg(chart) : options.svg;
  if (svg) {
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", options.title);
    svg.setAttribute("aria-describedby", `${id}-desc`);
  }
  const tableBox = h(doc, "div", { class: "sa-table", id: `${id}-table`, hidden: true });
  const toggle = h(doc, "button", { type: "button", class: "sa-button", "aria-expanded": "false", "aria-controls": `${id}-table` }, "Data table");
  toggle.addEventListener("click", () => {
    const open = tableBox.hidden;
    if (open && !tableBox.firstChild) tableBox.appendChild(renderTable(doc, tableOf(options), options.title));
    tableBox.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
  });
  const exportButton = (format: "svg" | "png" | "csv" | "json", disabled = false) => {
    const b = h(doc, "button", { type: "button", class: "sa-button", "data-export": format, disabled, "aria-label": `Download ${options.title} as ${format.toUpperCase()}` }, format.toUpperCase());
    b.addEventListener("click", () => exportChart(format, { ...options, svg }).catch((e) => console.warn(`export ${format} failed:`, e)));
    return b;
  };
  const empty = !chart || options.empty;
  // A table given as a function is built when the browser is idle, so opening it later is quick.
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (typeof options.table === "function" && typeof win?.requestIdleCallback === "function") win.requestIdleCallback(() => tableOf(options), { timeout: 2000 });
  return h(
    doc,
    "figure",
    { class: "sa-chart", "data-chart": options.name, role: "group", "aria-labelledby": `${id}-title` },
    h(doc, "figcaption", {}, h(doc, "strong", { id: `${id}-title`, class: "sa-title" }, options.title), " ", h(doc, "span", { id: `${id}-desc`, class: "sa-desc" }, options.description)),
    empty ? h(doc, "p", { class: "sa-empty", role: "status" }, options.empty ?? "Nothing to draw yet.") : h(doc, "div", { class: "sa-plot" }, chart),
    h(
      doc,
      "div",
      { class: "sa-toolbar", role: "toolbar", "aria-label": `${options.title}: table and downloads` },
      toggle,
      exportButton("svg", !svg || !!empty),
      exportButton("png", !svg || !!empty),
      exportButton("csv"),
      exportButton("json"),
    ),
    tableBox,
  );
}

/** The chart's own SVG: the element itself, or the SVG child of Plot's figure (not a legend swatch). */
function mainSvg(chart: Element | null): SVGSVGElement | null {
  if (!chart) return null;
  if (chart.tagName.toLowerCase() === "svg") return chart as SVGSVGElement;
  for (const c of Array.from(chart.children)) if (c.tagName.toLowerCase() === "svg") return c as SVGSVGElement;
  return chart.querySelector("svg");
}

/** Rows drawn at first; a button adds the rest (a 2,000-row table takes long to build). */
export const TABLE_PAGE = 200;

export function renderTable(doc: Document, table: Table, caption: string): HTMLElement {
  const body = h(doc, "tbody", {});
  const row = (r: Record<string, Cell>, i: number) =>
    h(
      doc,
      "tr",
      {},
      table.columns.map((c, j) => {
        const text = r[c] === null || r[c] === undefined ? "" : String(r[c]);
        const href = j === 0 ? table.links?.[i] : null;
        const many = table.cellLinks?.[i]?.[c];
        if (many?.length) return h(doc, "td", {}, many.flatMap((l, k) => [k ? "; " : "", h(doc, "a", { href: l.href }, l.text)]));
        return h(doc, "td", {}, href ? h(doc, "a", { href }, text) : text);
      }),
    );
  let shown = 0;
  const more = h(doc, "button", { type: "button", class: "sa-button" });
  const showMore = (n: number) => {
    const end = Math.min(table.rows.length, shown + n);
    for (let i = shown; i < end; i++) body.appendChild(row(table.rows[i], i));
    shown = end;
    more.textContent = `Show all ${table.rows.length} rows`;
    more.hidden = shown >= table.rows.length;
  };
  more.addEventListener("click", () => showMore(Infinity));
  showMore(TABLE_PAGE);
  return h(
    doc,
    "div",
    {},
    h(
      doc,
      "table",
      {},
      h(doc, "caption", {}, `${caption} (${table.rows.length} row${table.rows.length === 1 ? "" : "s"})`),
      h(doc, "thead", {}, h(doc, "tr", {}, table.columns.map((c) => h(doc, "th", { scope: "col" }, c)))),
      body,
    ),
    more,
  );
}

/** RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @ first) get a leading quote. */
export function toCSV(table: Table): string {
  const cell = (v: Cell) => {
    if (v === null || v === undefined) return "";
    let s = String(v);
    if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [table.columns.map(cell).join(","), ...table.rows.map((r) => table.columns.map((c) => cell(r[c])).join(","))].join("\r\n") + "\r\n";
}

/** The SVG as a standalone file: namespaces set, `currentColor` and the font fixed to what is on screen. */
export function svgString(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  const view = svg.ownerDocument.defaultView;
  const style = view?.getComputedStyle ? view.getComputedStyle(svg) : null;
  if (style) {
    clone.style.color = style.color;
    clone.style.fontFamily = style.fontFamily;
    clone.style.background = "transparent";
  }
  return new XMLSerializer().serializeToString(clone);
}

function download(doc: Document, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = h(doc, "a", { href: url, download: filename, hidden: true }) as HTMLAnchorElement;
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function background(doc: Document): string {
  const view = doc.defaultView;
  const bg = view ? view.getComputedStyle(doc.body).backgroundColor : "";
  return bg && bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent" ? bg : "#ffffff";
}

/** Draws the SVG on a canvas at `scale` and returns a PNG blob. */
export function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const doc = svg.ownerDocument;
  const { width, height } = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([svgString(svg)], { type: "image/svg+xml" }));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = doc.createElement("canvas");
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      const ctx = canvas.getContext("2d")!;
      ctx.fillStyle = background(doc);
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("canvas.toBlob gave nothing"))), "image/png");
    };
    img.onerror = () => reject(new Error("the SVG could not be drawn"));
    img.src = url;
  });
}

export async function exportChart(format: "svg" | "png" | "csv" | "json", options: FrameOptions): Promise<void> {
  const doc = options.document;
  const stem = `story-atlas-${options.name}`;
  if (format === "csv") return download(doc, new Blob([toCSV(tableOf(options))], { type: "text/csv" }), `${stem}.csv`);
  if (format === "json") {
    const json = typeof options.json === "function" ? (options.json as () => unknown)() : (options.json ?? tableOf(options).rows);
    return download(doc, new Blob([JSON.stringify(json, null, 2)], { type: "application/json" }), `${stem}.json`);
  }
  if (!options.svg) throw new Error("no SVG to export");
  if (format === "svg") return download(doc, new Blob([svgString(options.svg)], { type: "image/svg+xml" }), `${stem}.svg`);
  return download(doc, await svgToPng(options.svg), `${stem}.png`);
}
