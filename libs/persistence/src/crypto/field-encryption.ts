// The process-wide keys behind the encrypted columns. A TypeORM column transformer is declared in a decorator, before
// any configuration is read, so it reaches the keys here; `dataSourceOptions` installs them from the validated
// configuration before any connection opens (api, worker, scripts and migrations all build their data source there).
import type { ValueTransformer } from 'typeorm';
import type { AppConfig } from '@avrr/config';
import type { KeyEncryptionKeys } from './envelope';
import { LocalKeyEncryptionKeys, blindIndex, decryptValue, encryptValue, isEnvelope } from './envelope';

let installed: { keys: KeyEncryptionKeys; indexKey: Buffer } | undefined;

export function installDataKeys(config: Pick<AppConfig, 'dataKeys'>): void {
  installed = {
    keys: new LocalKeyEncryptionKeys(config.dataKeys.keys, config.dataKeys.current),
    indexKey: config.dataKeys.indexKey,
  };
}

function current(): { keys: KeyEncryptionKeys; indexKey: Buffer } {
  if (!installed) throw new Error('data keys are not installed: build the data source with dataSourceOptions first');
  return installed;
}

export function dataKeys(): KeyEncryptionKeys {
  return current().keys;
}

export function encryptField(value: string): string {
  return encryptValue(current().keys, value);
}

/** Reads ciphertext; a value the backfill has not reached yet (legacy plaintext) reads as it is. */
export function decryptField(stored: string): string {
  return isEnvelope(stored) ? decryptValue(current().keys, stored) : stored;
}

export function fieldIndex(value: string): string {
  return blindIndex(current().indexKey, value);
}

/** For a nullable text column: encrypts on write, decrypts on read. */
export const ENCRYPTED_TEXT: ValueTransformer = {
  to: (value: string | null | undefined) => (value === null || value === undefined ? value : encryptField(value)),
  from: (stored: string | null) => (stored === null ? null : decryptField(stored)),
};

type Json = Record<string, unknown>;

function isSealedSection(value: unknown): value is { enc: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { enc?: unknown }).enc === 'string' &&
    isEnvelope((value as { enc: string }).enc)
  );
}

/**
 * The sections of the read model's case state that hold protection, trafficking, asylum and medical details and
 * document numbers (the same sections the API hides per role). Nothing queries them in SQL: the queries on the state
 * read `milestones`, `plan`, `dataSharingConsent` and `preArrivalNoticeSentAt`, which stay in clear.
 */
export const ENCRYPTED_STATE_SECTIONS = [
  'screening',
  'traffickingRisk',
  'protectionReferral',
  'medical',
  'protectionHold',
  'protectionServiceReferrals',
  'travelDocuments',
] as const;

/** Each named section of a JSON object becomes `{ "enc": "<envelope>" }`; other keys stay as they are. */
export function sealSections(value: Json | null | undefined, sections: readonly string[]): Json | null | undefined {
  if (value === null || value === undefined) return value;
  const copy: Json = { ...value };
  for (const section of sections) {
    const part = copy[section];
    if (part !== undefined && part !== null && !isSealedSection(part)) {
      copy[section] = { enc: encryptField(JSON.stringify(part)) };
    }
  }
  return copy;
}

export function openSections(value: Json | null): Json | null {
  if (value === null || typeof value !== 'object') return value;
  let copy: Json | undefined;
  for (const [key, part] of Object.entries(value)) {
    if (isSealedSection(part)) {
      copy ??= { ...value };
      copy[key] = JSON.parse(decryptField(part.enc)) as unknown;
    }
  }
  return copy ?? value;
}

/** For the case state: the sensitive sections encrypted, the rest in clear for the queries that read it. */
export const ENCRYPTED_STATE_SECTIONS_JSON: ValueTransformer = {
  to: (value: Json | null | undefined) => sealSections(value, ENCRYPTED_STATE_SECTIONS),
  from: (stored: Json | null) => openSections(stored),
};

/**
 * For timeline details: the whole object under one envelope (`{ "enc": … }`), since details name people,
 * documents and protection findings and nothing queries them in SQL. An empty object stays empty.
 */
export const ENCRYPTED_JSON: ValueTransformer = {
  to: (value: Json | null | undefined) =>
    value === null || value === undefined || Object.keys(value).length === 0 || isSealedSection(value)
      ? value
      : { enc: encryptField(JSON.stringify(value)) },
  from: (stored: Json | null) => (isSealedSection(stored) ? (JSON.parse(decryptField(stored.enc)) as Json) : stored),
};
