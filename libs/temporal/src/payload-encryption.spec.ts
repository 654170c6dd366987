import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { LocalKeyEncryptionKeys } from '@avrr/persistence';
import { ENCRYPTED_ENCODING, EnvelopePayloadCodec } from './payload-encryption';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const concern = { protectionConcern: 'threats from a militia in Kidal', name: 'Awa Ndiaye' };
const metadata = (p: { metadata?: Record<string, Uint8Array> | null }, key: string) =>
  Buffer.from(p.metadata![key]).toString('utf8');

describe('EnvelopePayloadCodec', () => {
  it('seals a payload: no plaintext left, the key id named, and it opens to the same payload', async () => {
    const codec = new EnvelopePayloadCodec(new LocalKeyEncryptionKeys(new Map([['k1', k1]]), 'k1'));
    const payload = defaultPayloadConverter.toPayload(concern);
    const [sealed] = await codec.encode([payload]);
    expect(metadata(sealed, 'encoding')).toBe(ENCRYPTED_ENCODING);
    expect(metadata(sealed, 'encryption-key-id')).toBe('k1');
    expect(Buffer.from(sealed.data!).toString('utf8')).not.toMatch(/Kidal|Awa/);
    const [opened] = await codec.decode([sealed]);
    expect(defaultPayloadConverter.fromPayload(opened)).toEqual(concern);
  });

  it('still opens what an earlier key sealed once a new key is current, and passes unsealed payloads through', async () => {
    const before = new EnvelopePayloadCodec(new LocalKeyEncryptionKeys(new Map([['k1', k1]]), 'k1'));
    const after = new EnvelopePayloadCodec(
      new LocalKeyEncryptionKeys(
        new Map([
          ['k1', k1],
          ['k2', k2],
        ]),
        'k2',
      ),
    );
    const [old] = await before.encode([defaultPayloadConverter.toPayload(concern)]);
    const [fresh] = await after.encode([defaultPayloadConverter.toPayload(concern)]);
    expect(metadata(fresh, 'encryption-key-id')).toBe('k2');
    const opened = await after.decode([old, fresh, defaultPayloadConverter.toPayload('from before the codec')]);
    expect(opened.map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([
      concern,
      concern,
      'from before the codec',
    ]);
  });

  it('refuses a payload whose key is no longer configured, naming the key id', async () => {
    const before = new EnvelopePayloadCodec(new LocalKeyEncryptionKeys(new Map([['k1', k1]]), 'k1'));
    const without = new EnvelopePayloadCodec(new LocalKeyEncryptionKeys(new Map([['k2', k2]]), 'k2'));
    const [sealed] = await before.encode([defaultPayloadConverter.toPayload(concern)]);
    await expect(without.decode([sealed])).rejects.toThrow('data key k1 is not configured');
  });
});
