import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // Many tests wait on a child process, the emulator or a database rather than the CPU: on two
    // cores, three files at a time finish the suite in about two thirds of the time of two.
    maxWorkers: 3,
  },
});
