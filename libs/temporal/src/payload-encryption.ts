import { type DataConverter, METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { AppConfig } from '@avrr/config';
import { decryptValue, type KeyEncryptionKeys, keyIdOf, LocalKeyEncryptionKeys, encryptValue } from '@avrr/persistence';

/** The encoding of a payload this codec sealed; anything else passes through (histories from before it, tests). */
export const ENCRYPTED_ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';

const text = new TextEncoder();
const read = (bytes: Uint8Array | null | undefined) => (bytes ? Buffer.from(bytes).toString('utf8') : undefined);

/**
 * Seals every payload the API and the worker hand to Temporal: workflow inputs, update arguments and results,
 * activity inputs and results, query answers. A case's history holds its people, protection concerns, trafficking
 * and medical details; with this codec Temporal's database holds only ciphertext. Each payload is an envelope
 * (envelope.ts): its own data key, wrapped by the current key-encryption key, whose id travels in the metadata.
 *
 * A history cannot be re-encrypted, so a key-encryption key must stay configured (DATA_KEYS) for as long as a history
 * sealed under it can be read: the case's workflow, its reopening window, then the namespace's retention.
 */
export class EnvelopePayloadCodec implements PayloadCodec {
  constructor(private readonly keys: KeyEncryptionKeys) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const inner = Buffer.from(temporal.api.common.v1.Payload.encode(payload).finish()).toString('base64');
      const sealed = encryptValue(this.keys, inner);
      return {
        metadata: { [METADATA_ENCODING_KEY]: text.encode(ENCRYPTED_ENCODING), [KEY_ID]: text.encode(keyIdOf(sealed)) },
        data: text.encode(sealed),
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (read(payload.metadata?.[METADATA_ENCODING_KEY]) !== ENCRYPTED_ENCODING) return payload;
      const inner = decryptValue(this.keys, read(payload.data) ?? '');
      return temporal.api.common.v1.Payload.decode(Buffer.from(inner, 'base64'));
    });
  }
}

/** What every client and worker of the case workflows uses, so they all read what the others wrote. */
export function caseDataConverter(config: Pick<AppConfig, 'dataKeys'>): DataConverter {
  return {
    payloadCodecs: [
      new EnvelopePayloadCodec(new LocalKeyEncryptionKeys(config.dataKeys.keys, config.dataKeys.current)),
    ],
  };
}
