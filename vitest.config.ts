import { defineConfig } from "vitest/config";

// Unit and component tests. Browser tests have their own config (vitest.browser.config.ts).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    env: { TZ: "UTC" },
    // Some tests run the CLIs as whole processes; on a loaded two-core machine that takes seconds.
    testTimeout: 30_000,
  },
});
