import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditTrailRepository, CaseRepository, WORKFLOW_SERVICE_ACTOR } from '@avrr/persistence';
import { caseDraft } from './support/case-draft';
import { ACTORS } from './support/case-driver';
import { householdRequest, postJson } from './support/fixtures';
import { request } from './support/http';
import { startStack, TestStack } from './support/stack';

jest.setTimeout(60_000);

let stack: TestStack;
let dataSource: DataSource;
let cases: CaseRepository;
let trail: AuditTrailRepository;

beforeAll(async () => {
  stack = await startStack({ worker: false });
  dataSource = stack.api.get(DataSource);
  cases = stack.api.get(CaseRepository);
  trail = stack.api.get(AuditTrailRepository);
});

afterAll(async () => {
  await stack?.close();
});

async function counts(caseId: string): Promise<{ cases: number; entries: number }> {
  const [row] = (await dataSource.query(
    `SELECT (SELECT count(*) FROM return_case WHERE id = $1)::int AS cases, (SELECT count(*) FROM audit_entry WHERE case_id = $1 AND actor_id <> '${WORKFLOW_SERVICE_ACTOR}')::int AS entries`,
    [caseId],
  )) as Array<{ cases: number; entries: number }>;
  return row;
}

const entryFor = (caseId: string | null) => ({
  actorId: 'test',
  actorRole: 'counsellor',
  action: 'cases.open',
  outcome: 'ok' as const,
  caseId,
});

describe('an audit entry and the write it describes', () => {
  it('commit together: an intake over HTTP leaves its case and exactly one audit entry, written in the same transaction', async () => {
    const created = await postJson(`${stack.baseUrl}/cases`, householdRequest(), {
      ...ACTORS.counsellor,
      'Idempotency-Key': randomUUID(),
    });
    expect(created.status).toBe(201);
    expect(await counts(created.body.id)).toEqual({ cases: 1, entries: 1 });
    const [entry] = (await dataSource.query(
      `SELECT action, actor_role, request_id FROM audit_entry WHERE case_id = $1 AND actor_id <> '${WORKFLOW_SERVICE_ACTOR}'`,
      [created.body.id],
    )) as Array<Record<string, string>>;
    expect(entry.action).toBe('cases.open');
    expect(entry.actor_role).toBe('counsellor');
    expect(entry.request_id).toBeTruthy();
  });

  it("commit together: an administrator's write and its entry are written by one transaction (same xmin)", async () => {
    const code = `AUDIT-${randomUUID().slice(0, 8).toUpperCase()}`;
    const created = await postJson(
      `${stack.baseUrl}/admin/offices`,
      { code, name: 'Audited office', country: 'FR' },
      ACTORS.admin,
    );
    expect(created.status).toBe(201);
    const [row] = (await dataSource.query(
      `SELECT o.xmin::text AS office_tx, a.xmin::text AS entry_tx, a.action, a.request_id
         FROM office o, audit_entry a
        WHERE o.code = $1 AND a.action = 'reference-data.manage' AND a.changes @> $2::jsonb`,
      [code, JSON.stringify([{ path: 'code', after: code }])],
    )) as Array<Record<string, string>>;
    expect(row.entry_tx).toBe(row.office_tx);
    expect(row.request_id).toBeTruthy();
  });

  it("roll back together: a refused administrator's write leaves no entry", async () => {
    const code = `AUDIT-${randomUUID().slice(0, 8).toUpperCase()}`;
    const body = { code, name: 'Audited office', country: 'FR' };
    expect((await postJson(`${stack.baseUrl}/admin/offices`, body, ACTORS.admin)).status).toBe(201);
    expect((await postJson(`${stack.baseUrl}/admin/offices`, body, ACTORS.admin)).status).toBe(409);
    const [{ n }] = (await dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE changes @> $1::jsonb`, [
      JSON.stringify([{ path: 'code', after: code }]),
    ])) as [{ n: number }];
    expect(n).toBe(1);
  });

  it("commit together: a partner's opportunity, created then changed, each with its entry in the same transaction", async () => {
    const entriesWrittenWith = async (id: string) =>
      (
        (await dataSource.query(
          `SELECT count(*)::int AS n FROM audit_entry WHERE xmin = (SELECT xmin FROM reintegration_opportunity WHERE id = $1)`,
          [id],
        )) as [{ n: number }]
      )[0].n;
    const created = await postJson(
      `${stack.baseUrl}/opportunities`,
      {
        partnerCode: `AUDIT-${randomUUID().slice(0, 8).toUpperCase()}`,
        externalReference: 'AUD-1',
        title: 'Assistant motor mechanic',
        iscoCode: '7231',
        requiredSkills: ['engine repair'],
        minIscedLevel: 2,
        languages: ['fr'],
        country: 'SN',
        region: 'Dakar',
        type: 'job',
        placesAvailable: 3,
        startsOn: '2026-01-05',
        expiresOn: '2099-12-31',
      },
      ACTORS.partner,
    );
    expect(created.status).toBe(201);
    expect(await entriesWrittenWith(created.body.id)).toBe(1);
    const path = `/opportunities/${created.body.id}`;
    const changed = await request(
      stack.baseUrl,
      'PATCH',
      path,
      { placesAvailable: 2 },
      { ...ACTORS.partner, 'If-Match': '"1"' },
    );
    expect(changed.status).toBe(200);
    expect(await entriesWrittenWith(created.body.id)).toBe(1);
    // A stale version changes nothing and leaves no entry.
    const before = await dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
    const stale = await request(
      stack.baseUrl,
      'PATCH',
      path,
      { placesAvailable: 3 },
      { ...ACTORS.partner, 'If-Match': '"1"' },
    );
    expect(stale.status).toBe(409);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual(before);
  });

  it('roll back together: a failure after the audit entry is written leaves neither the case nor the entry', async () => {
    const draft = await caseDraft(cases);
    await expect(
      cases.insert(draft, async (em) => {
        await trail.appendIn(em, entryFor(draft.id));
        throw new Error('the process fails before the transaction commits');
      }),
    ).rejects.toThrow('before the transaction commits');
    expect(await counts(draft.id)).toEqual({ cases: 0, entries: 0 });
  });

  it('roll back together: an audit entry that cannot be written leaves no case behind', async () => {
    const draft = await caseDraft(cases);
    // An actor role longer than its column: the entry's insert fails inside the case's transaction.
    await expect(
      cases.insert(draft, (em) => trail.appendIn(em, { ...entryFor(draft.id), actorRole: 'x'.repeat(100) })),
    ).rejects.toThrow();
    expect(await counts(draft.id)).toEqual({ cases: 0, entries: 0 });
    // And the chain is whole: the rolled-back entry left no gap.
    expect((await trail.verify()).ok).toBe(true);
  });
});

describe('appends made at the same time (group commit)', () => {
  const entry = (i: number) => ({ ...entryFor(null), action: 'cases.read_sensitive', requestId: `group-${i}` });
  const committed = async (seq: string) =>
    ((await dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE seq = $1`, [seq])) as [{ n: number }])[0]
      .n;

  it('are written in fewer transactions, in the order asked, each answered only once its entry is committed', async () => {
    const transactions = jest.spyOn(dataSource, 'transaction');
    try {
      const seen: number[] = [];
      const rows = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          trail.append(entry(i)).then(async (row) => {
            // Read on another connection: the entry is already there when its caller hears back.
            seen.push(await committed(row.seq));
            return row;
          }),
        ),
      );
      expect(seen).toEqual(Array(40).fill(1));
      const seqs = rows.map((r) => BigInt(r.seq));
      seqs.slice(1).forEach((seq, i) => expect(seq).toBe(seqs[i] + 1n));
      expect(rows.map((r) => r.requestId)).toEqual(rows.map((_, i) => `group-${i}`));
      // The first goes alone; the 39 asked for while it was in flight share the next transaction.
      expect(transactions.mock.calls.length).toBeLessThan(40);
    } finally {
      transactions.mockRestore();
    }
    expect((await trail.verify()).ok).toBe(true);
  });

  it('fail one by one: an entry that cannot be written fails alone, the others of its group are committed', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        trail.append(i === 5 ? { ...entry(i), actorRole: 'x'.repeat(100) } : entry(i)),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([
      ...Array(5).fill('fulfilled'),
      'rejected',
      ...Array(4).fill('fulfilled'),
    ]);
    const seqs = results.flatMap((r) => (r.status === 'fulfilled' ? [BigInt(r.value.seq)] : []));
    seqs.slice(1).forEach((seq, i) => expect(seq).toBe(seqs[i] + 1n));
    // No gap where the refused entry would have been.
    expect((await trail.verify()).ok).toBe(true);
  });
});
