import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const alias = {
  '@accord/contracts': `${root}libs/contracts/src/index.ts`,
  '@accord/domain': `${root}libs/domain/src/index.ts`,
  '@accord/server-core': `${root}libs/server/core/src/index.ts`,
  '@accord/server-users': `${root}libs/server/users/src/index.ts`,
  '@accord/server-testing': `${root}libs/server/testing/src/index.ts`,
  '@accord/server-creditors': `${root}libs/server/creditors/src/index.ts`,
  '@accord/server-clients': `${root}libs/server/clients/src/index.ts`,
  '@accord/server-cases': `${root}libs/server/cases/src/index.ts`,
  '@accord/server-documents': `${root}libs/server/documents/src/index.ts`,
  '@accord/server-negotiation': `${root}libs/server/negotiation/src/index.ts`,
  '@accord/server-credit-record': `${root}libs/server/credit-record/src/index.ts`,
  '@accord/server-court': `${root}libs/server/court/src/index.ts`,
  '@accord/server-reminders': `${root}libs/server/reminders/src/index.ts`,
  '@accord/server-workload': `${root}libs/server/workload/src/index.ts`,
};

/**
 * One run, three tiers: unit (pure, fast), api (real PostgreSQL and Redis, one database per file) and
 * browser (the built product in Debian's Chromium). test/run-all.mjs sums them into one line.
 */
export default defineConfig({
  root,
  resolve: { alias },
  // Nest's dependency injection reads constructor types from decorator metadata.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['libs/**/src/**/*.spec.ts', 'apps/**/src/**/*.spec.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          // Tiers run one after another: unit first, then the API against the services, then browsers.
          sequence: { groupOrder: 1 },
          include: ['libs/**/src/**/*.integration-spec.ts', 'test/api/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30000,
          hookTimeout: 60000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          sequence: { groupOrder: 2 },
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60000,
          hookTimeout: 120000,
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
