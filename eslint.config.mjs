import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

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
    // Command-line tools and test harnesses talk to a terminal on purpose.
    files: ['apps/launcher/**', 'test/run-all.mjs', 'test/clock-matrix.mjs', 'bench/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  prettier,
];
