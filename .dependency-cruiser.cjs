// The layers of this repository, checked by dependency-cruiser in `npm test` (`npm run depcruise`).
// apps sit over libs; inside libs, the pure domain is at the bottom, the workflow code (which runs in Temporal's
// sandbox) sees only the domain and its own contracts, and persistence knows nothing of the processes above it.
// ESLint (eslint.config.mjs) additionally fences what workflow files may import from npm.

// Test files may reach across layers to set a scene (a workflow spec starts a real worker with real repositories).
const TESTS = '\\.(spec|int-spec|workflow-spec|e2e-spec)\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import circles anywhere: a circle makes load order matter (TypeORM entities come up undefined) and ' +
        'hides which module is the lower one. Break it by moving the shared piece down, or, for two entities that ' +
        'name each other, with a string relation target and an `import type`: a type-only import is erased by the ' +
        'compiler, so a loop that passes through one is no circle at run time and is allowed.',
      from: {},
      to: {
        circular: true,
        dependencyTypesNot: ['type-only'],
        viaOnly: { dependencyTypesNot: ['type-only'] },
      },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      comment:
        'apps import libs, never the reverse: a lib is shared by every app and cannot know any of them. ' +
        "A lib's integration spec may start the real worker activities it drives.",
      from: { path: '^libs/', pathNot: TESTS },
      to: { path: '^apps/' },
    },
    {
      name: 'domain-imports-only-itself',
      severity: 'error',
      comment:
        'libs/domain is the pure rules: no framework, no database, nothing of the project but itself. ' +
        'Persistence and workflows depend on it, never the other way round.',
      from: { path: '^libs/domain/' },
      to: { path: '^(apps|libs/(?!domain/)|scripts|test|bench|migrations)' },
    },
    {
      name: 'workflows-import-only-domain-and-contracts',
      severity: 'error',
      comment:
        'Workflow code and its contracts run in (or are bundled into) the Temporal sandbox: they may import the ' +
        'domain, their own folder and the pure notification templates, never persistence, temporal clients, ' +
        'messaging queues or config. Workflow specs (integration tests) are exempt.',
      from: { path: '^libs/workflows/src/', pathNot: TESTS },
      to: {
        path: '^(apps|scripts|test|bench|migrations|libs/)',
        pathNot: ['^libs/domain/', '^libs/workflows/', '^libs/messaging/src/notification-templates\\.ts$'],
      },
    },
    {
      name: 'persistence-never-imports-processes',
      severity: 'error',
      comment:
        'Persistence (entities, repositories) sits below the processes: it never imports apps, workflow code or ' +
        'contracts, the Temporal client or the queues. It may use the domain and config.',
      from: { path: '^libs/persistence/', pathNot: TESTS },
      to: { path: '^(apps|scripts|libs/(workflows|temporal|messaging)/)' },
    },
    {
      name: 'web-imports-only-itself-and-domain',
      severity: 'error',
      comment: 'The browser bundle may reuse pure domain code, nothing server-side.',
      from: { path: '^apps/web/' },
      to: { path: '^(apps/(?!web/)|libs/(?!domain/)|scripts|test)' },
    },
    {
      name: 'apps-do-not-import-each-other',
      severity: 'error',
      comment: 'The api and the worker are separate processes; what both need belongs in a lib.',
      from: { path: '^apps/([^/]+)/', pathNot: TESTS },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'controllers-stay-in-their-feature',
      severity: 'error',
      comment:
        "A controller maps HTTP to its own feature's service: it imports its feature folder, the shared auth and " +
        "common folders, and libs, never another feature's service or repository wrapper.",
      from: { path: '^apps/api/src/([^/]+)/.+\\.controller\\.ts$' },
      to: { path: '^apps/api/src/', pathNot: ['^apps/api/src/$1/', '^apps/api/src/(auth|common)/'] },
    },
    {
      name: 'production-code-never-imports-tests',
      severity: 'error',
      comment: 'Test helpers and specs stay out of what ships.',
      from: { path: '^(apps|libs)/', pathNot: [TESTS, '/testing/'] },
      to: { path: ['^test/', TESTS] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing package.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.data|\\.tools|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
