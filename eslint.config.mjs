// ESLint 9 flat config: recommended TypeScript rules everywhere, plus the fence around workflow code.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const WORKFLOWS_SRC = path.join(ROOT, 'libs/workflows/src');
const WORKFLOW_FILES = ['libs/workflows/src/workflows/**/*.ts'];

// Workflow code runs in Temporal's deterministic sandbox, bundled by webpack: no Node, no I/O, no framework.
// It may import only these (anything else is an error, `import type` included, to keep the rule simple).
const WORKFLOW_ALLOWED_IMPORTS = [
  '@temporalio/workflow',
  '@temporalio/common',
  '@avrr/domain',
  '@avrr/domain/.+',
  '@avrr/messaging/notification-templates',
  '@avrr/workflows/contracts/.+',
  '@avrr/workflows/workflows/.+',
];
// Matches every specifier that is neither relative (checked by the rule below) nor allowed.
const WORKFLOW_FORBIDDEN_IMPORT = `^(?!\\.|(?:${WORKFLOW_ALLOWED_IMPORTS.join('|')})$)`;
const WORKFLOW_FENCE_MESSAGE =
  'Workflow code runs in the Temporal sandbox: it may import only @temporalio/workflow, @temporalio/common, ' +
  '@avrr/domain, @avrr/messaging/notification-templates, the workflow contracts and files inside ' +
  'libs/workflows/src. Do I/O in an activity (apps/worker) and call it through proxyActivities.';

// Relative imports must stay inside libs/workflows/src, and not reach the two files there that use Node:
// the bundler options (node:path, @temporalio/worker) and the package index (which re-exports for Node callers).
const NODE_SIDE_FILES = ['workflow-bundle', 'index'].map((f) => path.join(WORKFLOWS_SRC, f));
const workflowRelativeImports = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      outside: `"{{source}}" leaves libs/workflows/src. ${WORKFLOW_FENCE_MESSAGE}`,
      nodeSide: '"{{source}}" is Node-side code (bundler options or the package index), not workflow code.',
    },
  },
  create(context) {
    const check = (node) => {
      const source = node?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), source).replace(/\.(ts|js)$/, '');
      const relative = path.relative(WORKFLOWS_SRC, target);
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        context.report({ node, messageId: 'outside', data: { source } });
      } else if (NODE_SIDE_FILES.includes(target)) {
        context.report({ node, messageId: 'nodeSide', data: { source } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', '.data/**', 'coverage/**'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Tests reach into responses and mocks; `any` and non-null assertions are fine there.
    files: ['test/**/*.ts', '**/*.spec.ts', '**/*.int-spec.ts', '**/*.workflow-spec.ts', '**/*.e2e-spec.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The fence: what workflow code may import and which non-deterministic APIs it must not touch.
    files: WORKFLOW_FILES,
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.workflow-spec.ts'],
    plugins: { avrr: { rules: { 'workflow-relative-imports': workflowRelativeImports } } },
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: WORKFLOW_FORBIDDEN_IMPORT,
              caseSensitive: true,
              message: WORKFLOW_FENCE_MESSAGE,
            },
          ],
        },
      ],
      'avrr/workflow-relative-imports': 'error',
      'no-restricted-globals': [
        'error',
        ...['process', 'require', 'Buffer', 'fetch', '__dirname', '__filename'].map((name) => ({
          name,
          message: `${name} is Node or network I/O, which the workflow sandbox does not have; use an activity.`,
        })),
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message:
            "Use the workflow's own clock: times passed in with the input or returned by activities, or " +
            'workflowInfo(); a workflow must replay to the same result.',
        },
        {
          object: 'Math',
          property: 'random',
          message:
            'Use a workflow-safe alternative: uuid4() from @temporalio/workflow, or randomness passed in as input.',
        },
      ],
    },
  },
  // Last: turns off any rule about layout, which Prettier owns (npm run format).
  prettier,
);
