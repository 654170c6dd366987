import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DomainError, parseSustainabilityWeightSet, type SustainabilityWeightSet } from '@avrr/domain';
import { ConfigValidationError } from './environment';

/**
 * The sustainability survey weight sets, read once at boot from `SUSTAINABILITY_WEIGHTS_DIR` (every `*.json` file,
 * one set per file named `<version>.json`) and checked with the domain's validator. `current` is the set named by
 * `SUSTAINABILITY_WEIGHT_SET`, used to score new surveys; the others stay loaded so that scores stored with an older
 * version remain explainable. Sets are frozen: nothing in the process can change a weight after boot.
 */
export class SustainabilityWeightSets {
  constructor(
    private readonly byVersion: ReadonlyMap<string, SustainabilityWeightSet>,
    readonly currentVersion: string,
  ) {}

  /** The set that scores new surveys. */
  get current(): SustainabilityWeightSet {
    return this.byVersion.get(this.currentVersion)!;
  }

  get(version: string): SustainabilityWeightSet | undefined {
    return this.byVersion.get(version);
  }

  get versions(): string[] {
    return [...this.byVersion.keys()];
  }
}

/**
 * Reads and validates every weight set in `dir` (relative paths are taken from the working directory, the repository
 * root in development, tests and the container's /app). Throws a `ConfigValidationError` naming the file for an
 * unreadable directory, malformed JSON, a set the domain validator refuses or a file not named after its version (so no version can
 * appear twice); and for a `currentVersion` that no file holds. Any of these stops the boot.
 */
export function loadSustainabilityWeightSets(dir: string, currentVersion: string): SustainabilityWeightSets {
  const root = path.resolve(dir);
  let files: string[];
  try {
    files = readdirSync(root)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (error) {
    throw new ConfigValidationError(
      `SUSTAINABILITY_WEIGHTS_DIR=${JSON.stringify(dir)}: cannot read the weight set directory (${(error as Error).message})`,
    );
  }

  const byVersion = new Map<string, SustainabilityWeightSet>();
  for (const file of files) {
    const where = path.join(root, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(where, 'utf8'));
    } catch (error) {
      throw new ConfigValidationError(
        `Invalid sustainability weight set ${where}: not readable JSON (${(error as Error).message})`,
      );
    }
    let set: SustainabilityWeightSet;
    try {
      set = parseSustainabilityWeightSet(raw);
    } catch (error) {
      if (error instanceof DomainError)
        throw new ConfigValidationError(`Invalid sustainability weight set ${where}: ${error.message}`);
      throw error;
    }
    const expected = `${set.version}.json`;
    if (file !== expected) {
      throw new ConfigValidationError(
        `Invalid sustainability weight set ${where}: the file of version "${set.version}" must be named ${expected}`,
      );
    }
    byVersion.set(set.version, deepFreeze(structuredClone(set)));
  }

  if (!byVersion.has(currentVersion)) {
    const available = byVersion.size > 0 ? [...byVersion.keys()].join(', ') : 'none';
    throw new ConfigValidationError(
      `SUSTAINABILITY_WEIGHT_SET=${JSON.stringify(currentVersion)}: no weight set of that version in ${root} (available: ${available})`,
    );
  }
  return new SustainabilityWeightSets(byVersion, currentVersion);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
