// Over 400 lines: one story of a case's money, from declaration to the statement, step by step with its refusals; split,
// each part would have to build the same case and money again.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WORKFLOW_SERVICE_ACTOR } from '@avrr/persistence';
import { ACTORS, CaseDriver } from './support/case-driver';
import { mobileMoney } from './support/fixtures';
import { startStack, TestStack } from './support/stack';
import { request } from './support/http';

jest.setTimeout(120_000);

let stack: TestStack;

beforeAll(async () => {
  // Assets, transfers and the statement live in PostgreSQL beside the case; initiating and confirming a transfer
  // run on the case's workflow, so this suite needs the worker.
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const FINANCE = ACTORS.finance;

const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  request(stack.baseUrl, method, path, body, headers);

describe('asset transfers and the case statement', () => {
  it('takes savings and wages owed from declaration to confirmed transfers, once each, and the statement ties to the ledger', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const awa = c.people[0].id;
    const base = `/cases/${c.caseId}`;
    const act = (transferId: string, step: string, body: unknown = {}, as: Record<string, string> = FINANCE) =>
      call('POST', `${base}/transfers/${transferId}/${step}`, body, as);

    // The counsellor declares Awa's savings (250 000 XOF, no minor unit) and the wages her employer owes her
    // (1 200.00 EUR, i.e. 120 000 cents).
    const declaration = {
      personId: awa,
      kind: 'bank_savings',
      amountMinor: '250000',
      currency: 'XOF',
      evidenceDocuments: ['doc:bank-statement-2026-10'],
    };
    const declareKey = { ...ACTORS.counsellor, 'Idempotency-Key': randomUUID() };
    const savings = await call('POST', `${base}/assets`, declaration, declareKey);
    expect(savings.status).toBe(201);
    // Sent again with its key (an answer lost on the way): the same asset, not a second one; another body is refused.
    const savingsAgain = await call('POST', `${base}/assets`, declaration, declareKey);
    expect([savingsAgain.status, savingsAgain.body.id]).toEqual([201, savings.body.id]);
    expect(savingsAgain.headers.get('idempotent-replayed')).toBe('true');
    const otherBody = await call('POST', `${base}/assets`, { ...declaration, amountMinor: '1' }, declareKey);
    expect([otherBody.status, otherBody.body.code]).toEqual([409, 'idempotency_key_reused']);
    expect(savings.body).toMatchObject({
      kind: 'bank_savings',
      amountMinor: '250000',
      currency: 'XOF',
      amount: '250000',
      status: 'declared',
    });
    const wages = await call(
      'POST',
      `${base}/assets`,
      {
        personId: awa,
        kind: 'wages_owed',
        amountMinor: '120000',
        currency: 'EUR',
        employer: 'Bâtiments Durand',
        evidenceDocuments: ['doc:payslip-09', 'doc:payslip-10'],
      },
      ACTORS.counsellor,
    );
    expect(wages.status).toBe(201);
    expect(wages.body).toMatchObject({
      amount: '1200.00',
      employer: 'Bâtiments Durand',
      evidenceDocuments: ['doc:payslip-09', 'doc:payslip-10'],
    });

    // Refused: a float, wages owed without an employer, a partner declaring (a role the permission matrix refuses: 403).
    const float = await call(
      'POST',
      `${base}/assets`,
      { personId: awa, kind: 'deposit', amountMinor: 12.5, currency: 'EUR' },
      ACTORS.counsellor,
    );
    expect(float.status).toBe(400);
    const noEmployer = await call(
      'POST',
      `${base}/assets`,
      { personId: awa, kind: 'wages_owed', amountMinor: '100', currency: 'EUR' },
      ACTORS.counsellor,
    );
    expect(noEmployer.status).toBe(400);
    expect(noEmployer.body.violations.map((v: any) => v.field)).toContain('employer');
    const byPartner = await call(
      'POST',
      `${base}/assets`,
      { personId: awa, kind: 'deposit', amountMinor: '100', currency: 'EUR' },
      ACTORS.partner,
    );
    expect(byPartner.status).toBe(403);
    expect(byPartner.body.code).toBe('permission_denied');

    // Finance's queue lists the declared assets to verify, with the case's reference (paged by keyset).
    const queued = async () => {
      const items: Array<{ kind: string; itemId: string; caseReference: string }> = [];
      let cursor: string | null = null;
      do {
        const page = await call('GET', `/finance/work?limit=1${cursor ? `&cursor=${cursor}` : ''}`, undefined, FINANCE);
        expect(page.status).toBe(200);
        items.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      return items;
    };
    expect(await queued()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'verify_asset', itemId: savings.body.id, caseReference: c.body.reference }),
      ]),
    );
    expect((await call('GET', '/finance/work', undefined, ACTORS.counsellor)).status).toBe(403);

    // No transfer before a finance officer has verified the asset (and collected the money for the returnee).
    const early = await call('POST', `${base}/assets/${savings.body.id}/transfers`, mobileMoney('250000', 'XOF'), {
      ...ACTORS.counsellor,
      'Idempotency-Key': randomUUID(),
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('asset_not_verified');
    const verifiedByCounsellor = await call('POST', `${base}/assets/${savings.body.id}/verify`, {}, ACTORS.counsellor);
    expect(verifiedByCounsellor.status).toBe(403);
    expect(verifiedByCounsellor.body.code).toBe('permission_denied');
    for (const asset of [savings.body, wages.body]) {
      const verified = await call('POST', `${base}/assets/${asset.id}/verify`, {}, FINANCE);
      expect(verified.status).toBe(200);
      expect(verified.body.status).toBe('verified');
    }
    expect((await queued()).some((i) => i.itemId === savings.body.id)).toBe(false);
    // Verifying again posts nothing twice.
    expect((await call('POST', `${base}/assets/${wages.body.id}/verify`, {}, FINANCE)).status).toBe(200);

    // A destination without what its kind needs is refused, each field named.
    const nowhere = await call(
      'POST',
      `${base}/assets/${savings.body.id}/transfers`,
      { ...mobileMoney('250000', 'XOF'), destination: { operator: 'Orange Money' } },
      { ...FINANCE, 'Idempotency-Key': randomUUID() },
    );
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.violations).toEqual([
      { field: 'destination.number', reason: 'is required for a mobile money destination' },
    ]);

    // 1. The savings go by mobile money, in full. The instruction is created once per Idempotency-Key.
    const key1 = `e2e-savings-${randomUUID()}`;
    const t1 = await call('POST', `${base}/assets/${savings.body.id}/transfers`, mobileMoney('250000', 'XOF'), {
      ...ACTORS.counsellor,
      'Idempotency-Key': key1,
    });
    expect(t1.status).toBe(201);
    expect(t1.body).toMatchObject({
      status: 'pending',
      attempt: 1,
      amountMinor: '250000',
      currency: 'XOF',
      provider: 'manual',
      idempotencyKey: key1,
    });
    const t1again = await call('POST', `${base}/assets/${savings.body.id}/transfers`, mobileMoney('250000', 'XOF'), {
      ...ACTORS.counsellor,
      'Idempotency-Key': key1,
    });
    expect(t1again.status).toBe(201);
    expect(t1again.headers.get('idempotent-replayed')).toBe('true');
    expect(t1again.body.id).toBe(t1.body.id);
    const reused = await call('POST', `${base}/assets/${savings.body.id}/transfers`, mobileMoney('1000', 'XOF'), {
      ...ACTORS.counsellor,
      'Idempotency-Key': key1,
    });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('idempotency_key_reused');

    // Wrong roles, refused by the permission matrix (403): the counsellor cannot move money, logistics cannot create
    // an instruction. Nothing changes: the transfer is still pending below, and the asset list shows no extra instruction.
    const counsellorInitiates = await act(t1.body.id, 'initiate', {}, ACTORS.counsellor);
    expect(counsellorInitiates.status).toBe(403);
    expect(counsellorInitiates.body).toMatchObject({
      code: 'permission_denied',
      message: 'A counsellor may not do this (transfers.execute).',
    });
    const byLogistics = await call('POST', `${base}/assets/${savings.body.id}/transfers`, mobileMoney('1', 'XOF'), {
      ...ACTORS.logistics,
      'Idempotency-Key': randomUUID(),
    });
    expect(byLogistics.status).toBe(403);
    expect(byLogistics.body.code).toBe('permission_denied');
    // Not confirmed before it is initiated.
    expect((await act(t1.body.id, 'confirm', { providerReference: 'OM-2026-0001' })).body.code).toBe(
      'transfer_transition',
    );

    expect((await act(t1.body.id, 'initiate')).body).toMatchObject({
      status: 'initiated',
      initiatedAt: expect.any(String),
    });
    const confirmed = await act(t1.body.id, 'confirm', { providerReference: 'OM-2026-0001' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      status: 'confirmed',
      providerReference: 'OM-2026-0001',
      confirmedAt: expect.any(String),
    });
    // Confirm AGAIN: the same answer, nothing changes, nothing is posted twice.
    const confirmedAgain = await act(t1.body.id, 'confirm', { providerReference: 'OM-2026-0001' });
    expect(confirmedAgain.status).toBe(200);
    expect(confirmedAgain.body).toEqual(confirmed.body);
    const otherReference = await act(t1.body.id, 'confirm', { providerReference: 'OM-2026-9999' });
    expect(otherReference.status).toBe(409);
    expect(otherReference.body.code).toBe('transfer_already_confirmed');
    // A confirmed transfer stands.
    const cancelConfirmed = await act(t1.body.id, 'cancel', { reason: 'consent withdrawn' });
    expect(cancelConfirmed.status).toBe(409);
    expect(cancelConfirmed.body).toMatchObject({
      code: 'transfer_confirmed',
      message: expect.stringMatching(/stands/),
    });
    expect((await act(t1.body.id, 'fail', { reason: 'late bounce' })).body.code).toBe('transfer_confirmed');
    // The same confirmation sent again with an Idempotency-Key joins nothing new either.
    const keyed = await act(
      t1.body.id,
      'confirm',
      { providerReference: 'OM-2026-0001' },
      { ...FINANCE, 'Idempotency-Key': randomUUID() },
    );
    expect(keyed.status).toBe(200);
    expect(keyed.body).toEqual(confirmed.body);
    // The workflow's money steps are in the trail as the service, once each however often they were asked for.
    const serviceSteps = await stack.api.get(DataSource).query(
      `SELECT action, changes FROM audit_entry
          WHERE actor_id = $1 AND case_id = $2 AND (subject = $3 OR action = 'workflow.ledger.post') ORDER BY seq`,
      [WORKFLOW_SERVICE_ACTOR, c.caseId, `asset_transfer:${t1.body.id}`],
    );
    expect(serviceSteps).toEqual([
      {
        action: 'workflow.transfer.initiate',
        changes: [
          { path: 'status', before: 'pending', after: 'initiated' },
          { path: 'attempt', after: 1 },
        ],
      },
      {
        action: 'workflow.ledger.post',
        changes: [
          { path: 'amountMinor', after: t1.body.amountMinor },
          { path: 'currency', after: t1.body.currency },
        ],
      },
      {
        action: 'workflow.transfer.confirm',
        changes: [
          { path: 'status', before: 'initiated', after: 'confirmed' },
          { path: 'providerReference', after: 'OM-2026-0001' },
        ],
      },
    ]);

    // 2. 800.00 EUR of the wages by bank transfer: rejected once, retried as a new attempt, then confirmed.
    const t2 = await call('POST', `${base}/assets/${wages.body.id}/transfers`, bank('80000'), {
      ...FINANCE,
      'Idempotency-Key': `e2e-wages-${randomUUID()}`,
    });
    expect(t2.status).toBe(201);
    await act(t2.body.id, 'initiate');
    const failed = await act(t2.body.id, 'fail', { reason: 'Account number rejected by the receiving bank' });
    expect(failed.body).toMatchObject({
      status: 'failed',
      failureReason: 'Account number rejected by the receiving bank',
      attempt: 1,
    });
    expect((await act(t2.body.id, 'confirm', { providerReference: 'CBAO-77' })).body.code).toBe('transfer_transition');
    const retried = await act(t2.body.id, 'retry');
    expect(retried.body).toMatchObject({ status: 'pending', attempt: 2 });
    await act(t2.body.id, 'initiate');
    expect((await act(t2.body.id, 'confirm', { providerReference: 'CBAO-77' })).body).toMatchObject({
      status: 'confirmed',
      attempt: 2,
      providerReference: 'CBAO-77',
    });

    // 3. The other 400.00 EUR: an instruction cancelled while pending; nothing is posted. No more than is left.
    const t3 = await call('POST', `${base}/assets/${wages.body.id}/transfers`, cashPickup('40000'), {
      ...ACTORS.counsellor,
      'Idempotency-Key': randomUUID(),
    });
    expect(t3.status).toBe(201);
    expect(
      (await act(t3.body.id, 'cancel', { reason: 'Awa prefers to collect it later' }, ACTORS.counsellor)).body,
    ).toMatchObject({ status: 'cancelled' });
    const tooMuch = await call('POST', `${base}/assets/${wages.body.id}/transfers`, cashPickup('40001'), {
      ...FINANCE,
      'Idempotency-Key': randomUUID(),
    });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body).toMatchObject({
      code: 'amount_exceeds_asset',
      message: 'Only 400.00 EUR of this asset is left to transfer.',
    });

    // The money steps ran on the case's workflow, and its timeline says so: one confirmation per transfer, one
    // initiation per attempt.
    const timeline = await c.timeline();
    const steps = timeline
      .filter((e) => e.type.startsWith('asset_transfer_'))
      .map((e) => [e.type, (e as any).details.transferId, (e as any).details.attempt]);
    expect(steps).toEqual([
      ['asset_transfer_initiated', t1.body.id, 1],
      ['asset_transfer_confirmed', t1.body.id, 1],
      ['asset_transfer_initiated', t2.body.id, 1],
      ['asset_transfer_initiated', t2.body.id, 2],
      ['asset_transfer_confirmed', t2.body.id, 2],
    ]);
    expect((timeline.find((e) => e.type === 'asset_transfer_confirmed') as any).details).toMatchObject({
      postingKey: `asset-transfer:${key1}`,
      providerReference: 'OM-2026-0001',
    });

    const assets = await call('GET', `${base}/assets`, undefined, ACTORS.counsellor);
    expect(assets.body.map((a: any) => [a.kind, a.status, a.transfers.map((t: any) => t.status)])).toEqual([
      ['bank_savings', 'transferred', ['confirmed']],
      ['wages_owed', 'transferring', ['confirmed', 'cancelled']],
    ]);

    // The statement, checked by hand:
    //   verified savings   asset-sources −250000 XOF   returnee-assets +250000 XOF
    //   verified wages     asset-sources −120000 EUR   returnee-assets +120000 EUR
    //   T1 confirmed       returnee-assets −250000 XOF assets-paid-out +250000 XOF  (once, despite two confirms)
    //   T2 confirmed       returnee-assets −80000 EUR  assets-paid-out +80000 EUR   (once, despite a failed attempt)
    // T3 (cancelled) posted nothing; 400.00 EUR is still held for Awa.
    const statement = await call('GET', `${base}/statement`, undefined, FINANCE);
    expect(statement.status).toBe(200);
    const account = (name: string) => `case:${c.caseId}:${name}`;
    expect(statement.body.balances).toEqual([
      { account: account('asset-sources'), currency: 'EUR', balanceMinor: '-120000' },
      { account: account('asset-sources'), currency: 'XOF', balanceMinor: '-250000' },
      { account: account('assets-paid-out'), currency: 'EUR', balanceMinor: '80000' },
      { account: account('assets-paid-out'), currency: 'XOF', balanceMinor: '250000' },
      { account: account('returnee-assets'), currency: 'EUR', balanceMinor: '40000' },
      { account: account('returnee-assets'), currency: 'XOF', balanceMinor: '0' },
    ]);
    const entries: Array<{
      postingId: string;
      idempotencyKey: string;
      account: string;
      currency: string;
      amountMinor: string;
      runningBalanceMinor: string;
    }> = statement.body.entries;
    expect(new Set(entries.map((e) => e.postingId)).size).toBe(4);
    expect(entries).toHaveLength(8);
    expect(
      entries.filter((e) => e.idempotencyKey === `asset-transfer:${key1}`).map((e) => [e.account, e.amountMinor]),
    ).toEqual([
      [account('returnee-assets'), '-250000'],
      [account('assets-paid-out'), '250000'],
    ]);
    // Ties: per account and currency, the lines add up to the balance and the last running balance is the balance;
    // every currency nets to zero across the accounts.
    for (const b of statement.body.balances) {
      const lines = entries.filter((e) => e.account === b.account && e.currency === b.currency);
      expect(lines.reduce((s, e) => s + BigInt(e.amountMinor), 0n).toString()).toBe(b.balanceMinor);
      expect(lines[lines.length - 1].runningBalanceMinor).toBe(b.balanceMinor);
    }
    for (const currency of ['EUR', 'XOF']) {
      expect(
        statement.body.balances
          .filter((b: any) => b.currency === currency)
          .reduce((s: bigint, b: any) => s + BigInt(b.balanceMinor), 0n),
      ).toBe(0n);
    }
  });

  it('answers 404 for a transfer of another case and 400 without an Idempotency-Key', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const missing = await call('POST', `/cases/${c.caseId}/transfers/${randomUUID()}/initiate`, {}, FINANCE);
    expect(missing.status).toBe(404);
    const asset = await call(
      'POST',
      `/cases/${c.caseId}/assets`,
      { personId: c.people[0].id, kind: 'deposit', amountMinor: '50000', currency: 'EUR' },
      ACTORS.counsellor,
    );
    const noKey = await call('POST', `/cases/${c.caseId}/assets/${asset.body.id}/transfers`, bank('100'), FINANCE);
    expect(noKey.status).toBe(400);
    const empty = await call('GET', `/cases/${c.caseId}/statement`, undefined, ACTORS.supervisor);
    expect(empty.body).toEqual({
      caseId: c.caseId,
      countryOfReturn: c.body.countryOfReturn,
      entries: [],
      balances: [],
    });
  });
});

function bank(amountMinor: string) {
  return {
    destinationKind: 'bank_account',
    destination: { bank: 'CBAO', accountNumber: 'SN08 SN01 0015 2000 0000 0000 0001', holder: 'Awa Ndiaye' },
    amountMinor,
    currency: 'EUR',
  };
}

function cashPickup(amountMinor: string) {
  return {
    destinationKind: 'cash_pickup',
    destination: { agent: 'Wari', place: 'Thiès' },
    amountMinor,
    currency: 'EUR',
  };
}
