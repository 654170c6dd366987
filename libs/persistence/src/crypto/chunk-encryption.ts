// A file too large to seal as one value is sealed chunk by chunk under its own content key (AES-256-GCM), so neither
// writing nor reading ever holds more than a chunk. The content key itself is kept as an envelope-encrypted value
// (`enc1:…`, see envelope.ts), so rotating the key-encryption keys re-wraps it like any other encrypted field.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { decryptValue, encryptValue, type KeyEncryptionKeys } from './envelope';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What a sealed chunk adds to its plaintext: the IV and the tag. */
export const CHUNK_OVERHEAD_BYTES = IV_BYTES + TAG_BYTES;

export function newContentKey(): Buffer {
  return randomBytes(32);
}

/** The content key as stored beside the file's record: an envelope under the current key-encryption key. */
export function sealContentKey(keys: KeyEncryptionKeys, contentKey: Buffer): string {
  return encryptValue(keys, contentKey.toString('base64'));
}

export function openContentKey(keys: KeyEncryptionKeys, stored: string): Buffer {
  return Buffer.from(decryptValue(keys, stored), 'base64');
}

/**
 * The chunk's place is authenticated with it: the file, the position and whether it is the last. A chunk moved to
 * another file or position fails to open, and a file cut short is noticed because its last chunk is not marked last.
 */
function placeOf(fileId: string, seq: number, last: boolean): Buffer {
  return Buffer.from(`${fileId}:${seq}:${last ? 'last' : 'more'}`, 'utf8');
}

/** `iv | tag | ciphertext`, with a fresh random IV per chunk. */
export function sealChunk(contentKey: Buffer, fileId: string, seq: number, last: boolean, plaintext: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', contentKey, iv);
  cipher.setAAD(placeOf(fileId, seq, last));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Throws when the chunk was altered, moved, or is not where the reader expects it (last or not). */
export function openChunk(contentKey: Buffer, fileId: string, seq: number, last: boolean, sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', contentKey, sealed.subarray(0, IV_BYTES));
  decipher.setAAD(placeOf(fileId, seq, last));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, CHUNK_OVERHEAD_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(CHUNK_OVERHEAD_BYTES)), decipher.final()]);
}
