import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { seedAccess, TimelineRepository } from '@avrr/persistence';
import { cheapTestHash, login } from './support/access';
import { startStack, TestStack } from './support/stack';

jest.setTimeout(120_000);

// An office of its own, so the other suites' cases do not count here.
const OFFICE = `WORKQ-${randomUUID().slice(0, 6)}`;
const EMAIL = `logistics.${OFFICE.toLowerCase()}@avrr.test`;
const COUNSELLING = 550;
const LOGISTICS = 620;
const DAY = 86_400_000;

let stack: TestStack;
let dataSource: DataSource;
let auth: { Authorization: string };

/**
 * Inserts `count` bare case rows by SQL (fast), then moves each read model through the projection
 * (TimelineRepository.record), which is what keeps `next_actor`. Due dates start `firstDueDay` days from now.
 */
/** The connections of the API's pool (libs/persistence data-source-options). */
const POOL_SIZE = 10;

async function seedCases(
  office: string,
  stage: string,
  waitingFor: string,
  count: number,
  firstDueDay: number,
): Promise<string[]> {
  // Read-model rows only, marked started: the reconciler (case-reconciler.e2e-spec.ts) must not pick them up.
  const ids: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO return_case (reference, stage, host_office, country_of_return, region_of_return, counsellor_name, counsellor_email,
       household_size, search_text, workflow_id, workflow_started_at, version)
     SELECT 'WQ-' || left(replace(gen_random_uuid()::text, '-', ''), 20), 'intake', $1, 'SN', 'Dakar', 'Claire Martin', 'claire@avrr.test', 1, 'wq', 'wq-' || gen_random_uuid(), now(), 1
     FROM generate_series(1, $2) RETURNING id`,
    [office, count],
  );
  await dataSource.query(
    `INSERT INTO case_person (case_id, position, given_names, family_name, date_of_birth, sex, nationality)
     SELECT unnest($1::uuid[]), 0, 'Awa', 'Ndiaye', '1990-03-14', 'female', 'SN'`,
    [ids.map((r) => r.id)],
  );
  const timeline = stack.api.get(TimelineRepository);
  const project = ({ id }: { id: string }, i: number) =>
    timeline.record(
      {
        caseId: id,
        eventKey: `seed:${stage}`,
        type: 'seeded',
        actor: 'test',
        actorRole: 'system',
        occurredAt: new Date(),
        details: {},
      },
      {
        version: 1,
        stage: stage as never,
        outcome: null,
        waitingFor,
        dueAt: new Date(Date.now() + (firstDueDay + i / 10) * DAY),
        onProtectionHold: false,
        state: {},
      },
    );
  // As many at once as the pool has connections: a thousand at once waited past the pool's connect deadline on a
  // busy machine.
  for (let from = 0; from < ids.length; from += POOL_SIZE) {
    await Promise.all(ids.slice(from, from + POOL_SIZE).map((row, k) => project(row, from + k)));
  }
  return ids.map((r) => r.id);
}

beforeAll(async () => {
  stack = await startStack({ worker: false });
  dataSource = stack.api.get(DataSource);
  await seedAccess(
    dataSource,
    {
      offices: [{ code: OFFICE, name: `${OFFICE} office`, country: 'FR' }],
      partnerOrganisations: [],
      users: [
        {
          email: EMAIL,
          displayName: 'Queue Officer',
          password: 'test-password-123',
          role: 'logistics_officer',
          offices: [OFFICE],
        },
      ],
    },
    cheapTestHash,
  );
  const signedIn = await login(stack.baseUrl, EMAIL);
  auth = { Authorization: `Bearer ${signedIn.body.accessToken}` };
});

afterAll(async () => {
  await stack?.close();
});

const work = async (query = '') => {
  const response = await fetch(`${stack.baseUrl}/me/work${query}`, { headers: auth });
  return { status: response.status, body: (await response.json()) as any };
};

describe('My work with more than 500 open cases in scope', () => {
  it('lists every case waiting on the role, in due order over keyset pages, with counts from SQL', async () => {
    // The counsellor's cases are due first: a window of the 500 earliest open cases would hold none of the officer's.
    await seedCases(OFFICE, 'counselling', 'a counselling session', COUNSELLING, -30);
    const logistics = await seedCases(OFFICE, 'travel_documents', 'a travel document', LOGISTICS, 30);
    // The same role's work in another office is out of scope.
    await seedCases(`${OFFICE}-X`, 'booking', 'a travel booking', 5, 1);

    const seen: Array<{ caseId: string; dueAt: string; urgency: string }> = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await work(`?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.counts).toEqual({ total: LOGISTICS, overdue: 0, dueSoon: 0 });
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);

    expect(pages).toBe(4);
    expect(new Set(seen.map((i) => i.caseId))).toEqual(new Set(logistics));
    expect(seen).toHaveLength(LOGISTICS);
    const dues = seen.map((i) => i.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect(seen.every((i) => i.urgency === 'open')).toBe(true);
  });

  it('counts overdue and due soon in SQL, and refuses a cursor it did not issue', async () => {
    const office = `${OFFICE}-Y`;
    await seedAccess(
      dataSource,
      {
        offices: [{ code: office, name: 'y', country: 'FR' }],
        partnerOrganisations: [],
        users: [
          {
            email: `y.${EMAIL}`,
            displayName: 'Y',
            password: 'test-password-123',
            role: 'logistics_officer',
            offices: [office],
          },
        ],
      },
      cheapTestHash,
    );
    await seedCases(office, 'booking', 'a travel booking', 3, -2);
    await seedCases(office, 'departure', 'departure confirmation', 4, 2);
    const y = await login(stack.baseUrl, `y.${EMAIL}`);
    const response = await fetch(`${stack.baseUrl}/me/work?soonDays=7`, {
      headers: { Authorization: `Bearer ${y.body.accessToken}` },
    });
    const body = (await response.json()) as any;
    expect(body.counts).toEqual({ total: 7, overdue: 3, dueSoon: 4 });
    expect(body.items.map((i: any) => i.urgency)).toEqual([
      'overdue',
      'overdue',
      'overdue',
      'due_soon',
      'due_soon',
      'due_soon',
      'due_soon',
    ]);

    const bad = await work('?cursor=bm90LWEtY3Vyc29y');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('cursor');
  });
});
