// Exports for the actor network: the drawing as SVG or PNG, its data as CSV or JSON, as blob downloads.
// The page's colours live in CSS variables, which a standalone file cannot resolve: the SVG export
// copies each element's computed paint onto the copy, so the file looks like the screen.

const PAINT = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "paint-order",
  "stroke-linejoin",
  "text-anchor",
  "dominant-baseline",
  "visibility",
] as const;

/** `color(srgb r g b / a)` (what color-mix() computes to) as `rgb()`/`rgba()`, which every SVG viewer reads. */
export function plainColor(value: string): string {
  return value.replace(/color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.e-]+))?\)/g, (_, r, g, b, a) => {
    const c = [r, g, b].map((v: string) => Math.round(Math.max(0, Math.min(1, Number(v))) * 255));
    return a === undefined ? `rgb(${c.join(", ")})` : `rgba(${c.join(", ")}, ${Number(a)})`;
  });
}

/** A standalone SVG string of `svg`, with computed styles inlined and a background rectangle. */
export function svgString(svg: SVGSVGElement): string {
  const view = svg.ownerDocument.defaultView;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  if (view?.getComputedStyle) {
    const originals = [svg, ...svg.querySelectorAll("*")];
    const copies = [copy, ...copy.querySelectorAll("*")];
    originals.forEach((el, i) => {
      const target = copies[i];
      if (!target) return;
      const style = view.getComputedStyle(el);
      const decl = PAINT.map((p) => `${p}:${plainColor(style.getPropertyValue(p))}`).filter((d) => !d.endsWith(":")).join(";");
      target.setAttribute("style", decl);
      target.removeAttribute("class");
      target.removeAttribute("tabindex");
    });
    // The page's background as resolved rgb (the theme variable may hold a color-mix() that other
    // SVG viewers cannot read), white when the page has none.
    const body = svg.ownerDocument.body;
    const bg = body ? view.getComputedStyle(body).backgroundColor : "";
    const background = bg && bg !== "transparent" && bg !== "rgba(0, 0, 0, 0)" ? bg : "#ffffff";
    const rect = copy.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "rect");
    rect.setAttribute("width", "100%");
    rect.setAttribute("height", "100%");
    rect.setAttribute("fill", background);
    copy.insertBefore(rect, copy.firstChild);
  }
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return new XMLSerializer().serializeToString(copy);
}

/** Starts a download of `blob` as `filename`. */
export function download(doc: Document, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = filename;
  a.style.display = "none";
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSVG(svg: SVGSVGElement, filename: string): void {
  download(svg.ownerDocument, new Blob([svgString(svg)], { type: "image/svg+xml" }), filename);
}

/** Draws the SVG on a canvas (at the screen's pixel ratio, at least 2x) and downloads it as PNG. */
export async function downloadPNG(svg: SVGSVGElement, filename: string): Promise<void> {
  const doc = svg.ownerDocument;
  const width = Number(svg.getAttribute("width"));
  const height = Number(svg.getAttribute("height"));
  const ratio = Math.max(2, doc.defaultView?.devicePixelRatio ?? 1);
  const url = URL.createObjectURL(new Blob([svgString(svg)], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    await new Promise<void>((ok, fail) => {
      image.onload = () => ok();
      image.onerror = () => fail(new Error(`could not draw ${filename}: the SVG did not load as an image`));
      image.src = url;
    });
    const canvas = doc.createElement("canvas");
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext("2d");
    if (!context) throw new Error(`could not draw ${filename}: no 2D canvas in this browser`);
    context.scale(ratio, ratio);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, "image/png"));
    if (!blob) throw new Error(`could not draw ${filename}: the canvas gave no image`);
    download(doc, blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled. */
export function toCSV<T>(rows: readonly T[], columns: readonly [string, (row: T) => unknown][]): string {
  const cell = (value: unknown): string => {
    const text = value == null ? "" : Array.isArray(value) ? value.join(" ") : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.map(([name]) => cell(name)).join(","), ...rows.map((r) => columns.map(([, get]) => cell(get(r))).join(","))].join("\r\n") + "\r\n";
}

export function downloadText(doc: Document, text: string, type: string, filename: string): void {
  download(doc, new Blob([text], { type }), filename);
}
