/**
 * The finance officer's screens (issue 17, part 3), in Debian's chromium against the real API and worker, with axe-core
 * in English and Arabic: what waits on finance across the programme, then a case's money: an asset verified, a transfer
 * created with an amount read exactly, sent and confirmed, and the ledger's balances; then a reconciliation export;
 * and a grant set up from the approved plan, its released tranche paid with its proof.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signIn,
  closeBrowserSuite,
  requireBuiltWebApp,
} from './support/browser';
import { ACTORS, CaseDriver, isoDay } from './support/case-driver';
import { arrivedWithApprovedPlan, TWO_TRANCHES } from './support/grant-case';
import { request } from './support/http';
import { TINY_PDF } from './support/papers';
import { poll } from './support/poll';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(120_000);

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  requireBuiltWebApp();
  stack = await startStack();
  browser = await launchBrowser();
});

afterAll(() => closeBrowserSuite(browser, stack));

it('a finance officer verifies an asset, sends its transfer and confirms it, and reads the balances', async () => {
  const c = await CaseDriver.open(stack.baseUrl);
  const declared = await request(
    stack.baseUrl,
    'POST',
    `/cases/${c.caseId}/assets`,
    { personId: c.people[0].id, kind: 'bank_savings', amountMinor: '150000', currency: 'XOF' },
    { ...ACTORS.counsellor, 'Idempotency-Key': randomUUID() },
  );
  expect(declared.status).toBe(201);

  const { context, page } = await newPage(browser);
  await signIn(page, stack.baseUrl, 'finance');
  const row = page.locator(`tr[data-kind="verify_asset"]`, { hasText: c.body.reference });
  await row.waitFor();
  await expectAccessible(page, "finance's queue");
  await row.getByRole('link', { name: c.body.reference }).click();
  await page.getByRole('heading', { level: 1, name: "The case's money" }).waitFor();

  const asset = page.locator(`li[data-asset="${declared.body.id}"]`);
  await asset.getByRole('button', { name: /^Verify: Bank savings/ }).click();
  await asset.getByText('verified', { exact: true }).waitFor();

  await asset.getByRole('button', { name: 'New transfer' }).click();
  const form = asset.getByRole('form', { name: 'New transfer' });
  await form.getByLabel('Operator').fill('Orange Money');
  await form.getByLabel('Phone number').fill('+221 77 123 45 67');
  // XOF has no minor unit: a decimal is refused by the form, never rounded.
  await form.getByLabel('Amount (XOF)').fill('150000.5');
  await form.getByRole('button', { name: 'Create the transfer' }).click();
  await form.getByText('At most 0 decimals.').waitFor();
  await expectAccessible(page, 'the transfer form with its message');
  await form.getByLabel('Amount (XOF)').fill('150 000');
  await form.getByRole('button', { name: 'Create the transfer' }).click();

  const transfer = asset.locator('li[data-transfer]');
  await transfer.and(page.locator('[data-status="pending"]')).waitFor();
  await transfer.getByRole('button', { name: 'Send' }).click();
  await asset.locator('li[data-status="initiated"]').waitFor();
  await asset.locator('li[data-status="initiated"]').getByRole('button', { name: 'Confirm' }).click();
  const confirm = asset.getByRole('form', { name: 'Confirm' });
  await confirm.getByLabel("The provider's reference").fill('OM-2026-7788');
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await asset
    .locator('li[data-status="confirmed"]')
    .getByText(/OM-2026-7788/)
    .waitFor();

  // The ledger says the same: the savings left the returnee's holding for the paid-out account.
  const balances = page.getByTestId('balances');
  await balances
    .locator('tr', { hasText: 'Assets paid out' })
    .getByText(/150[\s\u00a0\u202f,.]?000/)
    .waitFor();
  await expectAccessible(page, "a case's money");

  const [only] = (await request(stack.baseUrl, 'GET', `/cases/${c.caseId}/assets`, undefined, ACTORS.finance)).body[0]
    .transfers;
  expect(only).toMatchObject({ status: 'confirmed', amountMinor: '150000', providerReference: 'OM-2026-7788' });

  // Back home: the office's reconciliation export for the period, run as a job, its CSV downloaded.
  await page.getByRole('link', { name: 'Back to what waits on you' }).click();
  const exportForm = page.getByRole('form', { name: 'Reconciliation export' });
  await exportForm.getByLabel('Programme (host office code)').fill('PARIS');
  await exportForm.getByRole('button', { name: 'Start the export' }).click();
  await page.locator('[data-testid="reconciliation-job"][data-state="completed"]').waitFor({ timeout: 60_000 });
  await page.getByText(/every total ties to the ledger/).waitFor();
  await expectAccessible(page, 'a completed reconciliation export');
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the CSV' }).click();
  expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
  await context.close();
});

it('a finance officer sets up a grant from the approved plan, its in-kind tranche paying a provider of the country, then pays its released tranche with its proof', async () => {
  const c = await arrivedWithApprovedPlan(stack.baseUrl);
  // The sewing machines' supplier, on Senegal's list of service providers.
  const provider = await request(
    stack.baseUrl,
    'POST',
    '/service-providers',
    {
      country: 'SN',
      name: `Machines Sall ${randomUUID().slice(0, 8)}, Thiès`,
      kind: 'equipment',
      contact: '+221 33 951 00 00',
    },
    ACTORS.partner,
  );
  expect(provider.status).toBe(201);
  // A supervisor reaches the case's money from the case page.
  const supervisor = await newPage(browser);
  await signIn(supervisor.page, stack.baseUrl, 'supervisor');
  await supervisor.page.goto(`${stack.baseUrl}/app/cases/${c.caseId}`);
  await supervisor.page.getByRole('link', { name: "The case's money: assets, transfers, grant and statement" }).click();
  await supervisor.page.getByRole('button', { name: 'Set up the grant' }).waitFor();
  await supervisor.context.close();

  const { context, page } = await newPage(browser);
  await signIn(page, stack.baseUrl, 'finance');
  await page.goto(`${stack.baseUrl}/app/cases/${c.caseId}/money`);
  await page.getByText('No grant set up for this case.').waitFor();
  await page.getByRole('button', { name: 'Set up the grant' }).click();
  const setup = page.getByRole('form', { name: 'Set up the grant' });
  await setup.getByRole('button', { name: 'Add a tranche' }).click();
  const first = setup.getByRole('group', { name: 'Tranche 1' });
  await first.getByLabel('Released by the milestone').selectOption('plan_agreed');
  await first.getByLabel('Amount').fill('150000');
  const second = setup.getByRole('group', { name: 'Tranche 2' });
  await second.getByLabel('Released by the milestone').selectOption('business_started');
  // Short of the plan's budget: the API says so, and nothing is set up.
  await second.getByLabel('Amount').fill('200000');
  await second.getByLabel('Paid to').selectOption('supplier');
  await second.getByLabel('Supplier').fill(TWO_TRANCHES[1].supplier!);
  await setup.getByRole('button', { name: 'Set up the grant' }).click();
  await setup.getByRole('alert').waitFor();
  await expectAccessible(page, 'the grant set-up form with its message');
  await second.getByLabel('Amount').fill('250000');
  // Picked from the country's providers instead of the free text, which then steps aside.
  await second
    .getByLabel('Service provider of the country')
    .selectOption({ label: `${provider.body.name} (Equipment)` });
  expect(await second.getByLabel('Supplier').count()).toBe(0);
  await setup.getByRole('button', { name: 'Set up the grant' }).click();
  await page.locator('li[data-tranche="2"][data-status="waiting"]').getByText(provider.body.name).waitFor();
  const grant = await request(stack.baseUrl, 'GET', `/cases/${c.caseId}/grant`, undefined, ACTORS.finance);
  expect(grant.body.tranches[1]).toEqual(
    expect.objectContaining({ supplierProviderId: provider.body.id, supplier: provider.body.name }),
  );

  await c.do('milestones', 'partner', { kind: 'plan_agreed', personId: c.people[0].id, achievedOn: isoDay(0) });
  await poll('tranche 1 released', async () => {
    const now = await request(stack.baseUrl, 'GET', `/cases/${c.caseId}/grant`, undefined, ACTORS.finance);
    return now.body.tranches[0].status === 'released';
  });
  await page.goto(`${stack.baseUrl}/app/`);
  await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
  const row = page.locator('tr[data-kind="pay_tranche"]', { hasText: c.body.reference });
  await row.getByRole('link', { name: c.body.reference }).click();
  const tranche = page.locator('li[data-tranche="1"]');
  await tranche.getByRole('button', { name: 'Pay tranche 1' }).click();
  const form = page.getByRole('form', { name: 'Pay tranche 1' });
  await form.getByLabel('Proof of payment (bank, mobile-money or receipt reference)').fill('WAVE-2027-55120');
  await form
    .getByLabel('The proof of payment (PDF or photo)')
    .setInputFiles({ name: 'receipt.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
  await expectAccessible(page, 'the tranche payment form');
  await form.getByRole('button', { name: 'Pay tranche 1' }).click();
  await page
    .locator('li[data-tranche="1"][data-status="paid"]')
    .getByText(/WAVE-2027-55120/)
    .waitFor();

  const paid = await request(stack.baseUrl, 'GET', `/cases/${c.caseId}/grant`, undefined, ACTORS.finance);
  expect(paid.body.payments).toEqual([
    expect.objectContaining({ number: 1, proofReference: 'WAVE-2027-55120', proofDocument: expect.any(String) }),
  ]);
  await context.close();
});
