// Envelope encryption with Node's crypto: each value gets its own random data key (AES-256-GCM), and that data key
// is stored wrapped by a key-encryption key (KEK), named by its id. Rotating a KEK re-wraps the small data keys; the
// values' ciphertexts never change.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Where key-encryption keys come from: configuration today, a KMS could implement the same. */
export interface KeyEncryptionKeys {
  /** The id of the key that wraps new data keys. */
  readonly currentId: string;
  /** The key of that id, or undefined when it is no longer configured. */
  key(id: string): Buffer | undefined;
}

/** Keys from configuration (DATA_KEYS, DATA_KEY_CURRENT). */
export class LocalKeyEncryptionKeys implements KeyEncryptionKeys {
  constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    readonly currentId: string,
  ) {
    for (const [id, key] of keys) if (key.length !== 32) throw new Error(`data key ${id} is not 32 bytes`);
    if (!keys.has(currentId)) throw new Error(`the current data key ${currentId} is not configured`);
  }

  key(id: string): Buffer | undefined {
    return this.keys.get(id);
  }
}

/** Stored values start with this, so a reader (and the backfill) tells ciphertext from legacy plaintext. */
export const ENVELOPE_PREFIX = 'enc1';

const IV_BYTES = 12;
const TAG_BYTES = 16;

function seal(key: Buffer, plaintext: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  const body = decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES));
  // final() checks the tag; GCM, a stream mode, has nothing left to give then, so the body is not copied again.
  const rest = decipher.final();
  return rest.length === 0 ? body : Buffer.concat([body, rest]);
}

export function isEnvelope(stored: string): boolean {
  return stored.startsWith(`${ENVELOPE_PREFIX}:`);
}

/** `enc1:<kek id>:<wrapped data key>:<sealed value>`, both base64 (iv, tag, ciphertext). */
export function encryptValue(keys: KeyEncryptionKeys, plaintext: string): string {
  const kek = keys.key(keys.currentId)!;
  const dataKey = randomBytes(32);
  const wrapped = seal(kek, dataKey);
  const sealed = seal(dataKey, Buffer.from(plaintext, 'utf8'));
  return [ENVELOPE_PREFIX, keys.currentId, wrapped.toString('base64'), sealed.toString('base64')].join(':');
}

function parse(keys: KeyEncryptionKeys, stored: string): { kekId: string; dataKey: Buffer; sealed: string } {
  const [prefix, kekId, wrapped, sealed] = stored.split(':');
  if (prefix !== ENVELOPE_PREFIX || !sealed) throw new Error('not an encrypted value');
  const kek = keys.key(kekId);
  // Naming the id (never the key) tells the operator which key was removed too early.
  if (!kek) throw new Error(`data key ${kekId} is not configured (DATA_KEYS)`);
  return { kekId, dataKey: open(kek, Buffer.from(wrapped, 'base64')), sealed };
}

export function decryptValue(keys: KeyEncryptionKeys, stored: string): string {
  const { dataKey, sealed } = parse(keys, stored);
  return open(dataKey, Buffer.from(sealed, 'base64')).toString('utf8');
}

/** The KEK id a stored value's data key is wrapped under. */
export function keyIdOf(stored: string): string {
  return stored.split(':')[1];
}

/** The same value with its data key wrapped under the current KEK; the value's ciphertext is kept as it is. */
export function rewrapValue(keys: KeyEncryptionKeys, stored: string): string {
  const { dataKey, sealed } = parse(keys, stored);
  const wrapped = seal(keys.key(keys.currentId)!, dataKey);
  return [ENVELOPE_PREFIX, keys.currentId, wrapped.toString('base64'), sealed].join(':');
}

/**
 * A keyed HMAC-SHA256 of a normalised value (hex): equal values give equal indexes, so exact matches are found
 * without the plaintext, while the index alone cannot be reversed without the key.
 */
export function blindIndex(indexKey: Buffer, value: string): string {
  return createHmac('sha256', indexKey).update(value.trim().toUpperCase(), 'utf8').digest('hex');
}
