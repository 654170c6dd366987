import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ConfigValidationError, validateEnvironment } from './environment';
import { loadAppConfig } from './app-config';
import { loadSustainabilityWeightSets } from './sustainability-weights';

const SHIPPED_DIR = path.join(__dirname, '../../../config/sustainability-weights');
const example = () => JSON.parse(readFileSync(path.join(SHIPPED_DIR, 'v1-example.json'), 'utf8'));

function dirWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'weights-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

function refusal(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigValidationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigValidationError');
}

describe('survey weight sets: environment variables', () => {
  it('default to the shipped directory and the illustrative v1-example set', () => {
    const env = validateEnvironment({});
    expect(env.SUSTAINABILITY_WEIGHTS_DIR).toBe('config/sustainability-weights');
    expect(env.SUSTAINABILITY_WEIGHT_SET).toBe('v1-example');
    expect(loadAppConfig({ SUSTAINABILITY_WEIGHT_SET: 'iom-2017' }).sustainability).toEqual({
      weightsDir: 'config/sustainability-weights',
      weightSet: 'iom-2017',
    });
  });

  it.each([
    ['SUSTAINABILITY_WEIGHT_SET', '../etc/passwd'],
    ['SUSTAINABILITY_WEIGHT_SET', 'v 1'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(refusal(() => validateEnvironment({ [name]: value }))).toMatch(new RegExp(`^  ${name}=`, 'm'));
  });
});

describe('survey weight sets: loadSustainabilityWeightSets', () => {
  it('loads and validates the shipped sets, the configured one scoring new surveys, frozen', () => {
    const sets = loadSustainabilityWeightSets(SHIPPED_DIR, 'v1-example');
    expect(sets.versions).toContain('v1-example');
    expect(sets.current.version).toBe('v1-example');
    expect(sets.current.dimensions.economic.indicators.work_or_productive_assets).toBe(0.25);
    expect(Object.isFrozen(sets.current.dimensions.economic.indicators)).toBe(true);
    expect(sets.get('nope')).toBeUndefined();
  });

  it('reads a relative directory from the working directory (the repository root in tests)', () => {
    expect(loadSustainabilityWeightSets('config/sustainability-weights', 'v1-example').current.questionnaire).toBe(
      'rss-2017-v1',
    );
  });

  it('refuses an invalid weight file, naming the file and what is wrong, even when it is not the configured set', () => {
    const bad = example();
    bad.version = 'v2-bad';
    bad.dimensions.social.indicators.housing_access = 0.5; // the social indicator weights now sum to 1.25
    const dir = dirWith({ 'v1-example.json': example(), 'v2-bad.json': bad });
    const message = refusal(() => loadSustainabilityWeightSets(dir, 'v1-example'));
    expect(message).toContain(path.join(dir, 'v2-bad.json'));
    expect(message).toContain('dimensions.social.indicators weights must sum to 1 (they sum to 1.25)');
  });

  it('refuses a weight file with an unknown indicator or a questionnaire it was not made for', () => {
    const bad = example();
    bad.dimensions.economic.indicators.lottery_wins = 0;
    bad.questionnaire = 'rss-2030';
    const message = refusal(() => loadSustainabilityWeightSets(dirWith({ 'v1-example.json': bad }), 'v1-example'));
    expect(message).toContain('v1-example.json');
    expect(message).toContain('dimensions.economic.indicators.lottery_wins is not an indicator');
    expect(message).toContain('questionnaire must be "rss-2017-v1"');
  });

  it('refuses malformed JSON, naming the file', () => {
    const dir = dirWith({ 'v1-example.json': example(), 'broken.json': '{ "version": ' });
    const message = refusal(() => loadSustainabilityWeightSets(dir, 'v1-example'));
    expect(message).toMatch(/^Invalid sustainability weight set .*broken\.json: not readable JSON/);
  });

  it('refuses a file not named after its version, so that no version can be loaded twice', () => {
    const dir = dirWith({ 'v1-example.json': example(), 'copy.json': example() });
    expect(refusal(() => loadSustainabilityWeightSets(dir, 'v1-example'))).toContain(
      'copy.json: the file of version "v1-example" must be named v1-example.json',
    );
  });

  it('refuses a configured version that no file holds, listing those available', () => {
    const message = refusal(() => loadSustainabilityWeightSets(SHIPPED_DIR, 'iom-2017'));
    expect(message).toMatch(
      /^SUSTAINABILITY_WEIGHT_SET="iom-2017": no weight set of that version in .* \(available: v1-example/,
    );
  });

  it('refuses a directory it cannot read, naming the variable', () => {
    expect(refusal(() => loadSustainabilityWeightSets('/nonexistent/weights', 'v1-example'))).toMatch(
      /^SUSTAINABILITY_WEIGHTS_DIR="\/nonexistent\/weights": cannot read/,
    );
  });
});
