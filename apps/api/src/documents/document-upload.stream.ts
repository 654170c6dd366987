import { createHash } from 'node:crypto';
import { PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type/core';
import { ALLOWED_DOCUMENT_MEDIA_TYPES, type DocumentMediaType, isAllowedMediaType } from '@avrr/domain';

/** file-type reads at most this much of a file's start to name its type. */
const SNIFF_BYTES = 4100;

/** A file stream as the multipart parser gives it: it ends early, with `truncated` set, past the size limit. */
export interface IncomingFile extends AsyncIterable<Buffer> {
  truncated?: boolean;
  resume(): unknown;
}

export interface SniffedUpload {
  mediaType: DocumentMediaType;
  /** The whole content, head first, counted and hashed as it passes. Iterate once. */
  content: AsyncIterable<Buffer>;
  /** Size and SHA-256, known once `content` has been read to its end. */
  digest(): { sizeBytes: number; sha256: string };
}

/**
 * Reads the first few kilobytes, names the type from them (magic numbers, not the client's word) and refuses anything
 * outside the allowed set before a byte is stored. The rest streams through untouched, counted and hashed; past the
 * size limit the parser truncates the stream and `content` throws 413.
 */
export async function sniffUpload(file: IncomingFile, declaredType: string, maxBytes: number): Promise<SniffedUpload> {
  const iterator = file[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const first = Buffer.concat(head, headBytes);
  const detected = headBytes === 0 ? undefined : (await fileTypeFromBuffer(first))?.mime;
  if (!isAllowedMediaType(detected)) {
    // Read the rest to nowhere, so the request ends cleanly and the client gets the answer.
    if (!done) await drain(iterator);
    throw new UnsupportedMediaTypeException({
      code: headBytes === 0 ? 'file_empty' : 'media_type_not_allowed',
      message:
        headBytes === 0
          ? 'The file is empty.'
          : `The file's content is ${detected ?? 'not a recognised document or image'} (declared ${declaredType || 'nothing'}); ` +
            `only ${ALLOWED_DOCUMENT_MEDIA_TYPES.join(', ')} are taken.`,
    });
  }
  const hash = createHash('sha256');
  let sizeBytes = 0;
  async function* content(): AsyncIterable<Buffer> {
    const pass = (piece: Buffer): Buffer => {
      hash.update(piece);
      sizeBytes += piece.length;
      return piece;
    };
    yield pass(first);
    if (!done) {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield pass(next.value);
    }
    if (file.truncated) {
      throw new PayloadTooLargeException({
        code: 'file_too_large',
        message: `The file is larger than ${maxBytes} bytes (DOCUMENT_MAX_BYTES).`,
      });
    }
  }
  let sha256: string | undefined;
  return {
    mediaType: detected,
    content: content(),
    digest: () => ({ sizeBytes, sha256: (sha256 ??= hash.digest('hex')) }),
  };
}

async function drain(iterator: AsyncIterator<Buffer>): Promise<void> {
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    // discard
  }
}

/** A file name as a header and a listing can carry it: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  return base.slice(0, 200) || 'document';
}
