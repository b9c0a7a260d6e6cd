import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SCREENSHOTS, chromiumAvailable, startSite, type Site } from "./harness.ts";
import { STORY_REQUEST, builtStory, datedEvents, markSelector } from "./story.ts";
import { syntheticStory } from "../components/fixture.ts";

const run = chromiumAvailable();
const MARKS = ["dated event", "dated interval", "vague event"].map((d) => markSelector("timeline", d, "circle, rect")).join(", ");

describe.runIf(run)("timeline page in Chromium", () => {
  let site: Site;
  const story = run ? builtStory() : null!;
  const dated = run ? datedEvents(story) : [];
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => site?.close());

  test("draws one mark per dated event and actor lane, and lists the undated events", async () => {
    expect(dated.length).toBeGreaterThanOrEqual(1);
    const view = await site.open("/timeline");
    await view.page.waitForSelector(MARKS);
    const lanes = new Set(dated.flatMap((e) => (e.actors.length ? e.actors : ["-"])));
    if (lanes.size <= 12) expect(await view.page.locator(MARKS).count()).toBe(dated.reduce((n, e) => n + Math.max(1, new Set(e.actors).size), 0));
    else expect(await view.page.locator(MARKS).count()).toBeGreaterThanOrEqual(dated.length);
    expect(await view.page.locator("ul.sa-undated li").count()).toBe(story.events.length - dated.length);
    expect(view.errors).toEqual([]);
    expect(view.foreign).toEqual([]);
  });

  test("the filters change the marks: lanes by modality, then one modality unchecked", async () => {
    const view = await site.open("/timeline");
    const { page } = view;
    await page.waitForSelector(MARKS);
    await page.getByRole("radio", { name: "modality" }).check();
    await page.waitForFunction((n) => document.querySelector(".sa-chart[data-chart=timeline]")?.getAttribute("data-marks") === String(n), dated.length);
    expect(await page.locator(MARKS).count()).toBe(dated.length);
    const first = dated[0].modality;
    await page.getByRole("checkbox", { name: first }).uncheck();
    const left = dated.filter((e) => e.modality !== first).length;
    await page.waitForFunction((n) => document.querySelector(".sa-chart[data-chart=timeline]")?.getAttribute("data-marks") === String(n), left);
    expect(await page.locator(MARKS).count()).toBe(left);
    expect(view.errors).toEqual([]);
  });

  test("a period picked with the date fields or the brush keeps the events that overlap it", async () => {
    const view = await site.open("/timeline");
    const { page } = view;
    await page.getByRole("radio", { name: "modality" }).check();
    await page.waitForSelector(MARKS);
    const starts = dated.map((e) => e.when!.from ?? "0000-01-01").sort();
    const from = starts[Math.floor(starts.length / 2)];
    const expected = dated.filter((e) => e.when!.to === null || e.when!.to >= from).length;
    await page.getByLabel("From").fill(from);
    await page.getByLabel("From").dispatchEvent("change");
    await page.waitForFunction((n) => document.querySelector(".sa-chart[data-chart=timeline]")?.getAttribute("data-marks") === String(n), expected);
    await page.getByRole("button", { name: "Whole story" }).click();
    await page.waitForFunction((n) => document.querySelector(".sa-chart[data-chart=timeline]")?.getAttribute("data-marks") === String(n), dated.length);
    const strip = (await page.locator(".sa-period svg").boundingBox())!;
    await page.mouse.move(strip.x + strip.width * 0.7, strip.y + strip.height / 3);
    await page.mouse.down();
    await page.mouse.move(strip.x + strip.width * 0.98, strip.y + strip.height / 3, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction((n) => Number(document.querySelector(".sa-chart[data-chart=timeline]")?.getAttribute("data-marks")) < n || document.querySelector(".sa-chart[data-chart=timeline] .sa-empty"), dated.length);
    expect(await page.getByLabel("From").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(view.errors).toEqual([]);
  });

  test("hovering a mark shows its label, its date as written and its quote", async () => {
    const view = await site.open("/timeline");
    const { page } = view;
    await page.getByRole("radio", { name: "modality" }).check();
    await page.waitForSelector(MARKS);
    const mark = page.locator(MARKS).first();
    const box = (await mark.boundingBox())!;
    await page.mouse.move(box.x + Math.min(4, box.width / 2), box.y + box.height / 2);
    const tip = page.locator(".sa-chart[data-chart=timeline] g[aria-label=tip] text");
    await tip.first().waitFor();
    const text = (await tip.allTextContents()).join("\n");
    const event = dated.find((e) => text.includes(e.label));
    expect(event, `tip text: ${text}`).toBeTruthy();
    expect(text).toContain("“");
    expect(view.errors).toEqual([]);
  });

  test("keyboard: Tab reaches the marks; a focused mark shows its tip (label, date as written, quote) and Enter opens its sentence", async () => {
    const view = await site.open("/timeline");
    const { page } = view;
    await page.getByRole("radio", { name: "modality" }).check();
    await page.waitForSelector(MARKS);
    // Tab from the last control before the chart (the "Whole story" button) into the marks.
    await page.getByRole("button", { name: "Whole story" }).focus();
    let inChart = false;
    for (let i = 0; i < 20 && !inChart; i++) {
      await page.keyboard.press("Tab");
      inChart = await page.evaluate(() => document.activeElement?.tagName === "a" && !!document.activeElement.closest(".sa-chart[data-chart=timeline] svg"));
    }
    expect(inChart).toBe(true);
    const tip = page.locator(".sa-chart[data-chart=timeline] .sa-keytip");
    await tip.waitFor();
    const text = (await tip.textContent())!;
    expect(text).toBe(await page.evaluate(() => document.activeElement!.getAttribute("aria-label")));
    expect(dated.some((e) => text.startsWith(e.label)), text).toBe(true);
    expect(text).toContain("“");
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/reader\?article=/);
    await page.waitForSelector(".sa-s.sa-target");
    expect(view.errors).toEqual([]);
  });

  test("a click on an event opens the reader with its sentence highlighted", async () => {
    const view = await site.open("/timeline");
    const { page } = view;
    await page.getByRole("radio", { name: "modality" }).check();
    await page.waitForSelector(MARKS);
    const mark = page.locator(MARKS).first();
    const box = (await mark.boundingBox())!;
    const [x, y] = [box.x + Math.min(4, box.width / 2), box.y + box.height / 2];
    const href = (await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest("a")?.getAttribute("href"), [x, y]))!;
    expect(href).toMatch(/^\.\/reader\?article=/);
    await page.mouse.click(x, y);
    await page.waitForURL(/\/reader\?article=/);
    await page.waitForSelector(".sa-s.sa-target");
    const [, article, sentence] = /article=([^#&]+)#s-(\d+)/.exec(href)!;
    expect(page.url()).toContain(`article=${article}`);
    const target = page.locator(".sa-s.sa-target");
    expect(await target.getAttribute("id")).toBe(`s-${sentence}`);
    const a = story.articles.find((x) => x.id === decodeURIComponent(article))!;
    const s = a.sentences[Number(sentence)];
    expect((await target.textContent())!.trim()).toBe(a.text.slice(s.start, s.end).trim());
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    expect(view.errors).toEqual([]);
  });

  test("exports the chart as SVG, PNG, CSV and JSON downloads, with no request", async () => {
    const view = await site.open("/timeline");
    const { page } = view;
    await page.waitForSelector(MARKS);
    const before = view.requests.length;
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const format of ["svg", "png", "csv", "json"]) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(`.sa-chart[data-chart=timeline] [data-export=${format}]`)]);
      expect(download.suggestedFilename()).toBe(`story-atlas-timeline.${format}`);
      const path = await download.path();
      const bytes = readFileSync(path);
      const head = bytes.subarray(0, 8);
      if (format === "png") {
        expect([...head]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        copyFileSync(path, join(SCREENSHOTS, "export-timeline.png"));
      }
      if (format === "svg") expect(bytes.toString("utf8")).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      if (format === "csv") expect(bytes.toString("utf8").split("\r\n")[0]).toBe("event,lane,date as written,from,to,precision,modality,article,sentence,sources,quote");
      if (format === "json") expect(JSON.parse(bytes.toString("utf8"))).toHaveLength(Number(await page.getAttribute(".sa-chart[data-chart=timeline]", "data-marks")));
    }
    expect(view.requests.slice(before).filter((u) => !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([]);
    await page.click(".sa-chart[data-chart=timeline] button[aria-controls]");
    expect(await page.locator(".sa-chart[data-chart=timeline] .sa-table tbody tr").count()).toBeGreaterThanOrEqual(dated.length);
    expect(view.errors).toEqual([]);
  });

  test("the controls are reachable with the keyboard", async () => {
    const view = await site.open("/timeline");
    const { page } = view;
    const reached = new Set<string>();
    for (let i = 0; i < 150 && !reached.has("csv"); i++) {
      await page.keyboard.press("Tab");
      reached.add(await page.evaluate(() => { const el = document.activeElement!; return el.getAttribute("data-export") ?? el.getAttribute("type") ?? el.tagName.toLowerCase(); }));
    }
    for (const kind of ["radio", "select", "checkbox", "date", "svg", "csv"]) expect(reached).toContain(kind);
  });

  test("with 2,000 events (marks not wrapped in links), a click on the hovered mark still opens its sentence", async () => {
    const synthetic = syntheticStory(2000, 300);
    const view = await site.open("/timeline", { routes: [{ match: STORY_REQUEST, body: JSON.stringify(synthetic) }] });
    const { page } = view;
    await page.getByRole("radio", { name: "modality" }).check();
    await page.waitForFunction(() => Number(document.querySelector(".sa-chart[data-chart=timeline]")?.getAttribute("data-marks")) > 1000);
    expect(await page.locator(".sa-chart[data-chart=timeline] svg a").count()).toBe(0);
    // The marks are drawn as one path per shape and modality: hover the first dot of the dots' path.
    const dots = page.locator(".sa-chart[data-chart=timeline] g[aria-description='dated events'] path[data-shape=point]").first();
    const [mx, my] = (await dots.evaluate((p) => {
      const [, x, y] = /^M([\d.]+),([\d.]+)/.exec(p.getAttribute("d")!)!;
      const path = p as unknown as SVGPathElement;
      const pt = path.ownerSVGElement!.createSVGPoint();
      pt.x = Number(x) + Number(p.getAttribute("data-r"));
      pt.y = Number(y);
      const q = pt.matrixTransform(path.getScreenCTM()!);
      return [q.x, q.y];
    })) as [number, number];
    const box = { x: mx, y: my, width: 0, height: 0 };
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.locator(".sa-chart[data-chart=timeline] g[aria-label=tip] text");
    await tip.first().waitFor();
    const text = (await tip.allTextContents()).join("\n");
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/\/reader\?article=synthetic-/);
    await page.waitForSelector(".sa-s.sa-target");
    const quote = (await page.locator(".sa-s.sa-target").textContent())!.trim();
    expect(text).toContain(quote.slice(0, 30));
    expect(view.errors).toEqual([]);
  });

  test("screenshots at 375 and 1280 px, light and dark", async () => {
    for (const width of [375, 1280])
      for (const colorScheme of ["light", "dark"] as const) {
        const view = await site.open("/timeline", { width, colorScheme });
        await view.page.waitForSelector(".sa-chart svg");
        await view.screenshot("timeline");
        expect(view.errors).toEqual([]);
      }
  });
});
