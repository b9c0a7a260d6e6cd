import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumAvailable, startSite, type Site } from "./harness.ts";
import { builtStory, markSelector } from "./story.ts";

const run = chromiumAvailable();
const MONEY = [markSelector("money", "money amount", "circle, path"), markSelector("money", "money range", "line")].join(", ");
const LABELS = markSelector("counts", "count label", "text");

describe.runIf(run)("investment sizes page in Chromium", () => {
  let site: Site;
  const story = run ? builtStory() : null!;
  const money = run ? story.figures.filter((f) => f.kind === "money") : [];
  const counts = run ? story.figures.filter((f) => f.kind === "count") : [];
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => site?.close());

  test("draws one mark per sum of money and one block per count, offline and without console errors", async () => {
    expect(money.length).toBeGreaterThanOrEqual(1);
    expect(counts.length).toBeGreaterThanOrEqual(1);
    const view = await site.open("/figures");
    await view.page.waitForSelector(".sa-chart[data-chart=money] svg");
    expect(await view.page.locator(MONEY).count()).toBe(money.length);
    expect(await view.page.locator(LABELS).count()).toBe(counts.length);
    const ranges = money.filter((f) => f.value === null && f.low !== null && f.high !== null).length;
    expect(await view.page.locator(markSelector("money", "range whisker", "line")).count()).toBe(2 * ranges);
    expect(view.errors).toEqual([]);
    expect(view.foreign).toEqual([]);
  });

  test("hovering a sum shows it as written, its currency and its sentence", async () => {
    const view = await site.open("/figures");
    const { page } = view;
    await page.waitForSelector(".sa-chart[data-chart=money] svg");
    const box = (await page.locator(markSelector("money", "money amount", "circle, path")).first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.locator(".sa-chart[data-chart=money] g[aria-label=tip] text");
    await tip.first().waitFor();
    const text = (await tip.allTextContents()).join("\n");
    expect(money.some((f) => text.includes(`“${f.text}”`)), text).toBe(true);
    expect(text).toContain("not converted");
  });

  test("the linear/log toggle and the article filter redraw the chart", async () => {
    const view = await site.open("/figures");
    const { page } = view;
    await page.waitForSelector(".sa-chart[data-chart=money] svg");
    const ticks = async () => (await page.locator(".sa-chart[data-chart=money] g[aria-label='x-axis tick label'] text").allTextContents()).join("|");
    const log = await ticks();
    await page.getByRole("radio", { name: "linear" }).check();
    await page.waitForFunction((before) => Array.from(document.querySelectorAll(".sa-chart[data-chart=money] g[aria-label='x-axis tick label'] text"), (t) => t.textContent).join("|") !== before, log);
    expect(await page.locator(MONEY).count()).toBe(money.length);
    const article = story.articles[story.articles.length - 1];
    await page.getByLabel("Article").selectOption({ label: article.title });
    const expected = money.filter((f) => f.article === article.id).length;
    await page.waitForFunction((n) => (document.querySelector(".sa-chart[data-chart=money]")?.getAttribute("data-marks") ?? "0") === String(n), expected);
    expect(await page.locator(MONEY).count()).toBe(expected);
    expect(view.errors).toEqual([]);
  });

  test("a highlight in the reader leads to its figure, ringed", async () => {
    const f = money[0];
    const view = await site.open(`/figures#${encodeURIComponent(f.id)}`);
    await view.page.waitForSelector(".sa-chart[data-chart=money] svg");
    expect(await view.page.locator(markSelector("money", "focused figure", "circle")).count()).toBe(1);
  });

  test("screenshots at 375 and 1280 px, light and dark", async () => {
    for (const width of [375, 1280])
      for (const colorScheme of ["light", "dark"] as const) {
        const view = await site.open("/figures", { width, colorScheme });
        await view.page.waitForSelector(".sa-chart svg");
        await view.screenshot("figures");
        expect(view.errors).toEqual([]);
      }
  });
});
