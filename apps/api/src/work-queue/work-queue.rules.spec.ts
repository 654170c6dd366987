import { compareWork, itineraryOf, nextActorOf, urgencyOf, type WorkRow } from './work-queue.rules';

const row = (over: Partial<WorkRow>): WorkRow => ({
  stage: 'counselling',
  waitingFor: null,
  dueAt: null,
  onProtectionHold: false,
  state: null,
  ...over,
});

describe('work queue rules', () => {
  it('gives each stage to the role that takes its next step', () => {
    expect(nextActorOf(row({ stage: 'consent', waitingFor: 'Awa Ndiaye: a signed return declaration' }))).toBe(
      'counsellor',
    );
    expect(nextActorOf(row({ stage: 'travel_documents' }))).toBe('logistics_officer');
    expect(nextActorOf(row({ stage: 'booking', waitingFor: 'a travel booking' }))).toBe('logistics_officer');
    expect(nextActorOf(row({ stage: 'departure' }))).toBe('logistics_officer');
    expect(nextActorOf(row({ stage: 'arrival' }))).toBe('partner_focal_point');
    // A case whose projection failed for good is a supervisor's, whatever its stage.
    expect(nextActorOf(row({ stage: 'arrival', state: { needsAttention: { reason: 'x' } } }))).toBe('supervisor');
    expect(nextActorOf(row({ stage: 'reintegration', waitingFor: 'the reintegration plan' }))).toBe(
      'partner_focal_point',
    );
    expect(nextActorOf(row({ stage: 'reintegration', state: { plan: { status: 'submitted' } } }))).toBe('supervisor');
    expect(nextActorOf(row({ stage: 'monitoring', waitingFor: 'follow-up visit 1 (3 months after arrival)' }))).toBe(
      'partner_focal_point',
    );
    expect(nextActorOf(row({ stage: 'closed' }))).toBeNull();
  });

  it('sends holds, stranded cases and closures to a supervisor, and the pre-departure gates to whoever clears them', () => {
    expect(nextActorOf(row({ stage: 'consent', onProtectionHold: true }))).toBe('supervisor');
    expect(
      nextActorOf(
        row({ stage: 'travel_documents', waitingFor: "a supervisor's decision on the refused travel document" }),
      ),
    ).toBe('supervisor');
    expect(nextActorOf(row({ stage: 'monitoring', waitingFor: 'closure by a supervisor' }))).toBe('supervisor');
    expect(
      nextActorOf(row({ stage: 'pre_departure', waitingFor: 'Ali: an approved best-interests determination' })),
    ).toBe('supervisor');
    expect(
      nextActorOf(row({ stage: 'pre_departure', waitingFor: 'Ali: a positive family assessment by the partner' })),
    ).toBe('partner_focal_point');
    expect(nextActorOf(row({ stage: 'pre_departure', waitingFor: 'Fatou: a valid fit-to-travel certificate' }))).toBe(
      'logistics_officer',
    );
    expect(
      nextActorOf(row({ stage: 'consent', waitingFor: 'the withdrawal to finish undoing what was under way' })),
    ).toBeNull();
  });

  it('ranks overdue, then due soon, then the rest', () => {
    const now = new Date('2026-05-10T12:00:00Z');
    const week = 7 * 86_400_000;
    expect(urgencyOf(new Date('2026-05-10T11:59:59Z'), now, week)).toBe('overdue');
    expect(urgencyOf(new Date('2026-05-15T00:00:00Z'), now, week)).toBe('due_soon');
    expect(urgencyOf(new Date('2026-06-15T00:00:00Z'), now, week)).toBe('open');
    expect(urgencyOf(null, now, week)).toBe('open');
    const items = [
      { urgency: 'open' as const, dueAt: null },
      { urgency: 'due_soon' as const, dueAt: '2026-05-12T00:00:00.000Z' },
      { urgency: 'open' as const, dueAt: '2026-07-01T00:00:00.000Z' },
      { urgency: 'overdue' as const, dueAt: '2026-05-01T00:00:00.000Z' },
    ];
    expect(items.sort(compareWork).map((i) => i.dueAt)).toEqual([
      '2026-05-01T00:00:00.000Z',
      '2026-05-12T00:00:00.000Z',
      '2026-07-01T00:00:00.000Z',
      null,
    ]);
  });

  it('reads the active booking itinerary only', () => {
    const segments = [
      { departsAt: '2026-05-20T10:00:00.000Z', arrivesAt: '2026-05-20T13:00:00.000Z' },
      { departsAt: '2026-05-20T15:00:00.000Z', arrivesAt: '2026-05-20T18:00:00.000Z' },
    ];
    expect(itineraryOf({ booking: { status: 'booked', reference: 'XK7P2Q', segments } })).toEqual({
      reference: 'XK7P2Q',
      departsAt: '2026-05-20T10:00:00.000Z',
      arrivesAt: '2026-05-20T18:00:00.000Z',
    });
    expect(itineraryOf({ booking: { status: 'cancelled', reference: 'XK7P2Q', segments } })).toBeNull();
    expect(itineraryOf(null)).toBeNull();
  });
});
