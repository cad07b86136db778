// Lint: typescript-eslint's recommended rules, prettier for layout, and limits that keep
// long regex lines and long functions out. The pure core may not import frameworks.
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const FRAMEWORK_PACKAGES = ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg', 'express'];
const FEATURE_FOLDERS = [
  '**/articles/**',
  '**/ingestion/**',
  '**/posts/*.service',
  '**/stories/**',
  '**/health/**',
  '**/auth/**',
  '**/cli/**',
  '**/database/**',
  '**/*.entity',
  '**/*.service',
  '**/*.controller',
  '**/*.module',
];
const PURE_FOLDERS = [
  'src/domain/**/*.ts',
  'src/parsing/**/*.ts',
  'src/claims/extract/**/*.ts',
  'src/discrepancies/rules/**/*.ts',
  'src/geo/**/*.ts',
  'src/pipeline/**/*.ts',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/corpus/**', 'test/artifacts/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      'max-len': [
        'error',
        {
          code: 120,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreComments: true,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.spec.ts', 'src/**/*.fixture.ts', 'src/**/fixtures/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Legacy files over the limits, each to be split (the extractor by its rebuild, issue 9).
    // Remove a file from this list when it passes; add none.
    files: [
      'src/claims/extract/attribution.ts',
      'src/claims/extract/location.ts',
    ],
    rules: { 'max-len': 'off', 'max-lines-per-function': 'off' },
  },
  {
    // The review page: plain browser modules, served as they are.
    files: ['src/desk-ui/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: {
        document: 'readonly',
        window: 'readonly',
        sessionStorage: 'readonly',
        fetch: 'readonly',
        URLSearchParams: 'readonly',
        Node: 'readonly',
        devicePixelRatio: 'readonly',
      },
    },
  },
  {
    files: ['*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
  },
  {
    files: PURE_FOLDERS,
    ignores: ['src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FRAMEWORK_PACKAGES,
              message: 'The pure core imports no framework, ORM, queue or Redis client.',
            },
            {
              group: FEATURE_FOLDERS,
              message:
                'The pure core imports no feature folder (Nest modules, entities, services).',
            },
          ],
        },
      ],
    },
  },
);
