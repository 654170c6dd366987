/**
 * The rights of the people recorded (issue 14) over HTTP on the real stack. Subject access: a supervisor gets
 * everything held about one person of a case as JSON and as an HTML report; the export is audited; other roles and
 * other people are refused. Erasure: a closed case's personal data goes ahead of retention, its workflow ended and its
 * Temporal histories deleted, each step audited.
 */
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { MASK } from '@avrr/domain';
import { returnCaseWorkflowId } from '@avrr/workflows';
import { ACTORS, CaseDriver } from './support/case-driver';
import { request } from './support/http';
import { filePaper } from './support/papers';
import { poll } from './support/poll';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(120_000);

let stack: TestStack;
let db: DataSource;
let kase: CaseDriver;
let principalPaper: string;
let childPaper: string;

const exportPath = (personId: string, html = false) =>
  `/cases/${kase.caseId}/people/${personId}/subject-access${html ? '/html' : ''}`;

beforeAll(async () => {
  // The worker runs the consent withdrawal that closes the case the erasure tests erase.
  stack = await startStack();
  db = stack.api.get(DataSource);
  kase = await CaseDriver.open(stack.baseUrl);
  // The export's timeline is compared with a read of it: the intake's projection lands first.
  await poll('the intake projected', async () => (await kase.timeline()).length > 0);
  principalPaper = await filePaper(
    stack.baseUrl,
    kase.caseId,
    ACTORS.counsellor,
    'signed_declaration',
    kase.people[0].id,
  );
  childPaper = await filePaper(stack.baseUrl, kase.caseId, ACTORS.counsellor, 'signed_declaration', kase.people[1].id);
});

afterAll(async () => {
  await stack?.close();
});

describe('subject-access export', () => {
  it('gives a supervisor the person, their case, timeline, papers and audit entries, and audits the export', async () => {
    const principal = kase.body.principal;
    const reply = await request(stack.baseUrl, 'GET', exportPath(principal.id), undefined, ACTORS.supervisor);
    expect(reply.status).toBe(200);
    const body = reply.body;
    expect(body.person).toMatchObject({ id: principal.id, givenNames: 'Awa', familyName: principal.familyName });
    expect(body.case).toMatchObject({ id: kase.caseId, reference: kase.body.reference });
    // The timeline as the case's screen shows it to the same reader.
    expect(body.timeline).toEqual(await kase.timeline());
    // Their own paper, not the one filed for another member of the household.
    const papers = body.documents.map((d: { id: string }) => d.id);
    expect(papers).toContain(principalPaper);
    expect(papers).not.toContain(childPaper);
    const actions = body.audit.map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['cases.open', 'documents.upload']));
    // Oldest first, none missing.
    const seqs = body.audit.map((a: { seq: string }) => BigInt(a.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM audit_entry WHERE case_id = $1 AND seq <= $2`, [
      kase.caseId,
      body.audit[body.audit.length - 1].seq,
    ]);
    expect(body.audit).toHaveLength(n);

    const exports = await db.query(
      `SELECT actor_role, subject, changes FROM audit_entry WHERE action = 'subject_access.export' AND case_id = $1`,
      [kase.caseId],
    );
    expect(exports).toEqual([
      { actor_role: 'supervisor', subject: `person:${principal.id}`, changes: [{ path: 'format', after: 'json' }] },
    ]);
  });

  it('gives the same as a self-contained HTML report, with values escaped', async () => {
    const principal = kase.body.principal;
    const reply = await request(stack.baseUrl, 'GET', exportPath(principal.id, true), undefined, ACTORS.supervisor);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(reply.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html: string = reply.body;
    expect(html).toContain(`<h1>Subject-access export: Awa ${principal.familyName}</h1>`);
    expect(html).toContain('signed_declaration');
    expect(html).not.toMatch(/<script/i);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'subject_access.export' AND case_id = $1
          AND changes = '[{"path":"format","after":"html"}]'::jsonb`,
      [kase.caseId],
    );
    expect(n).toBe(1);
  });

  it('refuses other roles, and answers 404 for a person who is not in the case', async () => {
    const principal = kase.body.principal;
    const counsellor = await request(stack.baseUrl, 'GET', exportPath(principal.id), undefined, ACTORS.counsellor);
    expect([counsellor.status, counsellor.body.code]).toEqual([403, 'permission_denied']);
    const stranger = '6f1c1f4e-2b1a-4c8e-9a57-0d7d3f3b9a10';
    const missing = await request(stack.baseUrl, 'GET', exportPath(stranger), undefined, ACTORS.supervisor);
    expect([missing.status, missing.body.code]).toEqual([404, 'person_not_found']);
    const bad = await request(stack.baseUrl, 'GET', exportPath('not-a-uuid'), undefined, ACTORS.supervisor);
    expect(bad.status).toBe(400);
  });
});

describe('erasure on request', () => {
  const erase = (c: CaseDriver, body: Record<string, unknown>, as = ACTORS.supervisor) =>
    request(stack.baseUrl, 'POST', `/cases/${c.caseId}/erasure`, body, as);

  it("erases a closed case's personal data, ends its workflow, deletes its histories and audits each step", async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const asker = c.body.principal.id;
    await filePaper(stack.baseUrl, c.caseId, ACTORS.counsellor, 'signed_declaration', asker);
    const body = { requestedBy: asker, reason: 'Written request of 30 November, identity checked' };

    // Open: refused, with the way to close it; other roles and other people refused first.
    const open = await erase(c, body);
    expect([open.status, open.body.code]).toEqual([409, 'case_open']);
    const counsellor = await erase(c, body, ACTORS.counsellor);
    expect([counsellor.status, counsellor.body.code]).toEqual([403, 'permission_denied']);
    const stranger = await erase(c, { ...body, requestedBy: '6f1c1f4e-2b1a-4c8e-9a57-0d7d3f3b9a10' });
    expect(stranger.status).toBe(400);
    expect(stranger.body.violations).toEqual([{ field: 'requestedBy', reason: 'is not a person of this case' }]);

    await c.do('consent-withdrawal', 'counsellor', { reason: 'He asked to stop' });
    await poll('the closure projected', async () => (await c.get()).stage === 'closed');

    const erased = await erase(c, body);
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({
      caseId: c.caseId,
      requestedBy: asker,
      // A withdrawn case's workflow waits for a reopening: ended now.
      workflow: 'ended_now',
      historiesDeleted: 1,
      anonymised: { people: c.people.length, files: 1 },
    });

    const after = await c.get();
    expect([after.principal.givenNames, after.principal.familyName]).toEqual([MASK, MASK]);
    expect([after.stage, after.outcome]).toEqual(['closed', 'withdrawn']);
    expect(Date.parse(after.anonymisedAt)).toBeGreaterThan(0);
    const [{ files }] = await db.query(`SELECT count(*)::int AS files FROM case_document WHERE case_id = $1`, [
      c.caseId,
    ]);
    expect(files).toBe(0);
    // Deletion in Temporal runs in the background; a run deleted while it still waited goes within moments.
    const temporal = stack.worker.get(Client);
    await poll('the history deleted', async () =>
      temporal.workflow
        .getHandle(returnCaseWorkflowId(c.caseId))
        .describe()
        .then(
          () => false,
          (error) => error instanceof WorkflowNotFoundError,
        ),
    );

    const steps = await db.query(
      `SELECT action, actor_role, subject, changes FROM audit_entry WHERE case_id = $1 AND action LIKE 'persons.erase%' AND outcome = 'ok'
        ORDER BY seq`,
      [c.caseId],
    );
    expect(steps.map((e: { action: string }) => e.action)).toEqual(['persons.erase.temporal', 'persons.erase']);
    expect(steps[0]).toMatchObject({
      actor_role: 'supervisor',
      subject: `person:${asker}`,
      changes: [
        { path: 'workflow', after: 'ended_now' },
        { path: 'historiesDeleted', after: 1 },
      ],
    });
    expect(steps[1].changes).toEqual([
      { path: 'requestedBy', after: asker },
      { path: 'reason', after: MASK },
      { path: 'anonymised', after: erased.body.anonymised },
    ]);

    // Done once: a second request finds nothing left, and the case takes no action.
    const again = await erase(c, body);
    expect([again.status, again.body.code]).toEqual([409, 'case_anonymised']);
    const reopen = await c.act('reopening', 'supervisor', { reason: 'Came back' });
    expect(reopen.status).toBe(409);
  });
});
