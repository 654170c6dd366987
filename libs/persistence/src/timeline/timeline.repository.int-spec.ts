import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { dataSourceOptions } from '../data-source-options';
import { CaseRepository } from '../cases/case.repository';
import { SYSTEM_SCOPE } from '../cases/case-scope';
import { AuditTrailRepository, WORKFLOW_SERVICE_ACTOR } from '../access/audit-trail.repository';
import { CaseReadModelChange, NewTimelineEvent, TimelineRepository } from './timeline.repository';
import { caseDraft, deleteCases } from '../../../../test/support/case-draft';

jest.setTimeout(30_000);

let dataSource: DataSource;
let cases: CaseRepository;
let timeline: TimelineRepository;
const made: string[] = [];

beforeAll(async () => {
  dataSource = await new DataSource(dataSourceOptions(loadAppConfig())).initialize();
  cases = new CaseRepository(dataSource);
  timeline = new TimelineRepository(dataSource, new AuditTrailRepository(dataSource));
});

afterAll(async () => {
  await deleteCases(dataSource, made);
  await dataSource?.destroy();
});

async function savedCaseId(): Promise<string> {
  const draft = await caseDraft(cases);
  made.push(draft.id);
  await cases.insert(draft);
  return draft.id;
}

function event(caseId: string, overrides: Partial<NewTimelineEvent> = {}): NewTimelineEvent {
  return {
    caseId,
    eventKey: 'intake',
    type: 'intake_recorded',
    actor: 'Claire Martin',
    actorRole: 'counsellor',
    occurredAt: new Date('2026-01-10T09:00:00Z'),
    details: { reference: 'RC-2026-000001' },
    ...overrides,
  };
}

async function rowCount(caseId: string): Promise<number> {
  const rows: Array<{ n: number }> = await dataSource.query(
    `SELECT count(*)::int AS n FROM case_timeline_event WHERE case_id = $1`,
    [caseId],
  );
  return rows[0].n;
}

describe('TimelineRepository.append', () => {
  it('writes one row for two appends with the same key, answering true then false', async () => {
    const caseId = await savedCaseId();
    expect(await timeline.append(event(caseId))).toBe(true);
    expect(await timeline.append(event(caseId, { details: { changed: true } }))).toBe(false);

    expect(await rowCount(caseId)).toBe(1);
    const [only] = await timeline.listForCase(caseId);
    expect(only).toMatchObject({
      caseId,
      eventKey: 'intake',
      type: 'intake_recorded',
      actor: 'Claire Martin',
      actorRole: 'counsellor',
      details: { reference: 'RC-2026-000001' },
    });
    expect(only.occurredAt.toISOString()).toBe('2026-01-10T09:00:00.000Z');
  });

  it('keeps events with different keys, oldest first', async () => {
    const caseId = await savedCaseId();
    expect(
      await timeline.append(event(caseId, { eventKey: 'later', occurredAt: new Date('2026-02-01T00:00:00Z') })),
    ).toBe(true);
    expect(
      await timeline.append(event(caseId, { eventKey: 'earlier', occurredAt: new Date('2026-01-01T00:00:00Z') })),
    ).toBe(true);
    expect((await timeline.listForCase(caseId)).map((e) => e.eventKey)).toEqual(['earlier', 'later']);
  });

  it('scopes the key to its case: the same key on another case is a new event', async () => {
    const first = await savedCaseId();
    const second = await savedCaseId();
    expect(await timeline.append(event(first))).toBe(true);
    expect(await timeline.append(event(second))).toBe(true);
    expect(await rowCount(first)).toBe(1);
    expect(await rowCount(second)).toBe(1);
  });

  it('refuses an event for a case that does not exist', async () => {
    await expect(timeline.append(event('00000000-0000-4000-8000-000000000000'))).rejects.toMatchObject({
      code: '23503',
    });
  });
});

function change(version: number, overrides: Partial<CaseReadModelChange> = {}): CaseReadModelChange {
  return {
    version,
    stage: 'counselling',
    outcome: null,
    waitingFor: 'a counselling session',
    dueAt: null,
    onProtectionHold: false,
    state: { version },
    ...overrides,
  };
}

describe('TimelineRepository.record', () => {
  it('applies the read-model change with the first event only, not when the event is replayed', async () => {
    const caseId = await savedCaseId();
    const due = new Date('2026-03-01T12:00:00Z');

    expect(await timeline.record(event(caseId), change(1, { dueAt: due, onProtectionHold: true }))).toBe(true);
    const afterFirst = (await cases.findById(caseId, SYSTEM_SCOPE))!;
    expect(afterFirst).toMatchObject({
      stage: 'counselling',
      waitingFor: 'a counselling session',
      onProtectionHold: true,
      stateVersion: 1,
      state: { version: 1 },
    });
    expect(afterFirst.dueAt?.toISOString()).toBe(due.toISOString());

    // A replay of the same event, even carrying a newer state, is the same event: it changes nothing.
    expect(await timeline.record(event(caseId), change(2, { stage: 'screening', waitingFor: 'screening' }))).toBe(
      false,
    );

    const afterReplay = (await cases.findById(caseId, SYSTEM_SCOPE))!;
    expect(afterReplay).toMatchObject({ stage: 'counselling', waitingFor: 'a counselling session', stateVersion: 1 });
    expect(afterReplay.version).toBe(afterFirst.version);
    expect(await rowCount(caseId)).toBe(1);
  });

  it('never lets an older state version overwrite a newer one, though it still records the event', async () => {
    const caseId = await savedCaseId();
    expect(
      await timeline.record(
        event(caseId, { eventKey: 'newer' }),
        change(3, { stage: 'consent', waitingFor: 'consent' }),
      ),
    ).toBe(true);
    expect(
      await timeline.record(
        event(caseId, { eventKey: 'older' }),
        change(2, { stage: 'screening', waitingFor: 'screening' }),
      ),
    ).toBe(true);

    const found = (await cases.findById(caseId, SYSTEM_SCOPE))!;
    expect(found).toMatchObject({ stage: 'consent', waitingFor: 'consent', stateVersion: 3, state: { version: 3 } });
    expect(await rowCount(caseId)).toBe(2);
  });

  it('appends without touching the case when there is no read-model change', async () => {
    const caseId = await savedCaseId();
    const before = (await cases.findById(caseId, SYSTEM_SCOPE))!;
    expect(await timeline.record(event(caseId, { eventKey: 'note' }))).toBe(true);
    const after = (await cases.findById(caseId, SYSTEM_SCOPE))!;
    expect(after.stage).toBe(before.stage);
    expect(after.stateVersion).toBe(before.stateVersion);
    expect(after.version).toBe(before.version);
    expect(await rowCount(caseId)).toBe(1);
  });

  it('clears what the case waits for when a newer change says null', async () => {
    const caseId = await savedCaseId();
    await timeline.record(event(caseId, { eventKey: 'a' }), change(1, { waitingFor: 'something', dueAt: new Date() }));
    await timeline.record(event(caseId, { eventKey: 'b' }), change(2, { waitingFor: null, dueAt: null }));
    const found = (await cases.findById(caseId, SYSTEM_SCOPE))!;
    expect(found.waitingFor).toBeNull();
    expect(found.dueAt).toBeNull();
    expect(found.stateVersion).toBe(2);
  });

  it("seals the details and the state's sensitive sections at rest, and reads them back as written", async () => {
    const caseId = await savedCaseId();
    const screening = { outcome: 'referred', notes: 'Risk of persecution on return' };
    const state = { version: 1, screening, milestones: { counselled: true } };
    await timeline.record(event(caseId), change(1, { state }));

    const [raw] = await dataSource.query(
      `SELECT c.state, e.details FROM return_case c JOIN case_timeline_event e ON e.case_id = c.id WHERE c.id = $1`,
      [caseId],
    );
    expect(raw.details).toEqual({ enc: expect.stringMatching(/^enc1:/) });
    expect(raw.state.screening).toEqual({ enc: expect.stringMatching(/^enc1:/) });
    // The sections the read model's queries read stay in clear.
    expect(raw.state.milestones).toEqual({ counselled: true });
    expect(JSON.stringify(raw)).not.toMatch(/persecution|RC-2026/);

    expect((await cases.findById(caseId, SYSTEM_SCOPE))!.state).toEqual(state);
    expect((await timeline.listForCase(caseId))[0].details).toEqual({ reference: 'RC-2026-000001' });
  });

  it("moves the row's version and the stage's start with each applied change, the start only when the stage changes", async () => {
    const caseId = await savedCaseId();
    const stamps = async () =>
      (
        await dataSource.query(`SELECT version, stage_entered_at, updated_at FROM return_case WHERE id = $1`, [caseId])
      )[0] as { version: number; stage_entered_at: Date; updated_at: Date };
    const before = await stamps();
    const first = new Date('2026-02-01T08:00:00Z');
    await timeline.record(event(caseId, { eventKey: 'a', occurredAt: first }), change(1, { stage: 'counselling' }));
    const second = new Date('2026-02-02T08:00:00Z');
    await timeline.record(event(caseId, { eventKey: 'b', occurredAt: second }), change(2, { stage: 'counselling' }));
    const sameStage = await stamps();
    expect(sameStage.version).toBe(before.version + 2);
    expect(sameStage.updated_at.getTime()).toBeGreaterThanOrEqual(before.updated_at.getTime());
    expect(sameStage.stage_entered_at.toISOString()).toBe(first.toISOString());

    const third = new Date('2026-02-03T08:00:00Z');
    await timeline.record(event(caseId, { eventKey: 'c', occurredAt: third }), change(3, { stage: 'screening' }));
    expect((await stamps()).stage_entered_at.toISOString()).toBe(third.toISOString());
  });

  it('audits the write as the service in its own transaction, once: a replayed event leaves no second entry', async () => {
    const caseId = await savedCaseId();
    const entries = () =>
      dataSource.query(
        `SELECT a.actor_id, a.actor_role, a.action, a.subject, a.changes,
                a.xmin = (SELECT xmin FROM case_timeline_event WHERE case_id = $1) AS same_transaction
           FROM audit_entry a WHERE a.case_id = $1`,
        [caseId],
      );
    expect(await timeline.record(event(caseId), change(1))).toBe(true);
    expect(await timeline.record(event(caseId), change(2))).toBe(false);
    expect(await entries()).toEqual([
      {
        actor_id: WORKFLOW_SERVICE_ACTOR,
        actor_role: 'system',
        action: 'workflow.intake_recorded',
        subject: 'timeline_event:intake',
        changes: [{ path: 'stage', after: 'counselling' }],
        same_transaction: true,
      },
    ]);
    // No personal value of the event (the actor's name, its details) reaches the trail.
    expect(JSON.stringify(await entries())).not.toMatch(/Claire|RC-2026/);
    expect((await new AuditTrailRepository(dataSource).verify()).ok).toBe(true);
  });

  it('leaves neither the event nor its entry when the transaction fails', async () => {
    const caseId = await savedCaseId();
    // A state version that does not fit the column makes the read-model update, after the append, fail.
    await expect(timeline.record(event(caseId), change(2 ** 40))).rejects.toThrow();
    expect(await rowCount(caseId)).toBe(0);
    expect(await dataSource.query(`SELECT 1 FROM audit_entry WHERE case_id = $1`, [caseId])).toEqual([]);
  });
});
