import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { WORKFLOW_SERVICE_ACTOR } from '@avrr/persistence';
import { CASE_STAGE, COUNTRY_OF_RETURN, HOST_OFFICE } from '@avrr/workflows';
import { CaseDriver, isoDay } from './support/case-driver';
import { allMail, waitForMail } from './support/mail-catcher';
import { TEST_USERS } from './support/access';
import { startStack, TestStack } from './support/stack';

jest.setTimeout(120_000);

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

describe('a household from intake to closure over HTTP', () => {
  it('moves through every stage and closes as completed after its follow-ups', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    expect((await c.counsel()).stage).toBe('screening');
    expect((await c.screen()).stage).toBe('consent');
    expect((await c.consentAdults()).stage).toBe('travel_documents');
    await c.documentEveryone();
    expect((await c.get()).stage).toBe('pre_departure'); // the child with medical needs has no certificate yet
    await c.clearMedical();
    expect((await c.get()).stage).toBe('booking');

    const booked = await c.book();
    expect(booked.stage).toBe('departure');
    expect(booked.waitingFor).toMatch(/confirmation of the departure/);
    expect(booked.dueAt).not.toBeNull();

    expect((await c.do('departure', 'logistics', { departedAt: new Date().toISOString() })).stage).toBe('arrival');
    const arrived = await c.do('arrival', 'partner', {
      arrivedAt: new Date().toISOString(),
      metAtAirport: true,
      onwardTransport: true,
    });
    expect(arrived.stage).toBe('reintegration');
    expect(arrived.waitingFor).toBe('the reintegration plan');

    await c.do('reintegration-plan', 'partner', {
      components: [
        {
          dimension: 'economic',
          description: 'Tailoring business in Thiès',
          budgetLines: [{ description: 'Sewing machine', amountMinor: 150000, currency: 'XOF' }],
        },
        { dimension: 'social', description: 'School enrolment for the children', budgetLines: [] },
      ],
    });
    expect((await c.do('reintegration-plan/approve', 'supervisor', {})).stage).toBe('monitoring');
    const placed = await c.do('milestones', 'partner', {
      kind: 'job_placement',
      personId: c.people[0].id,
      achievedOn: isoDay(0),
      note: 'Tailor at an atelier in Thiès',
    });
    expect(placed.state.milestones).toEqual([
      expect.objectContaining({ kind: 'job_placement', personId: c.people[0].id }),
    ]);

    const early = await c.act('closure', 'supervisor', { outcome: 'completed', reason: 'Final report filed' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('follow_ups_missing');

    for (let i = 0; i < 3; i++)
      await c.do('follow-ups', 'partner', { visitedOn: isoDay(0), notes: `Visit ${i + 1}: business running` });
    await c.fileFinalReport();
    const closed = await c.do('closure', 'supervisor', { outcome: 'completed', reason: 'Final report filed' });
    expect(closed.stage).toBe('closed');
    expect(closed.state.closed.outcome).toBe('completed');

    const view = await c.get();
    expect(view.stage).toBe('closed');
    expect(view.outcome).toBe('completed');
    expect(Date.parse(view.stageEnteredAt)).toBeGreaterThanOrEqual(Date.parse(closed.state.closed.at) - 1000);
    const types = (await c.timeline()).map((e) => e.type);
    expect(types[0]).toBe('intake_recorded');
    expect(types).toContain('pre_arrival_notice_sent');
    expect(types[types.length - 1]).toBe('close_case');
    expect(new Set((await c.timeline()).map((e) => e.eventKey)).size).toBe(types.length);
    // Each event the workflow recorded is audited once, as the service, in the transaction that wrote it.
    const serviceEntries = (await stack.api.get(DataSource).query(
      `SELECT a.subject, a.xmin = t.xmin AS same_transaction
         FROM audit_entry a JOIN case_timeline_event t ON a.subject = 'timeline_event:' || t.event_key AND t.case_id = a.case_id
        WHERE a.case_id = $1 AND a.actor_id = $2`,
      [c.caseId, WORKFLOW_SERVICE_ACTOR],
    )) as Array<{ subject: string; same_transaction: boolean }>;
    expect(serviceEntries.map((e) => e.subject).sort()).toEqual(
      (await c.timeline()).map((e) => `timeline_event:${e.eventKey}`).sort(),
    );
    expect(serviceEntries.every((e) => e.same_transaction)).toBe(true);

    // The Temporal UI can filter on the stage, country and office.
    const described = await stack.api.get(Client).workflow.getHandle(view.workflow.id).describe();
    expect(described.typedSearchAttributes.get(CASE_STAGE)).toBe('closed');
    expect(described.typedSearchAttributes.get(COUNTRY_OF_RETURN)).toBe('SN');
    expect(described.typedSearchAttributes.get(HOST_OFFICE)).toBe('PARIS');

    const reopened = await c.do('reopening', 'supervisor', { reason: 'The family asked for more support' });
    expect(reopened.stage).toBe('monitoring');
  });

  it('withdrawing consent after booking cancels the booking, tells the partner and closes the case as withdrawn', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    await c.throughBooking();
    const withdrawn = await c.do('consent-withdrawal', 'counsellor', {
      reason: 'The family decided to stay and apply for a residence permit',
    });

    expect(withdrawn.stage).toBe('closed');
    expect(withdrawn.state.closed.outcome).toBe('withdrawn');
    expect(withdrawn.state.booking).toBeNull();
    expect(withdrawn.state.cancelledBookings[0]).toMatchObject({
      reference: 'XK7P2Q',
      status: 'cancelled',
      cancellationReason: 'consent withdrawn',
    });
    expect(withdrawn.state.withdrawal.completedSteps).toEqual(['cancel-booking', 'stop-transfers', 'notify-partner']);

    const types = (await c.timeline()).map((e) => e.type);
    expect(types.slice(-5)).toEqual([
      'withdraw_consent',
      'withdrawal_cancel_booking',
      'withdrawal_stop_transfers',
      'withdrawal_notify_partner',
      'case_closed',
    ]);
    expect((await c.get()).outcome).toBe('withdrawn');

    const partnerMail = await waitForMail(stack.config.smtp.catcherUrl!, (m) =>
      m.subject.startsWith(`Consent withdrawn: case ${c.body.reference}`),
    );
    // The case's organisation has no team address: its focal point is told.
    expect(partnerMail.to[0].address).toBe(TEST_USERS.partner.email);
    await waitForMail(
      stack.config.smtp.catcherUrl!,
      (m) => m.subject === `Cancel booking XK7P2Q (case ${c.body.reference})`,
    );
    const confirmation = await waitForMail(
      stack.config.smtp.catcherUrl!,
      (m) => m.subject === `Case ${c.body.reference} closed as withdrawn`,
    );
    expect(confirmation.text).toContain(
      'the booking was cancelled; transfers not yet under way were cancelled; the partner was told',
    );
  });

  it('refuses what the stage or a rule forbids with a 409 and a sentence, a wrong role with a 403, and records nothing', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const tooEarly = await c.act('booking', 'logistics', c.bookingBody());
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.code).toBe('booking_not_ready');
    expect(tooEarly.body.message).toMatch(/^Travel cannot be booked yet: missing counselling/);

    // A role the permission matrix refuses is stopped before the workflow is asked: 403, not a refusal of the case.
    const wrongRole = await c.act('counselling-sessions', 'logistics', {
      heldOn: isoDay(0),
      language: 'fr',
      optionsDiscussed: ['return'],
      countryInformationProvided: true,
      informedChoiceConfirmed: true,
    });
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body).toMatchObject({
      code: 'permission_denied',
      message: 'A logistics officer may not do this (case.record_counselling).',
    });

    expect((await c.timeline()).map((e) => e.type)).toEqual(['intake_recorded']);
  });

  it('acts once for a retried click with the same Idempotency-Key', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const body = {
      heldOn: isoDay(0),
      language: 'fr',
      optionsDiscussed: ['return'],
      countryInformationProvided: false,
      informedChoiceConfirmed: false,
    };
    const first = await c.act('counselling-sessions', 'counsellor', body, 'click-1');
    const again = await c.act('counselling-sessions', 'counsellor', body, 'click-1');
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body.state.counselling.sessions).toHaveLength(1);
    expect((await c.timeline()).filter((e) => e.type === 'record_counselling')).toHaveLength(1);
  });

  it('shows the booking rules a logistics officer broke', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    await c.counsel();
    await c.screen();
    await c.consentAdults();
    await c.documentEveryone();
    await c.clearMedical();
    const [, ...children] = c.people;
    const toParis = c.bookingBody({
      segments: [{ ...c.bookingBody().segments[0], to: 'ORY' }],
      passengerIds: [c.people[0].id],
    });
    const refused = await c.act('booking', 'logistics', toParis);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('booking_rules');
    expect(refused.body.details.violations).toEqual(
      expect.arrayContaining([
        'the final destination ORY is in FR, not in the country of return SN',
        ...children.map(() => expect.stringMatching(/is neither on the itinerary nor excluded with a reason$/)),
      ]),
    );
    const unknownAirport = await c.act(
      'booking',
      'logistics',
      c.bookingBody({ segments: [{ ...c.bookingBody().segments[0], to: 'ZZZ' }] }),
    );
    expect(unknownAirport.status).toBe(400);
    expect(unknownAirport.body.violations[0]).toEqual({ field: 'segments.0.to', reason: 'ZZZ is not a known airport' });
    expect((await allMail(stack.config.smtp.catcherUrl!)).length).toBeGreaterThan(0);
  });
});

describe('idempotency keys of actions', () => {
  it('a key reused for a different action does not answer with the first action’s result', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const hold = await c.act(
      'protection-hold',
      'supervisor',
      { reason: 'Fear of return stated in an interview' },
      'act-1',
    );
    expect(hold.body.state.protectionHold.active).toBe(true);
    const lift = await c.act(
      'protection-hold/lift',
      'supervisor',
      { reason: 'Reviewed with the protection officer' },
      'act-1',
    );
    expect(lift.status).toBe(200);
    expect(lift.body.state.protectionHold.active).toBe(false);
  });
});
