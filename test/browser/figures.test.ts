import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumAvailable, startSite, type Site } from "./harness.ts";
import { builtStory, markSelector } from "./story.ts";
import { countBlocks, countGroups, moneyGroups } from "../../src/components/figures.ts";
import { toldTimes } from "../../src/components/figure-groups.ts";

const run = chromiumAvailable();
const MONEY = [markSelector("money", "money amount", "circle, path"), markSelector("money", "money range", "line")].join(", ");
const LABELS = markSelector("counts", "count label", "text");

describe.runIf(run)("investment sizes page in Chromium", () => {
  let site: Site;
  const story = run ? builtStory() : null!;
  const money = run ? story.figures.filter((f) => f.kind === "money") : [];
  // The charts draw an amount told several times once: the expected marks come from the same grouping.
  const moneyRows = run ? moneyGroups(story) : [];
  const counts = run ? countGroups(story) : [];
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => site?.close());

  test("draws one mark per sum of money told and one block per count told, offline and without console errors", async () => {
    expect(money.length).toBeGreaterThanOrEqual(1);
    expect(counts.length).toBeGreaterThanOrEqual(1);
    const view = await site.open("/figures");
    await view.page.waitForSelector(".sa-chart[data-chart=money] svg");
    expect(await view.page.locator(MONEY).count()).toBe(moneyRows.length);
    expect(await view.page.locator(LABELS).count()).toBe(counts.length);
    const ranges = moneyRows.filter((f) => f.value === null && f.low !== null && f.high !== null).length;
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
    expect(await page.locator(MONEY).count()).toBe(moneyRows.length);
    const article = story.articles[story.articles.length - 1];
    await page.locator(".sa-filters select").selectOption({ label: article.title });
    const expected = moneyGroups(story, new Set([article.id])).length;
    await page.waitForFunction((n) => (document.querySelector(".sa-chart[data-chart=money]")?.getAttribute("data-marks") ?? "0") === String(n), expected);
    expect(await page.locator(MONEY).count()).toBe(expected);
    expect(view.errors).toEqual([]);
  });

  test("an amount told several times is one block whose tip lists every place", async () => {
    const repeated = counts.find((g) => g.places.length > 1);
    if (!repeated) return; // the story tells every count once
    const view = await site.open("/figures");
    const { page } = view;
    await page.waitForSelector(".sa-chart[data-chart=counts] svg");
    const labels = (await page.locator(LABELS).allTextContents()).join("\n");
    expect(labels).toContain(toldTimes(repeated));
    // Its first square: blocks are drawn in countBlocks' order (SVG links use xlink:href, out of CSS reach).
    const blocks = countBlocks(story);
    const before = blocks.slice(0, blocks.findIndex((b) => b.id === repeated.id)).reduce((n, b) => n + b.solid + b.faded, 0);
    const square = page.locator(markSelector("counts", "count square", "rect")).nth(before);
    await square.scrollIntoViewIfNeeded();
    const box = (await square.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.locator(".sa-chart[data-chart=counts] g[aria-label=tip] text");
    await tip.first().waitFor();
    // The tip wraps long lines: compare without white space.
    const text = (await tip.allTextContents()).join("").replace(/\s+/g, "");
    for (const p of repeated.places.slice(0, 6)) expect(text).toContain(`“${p.text}”`.replace(/\s+/g, ""));
    await page.getByRole("button", { name: "Data table" }).nth(1).click();
    const links = page.locator(".sa-chart[data-chart=counts] table a");
    for (const p of repeated.places) expect(await links.evaluateAll((as, href) => as.some((a) => a.getAttribute("href") === href), p.href)).toBe(true);
    expect(view.errors).toEqual([]);
  });

  test("keyboard: a focused sum shows the same tip text as the pointer; Escape hides it", async () => {
    const view = await site.open("/figures");
    const { page } = view;
    await page.waitForSelector(".sa-chart[data-chart=money] svg");
    const link = page.locator(".sa-chart[data-chart=money] svg a").first();
    await link.focus();
    const tip = page.locator(".sa-chart[data-chart=money] .sa-keytip");
    await tip.waitFor();
    const text = (await tip.textContent())!;
    expect(text).toBe(await link.getAttribute("aria-label"));
    expect(money.some((f) => text.startsWith(`“${f.text}”`)), text).toBe(true);
    expect(text).toContain("not converted");
    await page.keyboard.press("Escape");
    await tip.waitFor({ state: "detached" });
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
