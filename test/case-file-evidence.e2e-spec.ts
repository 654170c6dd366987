/**
 * The case file as evidence (issue 16), on the real stack: consent and medical clearance refused until their paper
 * is filed (the tranche payment's proof is in grants.e2e-spec.ts); a sensitive file encrypted chunk by chunk in
 * PostgreSQL yet downloaded byte for byte; a retried upload answered with the first one.
 */
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ACTORS, type ActorName, CaseDriver } from './support/case-driver';
import { TINY_PDF } from './support/papers';
import { request } from './support/http';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(120_000);

let stack: TestStack;
let db: DataSource;

beforeAll(async () => {
  stack = await startStack();
  db = stack.api.get(DataSource);
});

afterAll(async () => {
  await stack?.close();
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function upload(who: ActorName, caseId: string, fields: Record<string, string>, content: Buffer, key?: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([content], { type: 'application/pdf' }), 'paper.pdf');
  const response = await fetch(`${stack.baseUrl}/cases/${caseId}/documents`, {
    method: 'POST',
    headers: { ...(ACTORS[who] as Record<string, string>), ...(key ? { 'Idempotency-Key': key } : {}) },
    body: form,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

/** A PDF of about `bytes`, with `marker` written all through it, so that a plaintext chunk anywhere would show it. */
function pdfWith(marker: string, bytes: number): Buffer {
  const line = `% ${marker}\n`;
  return Buffer.concat([TINY_PDF, Buffer.from(line.repeat(Math.ceil(bytes / line.length)))]);
}

describe('the gates use the files', () => {
  it('consent waits for the signed declaration and a medical clearance for the certificate; a withdrawn paper does not count', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    await c.counsel();
    await c.screen();
    await c.acknowledgeInformation();
    const principal = c.people[0];

    const refused = await c.act('consents', 'counsellor', c.consentBody(principal.id));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'evidence_missing',
      reasons: [{ code: 'declaration_on_file', params: { personId: principal.id, person: expect.any(String) } }],
    });
    expect(refused.body.message).toContain('the signed declaration in the case file');

    // A declaration filed and then withdrawn is not on file; one filed on another person is not this person's.
    const withdrawn = await c.file('signed_declaration', principal.id);
    await request(
      stack.baseUrl,
      'POST',
      `/cases/${c.caseId}/documents/${withdrawn}/withdrawal`,
      { reason: 'Unsigned page' },
      ACTORS.counsellor as Record<string, string>,
    );
    await c.file('signed_declaration', c.people[1].id);
    expect((await c.act('consents', 'counsellor', c.consentBody(principal.id))).body.code).toBe('evidence_missing');

    await c.file('signed_declaration', principal.id);
    const consented = await c.act('consents', 'counsellor', c.consentBody(principal.id));
    expect(consented.status).toBe(200);
    expect(consented.body.stage).toBe('travel_documents');

    await c.documentEveryone();
    const patient = c.people.find((p) => p.vulnerabilities.includes('medical_needs'))!;
    const clearance = {
      personId: patient.id,
      fitToTravel: true,
      certificateValidUntil: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
      escortRequired: false,
    };
    const noCertificate = await c.act('medical-clearances', 'logistics', clearance);
    expect(noCertificate.status).toBe(409);
    expect(noCertificate.body).toMatchObject({
      code: 'evidence_missing',
      reasons: [{ code: 'medical_certificate_on_file', params: { personId: patient.id } }],
    });
    await c.file('medical_certificate', patient.id, 'logistics');
    expect((await c.act('medical-clearances', 'logistics', clearance)).status).toBe(200);
  });

  it("a case on protection hold says so first: the case's own rules come before the missing paper", async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    await c.counsel();
    await c.screen();
    await c.do('protection-hold', 'counsellor', { reason: 'Fear of return stated in an interview' });
    const refused = await c.act('consents', 'counsellor', c.consentBody(c.people[0].id));
    expect([refused.status, refused.body.code]).toEqual([409, 'protection_hold']);
  });
});

describe('pre-departure information (issue 16, part 2)', () => {
  const admin = () => ACTORS.admin as Record<string, string>;
  const sheet = (body: Record<string, unknown>) => request(stack.baseUrl, 'POST', '/information-sheets', body, admin());

  it('keeps sheets in immutable versions, checks what a case records against them, and consent waits for it', async () => {
    const health = await sheet({
      countryOfReturn: 'sn',
      topic: 'health',
      language: 'FR',
      title: 'Santé au retour',
      body: '## Centres de santé\n\nVersion 1.',
    });
    expect(health.status).toBe(201);
    expect(health.body).toMatchObject({ countryOfReturn: 'SN', language: 'fr', version: 1, publishedBy: 'Alex Admin' });
    const sheetId = health.body.sheetId as string;
    const again = await sheet({ countryOfReturn: 'SN', topic: 'health', language: 'fr', title: 'T', body: 'B' });
    expect([again.status, again.body.code]).toEqual([409, 'sheet_exists']);
    const v2 = await request(
      stack.baseUrl,
      'POST',
      `/information-sheets/${sheetId}/versions`,
      { title: 'Santé', body: 'Version 2.' },
      admin(),
    );
    expect([v2.status, v2.body.version]).toEqual([201, 2]);
    const v1 = await request(
      stack.baseUrl,
      'GET',
      `/information-sheets/${sheetId}/versions/1`,
      undefined,
      ACTORS.counsellor as Record<string, string>,
    );
    expect(v1.body).toMatchObject({ version: 1, body: '## Centres de santé\n\nVersion 1.' });
    // A version number the column cannot hold, or none at all, is the caller's mistake, named.
    for (const version of ['99999999999999999999', '0', 'one']) {
      const bad = await request(
        stack.baseUrl,
        'GET',
        `/information-sheets/${sheetId}/versions/${version}`,
        undefined,
        ACTORS.counsellor as Record<string, string>,
      );
      expect([bad.status, bad.body.violations]).toEqual([
        400,
        [{ field: 'version', reason: 'must be a whole number from 1 to 2147483647' }],
      ]);
    }
    await expect(
      db.query(`UPDATE information_sheet_version SET body = 'changed' WHERE sheet_id = $1`, [sheetId]),
    ).rejects.toThrow(/immutable/);
    const mali = await sheet({
      countryOfReturn: 'ML',
      topic: 'contacts',
      language: 'fr',
      title: 'Contacts',
      body: 'Bamako.',
    });

    const c = await CaseDriver.open(stack.baseUrl);
    await c.counsel();
    await c.screen();
    const principal = c.people[0];
    await c.file('signed_declaration', principal.id);
    const early = await c.act('consents', 'counsellor', c.consentBody(principal.id));
    expect([early.status, early.body.code]).toEqual([409, 'information_not_acknowledged']);

    const record = (sheets: unknown[], language = 'fr') =>
      c.act('pre-departure-information', 'counsellor', {
        personId: principal.id,
        language,
        sheets,
        acknowledgedOn: new Date().toISOString().slice(0, 10),
      });
    const wrongCountry = await record([{ sheetId: mali.body.sheetId, version: 1 }]);
    expect(wrongCountry.status).toBe(400);
    expect(wrongCountry.body.violations).toEqual([
      { field: 'sheets.0.sheetId', reason: expect.stringContaining("not for the case's country of return SN") },
    ]);
    const noVersion = await record([{ sheetId, version: 9 }]);
    expect(noVersion.body.violations).toEqual([
      { field: 'sheets.0.version', reason: 'no version 9 of this sheet exists' },
    ]);
    expect((await record([{ sheetId, version: 2 }], 'ar')).body.violations[0]).toMatchObject({
      field: 'sheets.0.sheetId',
      reason: 'is in fr, not in ar',
    });

    // An earlier version may be what was printed and given: it is recorded as such.
    const given = await record([{ sheetId, version: 1 }]);
    expect(given.status).toBe(200);
    expect(given.body.state.preDepartureInformation).toEqual([
      expect.objectContaining({
        personId: principal.id,
        language: 'fr',
        sheets: [{ sheetId, topic: 'health', version: 1 }],
      }),
    ]);
    expect((await c.timeline()).map((e) => e.type)).toContain('record_pre_departure_information');
    const consented = await c.act('consents', 'counsellor', c.consentBody(principal.id));
    expect([consented.status, consented.body.stage]).toEqual([200, 'travel_documents']);
  });
});

describe('sensitive files at rest', () => {
  it('stores a medical certificate encrypted chunk by chunk, with no plaintext in PostgreSQL, and downloads it whole', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const patient = c.people.find((p) => p.vulnerabilities.includes('medical_needs'))!;
    const marker = `DIAGNOSIS-${randomUUID()}`;
    // Over two chunks of 256 KB, so the chunks' order and the last one's mark are exercised.
    const certificate = pdfWith(marker, 600 * 1024);
    const declaration = pdfWith(`DECLARATION-${marker}`, 2 * 1024);

    const filed = await upload(
      'counsellor',
      c.caseId,
      { kind: 'medical_certificate', personId: patient.id },
      certificate,
    );
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ sensitive: true, sizeBytes: certificate.length, sha256: sha256(certificate) });
    const plain = await upload(
      'counsellor',
      c.caseId,
      { kind: 'signed_declaration', personId: patient.id },
      declaration,
    );
    expect(plain.body.sensitive).toBe(false);

    const rows = async (id: string) =>
      (await db.query(
        `SELECT k.content_key AS "contentKey", position($2::bytea IN ch.data) > 0 AS "showsMarker", length(ch.data) AS bytes
           FROM document_chunk ch JOIN case_document k ON k.id = ch.document_id
          WHERE ch.document_id = $1 ORDER BY ch.seq`,
        [id, Buffer.from(marker)],
      )) as Array<{ contentKey: string | null; showsMarker: boolean; bytes: number }>;
    const sealed = await rows(filed.body.id);
    expect(sealed).toHaveLength(3);
    expect(sealed.map((r) => r.showsMarker)).toEqual([false, false, false]);
    expect(sealed[0].contentKey).toMatch(/^enc1:[^:]+:/);
    // The same query finds the marker in a paper that is not sensitive, stored as it came.
    expect((await rows(plain.body.id)).map((r) => [r.showsMarker, r.contentKey])).toEqual([[true, null]]);

    const got = await fetch(`${stack.baseUrl}/cases/${c.caseId}/documents/${filed.body.id}/content`, {
      headers: ACTORS.logistics as Record<string, string>,
    });
    expect(got.status).toBe(200);
    expect(sha256(Buffer.from(await got.arrayBuffer()))).toBe(sha256(certificate));

    // A chunk moved out of place no longer opens: the download fails rather than answer altered content.
    await db.query(`UPDATE document_chunk SET seq = 9 WHERE document_id = $1 AND seq = 2`, [filed.body.id]);
    const complete = await fetch(`${stack.baseUrl}/cases/${c.caseId}/documents/${filed.body.id}/content`, {
      headers: ACTORS.logistics as Record<string, string>,
    })
      .then(async (r) => sha256(Buffer.from(await r.arrayBuffer())) === sha256(certificate))
      .catch(() => false);
    expect(complete).toBe(false);
  });
});

describe('idempotent upload', () => {
  it('answers a retry with the first upload, and refuses another paper under the same key', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const person = c.people[0].id;
    const key = randomUUID();
    const paper = pdfWith('first', 1024);
    const first = await upload('counsellor', c.caseId, { kind: 'signed_declaration', personId: person }, paper, key);
    const retry = await upload('counsellor', c.caseId, { kind: 'signed_declaration', personId: person }, paper, key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM case_document WHERE case_id = $1`, [c.caseId]);
    expect(n).toBe(1);

    const other = await upload(
      'counsellor',
      c.caseId,
      { kind: 'signed_declaration', personId: person },
      pdfWith('second', 1024),
      key,
    );
    expect([other.status, other.body.code]).toEqual([409, 'idempotency_key_reused']);
  });

  it('answers 409 while the first upload under a key is being written, and takes the key over from one abandoned', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const person = c.people[0].id;
    const [{ id: counsellorId }] = await db.query(`SELECT id FROM user_account WHERE email = 'counsellor@avrr.test'`);
    // An upload whose writer is still at work, or died: a row without stored_at, as the first attempt leaves it.
    const pending = async (key: string, age: string) =>
      db.query(
        `INSERT INTO case_document (case_id, person_id, kind, file_name, media_type, sensitive, uploaded_by,
           uploaded_by_name, uploaded_by_role, idempotency_key, uploaded_at)
         VALUES ($1, $2, 'signed_declaration', 'paper.pdf', 'application/pdf', false, $3, 'Claire Martin', 'counsellor',
           $4, now() - $5::interval)`,
        [c.caseId, person, counsellorId, key, age],
      );
    const busy = randomUUID();
    await pending(busy, '1 minute');
    const waiting = await upload(
      'counsellor',
      c.caseId,
      { kind: 'signed_declaration', personId: person },
      TINY_PDF,
      busy,
    );
    expect([waiting.status, waiting.body.code]).toEqual([409, 'upload_in_progress']);

    const lost = randomUUID();
    await pending(lost, '2 hours');
    const taken = await upload(
      'counsellor',
      c.caseId,
      { kind: 'signed_declaration', personId: person },
      TINY_PDF,
      lost,
    );
    expect(taken.status).toBe(201);
    expect(taken.headers.get('idempotent-replayed')).toBeNull();
    const keys = await db.query(
      `SELECT stored_at IS NOT NULL AS stored FROM case_document WHERE idempotency_key = $1`,
      [lost],
    );
    expect(keys).toEqual([{ stored: true }]);
  });
});
