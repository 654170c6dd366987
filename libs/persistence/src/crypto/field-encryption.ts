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
