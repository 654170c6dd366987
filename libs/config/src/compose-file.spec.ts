import Ajv from 'ajv';
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json';
import { getMetadataStorage } from 'class-validator';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
// A test may look across the libraries: the search attributes the compose file registers are the workflow's.
import { CASE_SEARCH_ATTRIBUTES } from '@avrr/workflows';
import { AppConfig } from './app-config';
import { EnvironmentVariables, validateEnvironment } from './environment';

/**
 * No Docker engine runs where the tests do, so the compose files are checked by reading: against the official
 * Compose schema (config/compose-spec, vendored), and against what the apps read (libs/config is the one reader
 * of the environment).
 */
const ROOT = path.join(__dirname, '../../..');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'config/compose-spec/compose-spec.json'), 'utf8'));
// `!reset` and `!override` are Compose's own YAML tags for override files.
const composeTags = ['!reset', '!override'].flatMap((tag) =>
  (['map', 'seq'] as const).map((collection) => ({ tag, collection, resolve: (value: unknown) => value })),
);
const load = (file: string) =>
  parse(readFileSync(path.join(ROOT, file), 'utf8'), { merge: true, customTags: composeTags });

type Service = {
  image?: string;
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, unknown>;
  healthcheck?: { test: string[] };
  command?: string[];
  profiles?: string[];
};
const production = load('docker-compose.yml') as { services: Record<string, Service> };
const laptop = load('docker-compose.dev.yml') as { services: Record<string, Service> };

/** Compose's variable interpolation, `${NAME:-default}` and `${NAME:?message}`, with `given` for the operator's values. */
function interpolate(value: string, given: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    if (given[name] !== undefined) return given[name];
    if (kind === '?') throw new Error(`${name} must be set: ${rest}`);
    return kind === '-' ? (rest ?? '') : '';
  });
}
const OPERATOR = {
  JWT_SECRET: 'a'.repeat(64),
  POSTGRES_PASSWORD: 'compose-secret',
  DATA_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
  DATA_KEY_CURRENT: 'k1',
  DATA_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
};
const envOf = (service: Service) =>
  Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), OPERATOR)]));
const settingNames = new Set(
  getMetadataStorage()
    .getTargetValidationMetadatas(EnvironmentVariables, '', true, false)
    .map((m) => m.propertyName),
);
const APPS = ['api', 'worker', 'migrate'];
const publishedPorts = (service: Service) => (service.ports ?? []).map((p) => Number(String(p).split(':').pop()));

describe('docker-compose.yml and docker-compose.dev.yml', () => {
  // The schema names its draft by the https address; Ajv knows draft-07 by the http one.
  const ajv = new Ajv({ allErrors: true, strict: false }).addMetaSchema({ ...draft07, $id: schema.$schema });
  const validate = ajv.compile(schema);

  it.each([
    ['docker-compose.yml', production],
    ['docker-compose.dev.yml', laptop],
  ])('%s is valid against the Compose specification schema', (_, file) => {
    const valid = validate(file);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('run Temporal’s own server on PostgreSQL, its schema job first, and the dev server only in the laptop file', () => {
    const { temporal, 'temporal-schema': schemaJob, postgres } = production.services;
    expect(temporal.image).toMatch(/^temporalio\/server:/);
    expect(temporal.environment).toMatchObject({ DB: 'postgres12', POSTGRES_SEEDS: 'postgres' });
    expect(Object.keys(production.services)).toContain(temporal.environment!.POSTGRES_SEEDS);
    expect(interpolate(temporal.environment!.POSTGRES_PWD, OPERATOR)).toBe(
      interpolate(postgres.environment!.POSTGRES_PASSWORD, OPERATOR),
    );
    expect(schemaJob.image).toMatch(/^temporalio\/admin-tools:/);
    expect(temporal.depends_on).toEqual({ 'temporal-schema': { condition: 'service_completed_successfully' } });
    expect(JSON.stringify(production)).not.toContain('start-dev');

    expect(laptop.services.temporal.command!.slice(0, 2)).toEqual(['server', 'start-dev']);
    expect(laptop.services['temporal-schema'].profiles).toEqual(['temporal-server']);
  });

  it('register the search attributes the workflow sets, in both files', () => {
    const names = CASE_SEARCH_ATTRIBUTES.map((key) => key.name).sort();
    const setup = production.services['temporal-setup'].command!.join('\n');
    for (const name of names) expect(setup).toContain(name);
    const devFlags = laptop.services.temporal.command!.filter((_, i, all) => all[i - 1] === '--search-attribute');
    expect(devFlags.sort()).toEqual(names.map((name) => `${name}=Keyword`));
  });

  it('give the apps only settings that libs/config reads, and values it accepts', () => {
    for (const app of APPS) {
      const env = envOf(production.services[app]);
      expect(Object.keys(env).filter((name) => !settingNames.has(name))).toEqual([]);
      // The same validation as at boot: a wrong value here would stop the container.
      expect(() => new AppConfig(validateEnvironment(env))).not.toThrow();
    }
    expect(() => interpolate(String(production.services.api.environment!.JWT_SECRET), {})).toThrow(
      /JWT_SECRET must be set/,
    );
  });

  it('point every address the apps use at a service of the file, on the port that service serves', () => {
    const env = envOf(production.services.api);
    const database = new URL(env.DATABASE_URL);
    const postgres = production.services.postgres.environment!;
    expect(database.hostname).toBe('postgres');
    expect(database.port).toBe('5432');
    expect(database.password).toBe(interpolate(postgres.POSTGRES_PASSWORD, OPERATOR));
    expect(database.pathname).toBe(`/${postgres.POSTGRES_DB}`);

    expect(new URL(env.REDIS_URL).hostname).toBe('redis');
    const [temporalHost, temporalPort] = env.TEMPORAL_ADDRESS.split(':');
    expect(temporalHost).toBe('temporal');
    expect(publishedPorts(production.services.temporal)).toContain(Number(temporalPort));
    expect(production.services.temporal.healthcheck!.test).toContain(env.TEMPORAL_ADDRESS);
    expect(production.services['temporal-setup'].environment!.TEMPORAL_ADDRESS).toBe(env.TEMPORAL_ADDRESS);
    expect(production.services[env.SMTP_HOST]).toBeDefined();
    expect(publishedPorts(production.services[env.SMTP_HOST])).toContain(Number(env.SMTP_PORT));
    expect(new URL(env.TEMPORAL_UI_URL).port).toBe(String(publishedPorts(production.services['temporal-ui'])[0]));

    // The api listens where it is published and probed; the worker's health port is the one its probe calls.
    expect(publishedPorts(production.services.api)).toEqual([Number(env.API_PORT)]);
    expect(production.services.api.healthcheck!.test.join(' ')).toContain(`127.0.0.1:${env.API_PORT}/health`);
    expect(production.services.worker.healthcheck!.test.join(' ')).toContain(
      `127.0.0.1:${env.WORKER_HEALTH_PORT}/health`,
    );
  });

  it('name only services that exist in depends_on, with the laptop file applied too', () => {
    const services = { ...production.services, ...laptop.services };
    for (const [name, service] of Object.entries(services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) {
        expect([name, dependency, Boolean(services[dependency])]).toEqual([name, dependency, true]);
      }
    }
  });
});
