import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumAvailable, startSite, type Site } from "./harness.ts";
import { builtStory, datedEvents, markSelector } from "./story.ts";

const run = chromiumAvailable();

describe.runIf(run)("overview page in Chromium", () => {
  let site: Site;
  const story = run ? builtStory() : null!;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => site?.close());

  test("the seed's extraction is not empty (sanity floors)", () => {
    expect(story.articles.length).toBeGreaterThanOrEqual(1);
    expect(story.figures.filter((f) => f.kind === "money").length).toBeGreaterThanOrEqual(1);
    expect(story.figures.filter((f) => f.kind === "count").length).toBeGreaterThanOrEqual(1);
    expect(datedEvents(story).length).toBeGreaterThanOrEqual(1);
    expect(story.actors.length).toBeGreaterThanOrEqual(3);
  });

  test("shows the headlines, the compact timeline, the actors and the articles, offline and without console errors", async () => {
    const view = await site.open("/");
    const { page } = view;
    await page.waitForSelector(".sa-chart[data-chart=timeline-compact] svg");
    const body = (await page.textContent("body"))!;
    for (const a of story.articles) expect(body).toContain(a.title);
    expect(await page.locator(".sa-headline").count()).toBeGreaterThanOrEqual(4);
    const compact = ["dated event", "dated interval", "vague event"].map((d) => markSelector("timeline-compact", d, "circle, rect")).join(", ");
    expect(await page.locator(compact).count()).toBe(datedEvents(story).length);
    expect(await page.locator(markSelector("actors", "actor", "rect")).count()).toBe(Math.min(10, story.actors.length));
    for (const href of ["./timeline", "./figures", "./network", "./reader"]) expect(await page.locator(`main a[href="${href}"]`).count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator(".sa-problems").count()).toBe(story.problems.length ? 1 : 0);
    expect(view.errors).toEqual([]);
    expect(view.foreign).toEqual([]);
  });

  test("the largest sum leads to its sentence in the reader", async () => {
    const view = await site.open("/");
    const link = view.page.locator(".sa-headline a[href^='./reader?article=']").first();
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await view.page.waitForSelector(".sa-s.sa-target");
    expect(await view.page.getAttribute(".sa-s.sa-target", "id")).toBe(href.split("#")[1]);
    expect(view.errors).toEqual([]);
  });

  test("screenshots at 375 and 1280 px, light and dark", async () => {
    for (const width of [375, 1280])
      for (const colorScheme of ["light", "dark"] as const) {
        const view = await site.open("/", { width, colorScheme });
        await view.page.waitForSelector(".sa-chart svg");
        await view.screenshot("overview");
        expect(view.errors).toEqual([]);
      }
  });
});
