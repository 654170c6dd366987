/**
 * The case file's papers (issue 16, "Documents and evidence") over HTTP on the real stack: upload, list, download
 * and withdrawal; the type sniffed from the content; a 50 MB file through the API with memory staying flat; the
 * medical category's readers; retention removing the files. Over 400 lines: one suite per feature, as elsewhere.
 */
import { createHash, randomUUID } from 'node:crypto';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DataSource } from 'typeorm';
import { CaseRetentionRepository, DOCUMENT_STORE, type DocumentStore } from '@avrr/persistence';
import { ACTORS, CaseDriver, type ActorName } from './support/case-driver';
import { householdRequest } from './support/fixtures';
import { request } from './support/http';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(120_000);
// The 50 MB bound samples live memory in a process shared with the stack's other work, which at times moves a
// sample by 30 to 45 MB (seen in runs with two jest processes); a failed test runs up to twice more. A file held whole
// fails every run.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

let stack: TestStack;
let db: DataSource;
let kase: CaseDriver;

/** A 1×1 PNG and the smallest PDF file-type recognises. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

const headers = (who: ActorName) => ACTORS[who] as Record<string, string>;

async function upload(
  who: ActorName,
  caseId: string,
  fields: Record<string, string>,
  content: Buffer,
  declared: string,
  name = 'paper.pdf',
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([content], { type: declared }), name);
  const response = await fetch(`${stack.baseUrl}/cases/${caseId}/documents`, {
    method: 'POST',
    headers: headers(who),
    body: form,
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function download(who: ActorName, caseId: string, documentId: string) {
  const response = await fetch(`${stack.baseUrl}/cases/${caseId}/documents/${documentId}/content`, {
    headers: headers(who),
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  stack = await startStack({ worker: false });
  db = stack.api.get(DataSource);
  kase = await CaseDriver.open(stack.baseUrl);
});

afterAll(async () => {
  await stack?.close();
});

describe('papers on a case', () => {
  it('a counsellor files a signed declaration on a person; it is listed, downloaded byte for byte, then withdrawn', async () => {
    const principal = kase.people[0].id;
    const filed = await upload(
      'counsellor',
      kase.caseId,
      { kind: 'signed_declaration', personId: principal },
      PDF,
      'application/octet-stream',
      'déclaration signée.pdf',
    );
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      kind: 'signed_declaration',
      personId: principal,
      fileName: 'déclaration signée.pdf',
      // Sniffed from the content, not the client's application/octet-stream.
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha256(PDF),
      sensitive: false,
      uploadedBy: { name: 'Claire Martin', role: 'counsellor' },
      withdrawn: null,
    });

    const listed = await request(
      stack.baseUrl,
      'GET',
      `/cases/${kase.caseId}/documents?personId=${principal}`,
      undefined,
      headers('supervisor'),
    );
    expect(listed.status).toBe(200);
    expect(listed.body.map((d: { id: string }) => d.id)).toEqual([filed.body.id]);

    const got = await download('logistics', kase.caseId, filed.body.id);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-disposition')).toContain("filename*=UTF-8''d%C3%A9claration%20sign%C3%A9e.pdf");
    expect(got.bytes.equals(PDF)).toBe(true);

    const audited = await db.query(
      `SELECT a.changes, a.xmin = d.xmin AS same_transaction FROM audit_entry a, case_document d WHERE a.action = 'documents.upload' AND a.case_id = $1 AND d.id = $2`,
      [kase.caseId, filed.body.id],
    );
    // One entry, written by the transaction that marked the paper stored.
    expect(audited).toEqual([{ changes: expect.anything(), same_transaction: true }]);
    expect(JSON.stringify(audited[0].changes)).toContain(sha256(PDF));

    const refused = await request(
      stack.baseUrl,
      'POST',
      `/cases/${kase.caseId}/documents/${filed.body.id}/withdrawal`,
      { reason: 'Wrong form version' },
      headers('partner'),
    );
    // The partner does not see identity papers: absent, not forbidden.
    expect([refused.status, refused.body.code]).toEqual([404, 'case_not_found']);
    const withdrawn = await request(
      stack.baseUrl,
      'POST',
      `/cases/${kase.caseId}/documents/${filed.body.id}/withdrawal`,
      { reason: 'Wrong form version' },
      headers('counsellor'),
    );
    expect(withdrawn.status).toBe(201);
    expect(withdrawn.body.withdrawn).toMatchObject({ at: expect.any(String) });
    expect((await download('counsellor', kase.caseId, filed.body.id)).status).toBe(410);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM document_chunk WHERE document_id = $1`, [
      filed.body.id,
    ]);
    expect(n).toBe(0);
    const again = await request(
      stack.baseUrl,
      'POST',
      `/cases/${kase.caseId}/documents/${filed.body.id}/withdrawal`,
      { reason: 'Twice' },
      headers('counsellor'),
    );
    expect([again.status, again.body.code]).toEqual([410, 'document_withdrawn']);
  });

  it('refuses a text file declared as a PDF, and a GIF, naming what the content is; nothing is stored', async () => {
    const before = await db.query(`SELECT count(*)::int AS n FROM case_document WHERE case_id = $1`, [kase.caseId]);
    const text = await upload(
      'counsellor',
      kase.caseId,
      { kind: 'signed_declaration' },
      Buffer.from('I agree to return.\n'.repeat(400)),
      'application/pdf',
      'consent.pdf',
    );
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('media_type_not_allowed');
    expect(text.body.message).toContain('declared application/pdf');
    expect(text.body.message).toContain('not a recognised document or image');

    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([1, 0, 1, 0, 0, 0, 0]), Buffer.alloc(64)]);
    const refusedGif = await upload('counsellor', kase.caseId, { kind: 'asset_photo' }, gif, 'image/png', 'shop.png');
    expect([refusedGif.status, refusedGif.body.code]).toEqual([415, 'media_type_not_allowed']);
    expect(refusedGif.body.message).toContain('image/gif');

    expect(await db.query(`SELECT count(*)::int AS n FROM case_document WHERE case_id = $1`, [kase.caseId])).toEqual(
      before,
    );
  });

  it('names the field when the kind is missing or unknown, or the person is not of this case', async () => {
    const noKind = await upload('counsellor', kase.caseId, {}, PNG, 'image/png');
    expect(noKind.status).toBe(400);
    expect(noKind.body.violations).toEqual([{ field: 'kind', reason: expect.stringContaining('must be one of') }]);
    const stranger = await upload(
      'counsellor',
      kase.caseId,
      { kind: 'asset_photo', personId: randomUUID() },
      PNG,
      'image/png',
    );
    expect(stranger.body.violations).toEqual([{ field: 'personId', reason: 'must be a person of this case' }]);
    const json = await request(
      stack.baseUrl,
      'POST',
      `/cases/${kase.caseId}/documents`,
      { kind: 'invoice' },
      headers('counsellor'),
    );
    expect([json.status, json.body.code]).toEqual([415, 'multipart_expected']);
    const finance = await upload('finance', kase.caseId, { kind: 'signed_declaration' }, PDF, 'application/pdf');
    expect([finance.status, finance.body.code]).toEqual([403, 'document_kind_not_allowed']);
  });

  it.each([
    [
      'a boundary that never comes',
      'other',
      '--sent\r\nContent-Disposition: form-data; name="kind"\r\n\r\nsigned_declaration\r\n--sent--\r\n',
    ],
    [
      'a form cut short before the file',
      'x',
      '--x\r\nContent-Disposition: form-data; name="kind"\r\n\r\nsigned_declaration\r\n',
    ],
    [
      'a file cut short',
      'x',
      '--x\r\nContent-Disposition: form-data; name="kind"\r\n\r\nsigned_declaration\r\n' +
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n',
    ],
  ])('answers 400 to a multipart form that cannot be read: %s', async (_case, boundary, body) => {
    const stored = () => db.query(`SELECT count(*)::int AS n FROM case_document WHERE case_id = $1`, [kase.caseId]);
    const before = await stored();
    const response = await fetch(`${stack.baseUrl}/cases/${kase.caseId}/documents`, {
      method: 'POST',
      headers: { ...headers('counsellor'), 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
    });
    expect([response.status, ((await response.json()) as { code: string }).code]).toEqual([400, 'multipart_malformed']);
    expect(await stored()).toEqual(before);
  });

  it('a medical certificate is for those who see the medical category: finance neither lists nor reads it', async () => {
    const child = kase.people[2].id;
    const filed = await upload(
      'logistics',
      kase.caseId,
      { kind: 'medical_certificate', personId: child },
      PNG,
      'image/png',
      'fit-to-fly.png',
    );
    expect(filed.status).toBe(201);
    expect(filed.body.sensitive).toBe(true);
    const invoice = await upload('finance', kase.caseId, { kind: 'invoice' }, PDF, 'application/pdf', 'invoice.pdf');
    expect(invoice.status).toBe(201);

    const financeList = await request(
      stack.baseUrl,
      'GET',
      `/cases/${kase.caseId}/documents`,
      undefined,
      headers('finance'),
    );
    expect(financeList.body.map((d: { kind: string }) => d.kind)).toEqual(['invoice']);
    const financeRead = await download('finance', kase.caseId, filed.body.id);
    expect(financeRead.status).toBe(404);
    expect(JSON.parse(financeRead.bytes.toString()).code).toBe('document_not_found');
    expect((await download('admin', kase.caseId, filed.body.id)).status).toBe(403);
    expect((await download('otherCounsellor', kase.caseId, filed.body.id)).status).toBe(404);

    const read = await download('partner', kase.caseId, filed.body.id).catch(() => null);
    // The partner sees the case only after the pre-arrival notice (not sent here): out of scope.
    expect(read?.status).toBe(404);
    const counsellor = await download('counsellor', kase.caseId, filed.body.id);
    expect(counsellor.bytes.equals(PNG)).toBe(true);
    const [entry] = await db.query(
      `SELECT changes FROM audit_entry WHERE action = 'read_sensitive' AND case_id = $1 AND subject = $2`,
      [kase.caseId, `document ${filed.body.id}`],
    );
    expect(entry.changes).toEqual([{ path: 'categories', after: ['medical'] }]);
  });
});

describe('a 50 MB upload and download stream', () => {
  const SIZE = 50 * 1024 * 1024;

  /** The multipart body, produced piece by piece as the socket takes it: the test never holds the file either. */
  function multipartBody(boundary: string, hash: ReturnType<typeof createHash>): Readable {
    return Readable.from(
      (function* () {
        yield Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nproof_of_payment\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="receipts.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        );
        for (let sent = 0; sent < SIZE; sent += 64 * 1024) {
          const piece = Buffer.alloc(Math.min(64 * 1024, SIZE - sent), sent % 251);
          if (sent === 0) Buffer.from('%PDF-1.7\n').copy(piece);
          piece.writeUInt32BE(sent, 16);
          hash.update(piece);
          yield piece;
        }
        yield Buffer.from(`\r\n--${boundary}--\r\n`);
      })(),
    );
  }

  // node:http rather than fetch, so that the client side streams with plain backpressure (pipe) and no fetch
  // machinery sits between the sampler's collections and the sockets.
  function send(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: Readable,
  ): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${stack.baseUrl}${path}`, { method, headers }, resolve);
      req.on('error', reject);
      if (body) body.pipe(req);
      else req.end();
    });
  }

  // A collection before each sample, so that a sample counts what is held, not garbage a collection would free.
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;

  /**
   * Live memory (JavaScript heap plus Buffers, after a full collection) at fixed points of a transfer: each time
   * another quarter of the file has passed through the document store, on its way in or out. The points are counted
   * in bytes, not time. A file held whole anywhere (parser, service, store, driver, HTTP layer, client) is there at
   * one of them: a parser that buffers holds it all before the store's first quarter, a store or a reply that buffers
   * holds three quarters at the last point.
   */
  const QUARTER = SIZE / 4;
  const samples: number[] = [];
  const live = () => {
    collect();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  async function* sampled(content: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
    let passed = 0;
    let next = QUARTER;
    for await (const piece of content) {
      passed += piece.length;
      if (passed >= next) {
        samples.push(live());
        next += QUARTER;
      }
      yield piece;
    }
  }

  it('stores a 50 MB file in chunks and serves it back while memory stays far below the file size', async () => {
    const boundary = `----avrr${randomUUID()}`;
    const sent = createHash('sha256');
    // The API's own store, watched: every byte still goes through it to PostgreSQL.
    const store = stack.api.get<DocumentStore>(DOCUMENT_STORE);
    const { write, read } = store;
    store.write = (id, content, options) => write.call(store, id, sampled(content), options);
    store.read = (id) => sampled(read.call(store, id));
    // Two collections for the start, so that what the first one only queued for finalisation is gone too.
    live();
    const base = live();
    const up = {
      result: await (async () => {
        const response = await send(
          'POST',
          `/cases/${kase.caseId}/documents`,
          { ...headers('finance'), 'content-type': `multipart/form-data; boundary=${boundary}` },
          multipartBody(boundary, sent),
        );
        const chunks: Buffer[] = [];
        for await (const piece of response) chunks.push(piece as Buffer);
        return { status: response.statusCode, body: JSON.parse(Buffer.concat(chunks).toString()) };
      })(),
    };
    const upSamples = samples.splice(0);
    expect(up.result.status).toBe(201);
    expect(up.result.body).toMatchObject({ sizeBytes: SIZE, sha256: sent.digest('hex'), mediaType: 'application/pdf' });

    const [chunks] = await db.query(
      `SELECT count(*)::int AS n, max(length(data))::int AS largest FROM document_chunk WHERE document_id = $1`,
      [up.result.body.id],
    );
    expect(chunks).toEqual({ n: 200, largest: 256 * 1024 });

    // The download is measured from where the upload left memory: what it holds is its own.
    const downBase = live();
    const down = {
      result: await (async () => {
        const response = await send(
          'GET',
          `/cases/${kase.caseId}/documents/${up.result.body.id}/content`,
          headers('supervisor'),
        );
        const received = createHash('sha256');
        let bytes = 0;
        for await (const piece of response) {
          received.update(piece as Buffer);
          bytes += (piece as Buffer).length;
        }
        return { status: response.statusCode, bytes, sha256: received.digest('hex') };
      })(),
    };
    const downSamples = samples.splice(0);
    Object.assign(store, { write, read });
    expect(down.result).toEqual({ status: 200, bytes: SIZE, sha256: up.result.body.sha256 });

    // The outcome bound: neither the API nor the client held the file. A file held whole anywhere is over 45% of it
    // (22.5 MB) at two points at least: all four when a parser buffers it, the last two (25 and 37.5 MB) when a store
    // or a reply does. Streaming leaves what is in flight (sockets, the parser's and the store's buffers), measured
    // between -13 and +21 MB, except for one point in some transfers (up to 38 MB) in this process, whose other work
    // moves it too: so one point over the bound is allowed, two are not.
    const over = (points: number[], from = base) => points.filter((m) => m - from > 0.45 * SIZE).length;
    console.log(
      `50 MB upload: live memory over the start at each quarter ${upSamples.map((m) => mb(m - base)).join(', ')}; download (over its own start): ${downSamples.map((m) => mb(m - downBase)).join(', ')}`,
    );
    expect([upSamples.length, downSamples.length]).toEqual([4, 4]);
    expect(over(upSamples)).toBeLessThanOrEqual(1);
    expect(over(downSamples, downBase)).toBeLessThanOrEqual(1);
  });
});

describe('retention', () => {
  it('anonymising a closed case removes its files and their bytes', async () => {
    const closed = await CaseDriver.open(stack.baseUrl, householdRequest());
    const filed = await upload('counsellor', closed.caseId, { kind: 'asset_photo' }, PNG, 'image/png');
    expect(filed.status).toBe(201);
    // The read model says closed long ago (driving a case to closure is the lifecycle tests' business).
    await db.query(
      `UPDATE return_case SET stage = 'closed', stage_entered_at = now() - interval '10 years' WHERE id = $1`,
      [closed.caseId],
    );
    const result = await stack.api.get(CaseRetentionRepository).anonymise(closed.caseId, new Date());
    expect(result?.files).toBe(1);
    expect(await db.query(`SELECT id FROM case_document WHERE case_id = $1`, [closed.caseId])).toEqual([]);
    expect(await db.query(`SELECT seq FROM document_chunk WHERE document_id = $1`, [filed.body.id])).toEqual([]);
  });
});

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
