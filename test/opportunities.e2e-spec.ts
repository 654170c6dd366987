// Over 400 lines: one suite of the job network (CRUD, imports, matches), sharing one stack.
import { randomUUID } from 'node:crypto';
import { ACTORS } from './support/case-driver';
import { postJson } from './support/fixtures';
import { startStack, TestStack } from './support/stack';
import { request } from './support/http';

jest.setTimeout(60_000);

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

/** A partner of its own per test, so tests never see each other's rows. */
const newPartner = () => `E2E-${randomUUID().slice(0, 8).toUpperCase()}`;

/** Partners keep their opportunities: every call here is the default partner's (countries SN and ML). */
const postAsPartner = (url: string, body: unknown) => postJson(url, body, { ...ACTORS.partner });

const call = (method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}) =>
  request(stack.baseUrl, method, path, body, { ...ACTORS.partner, ...extraHeaders });

function opportunityRequest(partnerCode: string, overrides: Record<string, unknown> = {}) {
  return {
    partnerCode,
    externalReference: 'CSN-001',
    title: 'Assistant motor mechanic',
    iscoCode: '7231',
    requiredSkills: ['engine repair', 'diagnostics'],
    minIscedLevel: 2,
    languages: ['fr', 'wo'],
    country: 'SN',
    region: 'Dakar',
    type: 'job',
    placesAvailable: 3,
    startsOn: '2026-01-05',
    expiresOn: '2099-12-31',
    ...overrides,
  };
}

async function waitForImport(id: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await call('GET', `/opportunities/imports/${id}`);
    expect(status).toBe(200);
    if (body.state === 'completed' || body.state === 'failed') return body;
    if (Date.now() > deadline) throw new Error(`import ${id} never finished; last: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function importFeed(partnerCode: string, format: 'csv' | 'json', content: string) {
  const started = await postAsPartner(`${stack.baseUrl}/opportunities/imports`, { partnerCode, format, content });
  expect(started.status).toBe(202);
  expect(started.body.statusUrl).toBe(`/opportunities/imports/${started.body.id}`);
  expect(started.headers.get('location')).toBe(started.body.statusUrl);
  return waitForImport(started.body.id);
}

describe('opportunities CRUD over HTTP', () => {
  it('creates an opportunity, normalising codes, with its version as ETag, and reads it back', async () => {
    const partner = newPartner();
    const created = await postAsPartner(
      `${stack.baseUrl}/opportunities`,
      opportunityRequest(partner.toLowerCase(), { country: 'sn', languages: ['FR'] }),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.headers.get('location')).toBe(`/opportunities/${created.body.id}`);
    expect(created.body).toEqual({
      id: expect.any(String),
      partnerCode: partner,
      externalReference: 'CSN-001',
      title: 'Assistant motor mechanic',
      iscoCode: '7231',
      requiredSkills: ['engine repair', 'diagnostics'],
      minIscedLevel: 2,
      languages: ['fr'],
      country: 'SN',
      region: 'Dakar',
      type: 'job',
      placesAvailable: 3,
      startsOn: '2026-01-05',
      expiresOn: '2099-12-31',
      open: true,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    const read = await call('GET', `/opportunities/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.body).toEqual(created.body);
  });

  it.each([
    ['an ISCO code not in ISCO-08', { iscoCode: '9999' }, 'iscoCode', '9999 is not an ISCO-08 group'],
    [
      'an ISCO code that is not digits',
      { iscoCode: '72a1' },
      'iscoCode',
      'must be an ISCO-08 group code of 1 to 4 digits',
    ],
    ['a country that is not ISO alpha-2', { country: 'XX' }, 'country', 'must be an ISO 3166-1 alpha-2 country code'],
    ['negative places', { placesAvailable: -1 }, 'placesAvailable', 'must not be less than 0'],
    ['an education level above 8', { minIscedLevel: 9 }, 'minIscedLevel', 'must not be greater than 8'],
    ['an unknown type', { type: 'internship' }, 'type', expect.stringContaining('must be one of the following values')],
    [
      'an expiry before the start',
      { startsOn: '2026-05-01', expiresOn: '2026-04-30' },
      'expiresOn',
      'must not be before startsOn',
    ],
    [
      'a date that does not exist',
      { expiresOn: '2026-02-30' },
      'expiresOn',
      'must be a real date in the form YYYY-MM-DD',
    ],
    [
      'a language that is not ISO 639-1',
      { languages: ['french'] },
      'languages',
      'each must be an ISO 639-1 language code',
    ],
    ['an unknown field', { salary: 300 }, 'salary', 'property salary should not exist'],
    ['no title', { title: '   ' }, 'title', 'should not be empty'],
  ])('answers 400 to %s, naming the field and why', async (_case, overrides, field, reason) => {
    const { status, body } = await postAsPartner(
      `${stack.baseUrl}/opportunities`,
      opportunityRequest(newPartner(), overrides),
    );
    expect(status).toBe(400);
    expect(body.violations).toEqual([{ field, reason }]);
  });

  it('refuses a second opportunity with the same partner and external reference with 409', async () => {
    const partner = newPartner();
    const first = await postAsPartner(`${stack.baseUrl}/opportunities`, opportunityRequest(partner));
    const second = await postAsPartner(
      `${stack.baseUrl}/opportunities`,
      opportunityRequest(partner, { title: 'Other' }),
    );
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('opportunity_exists');
    expect(second.body.message).toContain(first.body.id);
  });

  it('changes fields at the version read, answers 409 to a stale version and 428 to none', async () => {
    const created = await postAsPartner(`${stack.baseUrl}/opportunities`, opportunityRequest(newPartner()));
    const path = `/opportunities/${created.body.id}`;

    const changed = await call('PATCH', path, { placesAvailable: 1, startsOn: null }, { 'If-Match': '"1"' });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe('"2"');
    expect(changed.body).toMatchObject({
      placesAvailable: 1,
      startsOn: null,
      title: 'Assistant motor mechanic',
      version: 2,
    });

    const stale = await call('PATCH', path, { placesAvailable: 7 }, { 'If-Match': '"1"' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('opportunity_version_mismatch');

    const byBody = await call('PATCH', path, { placesAvailable: 0, version: 2 });
    expect(byBody.status).toBe(200);
    expect(byBody.body).toMatchObject({ placesAvailable: 0, open: false, version: 3 });

    const none = await call('PATCH', path, { placesAvailable: 4 });
    expect(none.status).toBe(428);
    expect(none.body.code).toBe('version_required');

    expect((await call('GET', path)).body).toMatchObject({ placesAvailable: 0, version: 3 });
  });

  it.each([
    ['the partner key', { externalReference: 'NEW' }, 'externalReference'],
    ['the partner', { partnerCode: 'OTHER-SN' }, 'partnerCode'],
    ['an ISCO code not in ISCO-08', { iscoCode: '9999' }, 'iscoCode'],
    ['a required field to null', { title: null }, 'title'],
    ['a start after the expiry', { startsOn: '2100-01-01' }, 'expiresOn'],
    ['negative places', { placesAvailable: -3 }, 'placesAvailable'],
    ['nothing', {}, 'body'],
    ['a version that disagrees with If-Match', { placesAvailable: 2, version: 5 }, 'version'],
  ])('answers 400 to a PATCH of %s, naming the field', async (_case, patch, field) => {
    const created = await postAsPartner(`${stack.baseUrl}/opportunities`, opportunityRequest(newPartner()));
    const { status, body } = await call('PATCH', `/opportunities/${created.body.id}`, patch, { 'If-Match': '1' });
    expect(status).toBe(400);
    expect(body.violations.map((v: { field: string }) => v.field)).toEqual([field]);
    expect((await call('GET', `/opportunities/${created.body.id}`)).body.version).toBe(1);
  });

  it('withdraws with DELETE: gone from reads and lists, 409 at a stale If-Match, 404 twice', async () => {
    const partner = newPartner();
    const created = await postAsPartner(`${stack.baseUrl}/opportunities`, opportunityRequest(partner));
    const path = `/opportunities/${created.body.id}`;
    expect((await call('DELETE', path, undefined, { 'If-Match': '"4"' })).status).toBe(409);
    expect((await call('DELETE', path, undefined, { 'If-Match': '"1"' })).status).toBe(204);
    expect((await call('GET', path)).status).toBe(404);
    expect((await call('GET', `/opportunities?partnerCode=${partner}`)).body.items).toEqual([]);
    const again = await call('DELETE', path);
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('opportunity_not_found');
  });

  it('answers 404 for an unknown id and 400 for an id that is not a UUID', async () => {
    expect((await call('GET', `/opportunities/${randomUUID()}`)).status).toBe(404);
    expect((await call('GET', '/opportunities/not-a-uuid')).status).toBe(400);
  });

  it('lists with filters, newest first, in pages', async () => {
    const partner = newPartner();
    const ids: string[] = [];
    for (const [i, overrides] of [
      { iscoCode: '7231', type: 'job', region: 'Dakar' },
      { iscoCode: '7411', type: 'vocational_training', region: 'Thiès' },
      { iscoCode: '7231', type: 'apprenticeship', region: 'Dakar', placesAvailable: 0 },
    ].entries()) {
      ids.push(
        (
          await postAsPartner(
            `${stack.baseUrl}/opportunities`,
            opportunityRequest(partner, { externalReference: `L-${i}`, ...overrides }),
          )
        ).body.id,
      );
    }
    const list = async (q: string) => (await call('GET', `/opportunities?partnerCode=${partner}${q}`)).body;

    const page1 = await list('&limit=2');
    expect(page1.items.map((o: any) => o.id)).toEqual([ids[2], ids[1]]);
    const page2 = await list(`&limit=2&cursor=${page1.nextCursor}`);
    expect(page2.items.map((o: any) => o.id)).toEqual([ids[0]]);
    expect(page2.nextCursor).toBeNull();

    expect((await list('&iscoCode=723')).items.map((o: any) => o.id)).toEqual([ids[2], ids[0]]);
    expect((await list('&type=vocational_training')).items.map((o: any) => o.id)).toEqual([ids[1]]);
    expect((await list('&region=dakar&open=true')).items.map((o: any) => o.id)).toEqual([ids[0]]);
    expect((await list('&country=ML')).items).toEqual([]);

    for (const [q, field] of [
      ['&country=XX', 'country'],
      ['&type=internship', 'type'],
      ['&iscoCode=7x', 'iscoCode'],
      ['&open=yes', 'open'],
      ['&cursor=nonsense', 'cursor'],
      ['&sort=title', 'sort'],
    ]) {
      const { status, body } = await call('GET', `/opportunities?partnerCode=${partner}${q}`);
      expect({ q, status }).toEqual({ q, status: 400 });
      expect(body.violations.map((v: { field: string }) => v.field)).toContain(field);
    }
  });
});

const HEADER =
  'externalReference,title,iscoCode,requiredSkills,minIscedLevel,languages,country,region,type,placesAvailable,startsOn,expiresOn';
const GOOD_1 =
  'CSN-001,Assistant motor mechanic,7231,engine repair;diagnostics,2,fr;wo,SN,Dakar,job,3,2026-01-05,2099-12-31';
const GOOD_2 =
  'CSN-002,"Tailoring apprenticeship, Thiès workshop",7531,sewing,1,wo,SN,Thiès,apprenticeship,5,,2099-06-30';
const BAD_ISCO = 'CSN-003,Drone pilot,9999,,2,fr,SN,Dakar,job,1,,2099-12-31';
const BAD_COUNTRY = 'CSN-004,Market gardening support,6111,,0,fr,XX,Kaolack,business_support,10,,2099-12-31';
const BAD_PLACES = 'CSN-005,Electrician trainee,7411,,2,fr,SN,Dakar,vocational_training,-2,,2099-12-31';
const FEED = [HEADER, GOOD_1, BAD_ISCO, GOOD_2, BAD_COUNTRY, BAD_PLACES].join('\n') + '\n';

/** The three bad rows, checked by hand: data rows 2, 4 and 5 (the header is not a row). */
const EXPECTED_REJECTIONS = [
  { row: 2, externalReference: 'CSN-003', violations: [{ field: 'iscoCode', reason: '9999 is not an ISCO-08 group' }] },
  {
    row: 4,
    externalReference: 'CSN-004',
    violations: [{ field: 'country', reason: 'must be an ISO 3166-1 alpha-2 country code' }],
  },
  {
    row: 5,
    externalReference: 'CSN-005',
    violations: [{ field: 'placesAvailable', reason: 'must not be less than 0' }],
  },
];

describe('opportunity feed imports (BullMQ job with progress and report)', () => {
  it('imports the good rows of a CSV feed and reports each rejected row with its reason', async () => {
    const partner = newPartner();
    const done = await importFeed(partner, 'csv', FEED);
    expect(done).toMatchObject({ state: 'completed', progress: 100, partnerCode: partner, format: 'csv' });
    expect(done.report).toEqual({
      partnerCode: partner,
      format: 'csv',
      rows: 5,
      accepted: { total: 2, created: 2, updated: 0, unchanged: 0 },
      rejected: EXPECTED_REJECTIONS,
      finishedAt: expect.any(String),
    });

    const listed = (await call('GET', `/opportunities?partnerCode=${partner}`)).body.items;
    expect(listed.map((o: any) => o.externalReference).sort()).toEqual(['CSN-001', 'CSN-002']);
    expect(listed.find((o: any) => o.externalReference === 'CSN-002')).toMatchObject({
      title: 'Tailoring apprenticeship, Thiès workshop',
      iscoCode: '7531',
      requiredSkills: ['sewing'],
      languages: ['wo'],
      region: 'Thiès',
      type: 'apprenticeship',
      placesAvailable: 5,
      startsOn: null,
      expiresOn: '2099-06-30',
      version: 1,
    });
    expect(listed.find((o: any) => o.externalReference === 'CSN-001')).toMatchObject({
      requiredSkills: ['engine repair', 'diagnostics'],
      languages: ['fr', 'wo'],
    });
  });

  it('re-importing the same feed creates nothing (unchanged), and an edited row is updated in place', async () => {
    const partner = newPartner();
    await importFeed(partner, 'csv', FEED);
    const before = (await call('GET', `/opportunities?partnerCode=${partner}`)).body.items;

    const again = await importFeed(partner, 'csv', FEED);
    expect(again.report.accepted).toEqual({ total: 2, created: 0, updated: 0, unchanged: 2 });
    expect(again.report.rejected).toEqual(EXPECTED_REJECTIONS);
    const afterSame = (await call('GET', `/opportunities?partnerCode=${partner}`)).body.items;
    expect(afterSame).toEqual(before);

    const edited = FEED.replace(',apprenticeship,5,,2099-06-30', ',apprenticeship,4,,2099-06-30');
    const third = await importFeed(partner, 'csv', edited);
    expect(third.report.accepted).toEqual({ total: 2, created: 0, updated: 1, unchanged: 1 });
    const afterEdit = (await call('GET', `/opportunities?partnerCode=${partner}`)).body.items;
    expect(afterEdit).toHaveLength(2);
    const tailoring = afterEdit.find((o: any) => o.externalReference === 'CSN-002');
    expect(tailoring).toMatchObject({
      id: before.find((o: any) => o.externalReference === 'CSN-002').id,
      placesAvailable: 4,
      version: 2,
    });
    expect(afterEdit.find((o: any) => o.externalReference === 'CSN-001').version).toBe(1);
  });

  it('imports a JSON feed with the API rules, and rejects a repeated reference, a non-object and a withdrawn one', async () => {
    const partner = newPartner();
    const withdrawn = await postAsPartner(
      `${stack.baseUrl}/opportunities`,
      opportunityRequest(partner, { externalReference: 'J-GONE' }),
    );
    expect((await call('DELETE', `/opportunities/${withdrawn.body.id}`)).status).toBe(204);
    const { partnerCode: _p, ...row } = opportunityRequest(partner, { externalReference: 'J-1' });
    const done = await importFeed(
      partner,
      'json',
      JSON.stringify([
        row,
        'not an object',
        { ...row, title: 'again' },
        { ...row, externalReference: 'J-GONE' },
        { ...row, externalReference: 'J-2', bonus: 1 },
      ]),
    );
    expect(done.report.accepted).toEqual({ total: 1, created: 1, updated: 0, unchanged: 0 });
    expect(done.report.rejected).toEqual([
      { row: 2, violations: [{ field: 'row', reason: 'must be an object' }] },
      {
        row: 3,
        externalReference: 'J-1',
        violations: [{ field: 'externalReference', reason: 'repeats row 1; each opportunity appears once in a feed' }],
      },
      {
        row: 4,
        externalReference: 'J-GONE',
        violations: [
          {
            field: 'externalReference',
            reason: expect.stringMatching(
              /^opportunity [0-9a-f-]{36} was withdrawn on \d{4}-\d{2}-\d{2}; a withdrawn opportunity is not re-imported$/,
            ),
          },
        ],
      },
      { row: 5, externalReference: 'J-2', violations: [{ field: 'bonus', reason: 'property bonus should not exist' }] },
    ]);
  });

  it('fails an import whose CSV names an unknown column, importing nothing', async () => {
    const partner = newPartner();
    const done = await importFeed(partner, 'csv', `${HEADER},salary\n${GOOD_1},300\n`);
    expect(done.state).toBe('failed');
    expect(done.error).toContain('unknown column(s) "salary"');
    expect(done.report).toBeUndefined();
    expect((await call('GET', `/opportunities?partnerCode=${partner}`)).body.items).toEqual([]);
  });

  it('reports progress while a larger feed runs, and 100 at the end', async () => {
    const partner = newPartner();
    const rows = Array.from({ length: 120 }, (_, i) => GOOD_1.replace('CSN-001', `BIG-${i}`));
    const done = await importFeed(partner, 'csv', [HEADER, ...rows].join('\n'));
    expect(done.progress).toBe(100);
    expect(done.report.accepted).toEqual({ total: 120, created: 120, updated: 0, unchanged: 0 });
  });

  it.each([
    ['an unknown format', { format: 'xml' }, 'format'],
    ['a bad partner code', { partnerCode: 'x' }, 'partnerCode'],
    ['no content', { content: '' }, 'content'],
    ['an unknown field', { dryRun: true }, 'dryRun'],
  ])('answers 400 to an import with %s', async (_case, overrides, field) => {
    const { status, body } = await postAsPartner(`${stack.baseUrl}/opportunities/imports`, {
      partnerCode: newPartner(),
      format: 'csv',
      content: FEED,
      ...overrides,
    });
    expect(status).toBe(400);
    expect(body.violations.map((v: { field: string }) => v.field)).toEqual([field]);
  });

  it('answers 404 for an unknown import', async () => {
    const { status, body } = await call('GET', `/opportunities/imports/${randomUUID()}`);
    expect(status).toBe(404);
    expect(body.code).toBe('opportunity_import_not_found');
  });
});
