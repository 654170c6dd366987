import {
  decideTransfer,
  destinationViolations,
  TransferCommand,
  TransferState,
  TransferStatus,
  transferConfirmedPosting,
  transferConfirmedPostingKey,
  assetVerifiedPosting,
  TRANSFER_STATUSES,
} from './transfer.rules';
import { validatePosting } from './posting';
import { ManualTransferProvider } from './transfer-provider';

const FINANCE = { role: 'finance_officer' as const };
const COUNSELLOR = { role: 'counsellor' as const };
const CASE_ID = '0b1c2d3e-4f50-4a61-8b72-9c8d7e6f5a4b';

const state = (status: TransferStatus, extra: Partial<TransferState> = {}): TransferState => ({
  status,
  attempt: 1,
  providerReference: null,
  failureReason: null,
  ...extra,
});

const COMMANDS: TransferCommand[] = [
  { type: 'initiate' },
  { type: 'confirm', providerReference: 'WV-1' },
  { type: 'fail', reason: 'account closed' },
  { type: 'retry' },
  { type: 'cancel', reason: null },
];

describe('decideTransfer', () => {
  it('follows pending → initiated → confirmed with the reference', () => {
    const initiated = decideTransfer(state('pending'), { type: 'initiate' }, FINANCE);
    expect(initiated).toEqual({ outcome: 'changed', next: state('initiated') });
    const confirmed = decideTransfer(
      state('initiated'),
      { type: 'confirm', providerReference: '  WV-88121 ' },
      FINANCE,
    );
    expect(confirmed).toEqual({ outcome: 'changed', next: state('confirmed', { providerReference: 'WV-88121' }) });
  });

  it('takes a failed transfer back to pending as a new attempt', () => {
    const failed = decideTransfer(state('initiated'), { type: 'fail', reason: ' wrong IBAN ' }, FINANCE);
    expect(failed).toEqual({ outcome: 'changed', next: state('failed', { failureReason: 'wrong IBAN' }) });
    const retried = decideTransfer(state('failed', { failureReason: 'wrong IBAN' }), { type: 'retry' }, FINANCE);
    expect(retried).toEqual({
      outcome: 'changed',
      next: state('pending', { attempt: 2, failureReason: 'wrong IBAN' }),
    });
  });

  it('treats a command already applied as unchanged, so a retried request changes nothing', () => {
    expect(decideTransfer(state('initiated'), { type: 'initiate' }, FINANCE)).toEqual({ outcome: 'unchanged' });
    expect(
      decideTransfer(
        state('confirmed', { providerReference: 'WV-1' }),
        { type: 'confirm', providerReference: 'WV-1' },
        FINANCE,
      ),
    ).toEqual({
      outcome: 'unchanged',
    });
    expect(decideTransfer(state('failed'), { type: 'fail', reason: 'x' }, FINANCE)).toEqual({ outcome: 'unchanged' });
    expect(decideTransfer(state('cancelled'), { type: 'cancel', reason: null }, FINANCE)).toEqual({
      outcome: 'unchanged',
    });
  });

  it('refuses a second confirmation with another reference', () => {
    const d = decideTransfer(
      state('confirmed', { providerReference: 'WV-1' }),
      { type: 'confirm', providerReference: 'WV-2' },
      FINANCE,
    );
    expect(d).toMatchObject({ outcome: 'refused', error: { code: 'transfer_already_confirmed' } });
  });

  it('keeps a confirmed transfer standing: it can neither fail nor be cancelled', () => {
    const confirmed = state('confirmed', { providerReference: 'WV-1' });
    expect(decideTransfer(confirmed, { type: 'cancel', reason: null }, FINANCE)).toMatchObject({
      outcome: 'refused',
      error: { code: 'transfer_confirmed', message: expect.stringMatching(/stands/) },
    });
    expect(decideTransfer(confirmed, { type: 'fail', reason: 'x' }, FINANCE)).toMatchObject({
      error: { code: 'transfer_confirmed' },
    });
    expect(decideTransfer(confirmed, { type: 'retry' }, FINANCE)).toMatchObject({
      error: { code: 'transfer_transition' },
    });
  });

  it('cancels only a pending or failed transfer', () => {
    expect(decideTransfer(state('pending'), { type: 'cancel', reason: null }, COUNSELLOR)).toMatchObject({
      outcome: 'changed',
      next: { status: 'cancelled' },
    });
    expect(decideTransfer(state('failed'), { type: 'cancel', reason: null }, FINANCE)).toMatchObject({
      outcome: 'changed',
      next: { status: 'cancelled' },
    });
    expect(decideTransfer(state('initiated'), { type: 'cancel', reason: null }, FINANCE)).toMatchObject({
      error: { code: 'transfer_transition' },
    });
  });

  it('refuses what the current status does not allow', () => {
    expect(decideTransfer(state('pending'), { type: 'confirm', providerReference: 'WV-1' }, FINANCE)).toMatchObject({
      error: {
        code: 'transfer_transition',
        message: 'This transfer is pending; only an initiated transfer can be confirmed.',
      },
    });
    expect(decideTransfer(state('pending'), { type: 'fail', reason: 'x' }, FINANCE)).toMatchObject({
      error: { code: 'transfer_transition' },
    });
    expect(decideTransfer(state('pending'), { type: 'retry' }, FINANCE)).toMatchObject({
      error: { code: 'transfer_transition' },
    });
    expect(decideTransfer(state('cancelled'), { type: 'initiate' }, FINANCE)).toMatchObject({
      error: { code: 'transfer_transition' },
    });
    expect(decideTransfer(state('initiated'), { type: 'confirm', providerReference: '  ' }, FINANCE)).toMatchObject({
      error: { code: 'provider_reference_required' },
    });
  });

  it('leaves moving money to the finance officer', () => {
    for (const command of COMMANDS.filter((c) => c.type !== 'cancel')) {
      for (const status of TRANSFER_STATUSES) {
        expect(decideTransfer(state(status), command, COUNSELLOR)).toMatchObject({
          outcome: 'refused',
          error: { code: 'role_not_allowed' },
        });
      }
    }
    expect(decideTransfer(state('pending'), { type: 'initiate' }, { role: 'partner_focal_point' })).toMatchObject({
      error: {
        code: 'role_not_allowed',
        message: 'A partner focal point cannot initiate a transfer; only a finance officer can.',
      },
    });
  });

  it('never leaves the known statuses and never un-confirms, whatever the command', () => {
    for (const status of TRANSFER_STATUSES) {
      for (const command of COMMANDS) {
        const d = decideTransfer(
          state(status, status === 'confirmed' ? { providerReference: 'WV-1' } : {}),
          command,
          FINANCE,
        );
        if (d.outcome === 'changed') {
          expect(TRANSFER_STATUSES).toContain(d.next.status);
          expect(status).not.toBe('confirmed');
          expect(status).not.toBe('cancelled');
        }
      }
    }
  });
});

describe('the postings of assets and transfers', () => {
  it('posts the collection and the confirmation as balanced movements through returnee-assets', () => {
    const verified = assetVerifiedPosting({
      caseId: CASE_ID,
      assetId: 'a1',
      kind: 'wages_owed',
      amountMinor: 120000n,
      currency: 'EUR',
      employer: 'Bâtiments Durand',
    });
    expect(validatePosting(verified)).toEqual([]);
    expect(verified.description).toBe('wages owed verified from Bâtiments Durand: 1200.00 EUR');
    expect(verified.lines.map((l) => [l.account.split(':')[2], l.amountMinor])).toEqual([
      ['asset-sources', -120000n],
      ['returnee-assets', 120000n],
    ]);
    const confirmed = transferConfirmedPosting({
      caseId: CASE_ID,
      transferId: 't1',
      idempotencyKey: 'k-1',
      amountMinor: 250000n,
      currency: 'XOF',
      destinationKind: 'mobile_money',
      providerReference: 'OM-77',
    });
    expect(validatePosting(confirmed)).toEqual([]);
    expect(confirmed.idempotencyKey).toBe(transferConfirmedPostingKey('k-1'));
    expect(confirmed.lines.map((l) => [l.account.split(':')[2], l.amountMinor, l.currency])).toEqual([
      ['returnee-assets', -250000n, 'XOF'],
      ['assets-paid-out', 250000n, 'XOF'],
    ]);
  });
});

describe('ManualTransferProvider', () => {
  it('leaves every transfer pending until the finance officer confirms it', async () => {
    const provider = new ManualTransferProvider();
    await expect(
      provider.initiate('k:1', {
        transferId: 't',
        caseId: CASE_ID,
        amountMinor: 1n,
        currency: 'EUR',
        destinationKind: 'cash_pickup',
        destination: {},
      }),
    ).resolves.toEqual({ state: 'pending', providerReference: null });
    await expect(provider.status('REF')).resolves.toEqual({ state: 'pending', providerReference: 'REF' });
  });
});

describe('a transfer destination', () => {
  it('names what its kind needs, as text, and nothing else', () => {
    expect(destinationViolations('mobile_money', { operator: 'Orange Money', number: '+221 77 123 45 67' })).toEqual(
      [],
    );
    expect(destinationViolations('bank_account', { bank: 'CBAO', accountNumber: ' ', iban: 'x' })).toEqual([
      { field: 'destination.accountNumber', reason: 'is required for a bank account destination' },
      { field: 'destination.holder', reason: 'is required for a bank account destination' },
      { field: 'destination.iban', reason: 'is not a field of a bank account destination' },
    ]);
    expect(destinationViolations('cash_pickup', { agent: 'Wari', place: 'x'.repeat(201) })).toEqual([
      { field: 'destination.place', reason: 'must be at most 200 characters' },
    ]);
  });
});
