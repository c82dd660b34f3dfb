import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

/** A feature is read through its index.ts: its files are its own business. */
const THROUGH_INDEX = {
  group: ['@accord/*/src/*', '@accord/*/src/**'],
  message: 'Import another library through its index (@accord/<name>), never its files.',
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.data',
      'test/.artifacts',
      'tmp',
      '**/vite.config.*.timestamp*',
      // Written by tools from the API's own sources (npm run api:types); their checks are the OpenAPI test.
      '**/*.generated.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.mjs'],
    rules: {
      // The arrows of DESIGN.md: contracts import nothing of ours; domain reads only the vocabularies of
      // contracts (stages, products: pure data, no I/O); features go through core; the dashboard sees only
      // contracts and domain. Cycles are refused.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:server-core', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            {
              sourceTag: 'type:server-feature',
              onlyDependOnLibsWithTags: [
                'type:server-core',
                'type:server-feature',
                'type:domain',
                'type:contracts',
              ],
            },
            {
              sourceTag: 'type:server-testing',
              onlyDependOnLibsWithTags: [
                'type:server-core',
                'type:server-feature',
                'type:domain',
                'type:contracts',
              ],
            },
            {
              sourceTag: 'type:app-server',
              onlyDependOnLibsWithTags: [
                'type:server-core',
                'type:server-feature',
                'type:domain',
                'type:contracts',
              ],
            },
            { sourceTag: 'type:app-web', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // A feature is read through its index.ts: its files are its own business.
    files: ['libs/**/*.ts', 'apps/**/*.ts', 'apps/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [THROUGH_INDEX],
        },
      ],
    },
  },
  {
    // (After the block above: a later block's no-restricted-imports replaces an earlier one's.)
    // The rules and the vocabulary stay plain TypeScript: no framework, no database, no screen, so they
    // test in milliseconds and run alike in the API, the worker and the dashboard.
    files: ['libs/domain/**/*.ts', 'libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            THROUGH_INDEX,
            {
              group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'pg', 'ioredis', 'bullmq'],
              message: 'libs/domain and libs/contracts hold no server code: no Nest, TypeORM or queue.',
            },
            {
              group: ['react', 'react-dom', 'react-admin', 'ra-*', '@mui/*'],
              message: 'libs/domain and libs/contracts hold no screen code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Command-line tools and test harnesses talk to a terminal on purpose.
    files: ['apps/launcher/**', 'test/run-all.mjs', 'test/clock-matrix.mjs', 'bench/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  prettier,
];
