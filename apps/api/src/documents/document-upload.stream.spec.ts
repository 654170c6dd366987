import { PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { cleanFileName, type IncomingFile, sniffUpload } from './document-upload.stream';

function fileOf(pieces: Buffer[], truncated = false): IncomingFile {
  return {
    truncated,
    resume: () => undefined,
    async *[Symbol.asyncIterator]() {
      yield* pieces;
    },
  };
}

const collect = async (it: AsyncIterable<Buffer>) => {
  const out: Buffer[] = [];
  for await (const p of it) out.push(p);
  return Buffer.concat(out);
};

describe('sniffUpload', () => {
  it('names a PNG split across small pieces from its first bytes and passes every byte through, hashed', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const pieces = [png.subarray(0, 3), png.subarray(3, 20), png.subarray(20)];
    const upload = await sniffUpload(fileOf(pieces), 'application/pdf', 1000);
    expect(upload.mediaType).toBe('image/png');
    expect((await collect(upload.content)).equals(png)).toBe(true);
    expect(upload.digest()).toEqual({ sizeBytes: png.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('takes a phone camera HEIC photo (ISO media, heic brand)', async () => {
    const ftyp = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic'),
      Buffer.alloc(4),
      Buffer.from('mif1heic'),
      Buffer.alloc(64),
    ]);
    expect((await sniffUpload(fileOf([ftyp]), 'image/heic', 1000)).mediaType).toBe('image/heic');
  });

  it('refuses HTML declared as a PDF with 415', async () => {
    await expect(
      sniffUpload(fileOf([Buffer.from('<html><script>alert(1)</script></html>')]), 'application/pdf', 1000),
    ).rejects.toBeInstanceOf(UnsupportedMediaTypeException);
  });

  it('fails with 413 when the parser cut the file at the size limit', async () => {
    const upload = await sniffUpload(
      fileOf([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5000)], true),
      'application/pdf',
      5000,
    );
    await expect(collect(upload.content)).rejects.toBeInstanceOf(PayloadTooLargeException);
  });

  it('keeps only the base name, without control characters', () => {
    expect(cleanFileName('C:\\Users\\x\\scan\u0000.pdf')).toBe('scan.pdf');
    expect(cleanFileName(undefined)).toBe('document');
  });
});
