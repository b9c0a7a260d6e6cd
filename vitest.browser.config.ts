import { defineConfig } from "vitest/config";

// Real-browser tests: they serve the built dist/ (npm run build first) on 127.0.0.1 and drive
// Debian's Chromium with playwright-core. One file at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: "UTC" },
  },
});
