import { randomBytes } from 'node:crypto';
import { LocalKeyEncryptionKeys, isEnvelope, rewrapValue } from './envelope';
import { newContentKey, openChunk, openContentKey, sealChunk, sealContentKey } from './chunk-encryption';

const key = newContentKey();
const plaintext = Buffer.from('medical certificate: fit to travel, no escort');

describe('chunk encryption of stored files', () => {
  it('seals a chunk so that its bytes hold no plaintext, and opens it back', () => {
    const sealed = sealChunk(key, 'file-1', 0, true, plaintext);
    expect(sealed.includes(plaintext.subarray(0, 16))).toBe(false);
    expect(openChunk(key, 'file-1', 0, true, sealed).equals(plaintext)).toBe(true);
  });

  it('refuses a chunk moved to another file or position, or a file cut short before its last chunk', () => {
    const sealed = sealChunk(key, 'file-1', 3, false, plaintext);
    expect(() => openChunk(key, 'file-2', 3, false, sealed)).toThrow();
    expect(() => openChunk(key, 'file-1', 2, false, sealed)).toThrow();
    // The reader found no chunk after this one, so it opens it as the last: the tag says it was not.
    expect(() => openChunk(key, 'file-1', 3, true, sealed)).toThrow();
  });

  it('refuses an altered chunk', () => {
    const sealed = sealChunk(key, 'file-1', 0, true, plaintext);
    sealed[sealed.length - 1] ^= 1;
    expect(() => openChunk(key, 'file-1', 0, true, sealed)).toThrow();
  });

  it('keeps the content key as an envelope that key rotation re-wraps', () => {
    const k1 = randomBytes(32);
    const k2 = randomBytes(32);
    const before = new LocalKeyEncryptionKeys(new Map([['k1', k1]]), 'k1');
    const after = new LocalKeyEncryptionKeys(
      new Map([
        ['k1', k1],
        ['k2', k2],
      ]),
      'k2',
    );
    const stored = sealContentKey(before, key);
    expect(isEnvelope(stored)).toBe(true);
    const rewrapped = rewrapValue(after, stored);
    expect(openContentKey(new LocalKeyEncryptionKeys(new Map([['k2', k2]]), 'k2'), rewrapped).equals(key)).toBe(true);
  });
});
