import { randomBytes } from 'node:crypto';
import {
  LocalKeyEncryptionKeys,
  blindIndex,
  decryptValue,
  encryptValue,
  isEnvelope,
  keyIdOf,
  rewrapValue,
} from './envelope';

const old = randomBytes(32);
const next = randomBytes(32);

describe('envelope encryption', () => {
  it('encrypts each value under its own data key, naming the key-encryption key', () => {
    const keys = new LocalKeyEncryptionKeys(new Map([['k1', old]]), 'k1');
    const a = encryptValue(keys, 'P1234567');
    const b = encryptValue(keys, 'P1234567');
    expect(isEnvelope(a)).toBe(true);
    expect(keyIdOf(a)).toBe('k1');
    expect(a).not.toContain('P1234567');
    // Random data key and IV: the same plaintext never gives the same ciphertext.
    expect(a).not.toBe(b);
    expect(a.split(':')[2]).not.toBe(b.split(':')[2]);
    expect(decryptValue(keys, a)).toBe('P1234567');
  });

  it('re-wraps the data key under the current key without touching the ciphertext', () => {
    const before = new LocalKeyEncryptionKeys(new Map([['k1', old]]), 'k1');
    const stored = encryptValue(before, 'threatened by the recruiter');
    const both = new LocalKeyEncryptionKeys(
      new Map([
        ['k1', old],
        ['k2', next],
      ]),
      'k2',
    );
    const rewrapped = rewrapValue(both, stored);
    expect(keyIdOf(rewrapped)).toBe('k2');
    expect(rewrapped.split(':')[3]).toBe(stored.split(':')[3]);
    const onlyNew = new LocalKeyEncryptionKeys(new Map([['k2', next]]), 'k2');
    expect(decryptValue(onlyNew, rewrapped)).toBe('threatened by the recruiter');
    expect(() => decryptValue(onlyNew, stored)).toThrow('data key k1 is not configured');
  });

  it('refuses a tampered value or a wrong key (GCM authentication)', () => {
    const keys = new LocalKeyEncryptionKeys(new Map([['k1', old]]), 'k1');
    const stored = encryptValue(keys, 'secret');
    const parts = stored.split(':');
    const body = Buffer.from(parts[3], 'base64');
    body[body.length - 1] ^= 1;
    expect(() => decryptValue(keys, [...parts.slice(0, 3), body.toString('base64')].join(':'))).toThrow();
    const impostor = new LocalKeyEncryptionKeys(new Map([['k1', next]]), 'k1');
    expect(() => decryptValue(impostor, stored)).toThrow();
  });

  it('refuses keys that are not 32 bytes, or a current key that is not configured', () => {
    expect(() => new LocalKeyEncryptionKeys(new Map([['k1', randomBytes(16)]]), 'k1')).toThrow('not 32 bytes');
    expect(() => new LocalKeyEncryptionKeys(new Map([['k1', old]]), 'k2')).toThrow('not configured');
  });

  it('blind index: equal for the same number whatever its case and spaces, different under another key', () => {
    expect(blindIndex(old, ' p1234567 ')).toBe(blindIndex(old, 'P1234567'));
    expect(blindIndex(old, 'P1234567')).not.toBe(blindIndex(old, 'P1234568'));
    expect(blindIndex(next, 'P1234567')).not.toBe(blindIndex(old, 'P1234567'));
    expect(blindIndex(old, 'P1234567')).toMatch(/^[0-9a-f]{64}$/);
  });
});
