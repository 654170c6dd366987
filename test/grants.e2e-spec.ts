import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { Client as PgClient } from 'pg';
import { caseDataConverter } from '@avrr/temporal';
import { returnCaseWorkflowId } from '@avrr/workflows';
import { workerWorkflowSourceOptions } from '@avrr/workflows/workflow-bundle';
import { ACTORS, CaseDriver, isoDay } from './support/case-driver';
import { arrivedWithApprovedPlan, TWO_TRANCHES } from './support/grant-case';
import { mobileMoney } from './support/fixtures';
import { startStack, TestStack } from './support/stack';
import { request } from './support/http';

jest.setTimeout(180_000);

let stack: TestStack;
let db: PgClient;

beforeAll(async () => {
  // The worker runs in this process: tranche releases and payments are activities of the case workflow.
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

describe('savings and a two-tranche reintegration grant', () => {
  it('takes them from declaration to confirmed, each payment once with its proof, and the statement ties to the ledger', async () => {
    const started = Date.now();
    const c = await arrivedWithApprovedPlan(stack.baseUrl);
    const base = `/cases/${c.caseId}`;
    const awa = c.people[0].id;

    // The household's savings: declared, verified, sent by mobile money and confirmed with the operator's reference.
    const savings = await call(
      'POST',
      `${base}/assets`,
      { personId: awa, kind: 'bank_savings', amountMinor: '250000', currency: 'XOF' },
      ACTORS.counsellor,
    );
    expect(savings.status).toBe(201);
    expect((await call('POST', `${base}/assets/${savings.body.id}/verify`, {}, ACTORS.finance)).body.status).toBe(
      'verified',
    );
    const transfer = await call('POST', `${base}/assets/${savings.body.id}/transfers`, mobileMoney('250000', 'XOF'), {
      ...ACTORS.finance,
      'Idempotency-Key': randomUUID(),
    });
    expect(transfer.status).toBe(201);
    await call('POST', `${base}/transfers/${transfer.body.id}/initiate`, {}, ACTORS.finance);
    expect(
      (
        await call(
          'POST',
          `${base}/transfers/${transfer.body.id}/confirm`,
          { providerReference: 'OM-2027-4411' },
          ACTORS.finance,
        )
      ).body.status,
    ).toBe('confirmed');

    // The grant: refused for a partner, for a schedule that does not add up to the plan, for a float.
    const grantKey = randomUUID();
    const asFinance = { ...ACTORS.finance, 'Idempotency-Key': grantKey };
    const byPartner = await call(
      'POST',
      `${base}/grant`,
      { tranches: TWO_TRANCHES },
      { ...ACTORS.partner, 'Idempotency-Key': randomUUID() },
    );
    expect(byPartner.status).toBe(403);
    expect(byPartner.body.code).toBe('permission_denied');
    const short = await call(
      'POST',
      `${base}/grant`,
      { tranches: [TWO_TRANCHES[0]] },
      { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
    );
    expect(short.status).toBe(400);
    expect(short.body.violations).toEqual([
      { field: 'tranches', reason: "the tranches in XOF add up to 150000, the plan's budget is 400000" },
    ]);
    const float = await call(
      'POST',
      `${base}/grant`,
      { tranches: [{ ...TWO_TRANCHES[0], amountMinor: 1500.5 }] },
      { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
    );
    expect(float.status).toBe(400);
    expect([...new Set(float.body.violations.map((v: any) => v.field))]).toEqual(['tranches.0.amountMinor']);
    const noSupplier = await call(
      'POST',
      `${base}/grant`,
      { tranches: [TWO_TRANCHES[0], { ...TWO_TRANCHES[1], supplier: undefined }] },
      { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
    );
    expect(noSupplier.status).toBe(400);
    expect([...new Set(noSupplier.body.violations.map((v: any) => v.field))]).toEqual(['tranches.1.supplier']);

    const grant = await call('POST', `${base}/grant`, { tranches: TWO_TRANCHES }, asFinance);
    expect(grant.status).toBe(201);
    expect(grant.body.budget).toEqual([{ currency: 'XOF', amountMinor: '400000' }]);
    expect(grant.body.tranches.map((t: any) => [t.number, t.milestone, t.amountMinor, t.recipient, t.status])).toEqual([
      [1, 'plan_agreed', '150000', 'returnee', 'waiting'],
      [2, 'business_started', '250000', 'supplier', 'waiting'],
    ]);
    const again = await call('POST', `${base}/grant`, { tranches: TWO_TRANCHES }, asFinance);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(grant.body.id);
    const second = await call(
      'POST',
      `${base}/grant`,
      { tranches: TWO_TRANCHES },
      { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
    );
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('grant_exists');
    const [t1, t2] = grant.body.tranches;

    // A tranche waits on its milestone.
    const early = await call(
      'POST',
      `${base}/grant/tranches/${t1.id}/payment`,
      { proofReference: 'WAVE-1' },
      { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
    );
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('tranche_waiting_on_milestone');

    // The partner records that the plan is agreed with Awa: the workflow releases tranche 1, and only it.
    await c.do('milestones', 'partner', { kind: 'plan_agreed', personId: awa, achievedOn: isoDay(0) });
    const released = await call('GET', `${base}/grant`);
    expect(released.body.tranches.map((t: any) => t.status)).toEqual(['released', 'waiting']);

    // Tranche 1, cash to Awa: refused until its proof of payment is in the case file, then paid once, whatever is
    // retried.
    const unproven = await call(
      'POST',
      `${base}/grant/tranches/${t1.id}/payment`,
      { proofReference: 'WAVE-2027-55120' },
      { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
    );
    expect(unproven.status).toBe(409);
    expect(unproven.body).toMatchObject({
      code: 'evidence_missing',
      reasons: [{ code: 'proof_of_payment_on_file', params: {} }],
    });
    const receipt = await c.file('proof_of_payment', null, 'finance');
    const payKey = randomUUID();
    const pay1 = await call(
      'POST',
      `${base}/grant/tranches/${t1.id}/payment`,
      { proofReference: 'WAVE-2027-55120', proofDocumentId: receipt },
      { ...ACTORS.finance, 'Idempotency-Key': payKey },
    );
    expect(pay1.status).toBe(200);
    expect(pay1.body).toMatchObject({
      trancheId: t1.id,
      status: 'paid',
      amountMinor: '150000',
      currency: 'XOF',
      recipient: 'returnee',
      proofReference: 'WAVE-2027-55120',
      proofDocument: receipt,
      postingKey: `grant-tranche:${t1.id}:paid`,
      paidBy: 'Fabien Moreau',
    });
    const retried = await call(
      'POST',
      `${base}/grant/tranches/${t1.id}/payment`,
      { proofReference: 'WAVE-2027-55120', proofDocumentId: receipt },
      { ...ACTORS.finance, 'Idempotency-Key': payKey },
    );
    expect(retried.body).toEqual(pay1.body);
    const otherKeySameProof = await call(
      'POST',
      `${base}/grant/tranches/${t1.id}/payment`,
      { proofReference: 'WAVE-2027-55120' },
      { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
    );
    expect(otherKeySameProof.status).toBe(200);
    expect(otherKeySameProof.body.paymentId).toBe(pay1.body.paymentId);
    const otherProof = await call(
      'POST',
      `${base}/grant/tranches/${t1.id}/payment`,
      { proofReference: 'WAVE-2027-99999' },
      { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
    );
    expect(otherProof.status).toBe(409);
    expect(otherProof.body.code).toBe('tranche_already_paid');
    const byCounsellor = await call(
      'POST',
      `${base}/grant/tranches/${t1.id}/payment`,
      { proofReference: 'X' },
      { ...ACTORS.counsellor, 'Idempotency-Key': randomUUID() },
    );
    expect(byCounsellor.body.code).toBe('permission_denied');
    const noProof = await call(
      'POST',
      `${base}/grant/tranches/${t2.id}/payment`,
      { proofReference: '' },
      { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
    );
    expect(noProof.status).toBe(400);
    expect([...new Set(noProof.body.violations.map((v: any) => v.field))]).toEqual(['proofReference']);
    const unknown = await call(
      'POST',
      `${base}/grant/tranches/${randomUUID()}/payment`,
      { proofReference: 'X' },
      { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
    );
    expect(unknown.status).toBe(404);

    // Tranche 2, in kind to the supplier of the sewing machines, once the business has started.
    await c.do('milestones', 'partner', {
      kind: 'business_started',
      personId: awa,
      achievedOn: isoDay(0),
      note: 'Workshop open',
    });
    const pay2 = await call(
      'POST',
      `${base}/grant/tranches/${t2.id}/payment`,
      { proofReference: 'SINGER-INV-2027-118', proofDocumentId: await c.file('proof_of_payment', null, 'finance') },
      { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
    );
    expect(pay2.status).toBe(200);
    expect(pay2.body).toMatchObject({
      recipient: 'supplier',
      supplier: 'Singer Sénégal, Dakar',
      amountMinor: '250000',
      status: 'paid',
    });

    const final = await call('GET', `${base}/grant`);
    expect(final.body.tranches.map((t: any) => [t.status, t.proofReference])).toEqual([
      ['paid', 'WAVE-2027-55120'],
      ['paid', 'SINGER-INV-2027-118'],
    ]);
    expect(final.body.payments).toHaveLength(2);

    // The statement, checked by hand:
    //   savings verified     asset-sources −250000        returnee-assets +250000
    //   savings confirmed    returnee-assets −250000      assets-paid-out +250000
    //   grant allocated      programme:grants-budget −400000   grant-allocated +400000
    //   tranche 1 released   grant-allocated −150000      grant-in-transit +150000
    //   tranche 1 paid       grant-in-transit −150000     grant-paid-out +150000
    //   tranche 2 released   grant-allocated −250000      grant-in-transit +250000
    //   tranche 2 paid       grant-in-transit −250000     grant-paid-out +250000
    const statement = await call('GET', `${base}/statement`);
    const account = (name: string) => `case:${c.caseId}:${name}`;
    expect(statement.body.balances).toEqual([
      { account: account('asset-sources'), currency: 'XOF', balanceMinor: '-250000' },
      { account: account('assets-paid-out'), currency: 'XOF', balanceMinor: '250000' },
      { account: account('grant-allocated'), currency: 'XOF', balanceMinor: '0' },
      { account: account('grant-in-transit'), currency: 'XOF', balanceMinor: '0' },
      { account: account('grant-paid-out'), currency: 'XOF', balanceMinor: '400000' },
      { account: account('returnee-assets'), currency: 'XOF', balanceMinor: '0' },
      { account: 'programme:grants-budget', currency: 'XOF', balanceMinor: '-400000' },
    ]);
    const entries: Array<{
      postingId: string;
      idempotencyKey: string;
      account: string;
      currency: string;
      amountMinor: string;
      runningBalanceMinor: string;
    }> = statement.body.entries;
    expect(new Set(entries.map((e) => e.postingId)).size).toBe(7);

    // Ties to the ledger itself: the statement's lines are the ledger's lines of the case, each key posted once.
    const { rows: ledgerRows } = await db.query(
      `SELECT p.idempotency_key, l.account, l.currency, l.amount_minor::text AS amount
         FROM ledger_posting p JOIN ledger_line l ON l.posting_id = p.id WHERE p.case_id = $1 ORDER BY p.id, l.position`,
      [c.caseId],
    );
    expect(entries.map((e) => [e.idempotencyKey, e.account, e.currency, e.amountMinor])).toEqual(
      ledgerRows.map((r) => [r.idempotency_key, r.account, r.currency, r.amount]),
    );
    for (const b of statement.body.balances) {
      const lines = entries.filter((e) => e.account === b.account && e.currency === b.currency);
      expect(lines.reduce((s, e) => s + BigInt(e.amountMinor), 0n).toString()).toBe(b.balanceMinor);
      expect(lines[lines.length - 1].runningBalanceMinor).toBe(b.balanceMinor);
    }
    expect(statement.body.balances.reduce((s: bigint, b: any) => s + BigInt(b.balanceMinor), 0n)).toBe(0n);
    const { rows: paid } = await db.query(`SELECT count(*)::int AS n FROM grant_payment WHERE case_id = $1`, [
      c.caseId,
    ]);
    expect(paid[0].n).toBe(2);

    // The timeline tells it: two releases by milestone, two payments.
    const types = (await c.timeline()).map((e) => e.type);
    expect(types.filter((t) => t === 'grant_tranches_released')).toHaveLength(2);
    expect(types.filter((t) => t === 'grant_tranche_paid')).toHaveLength(2);

    // The history this run wrote replays on the workflow code without nondeterminism: releases and payments included.
    const history = await stack.api.get(Client).workflow.getHandle(returnCaseWorkflowId(c.caseId)).fetchHistory();
    const activities = (history.events ?? []).flatMap(
      (e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? [],
    );
    expect(activities.filter((a) => a === 'releaseGrantTranches')).toHaveLength(2);
    expect(activities.filter((a) => a === 'postTranchePayment')).toHaveLength(3);
    const bundlePath = stack.config.temporal.workflowBundlePath;
    await expect(
      Worker.runReplayHistory(
        {
          ...(bundlePath ? { workflowBundle: { codePath: bundlePath } } : workerWorkflowSourceOptions()),
          // The history's payloads are sealed as the worker sealed them.
          dataConverter: caseDataConverter(stack.config),
        },
        history,
        `replay-grant-${c.caseId}`,
      ),
    ).resolves.toBeUndefined();
    console.log(`savings and a two-tranche grant: ${Date.now() - started} ms`);
  });

  it('refuses a grant before the plan is approved, and answers 404 for a case without one', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const refused = await call(
      'POST',
      `/cases/${c.caseId}/grant`,
      { tranches: TWO_TRANCHES },
      { ...ACTORS.supervisor, 'Idempotency-Key': randomUUID() },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('plan_not_approved');
    const none = await call('GET', `/cases/${c.caseId}/grant`);
    expect(none.status).toBe(404);
    expect(none.body.code).toBe('grant_not_found');
    const noKey = await call('POST', `/cases/${c.caseId}/grant`, { tranches: TWO_TRANCHES }, ACTORS.supervisor);
    expect(noKey.status).toBe(400);
  });
});
