import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumAvailable, startSite, type Site } from "./harness.ts";

const run = chromiumAvailable();

describe.runIf(run)("overview page in Chromium", () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => site?.close());

  test("lists the seed article and draws a chart, offline and without console errors", async () => {
    const view = await site.open("/");
    await view.page.waitForSelector("svg");
    expect(await view.page.textContent("body")).toContain("Elon Musk se dote de 10.000 GPU");
    expect(view.errors).toEqual([]);
    expect(view.foreign).toEqual([]);
    await view.screenshot("overview");
  });
});
