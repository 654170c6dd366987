import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { ACTORS, CaseDriver, isoDay } from './support/case-driver';
import { mobileMoney } from './support/fixtures';
import { arrivedWithApprovedPlan, TWO_TRANCHES } from './support/grant-case';
import { startStack, TestStack } from './support/stack';
import { request } from './support/http';

jest.setTimeout(180_000);

let stack: TestStack;
let db: PgClient;

beforeAll(async () => {
  // The worker in this process runs the BullMQ export job and the case workflows.
  stack = await startStack();
  db = new PgClient({ connectionString: stack.config.database.url });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await stack?.close();
});

// As the finance officer unless told otherwise.
const call = (
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string | undefined> = ACTORS.finance,
) => request(stack.baseUrl, method, path, body, headers);

async function transfer(c: CaseDriver, assetId: string, body: unknown, steps: Array<[string, unknown]>) {
  const t = await call('POST', `/cases/${c.caseId}/assets/${assetId}/transfers`, body, {
    ...ACTORS.finance,
    'Idempotency-Key': randomUUID(),
  });
  expect(t.status).toBe(201);
  for (const [step, stepBody] of steps)
    expect(
      (await call('POST', `/cases/${c.caseId}/transfers/${t.body.id}/${step}`, stepBody, ACTORS.finance)).status,
    ).toBe(200);
}

async function verifiedAsset(c: CaseDriver, amountMinor: string, currency: string) {
  const asset = await call(
    'POST',
    `/cases/${c.caseId}/assets`,
    { personId: c.people[0].id, kind: 'bank_savings', amountMinor, currency },
    ACTORS.counsellor,
  );
  await call('POST', `/cases/${c.caseId}/assets/${asset.body.id}/verify`, {}, ACTORS.finance);
  return asset.body.id as string;
}

describe('the reconciliation export', () => {
  it('lists a programme’s transfers and tranches for a period, with totals by status and currency that tie to the ledger', async () => {
    const started = Date.now();
    const office = 'RECON';

    // Case A: savings sent and confirmed, wages partly pending, a cancelled instruction; a grant with one tranche paid and one released.
    const a = await arrivedWithApprovedPlan(stack.baseUrl, { hostOffice: office });
    const savings = await verifiedAsset(a, '250000', 'XOF');
    await transfer(a, savings, mobileMoney('250000', 'XOF'), [
      ['initiate', {}],
      ['confirm', { providerReference: 'OM-1, "Dakar"' }],
    ]);
    const wages = await verifiedAsset(a, '120000', 'EUR');
    await transfer(a, wages, mobileMoney('80000', 'EUR'), []);
    await transfer(a, wages, mobileMoney('40000', 'EUR'), [['cancel', { reason: 'later' }]]);
    const grant = await call(
      'POST',
      `/cases/${a.caseId}/grant`,
      { tranches: TWO_TRANCHES },
      { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
    );
    expect(grant.status).toBe(201);
    await a.do('milestones', 'partner', { kind: 'plan_agreed', achievedOn: isoDay(0) });
    expect(
      (
        await call(
          'POST',
          `/cases/${a.caseId}/grant/tranches/${grant.body.tranches[0].id}/payment`,
          { proofReference: 'WAVE-9', proofDocumentId: await a.file('proof_of_payment', null, 'finance') },
          { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
        )
      ).status,
    ).toBe(200);
    await a.do('milestones', 'partner', { kind: 'business_started', achievedOn: isoDay(0) });

    // Case B in the same programme: a second confirmed transfer in XOF. Case C in another office: left out.
    const b = await CaseDriver.open(stack.baseUrl, { hostOffice: office });
    await transfer(b, await verifiedAsset(b, '1000', 'XOF'), mobileMoney('1000', 'XOF'), [
      ['initiate', {}],
      ['confirm', { providerReference: 'OM-2' }],
    ]);
    const other = await CaseDriver.open(stack.baseUrl, { hostOffice: `${office}-X` });
    await transfer(other, await verifiedAsset(other, '777', 'XOF'), mobileMoney('777', 'XOF'), [
      ['initiate', {}],
      ['confirm', { providerReference: 'OM-3' }],
    ]);

    // Bad input and the wrong role.
    const backwards = await call(
      'POST',
      '/reconciliation-exports',
      { hostOffice: office, from: isoDay(1), to: isoDay(0) },
      ACTORS.finance,
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.violations).toEqual([{ field: 'to', reason: 'must be on or after from' }]);
    const badDate = await call(
      'POST',
      '/reconciliation-exports',
      { hostOffice: office, from: '2027-02-30', to: isoDay(0) },
      ACTORS.finance,
    );
    expect(badDate.status).toBe(400);
    expect(badDate.body.violations.map((v: any) => v.field)).toContain('from');
    expect(
      (
        await call(
          'POST',
          '/reconciliation-exports',
          { hostOffice: office, from: isoDay(0), to: isoDay(0) },
          ACTORS.partner,
        )
      ).body.code,
    ).toBe('permission_denied');
    expect((await call('GET', `/reconciliation-exports/${randomUUID()}`)).status).toBe(404);

    const startedExport = await call(
      'POST',
      '/reconciliation-exports',
      { hostOffice: office.toLowerCase(), from: isoDay(-1), to: isoDay(1) },
      ACTORS.finance,
    );
    expect(startedExport.status).toBe(202);
    const id = startedExport.body.id;
    const deadline = Date.now() + 30_000;
    let status = startedExport.body;
    while (status.state !== 'completed' && status.state !== 'failed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await call('GET', `/reconciliation-exports/${id}`)).body;
    }
    expect(status).toMatchObject({
      state: 'completed',
      progress: 100,
      hostOffice: office,
      cases: 2,
      rows: 6,
      ties: true,
      downloadUrl: `/reconciliation-exports/${id}/csv`,
    });

    const download = await call('GET', `/reconciliation-exports/${id}/csv`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines: string[] = download.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'record,case_reference,case_id,item,item_id,tranche_number,status,currency,count,amount_minor,amount,recipient,reference,created_at,settled_at,ledger_account,ledger_amount_minor,ties',
    );
    expect(lines.filter((l) => l.startsWith('item,'))).toHaveLength(6);
    expect(download.body).toContain('"OM-1, ""Dakar"""');
    expect(download.body).not.toContain(other.caseId);
    expect(lines.filter((l) => l.startsWith('total,'))).toEqual([
      'total,,,asset_transfer,,,cancelled,EUR,1,40000,400.00,,,,,,0,yes',
      'total,,,asset_transfer,,,confirmed,XOF,2,251000,251000,,,,,assets-paid-out,251000,yes',
      'total,,,asset_transfer,,,pending,EUR,1,80000,800.00,,,,,,0,yes',
      'total,,,grant_tranche,,,paid,XOF,1,150000,150000,,,,,grant-paid-out,150000,yes',
      'total,,,grant_tranche,,,released,XOF,1,250000,250000,,,,,grant-in-transit,250000,yes',
    ]);

    // The totals tie to the ledger itself: the balances of the programme's case accounts, summed straight from its lines.
    const { rows } = await db.query(
      `SELECT split_part(l.account, ':', 3) AS account, l.currency, sum(l.amount_minor)::text AS balance
         FROM ledger_line l JOIN ledger_posting p ON p.id = l.posting_id JOIN return_case c ON c.id = p.case_id
        WHERE c.host_office = $1 AND l.account LIKE 'case:%'
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [office],
    );
    const ledger = Object.fromEntries(rows.map((r) => [`${r.account} ${r.currency}`, r.balance]));
    const total = (item: string, st: string, currency: string) =>
      status.totals.find((t: any) => t.item === item && t.status === st && t.currency === currency)?.amountMinor;
    expect(ledger['assets-paid-out XOF']).toBe(total('asset_transfer', 'confirmed', 'XOF'));
    expect(ledger['grant-paid-out XOF']).toBe(total('grant_tranche', 'paid', 'XOF'));
    expect(ledger['grant-in-transit XOF']).toBe(total('grant_tranche', 'released', 'XOF'));
    expect(ledger['assets-paid-out EUR']).toBeUndefined();
    // What is not yet sent stays with the returnee: 1 200.00 EUR verified, nothing of it confirmed.
    expect(ledger['returnee-assets EUR']).toBe('120000');
    console.log(`reconciliation export: ${Date.now() - started} ms`);
  });
});
