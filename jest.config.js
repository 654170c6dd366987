// Four tiers, each a jest project: `scripts/test.sh --selectProjects unit` runs one.
const { readFileSync } = require('node:fs');

const ESM_PACKAGES = [
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
  'any-ascii',
];

const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.jsc.baseUrl;
delete swcrc.jsc.paths;

const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }],
    // A few maintained packages ship only ES modules (content sniffing, transliteration): jest loads CommonJS, so
    // swc turns them into it, as Node's own require(esm) does outside jest.
    '^.+\\.js$': ['@swc/jest', { ...swcrc, swcrc: false }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@avrr/(domain|workflows|persistence|config|messaging|temporal|telemetry)$': '<rootDir>/libs/$1/src',
    '^@avrr/(domain|workflows|persistence|config|messaging|temporal|telemetry)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.tools/', '/.data/'],
  // Each jest process on services of its own (test/support/test-shard.ts).
  setupFiles: ['<rootDir>/test/support/test-shard.setup.ts'],
};

module.exports = {
  // A jest process keeps about 60 MB of each e2e suite it ran (each loads the API and the worker afresh, 3,500
  // modules), and its garbage collection slows as the heap grows past 2 GB. A process over this limit after a suite is
  // replaced: 31 e2e suites in two processes took 288 and 297 s with it, 309 and 312 s without.
  workerIdleMemoryLimit: '700MB',
  projects: [
    // test/architecture holds unit checks of the repository itself (the rule map in docs/ARCHITECTURE.md, file sizes).
    {
      ...base,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{apps,libs}/**/*.spec.ts',
        '<rootDir>/test/architecture/**/*.spec.ts',
        '<rootDir>/test/support/**/*.spec.ts',
        // The web app's catalogues checked against the domain (the web app's own tsconfig has no test types).
        '<rootDir>/test/web/**/*.spec.ts',
      ],
    },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'] },
    { ...base, displayName: 'workflow', testMatch: ['<rootDir>/{apps,libs}/**/*.workflow-spec.ts'] },
    // Every answer of the API under test is checked against its OpenAPI document, built once per run.
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/openapi-document.global-setup.ts',
      globalTeardown: '<rootDir>/test/support/openapi-document.global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/contract-check.setup.ts'],
    },
  ],
};
