/**
 * Encryption at rest (issue 14) on the real stack: document numbers, the case state's protection sections and
 * timeline details hold no plaintext in PostgreSQL; the API still reads them, the duplicate search still matches a
 * document number (on its blind index), and all of it still reads after `npm run keys:rotate` to a new key, the old
 * key then removed. At the end the rows are rotated back to the development key, so the other test files, which
 * share this database, still read them.
 */
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { installDataKeys, rotateDataKeys } from '@avrr/persistence';
import { ACTORS, CaseDriver } from './support/case-driver';
import { householdRequest } from './support/fixtures';
import { poll } from './support/poll';
import { request } from './support/http';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(60_000);

let stack: TestStack;
let db: DataSource;
const dev = loadAppConfig().dataKeys;
const devKeys = [...dev.keys].map(([id, key]) => `${id}:${key.toString('base64')}`).join(',');
const NEW_KEY = `k${Date.now()}:${randomBytes(32).toString('base64')}`;
const NEW_ID = NEW_KEY.split(':')[0];
const tag = randomUUID().slice(0, 8);
const PASSPORT = `PX${tag}`.toUpperCase();
const CONCERN = `threatened by the recruiter ${tag}`;

/** Installs other keys in this process (the API and the worker run here), as a redeploy with new settings would. */
const useKeys = (keys: string, current: string) =>
  installDataKeys(loadAppConfig({ DATA_KEYS: keys, DATA_KEY_CURRENT: current }));

const rawRows = async (caseId: string) => {
  const [row] = await db.query(
    `SELECT c.state::text AS state,
            (SELECT string_agg(d.number || ' ' || d.number_index, ' ') FROM person_document d
               JOIN case_person p ON p.id = d.person_id WHERE p.case_id = c.id) AS documents,
            (SELECT string_agg(e.details::text, ' ') FROM case_timeline_event e WHERE e.case_id = c.id) AS details
       FROM return_case c WHERE c.id = $1`,
    [caseId],
  );
  return row as { state: string; documents: string; details: string };
};

const rotate = (keys: string, current: string) =>
  promisify(execFile)('node', ['-r', '@swc-node/register', 'scripts/rotate-keys.ts'], {
    env: { ...process.env, DATA_KEYS: keys, DATA_KEY_CURRENT: current },
  });

async function openWithPassport(principal: Record<string, unknown>) {
  const body = householdRequest();
  body.household = [];
  Object.assign(body.principal, principal, {
    documents: [{ type: 'passport', number: PASSPORT, issuingCountry: 'SN', expiresOn: '2030-01-31' }],
  });
  const created = await request(stack.baseUrl, 'POST', '/cases', body, {
    ...(ACTORS.counsellor as Record<string, string>),
    'Idempotency-Key': randomUUID(),
  });
  if (created.status !== 201) throw new Error(`intake: ${JSON.stringify(created.body)}`);
  return new CaseDriver(stack.baseUrl, created.body.id, created.body);
}

/** What the API answers about the case: the passport number, the hold's reasons (the concern), the timeline's. */
async function readBack(c: CaseDriver) {
  const seen = await c.get();
  const timeline = (await c.timeline()) as unknown as Array<{ type: string; details: Record<string, unknown> }>;
  const screening = timeline.find((e) => e.type === 'record_screening');
  return {
    passport: seen.principal.documents[0]?.number,
    concern: (seen.progress?.protectionHold?.reasons ?? []).includes(`protection concern: ${CONCERN}`),
    timelineConcern: JSON.stringify(screening?.details ?? {}).includes(CONCERN),
  };
}

const duplicatesOf = async (c: CaseDriver) =>
  (
    await request(stack.baseUrl, 'GET', `/cases/${c.caseId}/possible-duplicates`, undefined, {
      ...(ACTORS.counsellor as Record<string, string>),
    })
  ).body;

let first: CaseDriver;

beforeAll(async () => {
  stack = await startStack();
  db = stack.api.get(DataSource);
  first = await openWithPassport({ givenNames: 'Fatou', dateOfBirth: '1984-11-23' });
  await first.counsel();
  await first.screen({ protectionConcern: CONCERN });
  await poll('the screening is projected', async () => (await readBack(first)).concern);
});

afterAll(async () => {
  // Back under the development key, whatever happened above, for the other test files on this database.
  useKeys(`${devKeys},${NEW_KEY}`, dev.current);
  await rotateDataKeys(db);
  useKeys(devKeys, dev.current);
  await stack?.close();
});

describe('encryption at rest', () => {
  it('stores no plaintext of document numbers, protection details or timeline details, and the API reads them', async () => {
    const raw = await rawRows(first.caseId);
    expect(raw.documents).toMatch(/^enc1:/);
    expect(raw.documents).not.toContain(PASSPORT);
    expect(raw.state).not.toContain(CONCERN);
    expect(raw.state).not.toContain(tag);
    expect(raw.details).not.toContain(CONCERN);
    expect(raw.details).not.toContain(PASSPORT);
    const sealed = await db.query(
      `SELECT state->'screening' ? 'enc' AS screening, state->'protectionHold' ? 'enc' AS hold,
              state ? 'milestones' AS milestones
         FROM return_case WHERE id = $1`,
      [first.caseId],
    );
    expect(sealed).toEqual([{ screening: true, hold: true, milestones: true }]);
    // The blind index is the keyed HMAC, not the number.
    const [{ number_index }] = await db.query(
      `SELECT d.number_index FROM person_document d JOIN case_person p ON p.id = d.person_id
        WHERE p.case_id = $1 AND p.position = 0`,
      [first.caseId],
    );
    expect(number_index).toMatch(/^[0-9a-f]{64}$/);

    expect(await readBack(first)).toEqual({ passport: PASSPORT, concern: true, timelineConcern: true });
  });

  it('finds a duplicate by document number without its plaintext in SQL', async () => {
    const again = await openWithPassport({ givenNames: 'Khady', familyName: `Sarr-${tag}`, dateOfBirth: '1971-05-30' });
    const found = await duplicatesOf(again);
    expect(found.matches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          other: expect.objectContaining({ caseId: first.caseId }),
          reasons: expect.arrayContaining(['same_document_number']),
        }),
      ]),
    );
  });

  it('reads values under the old key while it is configured, and everything after a rotation without it', async () => {
    // A redeploy adds the new key and makes it current: old values still read, new ones are written under it.
    useKeys(`${devKeys},${NEW_KEY}`, NEW_ID);
    expect(await readBack(first)).toEqual({ passport: PASSPORT, concern: true, timelineConcern: true });
    const later = await openWithPassport({ givenNames: 'Aminata', dateOfBirth: '1979-02-17' });
    expect((await rawRows(later.caseId)).documents).toMatch(new RegExp(`^enc1:${NEW_ID}:`));
    expect((await rawRows(first.caseId)).documents).toMatch(new RegExp(`^enc1:${dev.current}:`));

    const run = await rotate(`${devKeys},${NEW_KEY}`, NEW_ID);
    expect(run.stdout).toContain(`current key ${NEW_ID}`);
    expect(run.stdout).toMatch(
      new RegExp(`person_document\\.number: [1-9]\\d* rows re-wrapped \\(\\d+ values from ${dev.current}\\)`),
    );
    const raw = await rawRows(first.caseId);
    expect(`${raw.documents} ${raw.state} ${raw.details}`).not.toMatch(new RegExp(`enc1:${dev.current}:`));
    expect(raw.state).toContain(`enc1:${NEW_ID}:`);
    // Idempotent: a second run has nothing left to re-wrap.
    const again = await rotate(`${devKeys},${NEW_KEY}`, NEW_ID);
    expect(again.stdout).toContain('person_document.number: 0 rows re-wrapped;');
    expect(again.stdout).toContain('return_case.state: 0 rows re-wrapped;');

    // The old key is removed: every value still reads, and the duplicate search still matches.
    useKeys(NEW_KEY, NEW_ID);
    expect(await readBack(first)).toEqual({ passport: PASSPORT, concern: true, timelineConcern: true });
    expect((await readBack(later)).passport).toBe(PASSPORT);
    expect((await duplicatesOf(later)).matches).toEqual(
      expect.arrayContaining([expect.objectContaining({ other: expect.objectContaining({ caseId: first.caseId }) })]),
    );
  });
});
