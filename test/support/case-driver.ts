import { randomUUID } from 'node:crypto';
import { bearerFor, TEST_USERS, type TestUser } from './access';
import { householdRequest, postJson } from './fixtures';
import { filePaper } from './papers';
import { informationSheetFor } from './information-sheets';

/**
 * The Authorization header of each default test user (test/support/access.ts), filled in by startStack when it
 * signs them in. The objects stay the same, so a test may keep a reference taken at load time.
 */
export const ACTORS: Record<TestUser, { Authorization?: string }> = Object.fromEntries(
  Object.keys(TEST_USERS).map((name) => [name, {}]),
) as Record<TestUser, { Authorization?: string }>;
export type ActorName = TestUser;

/** Signs every default test user in and updates ACTORS in place. */
export async function signInTestUsers(baseUrl: string): Promise<void> {
  for (const name of Object.keys(TEST_USERS) as TestUser[]) Object.assign(ACTORS[name], await bearerFor(baseUrl, name));
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);
export const isoDay = (days: number) => daysFromNow(days).toISOString().slice(0, 10);

/** Drives one case through the HTTP API, step by step, as the people who run it would. */
export class CaseDriver {
  constructor(
    readonly baseUrl: string,
    readonly caseId: string,
    readonly body: any,
  ) {}

  static async open(baseUrl: string, overrides: Record<string, unknown> = {}): Promise<CaseDriver> {
    const created = await postJson(`${baseUrl}/cases`, householdRequest(overrides), {
      ...ACTORS.counsellor,
      'Idempotency-Key': randomUUID(),
    });
    if (created.status !== 201) throw new Error(`intake failed: ${JSON.stringify(created.body)}`);
    return new CaseDriver(baseUrl, created.body.id, created.body);
  }

  get people(): Array<{ id: string; dateOfBirth: string; vulnerabilities: string[] }> {
    return [this.body.principal, ...this.body.household];
  }

  async act(path: string, as: ActorName, body: unknown, key: string = randomUUID()) {
    return postJson(`${this.baseUrl}/cases/${this.caseId}/${path}`, body, { ...ACTORS[as], 'Idempotency-Key': key });
  }

  /** Like act, but the action must be accepted. */
  async do(path: string, as: ActorName, body: unknown) {
    const response = await this.act(path, as, body);
    if (response.status !== 200)
      throw new Error(`${path} refused (${response.status}): ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async get() {
    return (await (
      await fetch(`${this.baseUrl}/cases/${this.caseId}`, { headers: { ...ACTORS.supervisor } })
    ).json()) as any;
  }

  async timeline(): Promise<Array<{ type: string; eventKey: string; actorRole: string }>> {
    return (await (
      await fetch(`${this.baseUrl}/cases/${this.caseId}/timeline`, { headers: { ...ACTORS.supervisor } })
    ).json()) as any;
  }

  async counsel() {
    return this.do('counselling-sessions', 'counsellor', {
      heldOn: isoDay(0),
      language: 'fr',
      interpreter: 'Ousmane Sy',
      optionsDiscussed: ['legal_stay', 'onward_migration', 'return'],
      countryInformationProvided: true,
      informedChoiceConfirmed: true,
    });
  }

  async screen(overrides: Record<string, unknown> = {}) {
    return this.do('screening', 'counsellor', {
      eligible: true,
      asylumClaimPending: false,
      fearOfReturn: false,
      ...overrides,
    });
  }

  consentBody(personId: string, signedBy = 'self', extra: Record<string, unknown> = {}) {
    return {
      personId,
      formVersion: 'AVRR-DECL-2026-01',
      language: 'fr',
      signedOn: isoDay(0),
      witness: 'Jeanne Roux',
      signedBy,
      shareDataWithPartner: true,
      ...extra,
    };
  }

  /** Files a paper in the case file as `as` (a counsellor by default) and returns its id. */
  async file(kind: string, personId: string | null, as: ActorName = 'counsellor'): Promise<string> {
    return filePaper(this.baseUrl, this.caseId, ACTORS[as], kind, personId);
  }

  /** The counsellor gives the returnee the country's information sheet, acknowledged today (consent waits for it). */
  async acknowledgeInformation(personId: string = this.people[0].id) {
    const sheet = await informationSheetFor(this.baseUrl, ACTORS.admin, this.body.countryOfReturn);
    this.informed = true;
    return this.do('pre-departure-information', 'counsellor', {
      personId,
      language: 'fr',
      sheets: [sheet],
      acknowledgedOn: isoDay(0),
    });
  }

  private informed = false;

  /**
   * The counsellor files the person's signed declaration, then records the consent it holds; the first time, after
   * recording the acknowledged information sheets.
   */
  async consent(personId: string, signedBy = 'self', extra: Record<string, unknown> = {}) {
    if (!this.informed) await this.acknowledgeInformation();
    await this.file('signed_declaration', personId);
    return this.do('consents', 'counsellor', this.consentBody(personId, signedBy, extra));
  }

  /** Every adult signs for themselves. */
  async consentAdults() {
    let last;
    for (const p of this.people.filter((p) => isoDay(0) >= addYears(p.dateOfBirth, 18))) {
      last = await this.consent(p.id);
    }
    return last;
  }

  async clearMedical() {
    for (const p of this.people.filter((p) => p.vulnerabilities.includes('medical_needs'))) {
      await this.file('medical_certificate', p.id, 'logistics');
      await this.do('medical-clearances', 'logistics', {
        personId: p.id,
        fitToTravel: true,
        certificateValidUntil: isoDay(60),
        escortRequired: false,
      });
    }
  }

  /** Everyone gets a travel document valid for a year, through the consulate. */
  async documentEveryone() {
    for (const p of this.people) {
      await this.do('travel-documents/requests', 'logistics', {
        personId: p.id,
        consulate: 'Consulate General of Senegal, Paris',
      });
      await this.do('travel-documents/issued', 'logistics', {
        personId: p.id,
        documentType: 'emergency_travel_document',
        number: `ETD-${p.id.slice(0, 6)}`,
        expiresOn: isoDay(365),
      });
    }
  }

  bookingBody(extra: Record<string, unknown> = {}) {
    const departs = daysFromNow(10);
    departs.setUTCHours(10, 0, 0, 0);
    const arrives = new Date(departs.getTime() + 6 * 3_600_000);
    return {
      reference: 'XK7P2Q',
      segments: [
        {
          from: 'CDG',
          to: 'DSS',
          carrier: 'AF',
          flightNumber: '718',
          departsAt: departs.toISOString(),
          arrivesAt: arrives.toISOString(),
        },
      ],
      passengerIds: this.people.map((p) => p.id),
      ...extra,
    };
  }

  async book(extra: Record<string, unknown> = {}) {
    return this.do('booking', 'logistics', this.bookingBody(extra));
  }

  /** From intake to a booked flight, for a household without special gates. */
  async throughBooking() {
    await this.counsel();
    await this.screen();
    await this.consentAdults();
    await this.documentEveryone();
    await this.clearMedical();
    return this.book();
  }

  /**
   * What a case needs before it closes as completed (issue 16, part 5): the partner files one proof of payment and the
   * final report (each budget line of the approved plan delivered in full against it), and the supervisor validates it.
   */
  /** The partner files the final report and the supervisor validates it; `returnedFirst` returns it once before. */
  async fileFinalReport(returnedFirst?: string) {
    const plan = (await this.get()).progress.plan as {
      components: Array<{ budgetLines: Array<{ amountMinor: number; currency: string }> }>;
    };
    const proof = await this.file('proof_of_payment', null, 'partner');
    const lines = plan.components.flatMap((c, component) =>
      c.budgetLines.map((b, budgetLine) => ({
        component,
        budgetLine,
        deliveredMinor: b.amountMinor,
        currency: b.currency,
        proofDocumentIds: [proof],
        invoices: [],
      })),
    );
    const report = { lines, narrative: 'Everything in the plan was delivered.' };
    await this.do('final-report', 'partner', report);
    if (returnedFirst) {
      await this.do('final-report/return', 'supervisor', { reason: returnedFirst });
      await this.do('final-report', 'partner', report);
    }
    return this.do('final-report/validation', 'supervisor', {});
  }

  /** Booked, departed an hour ago and arrived now: the partner's reintegration work starts here. */
  async throughArrival() {
    await this.throughBooking();
    await this.do('departure', 'logistics', { departedAt: new Date(Date.now() - 3_600_000).toISOString() });
    return this.do('arrival', 'partner', {
      arrivedAt: new Date().toISOString(),
      metAtAirport: true,
      onwardTransport: true,
    });
  }
}

function addYears(day: string, years: number): string {
  return `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
}
