// Present mode: the story one step at a time, full screen. Moved by ←/→, space (shift+space back),
// PageUp/PageDown (presenters' clickers), Home/End, a click (left third back, elsewhere on) or a
// swipe; `#step-N` opens a step and follows hash changes; Escape leaves to the overview; `?story=`
// picks a telling (the generated one or a script in data/stories/). The three charts stay on
// screen and move with the steps; the step's chosen chart is the large one. Printing gives one
// step per page.
import type { Presentation, PresentQuote, PresentSource, PresentStep, Telling } from "../../loaders/stories/types.ts";
import { readerHref } from "./links.js";
import { drawFigures, drawNetwork, drawTimeline, layoutNetwork, legends, SVG_NS, type ChartSize, type Layout } from "./present-charts.js";
import { PRESENT_CSS } from "./present-style.js";

type Child = Node | string | null | undefined | false | Child[];

function h(tag: string, attrs: Record<string, string | number | boolean | null | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  }
}

/** The step number in a hash like `#step-4` (1-based), or null. */
export function stepFromHash(hash: string): number | null {
  const m = /^#step-(\d+)$/.exec(hash);
  return m ? Number(m[1]) : null;
}

/** The telling a `?story=` value names, with a problem message when there is no such telling. */
export function pickTelling(data: Presentation, name: string | null): { telling: Telling; missing: string | null } {
  const found = name ? data.tellings.find((t) => t.name === name) : undefined;
  const telling = found ?? data.tellings[0];
  const missing = name && !found ? `No telling named '${name}': choose one of ${data.tellings.map((t) => t.name).join(", ")} (scripts live in data/stories/<name>.yaml)` : null;
  return { telling, missing };
}

const CHART_TITLES = { timeline: "Timeline", figures: "Figures", network: "Who is involved" } as const;
type ChartKey = keyof typeof CHART_TITLES;
const CHART_KEYS: ChartKey[] = ["timeline", "figures", "network"];
/** Tellings up to this many steps get their print pages drawn ahead of time. */
const PRINT_AHEAD = 80;

function quoteNode(q: PresentQuote): HTMLElement {
  const block = h("blockquote", { class: "present-quote", lang: null });
  let at = 0;
  for (const m of q.marks) {
    if (m.start < at) continue;
    append(block, [q.text.slice(at, m.start), h("mark", { class: `q-${m.kind}` }, q.text.slice(m.start, m.end))]);
    at = m.end;
  }
  append(block, [q.text.slice(at)]);
  return block;
}

function sourceLine(s: PresentSource, label = "Read it in the source"): HTMLElement {
  return h(
    "p",
    { class: "present-source" },
    h("span", { class: "present-outlet" }, `${s.title} — ${s.outlet}, ${s.published}`),
    " ",
    h("a", { href: readerHref(s.article, s.sentence), class: "present-read" }, `${label} →`),
  );
}

/** The text of one step (shared by the screen and the print pages). */
function stepText(step: PresentStep): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (step.eyebrow) out.push(h("p", { class: "present-eyebrow" }, step.eyebrow));
  out.push(h(step.kind === "title" ? "h1" : "h2", { class: "present-heading" }, step.heading));
  if (step.caption) out.push(h("p", { class: "present-caption" }, step.caption));
  if (step.quote) {
    const q = quoteNode(step.quote);
    if (step.source) q.setAttribute("lang", step.source.language);
    out.push(q);
  }
  if (step.source) out.push(sourceLine(step.source));
  if (step.facts.length) out.push(h("ul", { class: "present-facts" }, step.facts.map((f) => h("li", {}, f))));
  if (step.sources.length)
    out.push(
      h(
        "ul",
        { class: "present-sources" },
        step.sources.map((s) => h("li", {}, h("a", { href: readerHref(s.article, s.sentence) }, s.title), ` — ${s.outlet}, ${s.published} (${s.language})`)),
      ),
    );
  return out;
}

export interface PresentOptions {
  /** Resolves when the page cell is re-run: listeners are removed then. */
  invalidation?: Promise<unknown>;
}

export function Present(data: Presentation, { invalidation }: PresentOptions = {}): HTMLElement {
  const reduced = matchMedia("(prefers-reduced-motion: reduce)");
  const layout: Layout = layoutNetwork(data.network);
  let { telling, missing } = pickTelling(data, new URL(location.href).searchParams.get("story"));
  let index = 0;

  // ----- skeleton
  const chooser = h("select", { class: "present-chooser", "aria-label": "Telling" }) as HTMLSelectElement;
  for (const t of data.tellings) {
    const o = h("option", { value: t.name }, t.name === "default" ? "Default telling" : t.title) as HTMLOptionElement;
    chooser.append(o);
  }
  const count = h("span", { class: "present-count", "aria-live": "polite" });
  const prev = h("button", { type: "button", class: "present-nav", "aria-label": "Previous step", title: "Previous (←)" }, "‹");
  const next = h("button", { type: "button", class: "present-nav", "aria-label": "Next step", title: "Next (→, space)" }, "›");
  const full = h("button", { type: "button", class: "present-nav present-full", "aria-label": "Full screen", title: "Full screen (f)" });
  full.innerHTML = `<svg viewBox="0 0 14 14" fill="none" stroke="currentColor" stroke-width="1.6" aria-hidden="true"><path d="M1 5V1h4M9 1h4v4M13 9v4H9M5 13H1V9"/></svg>`; // a constant icon, no data
  const bar = h("div", { class: "present-progress", role: "progressbar", "aria-valuemin": 1, "aria-label": "Progress" }, h("div", { class: "present-progress-fill" }));
  const header = h(
    "header",
    { class: "present-bar" },
    h("a", { class: "present-exit", href: "./", title: "Leave present mode (Esc)" }, "✕", h("span", { class: "present-exit-label" }, " Overview")),
    chooser,
    h("span", { class: "present-spacer" }),
    prev,
    count,
    next,
    full,
  );
  const problems = h("details", { class: "present-problems", hidden: true }) as HTMLDetailsElement;
  const text = h("section", { class: "present-text", "aria-live": "polite" });
  const figures = new Map<ChartKey, { fig: HTMLElement; svg: SVGSVGElement }>();
  const charts = h("section", { class: "present-charts", "aria-label": "Charts" });
  const keys = legends(data);
  const legend = (key: ChartKey) =>
    keys[key].length > 1 ? h("span", { class: "present-legend" }, keys[key].map((k) => h("span", { style: `--swatch: ${k.color}` }, k.label))) : null;
  for (const key of CHART_KEYS) {
    const svg = document.createElementNS(SVG_NS, "svg") as SVGSVGElement;
    svg.classList.add("present-svg");
    const fig = h("figure", { class: "present-chart", "data-chart": key }, h("figcaption", {}, CHART_TITLES[key], legend(key)), h("div", { class: "present-plot" }));
    fig.querySelector(".present-plot")!.append(svg);
    figures.set(key, { fig, svg });
    charts.append(fig);
  }
  const stage = h("main", { class: "present-stage" }, text, charts);
  const print = h("div", { class: "present-print", "aria-hidden": "true" });
  const root = h("div", { class: "present", "data-telling": telling.name }, h("style", {}, PRESENT_CSS), header, bar, problems, stage, print);

  // ----- drawing
  function size(el: Element, step: PresentStep, duration: number, compact: boolean): ChartSize {
    const r = el.getBoundingClientRect();
    return { width: Math.max(120, Math.floor(r.width)), height: Math.max(80, Math.floor(r.height)), highlight: step.highlight, duration, compact };
  }

  function draw(key: ChartKey, svg: SVGSVGElement, s: ChartSize): void {
    if (key === "timeline") drawTimeline(svg, data.timeline, s);
    else if (key === "figures") drawFigures(svg, data.figures, s);
    else drawNetwork(svg, layout, s);
  }

  function drawCharts(step: PresentStep, animate: boolean): void {
    const duration = animate && !reduced.matches ? 650 : 0;
    for (const key of CHART_KEYS) {
      const { fig } = figures.get(key)!;
      fig.classList.toggle("is-primary", key === step.chart);
      fig.style.order = key === step.chart ? "-1" : "0";
    }
    for (const key of CHART_KEYS) {
      const { fig, svg } = figures.get(key)!;
      const plot = fig.querySelector(".present-plot")!;
      draw(key, svg, size(plot, step, duration, key !== step.chart));
    }
  }

  function renderProblems(): void {
    const list = [...(missing ? [{ file: "?story=", line: null, message: missing, severity: "error" as const }] : []), ...telling.problems];
    problems.hidden = list.length === 0;
    problems.replaceChildren();
    if (!list.length) return;
    const errors = list.filter((p) => p.severity === "error").length;
    const where = telling.file ?? "the address";
    append(problems, [
      h("summary", {}, `⚠ ${list.length} problem${list.length > 1 ? "s" : ""} in ${where}${errors < list.length ? ` (${errors} error${errors === 1 ? "" : "s"})` : ""}: the steps they name are left out`),
      h(
        "ul",
        {},
        list.map((p) => h("li", { class: `present-problem is-${p.severity}` }, h("code", {}, `${p.file}${p.line != null ? `:${p.line}` : ""}`), ` ${p.severity}: ${p.message}`)),
      ),
    ]);
  }

  function show(i: number, animate = true): void {
    const steps = telling.steps;
    index = Math.max(0, Math.min(steps.length - 1, i));
    const step = steps[index];
    root.dataset.step = String(step.n);
    root.dataset.kind = step.kind;
    root.dataset.ref = step.ref ?? "";
    text.replaceChildren(...stepText(step));
    if (index === 0 && steps.length > 1)
      text.append(h("p", { class: "present-hint" }, "→, space or a click to go on; ← to go back; Esc to leave. Every step has its own address (#step-N)."));
    text.classList.remove("is-entering");
    if (animate && !reduced.matches) {
      void text.offsetWidth; // restart the entrance animation
      text.classList.add("is-entering");
    }
    count.textContent = `${step.n} / ${steps.length}`;
    bar.setAttribute("aria-valuemax", String(steps.length));
    bar.setAttribute("aria-valuenow", String(step.n));
    (bar.firstChild as HTMLElement).style.width = `${(100 * step.n) / steps.length}%`;
    prev.toggleAttribute("disabled", index === 0);
    next.toggleAttribute("disabled", index === steps.length - 1);
    problems.open = index === 0;
    const hash = `#step-${step.n}`;
    if (location.hash !== hash) history.replaceState(history.state, "", `${location.pathname}${location.search}${hash}`);
    drawCharts(step, animate);
  }

  // The print pages (every step, each with its large chart) are drawn when printing starts, or in
  // idle time for stories of a normal size so that "save as PDF" from any tool finds them ready.
  let printed: Telling | null = null;
  function renderPrint(): void {
    if (printed === telling) return;
    printed = telling;
    print.replaceChildren();
    for (const step of telling.steps) {
      const svg = document.createElementNS(SVG_NS, "svg") as SVGSVGElement;
      svg.classList.add("present-svg");
      const s: ChartSize = { width: 640, height: 300, highlight: step.highlight, duration: 0, compact: false };
      draw(step.chart, svg, s);
      svg.setAttribute("width", "100%");
      svg.removeAttribute("height");
      print.append(
        h(
          "section",
          { class: "present-page", "data-step": step.n },
          h("p", { class: "present-page-number" }, `${telling.title} · ${step.n} / ${telling.steps.length}`),
          ...stepText(step),
          h("figure", { class: "present-chart is-primary", "data-chart": step.chart }, h("figcaption", {}, CHART_TITLES[step.chart], legend(step.chart)), svg),
        ),
      );
    }
  }

  function useTelling(t: Telling, first: number): void {
    telling = t;
    root.dataset.telling = t.name;
    chooser.value = t.name;
    renderProblems();
    show(first - 1, false);
    if (t.steps.length <= PRINT_AHEAD) setTimeout(renderPrint, 0);
  }

  // ----- navigation
  const go = (delta: number) => show(index + delta);
  prev.addEventListener("click", () => go(-1));
  next.addEventListener("click", () => go(1));
  full.addEventListener("click", () => toggleFullscreen());
  function toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void root.requestFullscreen?.().catch(() => {});
  }
  chooser.addEventListener("change", () => {
    const url = new URL(location.href);
    if (chooser.value === data.tellings[0].name) url.searchParams.delete("story");
    else url.searchParams.set("story", chooser.value);
    url.hash = "#step-1";
    history.replaceState(history.state, "", url.href);
    missing = null;
    useTelling(data.tellings.find((t) => t.name === chooser.value) ?? data.tellings[0], 1);
  });

  const interactive = (t: EventTarget | null) => t instanceof Element && !!t.closest("a, button, select, input, textarea, summary, details, label, [contenteditable]");
  function onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as Element | null;
    if (t && t.closest?.("select, input, textarea, [contenteditable]")) return;
    let handled = true;
    switch (e.key) {
      case "ArrowRight":
      case "PageDown":
        go(1);
        break;
      case " ":
        go(e.shiftKey ? -1 : 1);
        break;
      case "ArrowLeft":
      case "PageUp":
        go(-1);
        break;
      case "Home":
        show(0);
        break;
      case "End":
        show(telling.steps.length - 1);
        break;
      case "f":
        toggleFullscreen();
        break;
      case "Escape":
        if (document.fullscreenElement) handled = false;
        else location.assign("./");
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  }
  function onHash(): void {
    const n = stepFromHash(location.hash);
    if (n !== null && n - 1 !== index) show(n - 1);
  }
  // Click or swipe on the stage: a click on the left third goes back, elsewhere on; a horizontal
  // swipe of 50 px or more goes the way it points. Links, buttons and selected text are left alone.
  let downAt: { x: number; y: number; id: number } | null = null;
  let swiped = false;
  stage.addEventListener("pointerdown", (e) => {
    downAt = interactive(e.target) ? null : { x: e.clientX, y: e.clientY, id: e.pointerId };
    swiped = false;
  });
  stage.addEventListener("pointerup", (e) => {
    if (!downAt || downAt.id !== e.pointerId) return;
    const dx = e.clientX - downAt.x;
    const dy = e.clientY - downAt.y;
    downAt = null;
    if (Math.abs(dx) >= 50 && Math.abs(dx) > 1.5 * Math.abs(dy)) {
      swiped = true;
      go(dx < 0 ? 1 : -1);
    }
  });
  stage.addEventListener("pointercancel", () => (downAt = null));
  stage.addEventListener("click", (e) => {
    if (swiped || interactive(e.target) || String(getSelection()?.toString() ?? "").trim()) return;
    const r = stage.getBoundingClientRect();
    go(e.clientX - r.left < r.width / 3 ? -1 : 1);
  });

  window.addEventListener("keydown", onKey);
  window.addEventListener("hashchange", onHash);
  window.addEventListener("beforeprint", renderPrint);
  const printMedia = matchMedia("print");
  const onPrintMedia = () => printMedia.matches && renderPrint();
  printMedia.addEventListener("change", onPrintMedia);
  let pending = 0;
  const resized = new ResizeObserver(() => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => drawCharts(telling.steps[index], false));
  });
  resized.observe(charts);
  invalidation?.then(() => {
    window.removeEventListener("keydown", onKey);
    window.removeEventListener("hashchange", onHash);
    window.removeEventListener("beforeprint", renderPrint);
    printMedia.removeEventListener("change", onPrintMedia);
    resized.disconnect();
  });

  // First paint once the element is in the page (sizes are known then).
  const start = stepFromHash(location.hash) ?? 1;
  requestAnimationFrame(() => useTelling(telling, start));
  return root;
}
