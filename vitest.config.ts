import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // Many tests wait on a child process, the emulator or a database rather than the CPU: on two
    // cores, three files at a time finish the suite in about two thirds of the time of two.
    maxWorkers: 3,
    // Test files share their worker's loaded modules instead of loading the app afresh each: on two
    // cores that took 40 % of the suite (measured: 256 s isolated, 160 s shared). The tests keep no
    // module state of their own (no mocks, no stubbed globals); each makes its own database.
    isolate: false,
  },
});
