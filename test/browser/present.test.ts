// Present mode in Chromium, on the built site (npm run build first): every step of the seed's
// default telling by keyboard, the URL hash, the highlighted marks of each step, click and swipe,
// Escape, a script with a bad step reference, print pages, and screenshots of three steps at 1280
// and 375 px in light and dark (test/output/screenshots/present-*).
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { presentation } from "../../loaders/stories/index.ts";
import type { Presentation, PresentStep } from "../../loaders/stories/types.ts";
import { buildStory } from "../../loaders/story.ts";
import { chromiumAvailable, DIST, startSite, type Site, type View } from "./harness.ts";

const run = chromiumAvailable();
/** The built site (PRESENT_DIST lets a developer point at another build folder). */
const DIR = process.env.PRESENT_DIST ? resolve(process.env.PRESENT_DIST) : DIST;

/** The present.json the build wrote (its name carries a content hash). */
function builtPresentation(): Presentation {
  const dir = join(DIR, "_file/data");
  const name = readdirSync(dir).find((n) => /^present\.[0-9a-f]+\.json$/.test(n));
  if (!name) throw new Error(`no present.*.json in ${dir}: build the site first`);
  return JSON.parse(readFileSync(join(dir, name), "utf8"));
}

async function currentStep(view: View): Promise<number> {
  return Number(await view.page.getAttribute(".present", "data-step"));
}

async function waitStep(view: View, n: number): Promise<void> {
  await view.page.waitForSelector(`.present[data-step="${n}"]`, { timeout: 5000 });
}

/** Which of the step's highlighted items are drawn but not marked active (should be none). */
async function unmarked(view: View, data: Presentation, step: PresentStep): Promise<string[]> {
  return view.page.evaluate(
    ({ step, data }) => {
      const stage = document.querySelector(".present-stage")!;
      const missing: string[] = [];
      const dated = new Set(data.timeline.events.map((e) => e.id));
      for (const id of step.highlight.events) {
        if (!dated.has(id)) continue;
        const el = [...stage.querySelectorAll("[data-event]")].find((e) => e.getAttribute("data-event") === id);
        if (!el?.classList.contains("is-active")) missing.push(`event ${id}`);
      }
      for (const id of step.highlight.figures) {
        const el = [...stage.querySelectorAll("[data-figures]")].find((e) => e.getAttribute("data-figures")!.split(" ").includes(id));
        if (el && !el.classList.contains("is-active")) missing.push(`figure ${id}`);
        const drawn = data.figures.some((f) => f.ids.includes(id));
        const primary = stage.querySelector(".present-chart.is-primary")?.getAttribute("data-chart");
        if (!el && drawn && primary === "figures") missing.push(`figure ${id} (not drawn)`);
      }
      for (const id of step.highlight.actors) {
        const el = [...stage.querySelectorAll("[data-actor]")].find((e) => e.getAttribute("data-actor") === id);
        if (el && !el.classList.contains("is-active")) missing.push(`actor ${id}`);
      }
      // Nothing else is active.
      const active = [...stage.querySelectorAll(".is-active[data-event], .is-active[data-figures], .is-active[data-actor]")];
      for (const el of active) {
        const ev = el.getAttribute("data-event");
        const figs = el.getAttribute("data-figures")?.split(" ") ?? [];
        const ac = el.getAttribute("data-actor");
        if (ev && !step.highlight.events.includes(ev)) missing.push(`extra event ${ev}`);
        if (figs.length && !figs.some((f) => step.highlight.figures.includes(f))) missing.push(`extra figure ${figs[0]}`);
        if (ac && !step.highlight.actors.includes(ac)) missing.push(`extra actor ${ac}`);
      }
      return missing;
    },
    { step, data },
  );
}

describe.runIf(run)("present page in Chromium", () => {
  let site: Site;
  let data: Presentation;
  let steps: PresentStep[];
  beforeAll(async () => {
    site = await startSite(DIR);
    data = builtPresentation();
    steps = data.tellings[0].steps;
  });
  afterAll(async () => site?.close());

  test("the seed's default telling has a title step, moments and a closing step", () => {
    expect(data.tellings[0].name).toBe("default");
    expect(steps[0].kind).toBe("title");
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.at(-1)!.kind).toBe("closing");
  });

  test("ArrowRight walks every step, the hash and the highlighted marks follow, and it stops at the end", async () => {
    const view = await site.open("/present");
    await waitStep(view, 1);
    expect(new URL(view.page.url()).hash).toBe("#step-1");
    expect(await unmarked(view, data, steps[0])).toEqual([]);
    for (let n = 2; n <= steps.length; n++) {
      await view.page.keyboard.press("ArrowRight");
      await waitStep(view, n);
      expect(new URL(view.page.url()).hash).toBe(`#step-${n}`);
      expect(await view.page.textContent(".present-count")).toBe(`${n} / ${steps.length}`);
      expect(await view.page.textContent(".present-heading")).toBe(steps[n - 1].heading);
      expect(await view.page.getAttribute(".present-chart.is-primary", "data-chart")).toBe(steps[n - 1].chart);
      expect(await unmarked(view, data, steps[n - 1]), `step ${n}`).toEqual([]);
    }
    await view.page.keyboard.press("ArrowRight");
    expect(await currentStep(view)).toBe(steps.length);
    // Back with the clicker's PageUp, ArrowLeft and shift+space; on with PageDown and space.
    await view.page.keyboard.press("PageUp");
    await waitStep(view, steps.length - 1);
    await view.page.keyboard.press("ArrowLeft");
    await waitStep(view, steps.length - 2);
    await view.page.keyboard.press("Shift+Space");
    await waitStep(view, steps.length - 3);
    await view.page.keyboard.press("PageDown");
    await waitStep(view, steps.length - 2);
    await view.page.keyboard.press("Space");
    await waitStep(view, steps.length - 1);
    await view.page.keyboard.press("Home");
    await waitStep(view, 1);
    expect(view.errors).toEqual([]);
    expect(view.foreign).toEqual([]);
  });

  test("#step-3 opens the third step; a hash change moves; an out-of-range hash falls back to a real step", async () => {
    const view = await site.open("/present#step-3");
    await waitStep(view, 3);
    expect(await view.page.textContent(".present-heading")).toBe(steps[2].heading);
    await view.page.evaluate(() => (location.hash = "#step-2"));
    await waitStep(view, 2);
    const far = await site.open(`/present#step-${steps.length + 50}`);
    await waitStep(far, steps.length);
    expect(new URL(far.page.url()).hash).toBe(`#step-${steps.length}`);
    expect([...view.errors, ...far.errors]).toEqual([]);
  });

  test("a click on the right goes on, on the left third goes back; a swipe left goes on", async () => {
    const view = await site.open("/present#step-2", { width: 375, height: 800 });
    await waitStep(view, 2);
    const box = (await view.page.locator(".present-stage").boundingBox())!;
    await view.page.mouse.click(box.x + box.width * 0.85, box.y + 40);
    await waitStep(view, 3);
    await view.page.mouse.click(box.x + box.width * 0.1, box.y + 40);
    await waitStep(view, 2);
    await view.page.mouse.move(box.x + box.width * 0.8, box.y + 60);
    await view.page.mouse.down();
    await view.page.mouse.move(box.x + box.width * 0.2, box.y + 70, { steps: 5 });
    await view.page.mouse.up();
    await waitStep(view, 3);
    expect(view.errors).toEqual([]);
  });

  test("space after clicking the next button moves one step, not two", async () => {
    const view = await site.open("/present#step-1");
    await waitStep(view, 1);
    await view.page.click('button[aria-label="Next step"]');
    await waitStep(view, 2);
    await view.page.keyboard.press("Space");
    await waitStep(view, 3);
    await view.page.waitForTimeout(200);
    expect(await currentStep(view)).toBe(3);
  });

  test("the timeline's date band glides from one date to the next (motion allowed)", async () => {
    const dated = steps.filter((s) => s.highlight.when);
    const i = dated.findIndex((s, k) => k > 0 && s.n === dated[k - 1].n + 1 && s.highlight.when!.from !== dated[k - 1].highlight.when!.from);
    expect(i, "two consecutive steps with different dates").toBeGreaterThan(0);
    const view = await site.open(`/present#step-${dated[i - 1].n}`);
    await waitStep(view, dated[i - 1].n);
    const x = () => view.page.$eval(".present-stage .tl-when", (e) => Number(e.getAttribute("x")));
    const before = await x();
    await view.page.keyboard.press("ArrowRight");
    // Sample the band in the page while it moves.
    const samples = await view.page.evaluate(
      () =>
        new Promise<number[]>((done) => {
          const out: number[] = [];
          const t0 = performance.now();
          const tick = () => {
            out.push(Number(document.querySelector(".present-stage .tl-when")?.getAttribute("x")));
            if (performance.now() - t0 < 1200) requestAnimationFrame(tick);
            else done(out);
          };
          tick();
        }),
    );
    const after = await x();
    expect(after).not.toBe(before);
    const [lo, hi] = [Math.min(before, after), Math.max(before, after)];
    expect(samples.some((v) => v > lo + 0.5 && v < hi - 0.5), `in-between positions in ${samples.length} frames`).toBe(true);
  });

  test("Escape leaves to the overview", async () => {
    const view = await site.open("/present#step-2");
    await waitStep(view, 2);
    await Promise.all([view.page.waitForURL((u) => u.pathname === "/"), view.page.keyboard.press("Escape")]);
    expect(new URL(view.page.url()).pathname).toBe("/");
    expect(view.errors).toEqual([]);
  });

  test("the source link of a step opens the reader at its sentence", async () => {
    const n = steps.findIndex((s) => s.source) + 1;
    expect(n).toBeGreaterThan(0);
    const view = await site.open(`/present#step-${n}`);
    await waitStep(view, n);
    const href = await view.page.getAttribute(".present-stage .present-read", "href");
    expect(href).toBe(`./reader?article=${encodeURIComponent(steps[n - 1].source!.article)}#s-${steps[n - 1].source!.sentence}`);
  });

  test("a script with a bad step reference shows its valid steps and the problem with file and line", async () => {
    const root = resolve(".");
    const script = resolve("test/stories/fixtures/bad-reference.yaml");
    const json = JSON.stringify(presentation(buildStory(undefined, { root }), [script], root));
    const view = await site.open("/present");
    await view.page.route(/\/_file\/data\/present\.[0-9a-f]+\.json$/, (route) => route.fulfill({ status: 200, contentType: "application/json", body: json }));
    await view.page.goto(`${site.origin}/present?story=bad-reference`, { waitUntil: "networkidle" });
    await view.page.waitForSelector('.present[data-telling="bad-reference"][data-step="1"]');
    const problems = view.page.locator(".present-problems");
    await expect.poll(() => problems.isVisible()).toBe(true);
    const text = (await problems.textContent())!;
    expect(text).toContain("1 problem in test/stories/fixtures/bad-reference.yaml");
    expect(text).toContain("test/stories/fixtures/bad-reference.yaml:7 error: step 2: no event 'no-such-article/e42' in the story");
    expect(await view.page.textContent(".present-count")).toBe("1 / 2");
    expect(await view.page.inputValue(".present-chooser")).toBe("bad-reference");
    await view.page.keyboard.press("ArrowRight");
    await waitStep(view, 2);
    expect(await view.page.textContent(".present-caption")).toBe("The purchase, as the article tells it.");
    expect(await view.page.textContent(".present-quote mark.q-quote, .present-quote mark.q-trigger")).toMatch(/10 000 GPU/);
    await view.screenshot("present-bad-script");
    // The chooser goes back to the default telling.
    await view.page.selectOption(".present-chooser", "default");
    await view.page.waitForSelector('.present[data-telling="default"][data-step="1"]');
    expect(new URL(view.page.url()).search).toBe("");
    expect(await problems.isVisible()).toBe(false);
    expect(view.errors).toEqual([]);
    expect(view.foreign).toEqual([]);
  });

  test("the example script opens by ?story= with no problem and its own steps", async () => {
    const script = data.tellings.find((t) => t.name === "gpu-purchase");
    expect(script, "data/stories/gpu-purchase.yaml").toBeTruthy();
    expect(script!.problems).toEqual([]);
    const view = await site.open("/present?story=gpu-purchase#step-2");
    await waitStep(view, 2);
    expect(await view.page.textContent(".present-count")).toBe(`2 / ${script!.steps.length}`);
    expect(await view.page.textContent(".present-caption")).toBe(script!.steps[1].caption);
    expect(await view.page.locator(".present-problems").isVisible()).toBe(false);
    expect(await unmarked(view, data, script!.steps[1])).toEqual([]);
    expect(view.errors).toEqual([]);
  });

  test("an empty story shows its single title step and says what the charts lack", async () => {
    const empty = { articles: [], figures: [], times: [], actors: [], events: [], relations: [], problems: [] };
    const json = JSON.stringify(presentation(empty, [], resolve(".")));
    const view = await site.open("/present");
    await view.page.route(/\/_file\/data\/present\.[0-9a-f]+\.json$/, (route) => route.fulfill({ status: 200, contentType: "application/json", body: json }));
    await view.page.goto(`${site.origin}/present?empty#step-4`, { waitUntil: "networkidle" });
    await waitStep(view, 1);
    expect(await view.page.textContent(".present-count")).toBe("1 / 1");
    expect(await view.page.textContent(".present-stage")).toContain("No articles yet");
    expect(await view.page.locator(".present-stage .pc-empty").allTextContents()).toEqual(["No dated events yet", "No figures yet", "No actors yet"]);
    await view.page.keyboard.press("ArrowRight");
    expect(await currentStep(view)).toBe(1);
    expect(view.errors).toEqual([]);
  });

  test("an unknown ?story= says which tellings exist", async () => {
    const view = await site.open("/present?story=nope");
    await waitStep(view, 1);
    expect(await view.page.textContent(".present-problems")).toContain("No telling named 'nope': choose one of default");
  });

  test("print gives one page per step", async () => {
    const view = await site.open("/present");
    await waitStep(view, 1);
    await view.page.emulateMedia({ media: "print" });
    expect(await view.page.locator(".present-page").count()).toBe(steps.length);
    expect(await view.page.locator(".present-stage").isVisible()).toBe(false);
    const breaks = await view.page.$$eval(".present-page", (els) => els.map((e) => getComputedStyle(e).breakAfter));
    expect(breaks.slice(0, -1).every((b) => b === "page")).toBe(true);
    const pdf = await view.page.pdf({ format: "A4" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(steps.length);
  });

  test("reduced motion turns transitions off", async () => {
    const view = await site.open("/present", { reducedMotion: "reduce" });
    await waitStep(view, 1);
    await view.page.keyboard.press("ArrowRight");
    await waitStep(view, 2);
    expect(await view.page.$eval(".present-text", (e) => e.classList.contains("is-entering"))).toBe(false);
    expect(await view.page.$eval(".present-progress-fill", (e) => getComputedStyle(e).transitionDuration)).toBe("0s");
  });

  for (const width of [1280, 375])
    for (const colorScheme of ["light", "dark"] as const)
      test(`screenshots of three steps at ${width} px, ${colorScheme}`, async () => {
        const picks = [1, Math.min(steps.length, Math.max(2, Math.ceil(steps.length / 2))), steps.length];
        for (const n of picks) {
          const view = await site.open(`/present#step-${n}`, { width, height: width > 500 ? 800 : 740, colorScheme, reducedMotion: "reduce" });
          await waitStep(view, n);
          await view.page.waitForTimeout(100);
          await view.screenshot(`present-step-${n}`);
          expect(view.errors).toEqual([]);
          expect(view.foreign).toEqual([]);
          // Nothing sticks out sideways.
          expect(await view.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1)).toBe(true);
        }
      });
});
