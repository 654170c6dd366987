import * as path from 'node:path';
import type { BundleOptions, WorkerOptions } from '@temporalio/worker';

const REPO_ROOT = path.resolve(__dirname, '../../..');

/** The workflows' entry file, for bundling from source (tests, scripts/build-workflow-bundle.ts). */
export const WORKFLOWS_PATH = path.join(__dirname, 'workflows', 'index.ts');

// The bundler ignores tsconfig paths, so the aliases the workflows may import are spelled out here.
const WORKFLOW_ALIASES: Record<string, string> = {
  '@avrr/domain': path.join(REPO_ROOT, 'libs/domain/src'),
  '@avrr/workflows': path.join(REPO_ROOT, 'libs/workflows/src'),
  '@avrr/messaging': path.join(REPO_ROOT, 'libs/messaging/src'),
};

/**
 * OpenTelemetry's workflow interceptors, for the calls that carry a trace (all calls of runs started before that
 * choice): workflow spans joined to the client's trace, exported through a sink.
 */
const WORKFLOW_INTERCEPTOR_MODULES = [path.join(__dirname, 'tracing', 'workflow-tracing.interceptors.ts')];

export function workflowBundleOptions(): BundleOptions {
  return {
    workflowsPath: WORKFLOWS_PATH,
    workflowInterceptorModules: WORKFLOW_INTERCEPTOR_MODULES,
    webpackConfigHook: (config) => {
      config.resolve = { ...config.resolve, alias: { ...(config.resolve?.alias ?? {}), ...WORKFLOW_ALIASES } };
      return config;
    },
  };
}

/** The same, in the shape `Worker.create` takes when it bundles at start. */
export function workerWorkflowSourceOptions(): Pick<
  WorkerOptions,
  'workflowsPath' | 'bundlerOptions' | 'interceptors'
> {
  const { workflowsPath, webpackConfigHook } = workflowBundleOptions();
  return {
    workflowsPath,
    bundlerOptions: { webpackConfigHook },
    interceptors: { workflowModules: WORKFLOW_INTERCEPTOR_MODULES },
  };
}
