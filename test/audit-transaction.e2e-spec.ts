import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditTrailRepository, CaseRepository } from '@avrr/persistence';
import { caseDraft } from './support/case-draft';
import { ACTORS } from './support/case-driver';
import { householdRequest, postJson } from './support/fixtures';
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
    `SELECT (SELECT count(*) FROM return_case WHERE id = $1)::int AS cases, (SELECT count(*) FROM audit_entry WHERE case_id = $1)::int AS entries`,
    [caseId],
  )) as Array<{ cases: number; entries: number }>;
  return row;
}

const entryFor = (caseId: string) => ({
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
      `SELECT action, actor_role, request_id FROM audit_entry WHERE case_id = $1`,
      [created.body.id],
    )) as Array<Record<string, string>>;
    expect(entry.action).toBe('cases.open');
    expect(entry.actor_role).toBe('counsellor');
    expect(entry.request_id).toBeTruthy();
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
