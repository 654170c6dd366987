// Issue 16, part 5: the final report of reintegration, filed by the partner against the approved plan with the
// proofs and invoices in the case file, returned once by the supervisor, filed again and validated; only then does
// the case close as completed. The last sustainability scores are the API's copy of the latest survey.
import { randomUUID } from 'node:crypto';
import { ACTORS, CaseDriver, isoDay } from './support/case-driver';
import { postJson, SURVEY_ANSWERS } from './support/fixtures';
import { TEST_USERS } from './support/access';
import { waitForMail } from './support/mail-catcher';
import { startStack, TestStack } from './support/stack';

jest.setTimeout(120_000);

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

describe('the final report of reintegration', () => {
  it('is filed against the plan with its papers, returned with a reason, filed again, validated; then the case completes', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    await c.throughArrival();
    await c.do('reintegration-plan', 'partner', {
      components: [
        {
          dimension: 'economic',
          description: 'Garage in Thiès',
          budgetLines: [
            { description: 'Tools', amountMinor: 200000, currency: 'XOF' },
            { description: 'Rent, first three months', amountMinor: 90000, currency: 'XOF' },
          ],
        },
        { dimension: 'social', description: 'School enrolment', budgetLines: [] },
      ],
    });
    await c.do('reintegration-plan/approve', 'supervisor', {});
    for (let i = 0; i < 3; i++) await c.do('follow-ups', 'partner', { visitedOn: isoDay(0), notes: `Visit ${i + 1}` });
    const survey = await postJson(
      `${c.baseUrl}/cases/${c.caseId}/follow-ups/3/survey`,
      { answers: SURVEY_ANSWERS },
      { ...ACTORS.partner },
    );
    expect(survey.status).toBe(201);

    const early = await c.act('closure', 'supervisor', { outcome: 'completed', reason: 'All done' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('final_report_not_validated');

    const supplier = await postJson(
      `${stack.baseUrl}/service-providers`,
      { country: 'sn', name: `Quincaillerie ${randomUUID().slice(0, 6)}`, kind: 'equipment', contact: '+221 33 000' },
      { ...ACTORS.partner },
    );
    expect(supplier.body).toMatchObject({ country: 'SN', kind: 'equipment', active: true });
    // The grant pays the tools in kind to that supplier, named by record; an unknown provider is refused by field.
    const grant = (tranches: unknown[]) =>
      postJson(
        `${c.baseUrl}/cases/${c.caseId}/grant`,
        { tranches },
        {
          ...ACTORS.supervisor,
          'Idempotency-Key': randomUUID(),
        },
      );
    const inKind = { milestone: 'assistance_delivered', amountMinor: '200000', currency: 'XOF', recipient: 'supplier' };
    const cash = { milestone: 'plan_agreed', amountMinor: '90000', currency: 'XOF', recipient: 'returnee' };
    const unknown = await grant([{ ...inKind, supplierProviderId: randomUUID() }, cash]);
    expect(unknown.body.violations).toEqual([
      { field: 'tranches.0.supplierProviderId', reason: 'is not an active service provider in SN' },
    ]);
    const granted = await grant([{ ...inKind, supplierProviderId: supplier.body.id }, cash]);
    expect(granted.status).toBe(201);
    expect(granted.body.tranches[0]).toMatchObject({
      supplier: supplier.body.name,
      supplierProviderId: supplier.body.id,
    });
    expect(granted.body.tranches[1]).toMatchObject({ supplier: null, supplierProviderId: null });

    const proof = await c.file('proof_of_payment', null, 'partner');
    const invoice = await c.file('invoice', null, 'partner');
    const tools = {
      component: 0,
      budgetLine: 0,
      deliveredMinor: 185050,
      currency: 'XOF',
      proofDocumentIds: [proof],
      invoices: [{ documentId: invoice, providerId: supplier.body.id, amountMinor: 185050 }],
      note: 'A second-hand compressor came cheaper',
    };
    const rent = { ...tools, budgetLine: 1, deliveredMinor: 0, proofDocumentIds: [], invoices: [], note: 'Not needed' };
    const submit = (body: unknown) => c.act('final-report', 'partner', body);

    // Papers of the wrong kind or not on file, a line in another currency and a line left out: 400 naming each field.
    const badFiles = await submit({
      lines: [
        { ...tools, proofDocumentIds: [invoice], invoices: [{ documentId: randomUUID(), amountMinor: 1 }] },
        rent,
      ],
      narrative: 'n',
    });
    expect(badFiles.status).toBe(400);
    expect(badFiles.body.violations).toEqual([
      { field: 'lines.0.proofDocumentIds.0', reason: 'is not a proof of payment in this case file' },
      { field: 'lines.0.invoices.0.documentId', reason: 'is not an invoice in this case file' },
    ]);
    const badLines = await submit({ lines: [{ ...tools, currency: 'EUR' }], narrative: 'n' });
    expect(badLines.status).toBe(400);
    expect(badLines.body.violations).toEqual([
      { field: 'lines.0.currency', reason: 'the budget line is in XOF, not EUR' },
      { field: 'lines', reason: 'budget line "Rent, first three months" (component 0, line 1) is not reported' },
    ]);
    const decimals = await submit({ lines: [{ ...tools, deliveredMinor: 1850.5 }, rent], narrative: 'n' });
    expect(decimals.status).toBe(400);
    expect(decimals.body.violations).toContainEqual({
      field: 'lines.0.deliveredMinor',
      reason: 'must be a whole number of minor units',
    });

    // Only the partner files it, and the scores are the API's: a caller's own are refused as an unknown field.
    expect((await c.act('final-report', 'supervisor', { lines: [tools, rent], narrative: 'n' })).status).toBe(403);
    const typedScores = await submit({ lines: [tools, rent], narrative: 'n', sustainability: { composite: 1 } });
    expect(typedScores.status).toBe(400);

    const filed = await c.do('final-report', 'partner', {
      lines: [tools, rent],
      narrative: 'The garage opened in the third month.',
    });
    expect(filed.state.finalReport).toMatchObject({
      status: 'submitted',
      lines: [
        { ...tools, invoices: [{ documentId: invoice, providerId: supplier.body.id, amountMinor: 185050 }] },
        { ...rent, note: 'Not needed' },
      ],
      sustainability: { visitNumber: 3, weightSetVersion: 'v1-example' },
    });
    expect(filed.state.finalReport.sustainability.scores.composite).toBeCloseTo(0.7221875, 12);
    expect((await c.act('final-report', 'partner', { lines: [tools, rent], narrative: 'again' })).body.code).toBe(
      'final_report_pending',
    );

    const returned = await c.do('final-report/return', 'supervisor', { reason: 'Attach the rent receipt' });
    expect(returned.state.finalReport).toMatchObject({
      status: 'returned',
      decision: { reason: 'Attach the rent receipt' },
    });
    expect((await c.act('closure', 'supervisor', { outcome: 'completed', reason: 'All done' })).body.code).toBe(
      'final_report_not_validated',
    );
    // The supervisors heard of the report, the partner of its return with the reason.
    const catcher = stack.config.smtp.catcherUrl!;
    const reference = c.body.reference;
    await waitForMail(catcher, (m) => m.subject === `Final report to validate for case ${reference}`);
    const back = await waitForMail(catcher, (m) => m.subject === `Final report returned for case ${reference}`);
    expect(back.to[0].address).toBe(TEST_USERS.partner.email);
    expect(back.text).toContain('Attach the rent receipt');

    await c.do('final-report', 'partner', { lines: [tools, rent], narrative: 'Rent was paid by the family.' });
    const validated = await c.do('final-report/validation', 'supervisor', { note: 'Thank you' });
    expect(validated.state.finalReport.history.map((h: { action: string }) => h.action)).toEqual([
      'submitted',
      'returned',
      'submitted',
      'validated',
    ]);
    const closed = await c.do('closure', 'supervisor', { outcome: 'completed', reason: 'All done' });
    expect(closed.state.closed.outcome).toBe('completed');
    const types = (await c.timeline()).map((e) => e.type);
    expect(types.filter((t) => t.endsWith('_final_report'))).toEqual([
      'submit_final_report',
      'return_final_report',
      'submit_final_report',
      'validate_final_report',
    ]);
  });

  it("service providers are records of a country's suppliers, managed by those who work there", async () => {
    const name = `Atelier Fall ${randomUUID().slice(0, 6)}`;
    const body = { country: 'SN', name, kind: 'training', contact: 'fall@example.sn' };
    const created = await postJson(`${stack.baseUrl}/service-providers`, body, { ...ACTORS.partner });
    expect(created.status).toBe(201);
    // Another country than the partner's, the same name again (whatever its case), an unknown kind.
    const elsewhere = await postJson(
      `${stack.baseUrl}/service-providers`,
      { ...body, country: 'GN' },
      { ...ACTORS.partner },
    );
    expect(elsewhere.body.violations).toEqual([{ field: 'country', reason: 'is not a country you work in' }]);
    const twice = await postJson(
      `${stack.baseUrl}/service-providers`,
      { ...body, name: name.toUpperCase() },
      { ...ACTORS.supervisor },
    );
    expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 409, code: 'service_provider_exists' });
    const badKind = await postJson(`${stack.baseUrl}/service-providers`, { ...body, kind: 'cash' }, ACTORS.partner);
    expect(badKind.body.violations.map((v: { field: string }) => v.field)).toEqual(['kind']);

    const patch = await fetch(`${stack.baseUrl}/service-providers/${created.body.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...ACTORS.supervisor },
      body: JSON.stringify({ active: false }),
    });
    expect(((await patch.json()) as { active: boolean }).active).toBe(false);
    for (const as of ['supervisor', 'finance'] as const) {
      const list = await fetch(`${stack.baseUrl}/service-providers?country=SN`, { headers: { ...ACTORS[as] } });
      const rows = (await list.json()) as Array<{ id: string; active: boolean }>;
      expect(rows.find((r) => r.id === created.body.id)).toMatchObject({ active: false });
    }
    const counsellor = await fetch(`${stack.baseUrl}/service-providers`, { headers: { ...ACTORS.counsellor } });
    expect(counsellor.status).toBe(403);
  });
});
