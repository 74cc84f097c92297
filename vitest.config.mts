import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { fileURLToPath } from "node:url";

// The files that run the monthly billing run go first. A run bills every account of the
// shared test database that has a subscription in its period, and the other files leave
// hundreds of such accounts behind: run last, these four took two minutes on PostgreSQL
// instead of half of one. The rest keep Vitest's own order.
// The crash test makes a hundred accounts of its own: it goes last of them.
const FIRST = [
  "lib/server/service-changes/service-change-preview.test.ts",
  "lib/server/billing/run-billing.test.ts",
  "lib/server/billing/process-billing-runs.test.ts",
  "lib/server/billing/billing-worker-crash.test.ts",
];

const rank = (spec: TestSpecification) => {
  const index = FIRST.findIndex((file) => spec.moduleId.replaceAll("\\", "/").endsWith(file));
  return index === -1 ? FIRST.length : index;
};

class BillingFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i)
      .map(({ spec }) => spec);
  }
}

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@\//,
        replacement: fileURLToPath(new URL("./", import.meta.url)),
      },
      // Data functions import "server-only" to keep them off the client; in tests it is inert.
      {
        find: "server-only",
        replacement: fileURLToPath(new URL("./test/server-only.ts", import.meta.url)),
      },
    ],
  },
  test: {
    include: ["lib/**/*.test.ts", "emails/**/*.test.tsx", "test/**/*.test.ts", "prisma/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./test/global-setup.ts"],
    setupFiles: ["./test/setup.ts"],
    pool: "forks",
    // One file at a time: the files share one SQLite database, and on a busy 2-core
    // machine two writers made lock timeouts that had nothing to do with the code.
    fileParallelism: false,
    sequence: { sequencer: BillingFirstSequencer },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
