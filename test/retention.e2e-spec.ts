// Over 400 lines: the retention scenarios (anonymise, keep what the law asks, purge) share one application and
// one set of aged cases, which is the slow part; split, each file would build them again.
import { randomUUID } from 'node:crypto';
import { Module, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig, AppConfigModule } from '@avrr/config';
import { assetVerifiedPosting, initialCaseState, MASK } from '@avrr/domain';
import { QueueModule, redisOptionsFromUrl } from '@avrr/messaging';
import {
  AssetTransferRepository,
  AuditTrailRepository,
  CaseRepository,
  CaseRetentionRepository,
  decryptField,
  ENCRYPTED_JSON,
  LedgerRepository,
  OpportunityLinkRepository,
  OpportunityRepository,
  openSections,
  SYSTEM_SCOPE,
  TimelineRepository,
} from '@avrr/persistence';
import { FollowUpSurveyRepository } from '@avrr/persistence/reintegration/follow-up-survey.repository';
import { SkillsProfileRepository } from '@avrr/persistence/reintegration/skills-profile.repository';
import { ProgrammeViewsRepository } from '@avrr/persistence/views/programme-views.repository';
import { caseOpening } from '@avrr/temporal';
import { RETURN_CASE_WORKFLOW } from '@avrr/workflows';
import { RETENTION_QUEUE, RETENTION_SWEEP_JOB } from '../apps/worker/src/retention/case-retention.processor';
import { CaseRetentionService, RetentionSweepResult } from '../apps/worker/src/retention/case-retention.service';
import { RetentionModule } from '../apps/worker/src/retention/retention.module';
import { caseDraft, passport, person, uniqueTag } from './support/case-draft';

jest.setTimeout(90_000);

/** The worker's retention part on the real PostgreSQL, Redis and Temporal, without the rest of the worker. */
@Module({ imports: [AppConfigModule, QueueModule, RetentionModule] })
class RetentionTestModule {}

const DAY = 86_400_000;
const NOW = new Date();

let app: INestApplicationContext;
let dataSource: DataSource;
let config: AppConfig;
let queue: Queue;
let events: QueueEvents;
let temporal: Client;
let service: CaseRetentionService;
let cases: CaseRepository;
let views: ProgrammeViewsRepository;
const idleQueue = `retention-test-idle-${uniqueTag()}`;
const started: string[] = [];

beforeAll(async () => {
  app = await NestFactory.createApplicationContext(RetentionTestModule, { logger: false });
  await app.init();
  dataSource = app.get(DataSource);
  config = app.get(AppConfig);
  queue = app.get<Queue>(getQueueToken(RETENTION_QUEUE));
  temporal = app.get(Client);
  service = app.get(CaseRetentionService);
  cases = app.get(CaseRepository);
  views = new ProgrammeViewsRepository(dataSource);
  events = new QueueEvents(RETENTION_QUEUE, {
    connection: redisOptionsFromUrl(config.redis.url),
    prefix: config.redis.queuePrefix,
  });
  await events.waitUntilReady();
  // The scheduler's first job runs at boot; let it finish, so the runs below are the only ones.
  await until(async () => {
    const counts = await queue.getJobCounts('waiting', 'active', 'completed', 'failed');
    return counts.waiting + counts.active === 0 && counts.completed + counts.failed >= 1;
  });
});

afterAll(async () => {
  await dataSource?.query(`DROP TRIGGER IF EXISTS retention_test_crash ON declared_asset`).catch(() => undefined);
  for (const workflowId of started) {
    await temporal.workflow
      .getHandle(workflowId)
      .terminate('test cleanup')
      .catch(() => undefined);
  }
  await events?.close();
  await app?.close();
});

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface MadeCase {
  id: string;
  reference: string;
  workflowId: string;
  /** In every personal value of the case, and nowhere else. */
  secret: string;
  birthDates: string[];
}

/**
 * A case with personal data everywhere it can be: people (names, birth dates, contacts, passports), the read model's
 * state (names, consent witness, booking reference, notes, reasons), timeline details, a skills profile, surveys, a
 * placed opportunity link with a note, a declared asset verified into the ledger and a transfer with a bank account.
 */
async function makeCase(office: string, shape: { closedDaysAgo?: number }): Promise<MadeCase> {
  const secret = `Zq${uniqueTag()}`;
  const birthDates = ['1988-03-14', '2014-07-02'];
  const contact = {
    phone: `+221 77 ${secret}`,
    email: `awa.${secret.toLowerCase()}@mail.test`,
    address: `12 rue ${secret}, Dakar`,
  };
  const people = [
    person(0, {
      givenNames: `Awa ${secret}`,
      familyName: `Ndiaye${secret}`,
      dateOfBirth: birthDates[0],
      contact,
      vulnerabilities: ['asylum_claim_pending'],
      documents: [passport(`P${secret}`)],
    }),
    person(1, {
      givenNames: `Moussa${secret}`,
      familyName: `Ndiaye${secret}`,
      dateOfBirth: birthDates[1],
      documents: [passport(`C${secret}`)],
    }),
  ];
  const draft = await caseDraft(cases, { hostOffice: office, people, requestHash: 'f'.repeat(64) });
  await cases.insert(draft);
  const [principal, child] = draft.people;
  const closedAt =
    shape.closedDaysAgo === undefined ? null : new Date(NOW.getTime() - shape.closedDaysAgo * DAY).toISOString();
  const counsellor = { id: 'u-counsellor', name: 'Claire Martin', role: 'counsellor' as const };

  const state = initialCaseState(caseOpening(draft, new Date(NOW.getTime() - 1500 * DAY)));
  state.consents[principal.id] = [
    {
      formVersion: 'v3',
      language: 'fr',
      interpreter: `Interpreter ${secret}`,
      signedOn: '2023-01-10',
      witness: `Witness ${secret}`,
      signedBy: 'self',
      guardianName: null,
    },
  ];
  state.booking = {
    reference: `PNR${secret}`,
    segments: [],
    passengerIds: [principal.id, child.id],
    excluded: [],
    escorts: [{ kind: 'child', name: `Escort ${secret}`, forPersonIds: [child.id] }],
    transitAssistance: false,
    bookedAt: '2023-02-01T10:00:00.000Z',
    status: 'booked',
  };
  state.plan = {
    components: [
      {
        dimension: 'economic',
        description: `Sewing shop for ${secret}`,
        budgetLines: [{ description: `Machine for ${secret}`, amountMinor: 150000, currency: 'XOF' }],
      },
    ],
    submittedAt: '2023-03-01T10:00:00.000Z',
    status: 'approved',
  };
  state.followUps = [
    { visitNumber: 1, visitedOn: '2023-06-01', notes: `Met ${secret} at home`, recordedAt: '2023-06-01T12:00:00.000Z' },
  ];
  if (closedAt) state.closed = { outcome: 'completed', reason: `${secret} settled`, at: closedAt, by: counsellor };
  await dataSource.query(
    `UPDATE return_case SET stage = $2, outcome = $3, stage_entered_at = $4, state = $5::jsonb, state_version = $6 WHERE id = $1`,
    [
      draft.id,
      closedAt ? 'closed' : 'monitoring',
      closedAt ? 'completed' : null,
      closedAt ?? NOW.toISOString(),
      JSON.stringify(state),
      state.version,
    ],
  );

  const timeline = app.get(TimelineRepository);
  const event = (eventKey: string, type: string, details: Record<string, unknown>) =>
    timeline.append({
      caseId: draft.id,
      eventKey,
      type,
      actor: 'Claire Martin',
      actorRole: 'counsellor',
      occurredAt: new Date('2023-01-10T10:00:00Z'),
      details,
    });
  await event('intake', 'intake_recorded', {
    reference: draft.reference,
    hostOffice: office,
    countryOfReturn: 'SN',
    householdSize: 2,
  });
  await event('c1', 'sign_consent', {
    type: 'sign_consent',
    personId: principal.id,
    witness: `Witness ${secret}`,
    guardianName: null,
    interpreter: `Interpreter ${secret}`,
  });
  await event('d1', 'issue_travel_document', {
    type: 'issue_travel_document',
    personId: child.id,
    documentType: 'passport',
    number: `C${secret}`,
    expiresOn: '2030-01-01',
  });
  await event('b1', 'book_travel', {
    type: 'book_travel',
    reference: `PNR${secret}`,
    escorts: [{ kind: 'child', name: `Escort ${secret}`, forPersonIds: [child.id] }],
  });
  await event('f1', 'record_follow_up', {
    type: 'record_follow_up',
    visitedOn: '2023-06-01',
    notes: `Met ${secret} at home`,
  });
  if (closedAt)
    await event('x1', 'close_case', { type: 'close_case', outcome: 'completed', reason: `${secret} settled` });

  await app.get(SkillsProfileRepository).save(
    {
      caseId: draft.id,
      personId: principal.id,
      occupations: [{ iscoCode: '7531', years: 4 }],
      skills: ['sewing', `tailor for ${secret}`],
      iscedLevel: 2,
      languages: ['fr'],
      drivingLicence: false,
      monthsAbroad: 36,
      preferredRegion: 'Dakar',
      wants: 'business',
      updatedBy: 'u-partner',
      updatedByRole: 'partner_focal_point',
    },
    SYSTEM_SCOPE,
  );
  const surveys = app.get(FollowUpSurveyRepository);
  for (const [visitNumber, composite] of [
    [1, 0.41],
    [2, 0.67],
  ]) {
    await surveys.insert(
      {
        caseId: draft.id,
        visitNumber,
        answers: { income_sources: 'one' },
        questionnaireVersion: 'rss-2017-v1',
        weightSetVersion: 'v1-example',
        scores: { economic: 0.5, social: 0.6, psychosocial: 0.7, composite },
        recordedBy: 'u-partner',
        recordedByRole: 'partner_focal_point',
      },
      SYSTEM_SCOPE,
    );
  }
  const opportunity = await app.get(OpportunityRepository).create(
    {
      partnerCode: `T-${uniqueTag()}`,
      externalReference: 'REF-1',
      title: 'Tailoring workshop assistant',
      iscoCode: '7531',
      requiredSkills: ['sewing'],
      minIscedLevel: 1,
      languages: ['fr'],
      country: 'SN',
      region: 'Dakar',
      type: 'apprenticeship',
      placesAvailable: 2,
      startsOn: '2023-01-01',
      expiresOn: '2099-12-31',
    },
    {},
  );
  const links = app.get(OpportunityLinkRepository);
  const link = await links.create({
    caseId: draft.id,
    personId: principal.id,
    opportunityId: opportunity.id,
    first: { status: 'proposed', on: '2023-04-01', note: `Called ${secret}` },
    by: 'u-partner',
  });
  await links.appendStep(link, { status: 'referred', on: '2023-04-05', note: null }, 'u-partner');

  const assets = app.get(AssetTransferRepository);
  const savings = (await assets.insertAsset({
    id: randomUUID(),
    caseId: draft.id,
    personId: principal.id,
    kind: 'bank_savings',
    amountMinor: 250_000n,
    currency: 'XOF',
    employer: null,
    evidenceDocuments: [`statement-${secret}.pdf`],
    status: 'verified',
    declaredBy: 'u-counsellor',
    verifiedBy: 'u-finance',
    verifiedAt: new Date('2023-02-10T10:00:00Z'),
  }))!;
  await assets.insertAsset({
    id: randomUUID(),
    caseId: draft.id,
    personId: principal.id,
    kind: 'wages_owed',
    amountMinor: 90_000n,
    currency: 'XOF',
    employer: `Employer ${secret}`,
    evidenceDocuments: [`payslip-${secret}.pdf`],
    status: 'declared',
    declaredBy: 'u-counsellor',
    verifiedBy: null,
    verifiedAt: null,
  });
  await app.get(LedgerRepository).post(
    assetVerifiedPosting({
      caseId: draft.id,
      assetId: savings.id,
      kind: 'bank_savings',
      amountMinor: 250_000n,
      currency: 'XOF',
      employer: null,
    }),
  );
  await assets.inTransaction((em) =>
    assets.insertTransfer(em, {
      caseId: draft.id,
      assetId: savings.id,
      destinationKind: 'bank_account',
      destination: { bank: 'CBAO', accountNumber: `SN08 ${secret}`, holder: `Awa ${secret}` },
      amountMinor: 100_000n,
      currency: 'XOF',
      status: 'failed',
      attempt: 1,
      provider: 'manual',
      failureReason: `Account of ${secret} closed`,
      idempotencyKey: randomUUID(),
      requestHash: 'e'.repeat(64),
      createdBy: 'u-finance',
      updatedBy: 'u-finance',
      failedAt: new Date('2023-02-12T10:00:00Z'),
    }),
  );
  // The audit trail as the API writes it: ids, personal values masked.
  await app.get(AuditTrailRepository).append({
    actorId: 'u-counsellor',
    actorRole: 'counsellor',
    action: 'case.update',
    outcome: 'ok',
    caseId: draft.id,
    changes: [{ path: 'people.0.givenNames', before: MASK, after: MASK }],
  });
  return { id: draft.id, reference: draft.reference, workflowId: draft.workflowId, secret, birthDates };
}

/** Every row the case has, in every table, as JSON: what an anonymised case must not name anyone in. */
async function rowsOf(caseId: string): Promise<Record<string, unknown[]>> {
  const byCase = (table: string) => `SELECT to_jsonb(t) AS row FROM ${table} t WHERE t.case_id = $1 ORDER BY t.id`;
  const queries: Record<string, string> = {
    return_case: `SELECT to_jsonb(t) AS row FROM return_case t WHERE t.id = $1`,
    case_person: `SELECT to_jsonb(t) AS row FROM case_person t WHERE t.case_id = $1 ORDER BY t.position`,
    person_document: `SELECT to_jsonb(d) AS row FROM person_document d JOIN case_person p ON p.id = d.person_id WHERE p.case_id = $1 ORDER BY d.id`,
    case_timeline_event: byCase('case_timeline_event'),
    skills_profile: byCase('skills_profile'),
    follow_up_survey: byCase('follow_up_survey'),
    opportunity_link: byCase('opportunity_link'),
    declared_asset: byCase('declared_asset'),
    asset_transfer: byCase('asset_transfer'),
    ledger_posting: byCase('ledger_posting'),
    ledger_line: `SELECT to_jsonb(l) AS row FROM ledger_line l JOIN ledger_posting p ON p.id = l.posting_id WHERE p.case_id = $1 ORDER BY l.id`,
    audit_entry: `SELECT to_jsonb(t) AS row FROM audit_entry t WHERE t.case_id = $1 ORDER BY t.seq`,
  };
  const out: Record<string, unknown[]> = {};
  for (const [table, sql] of Object.entries(queries)) {
    out[table] = ((await dataSource.query(sql, [caseId])) as Array<{ row: unknown }>).map((r) => r.row);
  }
  // Encrypted at rest is not anonymised (the keys still open it): the checks read the plaintext.
  for (const row of out.return_case as Array<{ state: Record<string, unknown> | null }>)
    row.state = openSections(row.state);
  for (const row of out.case_timeline_event as Array<{ details: Record<string, unknown> }>) {
    row.details = ENCRYPTED_JSON.from(row.details) as Record<string, unknown>;
  }
  for (const row of out.person_document as Array<{ number: string | null }>) {
    row.number = row.number === null ? null : decryptField(row.number);
  }
  return out;
}

/** Everything statistics read for an office: the programme views, and the household and money figures. */
async function statistics(office: string, caseIds: string[]) {
  const filter = { hostOffice: office };
  return {
    casesByStage: await views.casesByStage(SYSTEM_SCOPE, filter),
    timeInStage: await views.timeInStage(SYSTEM_SCOPE, filter, NOW),
    overdueFollowUps: await views.overdueFollowUps(SYSTEM_SCOPE, filter, NOW),
    placementsByType: await views.placementsByType(SYSTEM_SCOPE, filter),
    scoresByCountry: await views.sustainabilityScores(SYSTEM_SCOPE, filter, 'country'),
    scoresByAssistance: await views.sustainabilityScores(SYSTEM_SCOPE, filter, 'assistance'),
    scoreChange: await views.scoreChange(SYSTEM_SCOPE, filter),
    cases: await dataSource.query(
      `SELECT id, reference, stage, outcome, created_at, stage_entered_at, country_of_return, region_of_return, host_office,
              vulnerabilities, household_size, counsellor_name, state->'closed'->>'at' AS closed_at,
              state->'plan'->'components'->0->'budgetLines'->0->'amountMinor' AS budget
         FROM return_case WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [caseIds],
    ),
    people: await dataSource.query(
      `SELECT case_id, position, relationship, sex, nationality, languages, vulnerabilities, EXTRACT(YEAR FROM date_of_birth) AS birth_year
         FROM case_person WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, position`,
      [caseIds],
    ),
    documents: await dataSource.query(
      `SELECT p.case_id, d.type, d.issuing_country FROM person_document d JOIN case_person p ON p.id = d.person_id
        WHERE p.case_id = ANY($1::uuid[]) ORDER BY p.case_id, p.position`,
      [caseIds],
    ),
    profiles: await dataSource.query(
      `SELECT case_id, occupations, isced_level, languages, driving_licence, months_abroad, wants FROM skills_profile
        WHERE case_id = ANY($1::uuid[]) ORDER BY case_id`,
      [caseIds],
    ),
    money: await dataSource.query(
      `SELECT a.case_id, a.kind, a.amount_minor, a.currency, a.status, t.destination_kind, t.amount_minor AS transfer_minor, t.status AS transfer_status
         FROM declared_asset a LEFT JOIN asset_transfer t ON t.asset_id = a.id
        WHERE a.case_id = ANY($1::uuid[]) ORDER BY a.case_id, a.kind`,
      [caseIds],
    ),
    balances: await Promise.all(caseIds.map((id) => app.get(LedgerRepository).balances(id))),
  };
}

async function runSweepJob(): Promise<{ result: RetentionSweepResult; progress: unknown }> {
  const job = await queue.add(RETENTION_SWEEP_JOB, {}, { removeOnComplete: false, removeOnFail: false });
  const result = (await job.waitUntilFinished(events, 60_000)) as RetentionSweepResult;
  const finished = await queue.getJob(job.id!);
  return { result, progress: finished?.progress };
}

function expectNoPersonalData(rows: Record<string, unknown[]>, made: MadeCase): void {
  for (const [table, list] of Object.entries(rows)) {
    const text = JSON.stringify(list);
    if (text.toLowerCase().includes(made.secret.toLowerCase()))
      throw new Error(`${table} still holds personal data: ${text}`);
    for (const date of made.birthDates) {
      if (text.includes(date)) throw new Error(`${table} still holds the birth date ${date}`);
    }
  }
}

describe('the retention sweep', () => {
  it('is a BullMQ job scheduler every RETENTION_SWEEP_EVERY_SECONDS', async () => {
    const scheduler = await queue.getJobScheduler(RETENTION_SWEEP_JOB);
    expect(scheduler).toMatchObject({ name: RETENTION_SWEEP_JOB, every: config.retention.sweepEverySeconds * 1000 });
  });

  it('anonymises closed cases past the retention period whose workflow has ended, keeps the statistics, and a rerun changes nothing', async () => {
    const office = `RET-${uniqueTag()}`;
    const retentionDays = config.retention.afterClosureMs / DAY;
    const old = await makeCase(office, { closedDaysAgo: retentionDays + 30 });
    const recent = await makeCase(office, { closedDaysAgo: 10 });
    const open = await makeCase(office, {});
    const running = await makeCase(office, { closedDaysAgo: retentionDays + 20 });
    const crashing = await makeCase(office, { closedDaysAgo: retentionDays + 10 });
    const all = [old, recent, open, running, crashing];
    const ids = all.map((c) => c.id);

    // The running case's workflow still waits for a reopening (a task queue no worker polls: it stays RUNNING).
    await temporal.workflow.start(RETURN_CASE_WORKFLOW, {
      taskQueue: idleQueue,
      workflowId: running.workflowId,
      args: [],
    });
    started.push(running.workflowId);
    await expect(temporal.workflow.getHandle(old.workflowId).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);

    // A crash in the middle of the crashing case's anonymisation: after its people, before its assets.
    await dataSource.query(`CREATE OR REPLACE FUNCTION retention_test_crash() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'simulated crash'; END $$`);
    await dataSource.query(
      `CREATE TRIGGER retention_test_crash BEFORE UPDATE ON declared_asset FOR EACH ROW WHEN (OLD.case_id = '${crashing.id}') EXECUTE FUNCTION retention_test_crash()`,
    );

    const statsBefore = await statistics(office, ids);
    // Numbers worth comparing: every view has rows for this office.
    expect(statsBefore.casesByStage).toEqual([
      { stage: 'closed', cases: 4 },
      { stage: 'monitoring', cases: 1 },
    ]);
    expect(statsBefore.placementsByType).toContainEqual({ type: 'apprenticeship', placed: 0, declined: 0, open: 5 });
    expect(statsBefore.scoresByAssistance.map((g) => [g.group, g.surveys])).toEqual([['economic', 5]]);
    expect(statsBefore.scoreChange.summary).toMatchObject({ cases: 5, improved: 5 });
    const before = new Map(await Promise.all(all.map(async (c) => [c.id, await rowsOf(c.id)] as const)));
    for (const c of all) expect(JSON.stringify(before.get(c.id))).toContain(c.secret);

    // First run, through BullMQ.
    const first = await runSweepJob();
    expect(first.result).toMatchObject({ anonymised: 1, workflowRunning: 1, failed: 1, notDue: 0 });
    expect(first.result.processed).toBe(first.result.due);
    expect(first.progress).toMatchObject({ percent: 100, anonymised: 1, workflowRunning: 1, failed: 1 });

    // The old case: no name, birth date, contact, document number or free text left in any of its rows.
    const oldAfter = await rowsOf(old.id);
    expectNoPersonalData(oldAfter, old);
    const [caseRow] = oldAfter.return_case as any[];
    expect(caseRow.anonymised_at).not.toBeNull();
    expect(caseRow.search_text).toBe(old.reference.toLowerCase());
    expect(caseRow.request_hash).toBeNull();
    expect(caseRow.state.people.map((p: any) => [p.name, p.dateOfBirth])).toEqual([
      [MASK, '1988-01-01'],
      [MASK, '2014-01-01'],
    ]);
    expect(caseRow.state.protectionHold.reasons).toEqual([MASK]);
    expect(caseRow.state.booking.reference).toBe(MASK);
    expect(caseRow.state.plan.components[0]).toEqual({
      dimension: 'economic',
      description: MASK,
      budgetLines: [{ description: MASK, amountMinor: 150000, currency: 'XOF' }],
    });
    expect(caseRow.state.closed).toMatchObject({ outcome: 'completed', reason: MASK });
    expect(
      (oldAfter.case_person as any[]).map((p) => [p.given_names, p.family_name, p.date_of_birth, p.contact, p.sex]),
    ).toEqual([
      [MASK, MASK, '1988-01-01', null, 'female'],
      [MASK, MASK, '2014-01-01', null, 'male'],
    ]);
    expect((oldAfter.person_document as any[]).map((d) => [d.type, d.number, d.issuing_country])).toEqual([
      ['passport', null, 'SN'],
      ['passport', null, 'SN'],
    ]);
    const timelineTypes = (oldAfter.case_timeline_event as any[]).map((e) => e.type);
    expect(timelineTypes).toEqual((before.get(old.id)!.case_timeline_event as any[]).map((e) => e.type));
    expect((oldAfter.case_timeline_event as any[]).find((e) => e.type === 'sign_consent').details).toMatchObject({
      witness: MASK,
      guardianName: null,
    });
    expect((oldAfter.asset_transfer as any[])[0].destination).toEqual({
      bank: 'CBAO',
      accountNumber: MASK,
      holder: MASK,
    });
    // The trail keeps every entry as it was, plus one: the anonymisation, audited as the service, in its own
    // transaction (the crashed case below, rolled back whole, has no such entry).
    const trailAfter = oldAfter.audit_entry as any[];
    expect(trailAfter.slice(0, -1)).toEqual(before.get(old.id)!.audit_entry);
    expect(trailAfter[trailAfter.length - 1]).toMatchObject({
      actor_id: 'service:retention',
      actor_role: 'system',
      action: 'retention.anonymise',
    });
    const [{ same }] = await dataSource.query(
      `SELECT a.xmin = c.xmin AS same FROM audit_entry a, return_case c
        WHERE a.case_id = $1 AND a.action = 'retention.anonymise' AND c.id = $1`,
      [old.id],
    );
    expect(same).toBe(true);
    // The ledger is as it was.
    expect(oldAfter.ledger_posting).toEqual(before.get(old.id)!.ledger_posting);
    expect(oldAfter.ledger_line).toEqual(before.get(old.id)!.ledger_line);
    expect(oldAfter.follow_up_survey).toEqual(before.get(old.id)!.follow_up_survey);

    // Recently closed, open, workflow still running, and the crashed one (rolled back whole): untouched.
    for (const c of [recent, open, running, crashing]) expect(await rowsOf(c.id)).toEqual(before.get(c.id));

    // The numbers are the same.
    expect(await statistics(office, ids)).toEqual(statsBefore);

    // The crash is over and the workflow has ended: the next run finishes the work.
    await dataSource.query(`DROP TRIGGER retention_test_crash ON declared_asset`);
    await temporal.workflow.getHandle(running.workflowId).terminate('reopening window over');
    const second = await service.sweep();
    expect(second).toMatchObject({ anonymised: 2, workflowRunning: 0, failed: 0 });
    for (const c of [old, running, crashing]) expectNoPersonalData(await rowsOf(c.id), c);
    for (const c of [recent, open]) expect(await rowsOf(c.id)).toEqual(before.get(c.id));
    expect(await statistics(office, ids)).toEqual(statsBefore);

    // A rerun changes nothing.
    const snapshot = new Map(await Promise.all(all.map(async (c) => [c.id, await rowsOf(c.id)] as const)));
    const third = await runSweepJob();
    expect(third.result).toMatchObject({ due: 0, anonymised: 0, processed: 0 });
    expect(third.progress).toMatchObject({ percent: 100, due: 0 });
    for (const c of all) expect(await rowsOf(c.id)).toEqual(snapshot.get(c.id));
    // Anonymising an anonymised case directly is refused too: it is no longer due.
    expect(await app.get(CaseRetentionRepository).anonymise(old.id, new Date())).toBeNull();
  });

  it('pages due cases by their exact closure time, microseconds included, so no case is read twice', async () => {
    const retention = app.get(CaseRetentionRepository);
    const closedBefore = new Date(NOW.getTime() - config.retention.afterClosureMs);
    const base = new Date(closedBefore.getTime() - 5 * DAY).toISOString().slice(0, 23);
    const made: string[] = [];
    for (const micros of ['123456', '123789']) {
      const draft = await caseDraft(cases, {});
      await cases.insert(draft);
      await dataSource.query(
        `UPDATE return_case SET stage = 'closed', stage_entered_at = $2::timestamptz WHERE id = $1`,
        [draft.id, `${base}${micros.slice(3)}Z`],
      );
      made.push(draft.id);
    }
    const mine = async (after?: { closedAt: string; id: string }) => {
      const page = await retention.findDue(closedBefore, 1, after);
      return page;
    };
    const first = await mine();
    expect(first.map((c) => c.id)).toEqual([made[0]]);
    const second = await mine(first[0]);
    expect(second.map((c) => c.id)).toEqual([made[1]]);
    expect(await mine(second[0])).toEqual([]);
  });
});
