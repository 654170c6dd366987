import { CaseDriver, isoDay } from './case-driver';
import { householdRequest } from './fixtures';

/**
 * Cases that between them take the case workflow through each of its paths, driven over HTTP as people would.
 * test/export-histories.e2e-spec.ts records their Temporal histories into test/histories/<name>.json, which the replay
 * test (libs/workflows/src/workflows/return-case.replay.workflow-spec.ts) replays against the current workflow code.
 */
export interface RepresentativeCase {
  /** The history file's name, without .json. */
  name: string;
  drive(baseUrl: string): Promise<CaseDriver>;
}

const now = () => new Date().toISOString();

/**
 * A household from intake to a completed closure, as in test/case-lifecycle.e2e-spec.ts. `returnedReport` has the
 * supervisor return the final report once before validating it.
 */
async function completed(baseUrl: string, returnedReport?: string): Promise<CaseDriver> {
  const c = await CaseDriver.open(baseUrl);
  await c.throughBooking();
  await c.do('departure', 'logistics', { departedAt: now() });
  await c.do('arrival', 'partner', { arrivedAt: now(), metAtAirport: true, onwardTransport: true });
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
  await c.do('reintegration-plan/approve', 'supervisor', {});
  for (let i = 0; i < 3; i++)
    await c.do('follow-ups', 'partner', { visitedOn: isoDay(0), notes: `Visit ${i + 1}: business running` });
  await c.fileFinalReport(returnedReport);
  const closed = await c.do('closure', 'supervisor', { outcome: 'completed', reason: 'Final report filed' });
  expectStage(closed, 'closed');
  return c;
}

/** A 16-year-old travelling alone: guardian and child consent, best interests, family assessment, child escort. */
async function unaccompaniedChild(baseUrl: string): Promise<CaseDriver> {
  const base = householdRequest();
  const sixteen = `${Number(isoDay(0).slice(0, 4)) - 16}-01-15`;
  const c = await CaseDriver.open(baseUrl, {
    principal: {
      ...base.principal,
      givenNames: 'Ousmane',
      sex: 'male',
      dateOfBirth: sixteen,
      vulnerabilities: ['unaccompanied_child'],
    },
    household: [],
  });
  const child = c.people[0].id;
  await c.counsel();
  await c.screen();
  await c.consent(child, 'guardian', { guardianName: 'Ibrahima Ndiaye' });
  await c.consent(child, 'child');
  await c.documentEveryone();
  await c.do('best-interests-determinations', 'supervisor', {
    personId: child,
    decision: 'approved',
    decidedOn: isoDay(0),
  });
  await c.do('family-assessments', 'partner', {
    personId: child,
    outcome: 'positive',
    receivingGuardian: 'Ibrahima Ndiaye',
    assessedOn: isoDay(0),
  });
  await c.book({ escorts: [{ kind: 'child', name: 'Aminata Diallo', forPersonIds: [child] }] });
  await c.do('departure', 'logistics', { departedAt: now() });
  const arrived = await c.do('arrival', 'partner', {
    arrivedAt: now(),
    metAtAirport: true,
    onwardTransport: true,
    receivingGuardian: 'Ibrahima Ndiaye',
  });
  expectStage(arrived, 'reintegration');
  return c;
}

/** Consent withdrawn after booking: the booking is cancelled, the partner told, the case closed as withdrawn. */
async function withdrawalAfterBooking(baseUrl: string): Promise<CaseDriver> {
  const c = await CaseDriver.open(baseUrl);
  await c.throughBooking();
  const withdrawn = await c.do('consent-withdrawal', 'counsellor', {
    reason: 'The family decided to stay and apply for a residence permit',
  });
  expectStage(withdrawn, 'closed');
  return c;
}

/** The consulate refuses a travel document; the supervisor closes the stranded case. */
async function strandedClosed(baseUrl: string): Promise<CaseDriver> {
  const c = await CaseDriver.open(baseUrl);
  await c.counsel();
  await c.screen();
  await c.consentAdults();
  const principal = c.people[0].id;
  await c.do('travel-documents/requests', 'logistics', {
    personId: principal,
    consulate: 'Consulate General of Senegal, Paris',
  });
  const stranded = await c.do('travel-documents/refusals', 'logistics', {
    personId: principal,
    reason: 'Nationality could not be confirmed',
  });
  if (!stranded.state.stranded) throw new Error('the refusal did not strand the case');
  const closed = await c.do('stranded-decision', 'supervisor', {
    decision: 'close',
    note: 'No other route to a travel document',
  });
  expectStage(closed, 'closed');
  return c;
}

/** Fear of return puts the case on hold; a supervisor lifts it with a reason and consent goes on. */
async function protectionHoldLifted(baseUrl: string): Promise<CaseDriver> {
  const c = await CaseDriver.open(baseUrl);
  await c.counsel();
  const held = await c.screen({ fearOfReturn: true });
  if (!held.state.protectionHold.active) throw new Error('fear of return did not put the case on hold');
  await c.do('protection-hold/lift', 'supervisor', {
    reason: 'Protection interview found no risk on return; the person confirms the wish to return',
  });
  const consented = await c.consentAdults();
  expectStage(consented, 'travel_documents');
  return c;
}

/**
 * A hold reviewed twice by supervisors in two time zones (the API says when each day begins there), then lifted and
 * consented.
 */
async function protectionHoldReviewed(baseUrl: string): Promise<CaseDriver> {
  const c = await CaseDriver.open(baseUrl);
  await c.counsel();
  await c.screen({ fearOfReturn: true });
  await c.do('protection-hold/reviews', 'supervisor', {
    note: 'Fear of return stated; legal advice first',
    nextReviewOn: isoDay(14),
    timeZone: 'America/Bogota',
  });
  await c.do('protection-hold/reviews', 'supervisor', {
    note: 'Legal advice given; waiting for the interview',
    nextReviewOn: isoDay(21),
    timeZone: 'Asia/Kabul',
  });
  await c.do('protection-hold/lift', 'supervisor', {
    reason: 'Protection interview found no risk on return; the person confirms the wish to return',
  });
  const consented = await c.consentAdults();
  expectStage(consented, 'travel_documents');
  return c;
}

function expectStage(snapshot: { stage: string }, stage: string): void {
  if (snapshot.stage !== stage) throw new Error(`expected stage ${stage}, got ${snapshot.stage}`);
}

export const REPRESENTATIVE_CASES: RepresentativeCase[] = [
  { name: 'completed', drive: (baseUrl) => completed(baseUrl) },
  // Recorded on 4 December 2026, after information sheets (acknowledged before consent) and the final report (filed,
  // returned, filed again, validated before a completed closure) joined the workflow: 'completed' predates both.
  {
    name: 'completed-with-final-report',
    drive: (baseUrl) => completed(baseUrl, 'Add the invoice of the sewing machine'),
  },
  { name: 'unaccompanied-child', drive: unaccompaniedChild },
  { name: 'withdrawal-after-booking', drive: withdrawalAfterBooking },
  { name: 'stranded-closed', drive: strandedClosed },
  { name: 'protection-hold-lifted', drive: protectionHoldLifted },
  // Recorded on 4 December 2026, once the projection ran as a local activity and the next alert's timer was kept
  // across actions (patches project-as-local-activity and alert-timer-kept): the histories above predate both.
  {
    name: 'completed-local-activities',
    drive: (baseUrl) => completed(baseUrl, 'Add the invoice of the sewing machine'),
  },
  { name: 'withdrawal-local-activities', drive: withdrawalAfterBooking },
  // Recorded on 4 December 2026, once the starter marked new runs to make workflow spans only for traced calls
  // (memo workflowTracing: on-request): the histories above were recorded with a span around every call.
  {
    name: 'completed-traced-on-request',
    drive: (baseUrl) => completed(baseUrl, 'Add the invoice of the sewing machine'),
  },
  // Recorded on 5 December 2026: reviews the API sent with the instant their day begins in the reviewer's time zone,
  // applied by the workflow as it was before patch hold-review-in-reviewers-time-zone (the day then began at
  // midnight UTC, whatever the API sent), and by the workflow with the patch.
  { name: 'protection-hold-reviewed-before-time-zones', drive: protectionHoldReviewed },
  { name: 'protection-hold-reviewed-in-time-zones', drive: protectionHoldReviewed },
];
