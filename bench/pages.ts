// npm run bench:pages — what each page costs in headless Chromium, on the built site (dist/).
//
// Prints, per page:
//   - bytes transferred: every same-origin response, gzip-compressed (as a static server with
//     gzip would send it), split into JS, data (JSON/CSV) and the rest;
//   - time from navigation start to the first chart drawn (performance.now() when the page's chart
//     selector first matches), median of 3 loads;
// with the seed story (1x) and with a synthetic story of 2,000 events and 300 actors, served in
// place of story.json by a route override (deterministic: test/components/fixture.ts), plus the
// latency of one interaction per page (input to the redrawn chart on screen).
// Targets from issue 4: <= 400 KB compressed per page, first chart <= 1 s, interactions < 100 ms.
// Figures only: nothing here passes or fails. Run `npm run build` first.
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { chromiumAvailable, startSite, type RouteOverride, type Site } from "../test/browser/harness.ts";
import { STORY_REQUEST } from "../test/browser/story.ts";
import { syntheticStory } from "../test/components/fixture.ts";

interface PageSpec {
  path: string;
  /** What counts as "the first chart drawn". */
  chart: string;
  /** One interaction: starts it in the page and resolves when its result is on screen. */
  interaction?: { name: string; run: string };
  /** More interactions, each measured on a fresh load like the first. */
  more?: { name: string; run: string }[];
}

// Interactions run inside the page (no round trip to the test process in the measurement): each
// returns a promise of the milliseconds from the input event to the frame after the redraw.
const untilRedrawn = `
  const redrawn = (test) => new Promise((resolve) => {
    const t0 = performance.now();
    const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
    const obs = new MutationObserver(() => { if (test()) { obs.disconnect(); done(); } });
    obs.observe(document.body, {childList: true, subtree: true, attributes: true});
    setTimeout(() => { obs.disconnect(); resolve(Number.NaN); }, 10000); // never hang the bench
  });`;

const PAGES: PageSpec[] = [
  {
    path: "/",
    chart: ".sa-chart svg, .sa-chart .sa-empty",
    interaction: {
      name: "open the timeline's data table",
      run: `${untilRedrawn}
        const b = document.querySelector(".sa-chart[data-chart=timeline-compact] button[aria-controls]");
        const p = redrawn(() => document.querySelector(".sa-chart[data-chart=timeline-compact] .sa-table table"));
        b.click(); return p;`,
    },
  },
  {
    path: "/timeline",
    chart: ".sa-chart[data-chart=timeline] svg, .sa-chart[data-chart=timeline] .sa-empty",
    interaction: {
      name: "switch lanes to modality",
      run: `${untilRedrawn}
        const old = document.querySelector(".sa-chart[data-chart=timeline]");
        const radio = [...document.querySelectorAll("input[type=radio]")].find((r) => r.parentElement.textContent.trim() === "modality");
        const p = redrawn(() => { const c = document.querySelector(".sa-chart[data-chart=timeline]"); return c && c !== old; });
        radio.click(); return p;`,
    },
    more: [
      {
        name: "uncheck a modality",
        run: `${untilRedrawn}
        const old = document.querySelector(".sa-chart[data-chart=timeline]");
        const box = [...document.querySelectorAll("input[type=checkbox]")].find((r) => r.parentElement.textContent.trim() === "asserted");
        const p = redrawn(() => { const c = document.querySelector(".sa-chart[data-chart=timeline]"); return c && c !== old; });
        box.click(); return p;`,
      },
    ],
  },
  {
    path: "/figures",
    chart: ".sa-chart[data-chart=money] svg, .sa-chart[data-chart=money] .sa-empty",
    interaction: {
      name: "switch the money axis to linear",
      run: `${untilRedrawn}
        const old = document.querySelector(".sa-chart[data-chart=money]");
        const radio = [...document.querySelectorAll("input[type=radio]")].find((r) => r.parentElement.textContent.trim() === "linear");
        const p = redrawn(() => { const c = document.querySelector(".sa-chart[data-chart=money]"); return c && c !== old; });
        radio.click(); return p;`,
    },
  },
  { path: "/network", chart: "#observablehq-main svg" },
  {
    path: "/reader",
    chart: ".sa-reader",
    interaction: {
      name: "jump to the last sentence (deep link)",
      run: `${untilRedrawn}
        const all = [...document.querySelectorAll(".sa-s")];
        const last = all.at(-1).classList.contains("sa-target") ? all.at(-2) : all.at(-1);
        const p = redrawn(() => last.classList.contains("sa-target"));
        location.hash = "#" + last.id; return p;`,
    },
  },
  { path: "/present", chart: "#observablehq-main svg" },
];

interface Weight {
  js: number;
  data: number;
  other: number;
  requests: number;
}

async function load(site: Site, spec: PageSpec, routes: RouteOverride[]): Promise<{ weight: Weight; firstChart: number | null; page: Page; errors: string[] }> {
  const bodies = new Map<string, Buffer>();
  const errors: string[] = [];
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.route("**/*", (route) => {
    const u = new URL(route.request().url());
    const override = routes.find((r) => r.match.test(u.href));
    if (override) return route.fulfill({ status: 200, body: override.body, contentType: override.contentType ?? "application/json" });
    return u.hostname === "127.0.0.1" ? route.continue() : route.abort();
  });
  page.on("response", async (r) => {
    const u = new URL(r.url());
    if (u.hostname !== "127.0.0.1" || r.status() !== 200) return;
    try {
      bodies.set(u.pathname, await r.body());
    } catch {
      /* a response whose body is gone (navigation) */
    }
  });
  // A string, not a function: tsx would wrap a function with helpers the page does not have.
  await page.addInitScript(`(() => {
    const check = () => { if (window.__firstChart === undefined && document.querySelector(${JSON.stringify(spec.chart)})) window.__firstChart = performance.now(); };
    new MutationObserver(check).observe(document, {childList: true, subtree: true});
  })()`);
  await page.goto(site.origin + spec.path, { waitUntil: "networkidle" });
  await page.waitForSelector(spec.chart, { state: "attached", timeout: 30_000 }).catch(() => {});
  const firstChart = (await page.evaluate("window.__firstChart ?? null")) as number | null;
  const weight: Weight = { js: 0, data: 0, other: 0, requests: bodies.size };
  for (const [path, body] of bodies) {
    const size = gzipSync(body).length;
    if (path.endsWith(".js")) weight.js += size;
    else if (/\.(json|csv)$/.test(path)) weight.data += size;
    else weight.other += size;
  }
  return { weight, firstChart, page, errors };
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number | null) => (n === null || Number.isNaN(n) ? "—" : `${Math.round(n)} ms`);

async function measure(site: Site, label: string, routes: RouteOverride[]) {
  console.log(`\n== ${label} ==`);
  console.log(["page".padEnd(10), "JS gz".padStart(10), "data gz".padStart(10), "other gz".padStart(10), "total".padStart(10), "reqs".padStart(5), "1st chart".padStart(10), "  interaction"].join(" "));
  for (const spec of PAGES) {
    const times: number[] = [];
    let weight: Weight | null = null;
    let interaction = "";
    for (let i = 0; i < 3; i++) {
      const run = await load(site, spec, routes);
      if (run.firstChart !== null) times.push(run.firstChart);
      weight ??= run.weight;
      if (i === 0 && run.errors.length) console.error(`  ${spec.path}: console errors: ${run.errors.slice(0, 3).join(" | ")}`);
      if (i === 2 && spec.interaction) {
        const parts: string[] = [];
        for (const [j, act] of [spec.interaction, ...(spec.more ?? [])].entries()) {
          const lat: number[] = [];
          for (let k = 0; k < 3; k++) {
            if (k || j) await run.page.reload({ waitUntil: "networkidle" }), await run.page.waitForSelector(spec.chart, { state: "attached" });
            lat.push(await run.page.evaluate(`(async () => { ${act.run} })()`) as number);
          }
          parts.push(`${act.name}: ${ms(median(lat))}`);
        }
        interaction = parts.join("; ");
      }
      await run.page.context().close();
    }
    const w = weight!;
    console.log(
      [spec.path.padEnd(10), kb(w.js).padStart(10), kb(w.data).padStart(10), kb(w.other).padStart(10), kb(w.js + w.data + w.other).padStart(10), String(w.requests).padStart(5), ms(times.length ? median(times) : null).padStart(10), "  " + interaction].join(" "),
    );
  }
}

async function main() {
  if (!chromiumAvailable()) process.exit(1);
  const site = await startSite();
  console.log(`load average when starting: ${(await import("node:os")).loadavg().map((x) => x.toFixed(1)).join(", ")} (2 shared cores: times scale with it)`);
  try {
    await measure(site, "seed story (1x)", []);
    const synthetic = syntheticStory(2000, 300);
    console.log(`\n(synthetic story: ${synthetic.events.length} events, ${synthetic.actors.length} actors, ${synthetic.figures.length} figures, ${synthetic.articles.length} articles, ${kb(Buffer.byteLength(JSON.stringify(synthetic)))} raw JSON)`);
    await measure(site, "synthetic story: 2,000 events, 300 actors", [{ match: STORY_REQUEST, body: JSON.stringify(synthetic) }]);
  } finally {
    await site.close();
  }
}

await main();
