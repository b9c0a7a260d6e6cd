// The actor network page in real Chromium (npm run build first). Two parts:
//  - the page as built from the articles: marks counted against the built story.json, hover, click,
//    keyboard, filter, exports, no console error, no foreign request, screenshots;
//  - the same component module (as built) drawing synthetic stories in that page, so the
//    interactions and the 300-actor timing are checked whatever the extractors find today.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { loadavg } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Story } from "../../loaders/types.ts";
import { syntheticStory } from "../../src/components/network-synthetic.ts";
import { chromiumAvailable, DIST, SCREENSHOTS, startSite, type Site, type View } from "./harness.ts";

const run = chromiumAvailable();

function builtStory(): Story {
  const dir = join(DIST, "_file/data");
  const file = readdirSync(dir).find((f) => /^story\.[0-9a-f]+\.json$/.test(f));
  if (!file) throw new Error(`no story.json in ${dir}: run npm run build first`);
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as Story;
}

function moduleUrl(): string {
  const file = readdirSync(join(DIST, "_import/components")).find((f) => /^network\.[0-9a-f]+\.js$/.test(f));
  if (!file) throw new Error("the network component is not in dist/_import/components: run npm run build first");
  return `/_import/components/${file}`;
}

/** Draws `story` with the built component into a fresh box at the top of the page; returns the ms taken. */
async function drawSynthetic(view: View, story: Story, width: number | null, id = "synthetic"): Promise<number> {
  // Written as a string: vitest would rewrite a dynamic import() inside a function body.
  const script = `(async ({url, story, width, id}) => {
    const {ActorNetwork} = await import(url);
    document.getElementById(id)?.remove();
    const box = document.createElement("div");
    box.id = id;
    (document.querySelector("main") ?? document.body).prepend(box);
    const t0 = performance.now();
    box.append(ActorNetwork(story, {width: width ?? box.clientWidth}));
    return performance.now() - t0;
  })(${JSON.stringify({ url: moduleUrl(), story, width, id })})`;
  return view.page.evaluate(script) as Promise<number>;
}

describe.runIf(run)("actor network page in Chromium", () => {
  let site: Site;
  const story = run ? builtStory() : ({} as Story);
  const known = new Set((story.actors ?? []).map((a) => a.id));
  const drawable = (story.relations ?? []).filter((r) => known.has(r.source) && known.has(r.target));

  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => site?.close());

  test("draws one node per actor and one link per relation of the built story, offline, without errors", async () => {
    const view = await site.open("/network");
    await view.page.waitForSelector(".actor-network");
    if (story.actors.length === 0) {
      expect(await view.page.textContent(".an-empty")).toContain("No actors have been extracted");
    } else {
      expect(await view.page.locator(".actor-network .an-node").count()).toBe(story.actors.length);
      expect(await view.page.locator(".actor-network path.an-link").count()).toBe(drawable.length);
      const types = new Set(story.actors.map((a) => a.type));
      expect(await view.page.locator(".actor-network .an-legend-type").count()).toBe(types.size);
    }
    expect(view.errors).toEqual([]);
    expect(view.foreign).toEqual([]);
  });

  test.runIf(run && builtStory().actors.length > 0)("hover highlights the neighbours; click opens the panel with the actor's quotes", async () => {
    const view = await site.open("/network");
    await view.page.waitForSelector(".actor-network .an-node");
    const degree = new Map<string, number>();
    for (const r of drawable) for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
    const hub = [...story.actors].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || b.mentions.length - a.mentions.length)[0]!;
    await view.page.hover(`.actor-network .an-node[data-id="${hub.id}"] circle`);
    expect(await view.page.textContent(".actor-network .an-tip")).toContain(hub.name);
    const neighbours = new Set(drawable.flatMap((r) => (r.source === hub.id ? [r.target] : r.target === hub.id ? [r.source] : [])));
    const links = drawable.filter((r) => r.source === hub.id || r.target === hub.id).length;
    expect(await view.page.locator(".actor-network .an-hl-node").count()).toBe(1 + [...neighbours].filter((n) => n !== hub.id).length);
    expect(await view.page.locator(".actor-network .an-hl-link").count()).toBe(links);
    await view.page.click(`.actor-network .an-node[data-id="${hub.id}"] circle`);
    expect(await view.page.textContent(".actor-network .an-panel h3")).toBe(hub.name);
    const quotes = view.page.locator(".actor-network .an-panel .an-quotes li blockquote");
    expect(await quotes.count()).toBeGreaterThan(0);
    expect(await view.page.getAttribute(".actor-network .an-panel .an-quotes a", "href")).toMatch(/^\.\/reader\?article=.+#s-\d+$/);
    if (drawable.length) {
      const r = drawable[0]!;
      await view.page.mouse.move(0, 0);
      await view.page.hover(`.actor-network path.an-link-hit[data-id="${r.id}"]`, { force: true });
      expect(await view.page.textContent(".actor-network .an-tip")).toContain(r.type.replace(/_/g, " "));
    }
    expect(view.errors).toEqual([]);
    expect(view.foreign).toEqual([]);
  });

  test("synthetic story: hover shows the relation label and highlights neighbours; click and Enter open the panel", async () => {
    const view = await site.open("/network");
    const small = syntheticStory(12);
    await drawSynthetic(view, small, null);
    const box = view.page.locator("#synthetic");
    expect(await box.locator(".an-node").count()).toBe(12);
    expect(await box.locator("path.an-link").count()).toBe(small.relations.length);
    const r = small.relations[0]!;
    await box.locator(`.an-node[data-id="${r.source}"] circle`).hover();
    expect(await box.locator(".an-hl-node").count()).toBeGreaterThanOrEqual(2);
    expect(await box.locator(`.an-hl-node[data-id="${r.target}"]`).count()).toBe(1);
    expect(await box.locator(".an-link-label").first().textContent()).toMatch(/\w/);
    // the other nodes really fade
    const dim = await box.locator("g.an-nodes").evaluate((el) => getComputedStyle(el).opacity);
    expect(Number(dim)).toBeLessThan(0.5);
    await view.page.mouse.move(1, 1);
    await box.locator(`path.an-link-hit[data-id="${r.id}"]`).hover({ force: true });
    expect(await box.locator(".an-tip").textContent()).toContain(r.type.replace(/_/g, " "));
    await box.locator(`.an-node[data-id="${r.target}"] circle`).click();
    expect(await box.locator(".an-panel h3").textContent()).toBe(small.actors.find((a) => a.id === r.target)!.name);
    expect(await box.locator(".an-panel .an-quotes blockquote").count()).toBeGreaterThan(0);
    await box.locator(".an-panel .an-close").click();
    expect(await box.locator(".an-panel").isHidden()).toBe(true);
    await box.locator(`.an-node[data-id="${r.source}"]`).focus();
    await view.page.keyboard.press("Enter");
    expect(await box.locator(".an-panel h3").textContent()).toBe(small.actors.find((a) => a.id === r.source)!.name);
    await view.page.keyboard.press("Escape");
    expect(await box.locator(".an-panel").isHidden()).toBe(true);
    expect(view.errors).toEqual([]);
    expect(view.foreign).toEqual([]);
  });

  test("synthetic story: dragging a node moves it and its links; the wheel zooms", async () => {
    const view = await site.open("/network");
    const small = syntheticStory(12);
    await drawSynthetic(view, small, null);
    const box = view.page.locator("#synthetic");
    const r = small.relations[0]!;
    const node = box.locator(`.an-node[data-id="${r.source}"]`);
    const before = await node.getAttribute("transform");
    const linkBefore = await box.locator(`path.an-link[data-id="${r.id}"]`).getAttribute("d");
    const at = (await node.locator("circle").boundingBox())!;
    await view.page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
    await view.page.mouse.down();
    await view.page.mouse.move(at.x + at.width / 2 + 40, at.y + at.height / 2 + 25, { steps: 5 });
    await view.page.mouse.up();
    expect(await node.getAttribute("transform")).not.toBe(before);
    expect(await box.locator(`path.an-link[data-id="${r.id}"]`).getAttribute("d")).not.toBe(linkBefore);
    const svg = (await box.locator("svg.an-svg").boundingBox())!;
    await view.page.mouse.move(svg.x + 20, svg.y + 20);
    await view.page.mouse.wheel(0, -300); // a plain wheel scrolls the page, it does not zoom
    await view.page.waitForTimeout(100);
    expect(await box.locator("g.an-zoom").getAttribute("transform")).toBeNull();
    const moved = (await box.locator("svg.an-svg").boundingBox())!;
    await view.page.mouse.move(moved.x + 20, moved.y + 20);
    await view.page.keyboard.down("Control");
    await view.page.mouse.wheel(0, -300);
    await view.page.keyboard.up("Control");
    await view.page.waitForTimeout(100);
    expect(await box.locator("g.an-zoom").getAttribute("transform")).toMatch(/scale\(/);
    await box.locator('button[data-action="zoom-reset"]').click();
    await view.page.waitForTimeout(50);
    expect(await box.locator("g.an-zoom").getAttribute("transform")).toBe("translate(0,0) scale(1)");
    expect(view.errors).toEqual([]);
  });

  test.runIf(run && new Set(builtStory().actors.map((a) => a.type)).size > 1)("the actor-type filter changes the marks", async () => {
    const view = await site.open("/network");
    await view.page.waitForSelector(".actor-network .an-node");
    const type = [...new Set(story.actors.map((a) => a.type))][0]!;
    const label = view.page.locator("fieldset.sa-control", { hasText: "Actor types" }).locator("label", { hasText: `${type} (` });
    await label.locator("input").uncheck();
    await view.page.waitForFunction((n) => document.querySelectorAll(".actor-network .an-node").length === n, story.actors.filter((a) => a.type !== type).length);
    expect(await view.page.locator(`.actor-network .an-node[data-type="${type}"]`).count()).toBe(0);
    expect(view.errors).toEqual([]);
  });

  test.runIf(run && builtStory().actors.length > 0)("/network?actor=<id> opens that actor's panel", async () => {
    const target = [...story.actors].sort((a, b) => a.mentions.length - b.mentions.length)[0]!;
    const view = await site.open(`/network?actor=${encodeURIComponent(target.id)}`);
    await view.page.waitForSelector(".actor-network .an-panel:not([hidden])");
    expect(await view.page.textContent(".actor-network .an-panel h3")).toBe(target.name);
    expect(view.errors).toEqual([]);
  });

  test("synthetic story: exports SVG, PNG, CSV and JSON as downloads; the table toggles", async () => {
    const view = await site.open("/network");
    await drawSynthetic(view, syntheticStory(12), null);
    const box = view.page.locator("#synthetic");
    const names: Record<string, string> = {};
    for (const action of ["svg", "png", "nodes-csv", "links-csv", "json"]) {
      const [download] = await Promise.all([view.page.waitForEvent("download"), box.locator(`button[data-action="${action}"]`).click()]);
      names[action] = download.suggestedFilename();
      const path = await download.path();
      const bytes = readFileSync(path);
      if (action === "png" || action === "svg") await download.saveAs(join(SCREENSHOTS, `network-export.${action}`)); // for review
      expect(bytes.length).toBeGreaterThan(100);
      if (action === "png") expect(bytes.subarray(1, 4).toString()).toBe("PNG");
      if (action === "svg") {
        expect(bytes.toString()).toContain("fill:rgb(");
        expect(bytes.toString()).not.toMatch(/color\(srgb|color-mix|var\(--/);
      }
      if (action === "json") expect(JSON.parse(bytes.toString()).nodes).toHaveLength(12);
    }
    expect(names).toEqual({
      svg: "story-atlas-network.svg",
      png: "story-atlas-network.png",
      "nodes-csv": "story-atlas-network-nodes.csv",
      "links-csv": "story-atlas-network-links.csv",
      json: "story-atlas-network.json",
    });
    await box.locator('button[data-action="table"]').click();
    expect(await box.locator(".an-nodes-table tbody tr").count()).toBe(12);
    expect(view.errors).toEqual([]);
  });

  test("synthetic 300 actors: build time and hover response (printed)", async () => {
    const view = await site.open("/network");
    const big = syntheticStory(300, 7, 2000);
    const first = await drawSynthetic(view, big, null, "big");
    const second = await drawSynthetic(view, big, 600, "big"); // a new story object: the layout runs again
    const hover = await view.page.evaluate(async () => {
      const nodes = [...document.querySelectorAll("#big .an-node")];
      const times: number[] = [];
      const sync: number[] = [];
      for (const node of nodes.slice(0, 30)) {
        const t0 = performance.now();
        node.dispatchEvent(new PointerEvent("pointerenter"));
        getComputedStyle(nodes[nodes.length - 1]!).opacity; // style recalculation included
        sync.push(performance.now() - t0);
        await new Promise((ok) => requestAnimationFrame(() => ok(null)));
        times.push(performance.now() - t0);
        node.dispatchEvent(new PointerEvent("pointerleave"));
        await new Promise((ok) => requestAnimationFrame(() => ok(null)));
      }
      times.sort((a, b) => a - b);
      sync.sort((a, b) => a - b);
      // A click on the busiest actor: its panel (events and quotes among 2,000 events) to the next frame.
      const t0 = performance.now();
      nodes[0]!.dispatchEvent(new MouseEvent("click"));
      await new Promise((ok) => requestAnimationFrame(() => ok(null)));
      const panel = performance.now() - t0;
      return { median: times[times.length >> 1]!, max: times[times.length - 1]!, sync: sync[sync.length >> 1]!, panel };
    });
    console.log(
      `network, 300 actors / ${big.relations.length} relations / ${big.events.length} events: first draw ${first.toFixed(0)} ms (layout included), redraw at a new width ${second.toFixed(0)} ms, hover handler + style median ${hover.sync.toFixed(1)} ms, hover to next frame median ${hover.median.toFixed(1)} ms, max ${hover.max.toFixed(1)} ms, click to panel ${hover.panel.toFixed(1)} ms (load average ${loadavg()[0]!.toFixed(1)})`,
    );
    expect(await view.page.locator("#big .an-node").count()).toBe(300);
    await view.page.locator("#big .an-chart").screenshot({ path: join(SCREENSHOTS, "network-300-actors.png") }); // for review
    expect(await view.page.locator("#big .an-panel .an-events li").count()).toBeGreaterThan(0);
    expect(hover.sync).toBeLessThan(100); // the handler and the restyle; the frame time is printed (it depends on the machine's load)
    expect(view.errors).toEqual([]);
  });

  test("page weight and time to first chart (printed)", async () => {
    const view = await site.open("/network");
    // Record when the chart (or its empty-state note) first appears, then load the page afresh.
    await view.page.addInitScript(() => {
      const w = window as unknown as { __drawn?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector(".actor-network svg.an-svg, .actor-network .an-empty")) {
          w.__drawn = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    view.requests.length = 0;
    await view.page.reload({ waitUntil: "networkidle" });
    const drawn = await view.page.evaluate(() => (window as unknown as { __drawn?: number }).__drawn ?? NaN);
    let raw = 0;
    let gz = 0;
    for (const url of new Set(view.requests)) {
      const u = new URL(url);
      if (u.hostname !== "127.0.0.1") continue;
      let path = decodeURIComponent(u.pathname);
      if (path.endsWith("/")) path += "index";
      const file = [join(DIST, path), join(DIST, `${path}.html`)].find((f) => existsSync(f) && statSync(f).isFile());
      if (!file) continue;
      const bytes = readFileSync(file);
      raw += bytes.length;
      gz += gzipSync(bytes).length;
    }
    console.log(`network page: ${new Set(view.requests).size} requests, ${(raw / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzip; first chart drawn ${drawn.toFixed(0)} ms after navigation (load average ${loadavg()[0]!.toFixed(1)})`);
    expect(Number.isFinite(drawn)).toBe(true);
    expect(view.errors).toEqual([]);
  });

  for (const colorScheme of ["light", "dark"] as const)
    for (const width of [375, 1280])
      test(`screenshots at ${width} px, ${colorScheme}`, async () => {
        const view = await site.open("/network", { width, colorScheme });
        await view.page.waitForSelector(".actor-network");
        const first = await view.page.locator(".actor-network .an-node").first();
        if ((await first.count()) > 0) await first.locator("circle").click();
        await view.screenshot("network");
        // The chart alone, readable at full size (the page shot is long once a panel is open).
        if ((await first.count()) > 0)
          await view.page.locator(".actor-network .an-chart").screenshot({ path: join(SCREENSHOTS, `network-chart-${width}-${colorScheme}.png`) });
        // The drawing itself, whatever the extractors find today: a 30-actor synthetic story, one panel open.
        await view.page.evaluate(() => document.querySelector(".actor-network")?.remove());
        await drawSynthetic(view, syntheticStory(30), null);
        await view.page.locator("#synthetic .an-node").nth(2).locator("circle").hover({ force: true });
        await view.screenshot("network-synthetic-hover");
        await view.page.locator("#synthetic .an-node").nth(0).locator("circle").click({ force: true });
        await view.screenshot("network-synthetic-panel");
        expect(view.errors).toEqual([]);
        expect(view.foreign).toEqual([]);
      });
});
