/**
 * The subject-access export (issue 14) over HTTP on the real stack: a supervisor gets everything held about one
 * person of a case as JSON and as an HTML report; the export is audited; other roles and other people are refused.
 */
import { DataSource } from 'typeorm';
import { ACTORS, CaseDriver } from './support/case-driver';
import { request } from './support/http';
import { filePaper } from './support/papers';
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
  stack = await startStack({ worker: false });
  db = stack.api.get(DataSource);
  kase = await CaseDriver.open(stack.baseUrl);
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
    // The timeline as the case's screen shows it to the same reader (projected by the worker, so possibly empty here).
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
