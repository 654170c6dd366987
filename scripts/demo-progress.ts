// Moves the demo cases to different stages through the same HTTP actions people use, so a new user sees living
// cases: one closed after its follow-ups, one booked, one on protection hold, one waiting for the consulate,
// one waiting for screening. Every action carries a fixed Idempotency-Key, so a second run changes nothing.
import type { DemoUser } from './demo-access';

/** A case as the seed created it (defined here, below seed-demo.ts, which imports this file). */
export interface SeededCase {
  key: string;
  id: string;
  reference: string;
  principalName: string;
  countryOfReturn: string;
  hostOffice: string;
  stage: string;
  /** False when the API replayed an earlier request with the same key (header Idempotent-Replayed: true). */
  created: boolean;
}

type As = Exclude<DemoUser, 'admin' | 'finance'>;
type Tokens = Record<DemoUser, string>;

interface Person {
  id: string;
  dateOfBirth: string;
  vulnerabilities: string[];
}

class DemoCaseActions {
  constructor(
    private readonly baseUrl: string,
    private readonly seeded: SeededCase,
    readonly people: Person[],
    private readonly tokens: Tokens,
  ) {}

  static async load(baseUrl: string, seeded: SeededCase, tokens: Tokens): Promise<DemoCaseActions> {
    const response = await fetch(new URL(`/cases/${seeded.id}`, baseUrl), {
      headers: { authorization: tokens.supervisor },
    });
    const view = (await response.json()) as { principal: Person; household: Person[] };
    return new DemoCaseActions(baseUrl, seeded, [view.principal, ...view.household], tokens);
  }

  async act(step: string, path: string, as: As, body: unknown): Promise<{ stage: string }> {
    const response = await fetch(new URL(`/cases/${this.seeded.id}/${path}`, this.baseUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': `${this.seeded.key}:${step}`,
        authorization: this.tokens[as],
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${this.seeded.reference} ${step}: ${response.status} ${text}`);
    return JSON.parse(text) as { stage: string };
  }

  get adults(): Person[] {
    const adultBorn = `${new Date().getUTCFullYear() - 18}${new Date().toISOString().slice(4, 10)}`;
    return this.people.filter((p) => p.dateOfBirth <= adultBorn);
  }

  counsel() {
    return this.act('counselling', 'counselling-sessions', 'counsellor', {
      heldOn: today(),
      language: 'fr',
      optionsDiscussed: ['legal_stay', 'onward_migration', 'return'],
      countryInformationProvided: true,
      informedChoiceConfirmed: true,
    });
  }

  screen(extra: Record<string, unknown> = {}) {
    return this.act('screening', 'screening', 'counsellor', {
      eligible: true,
      asylumClaimPending: false,
      fearOfReturn: false,
      ...extra,
    });
  }

  /**
   * Files a one-page placeholder PDF as the paper a step needs (the evidence rules want a signed declaration before
   * consent and a medical certificate before a clearance). Its fixed Idempotency-Key files it once however often the
   * script runs.
   */
  async file(step: string, kind: string, person: Person, as: As): Promise<string> {
    const form = new FormData();
    form.append('kind', kind);
    form.append('personId', person.id);
    const pdf = `%PDF-1.4\n% Demo placeholder: ${kind}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`;
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), `${kind}.pdf`);
    const response = await fetch(new URL(`/cases/${this.seeded.id}/documents`, this.baseUrl), {
      method: 'POST',
      headers: { 'idempotency-key': `${this.seeded.key}:${step}`, authorization: this.tokens[as] },
      body: form,
      signal: AbortSignal.timeout(60_000),
    });
    if (!response.ok) throw new Error(`${this.seeded.reference} ${step}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  }

  private informed = false;

  /** The country's French sheets, as published now, given to the principal and acknowledged (consent waits for it). */
  async acknowledgeInformation() {
    const listed = await fetch(
      new URL(`/information-sheets?country=${this.seeded.countryOfReturn}&language=fr`, this.baseUrl),
      { headers: { authorization: this.tokens.counsellor }, signal: AbortSignal.timeout(30_000) },
    );
    if (!listed.ok) throw new Error(`${this.seeded.reference} sheets: ${listed.status} ${await listed.text()}`);
    const sheets = (await listed.json()) as Array<{ id: string; latestVersion: number }>;
    this.informed = true;
    return this.act('information', 'pre-departure-information', 'counsellor', {
      personId: this.people[0].id,
      language: 'fr',
      sheets: sheets.map((s) => ({ sheetId: s.id, version: s.latestVersion })),
      acknowledgedOn: today(),
    });
  }

  async consent(person: Person, signedBy: 'self' | 'guardian' | 'child', guardianName?: string) {
    if (!this.informed) await this.acknowledgeInformation();
    await this.file(`declaration-${person.id}-${signedBy}`, 'signed_declaration', person, 'counsellor');
    return this.act(`consent-${person.id}-${signedBy}`, 'consents', 'counsellor', {
      personId: person.id,
      formVersion: 'AVRR-DECL-2026-01',
      language: 'fr',
      signedOn: today(),
      witness: 'Jeanne Roux',
      signedBy,
      guardianName,
      shareDataWithPartner: true,
    });
  }

  async consentAdults() {
    for (const p of this.adults) await this.consent(p, 'self');
  }

  async requestDocument(person: Person) {
    return this.act(`document-request-${person.id}`, 'travel-documents/requests', 'logistics', {
      personId: person.id,
      consulate: 'Consulate General, Paris',
    });
  }

  async documentEveryone() {
    for (const p of this.people) {
      await this.requestDocument(p);
      await this.act(`document-issued-${p.id}`, 'travel-documents/issued', 'logistics', {
        personId: p.id,
        documentType: 'emergency_travel_document',
        number: `ETD-${p.id.slice(0, 8).toUpperCase()}`,
        expiresOn: inDays(365),
      });
    }
  }

  async clearMedical() {
    for (const p of this.people.filter((x) => x.vulnerabilities.includes('medical_needs'))) {
      await this.file(`medical-certificate-${p.id}`, 'medical_certificate', p, 'logistics');
      await this.act(`medical-${p.id}`, 'medical-clearances', 'logistics', {
        personId: p.id,
        fitToTravel: true,
        certificateValidUntil: inDays(90),
        escortRequired: false,
      });
    }
  }

  book(to: string) {
    const departs = new Date(`${inDays(14)}T09:40:00Z`);
    return this.act('booking', 'booking', 'logistics', {
      reference: `D${this.seeded.reference.slice(-5)}`,
      segments: [
        {
          from: 'CDG',
          to,
          carrier: 'AF',
          flightNumber: '718',
          departsAt: departs.toISOString(),
          arrivesAt: new Date(departs.getTime() + 6 * 3_600_000).toISOString(),
        },
      ],
      passengerIds: this.people.map((p) => p.id),
    });
  }
}

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Drives the seeded demo cases (from seed-demo.ts) to their demo stages; returns each case's stage. */
export async function progressDemo(
  baseUrl: string,
  seeded: SeededCase[],
  tokens: Tokens,
): Promise<Record<string, string>> {
  const byKey = new Map(seeded.map((s) => [s.key, s]));
  const load = (key: string) => DemoCaseActions.load(baseUrl, byKey.get(key)!, tokens);
  const stages: Record<string, string> = {};

  // 1. The single mother and her children: the whole way, to a completed case.
  const mother = await load('demo-case-1');
  await mother.counsel();
  await mother.screen();
  await mother.consentAdults();
  await mother.documentEveryone();
  await mother.clearMedical();
  await mother.book('DSS');
  await mother.act('departure', 'departure', 'logistics', { departedAt: new Date().toISOString() });
  await mother.act('arrival', 'arrival', 'partner', {
    arrivedAt: new Date().toISOString(),
    metAtAirport: true,
    onwardTransport: true,
  });
  await mother.act('plan', 'reintegration-plan', 'partner', {
    components: [
      {
        dimension: 'economic',
        description: 'Tailoring workshop in Thiès',
        budgetLines: [{ description: 'Sewing machines', amountMinor: 350000, currency: 'XOF' }],
      },
      {
        dimension: 'social',
        description: 'School enrolment for both children',
        budgetLines: [{ description: 'School fees', amountMinor: 90000, currency: 'XOF' }],
      },
    ],
  });
  await mother.act('plan-approved', 'reintegration-plan/approve', 'supervisor', {
    note: 'Budget within programme limits',
  });
  for (const n of [1, 2, 3])
    await mother.act(`follow-up-${n}`, 'follow-ups', 'partner', {
      visitedOn: today(),
      notes: `Visit ${n}: workshop open, children at school`,
    });
  // The final report: each budget line delivered in full against the workshop's receipt, validated by the supervisor
  // (closing as completed waits for it).
  const receipt = await mother.file('final-report-receipt', 'proof_of_payment', mother.people[0], 'partner');
  await mother.act('final-report', 'final-report', 'partner', {
    lines: [
      {
        component: 0,
        budgetLine: 0,
        deliveredMinor: 350000,
        currency: 'XOF',
        proofDocumentIds: [receipt],
        invoices: [],
      },
      {
        component: 1,
        budgetLine: 0,
        deliveredMinor: 90000,
        currency: 'XOF',
        proofDocumentIds: [receipt],
        invoices: [],
      },
    ],
    narrative: 'The workshop opened in Thiès with two machines; both children finished the school year.',
  });
  await mother.act('final-report-validated', 'final-report/validation', 'supervisor', {});
  stages['demo-case-1'] = (
    await mother.act('closure', 'closure', 'supervisor', {
      outcome: 'completed',
      reason: 'Final report: sustainable reintegration',
    })
  ).stage;

  // 2. The unaccompanied boy: consents taken, his travel document requested; the consulate's deadline runs.
  const boy = await load('demo-case-2');
  await boy.counsel();
  await boy.screen();
  await boy.consent(boy.people[0], 'guardian', 'Aminata Keita (legal guardian)');
  await boy.consent(boy.people[0], 'child');
  stages['demo-case-2'] = (await boy.requestDocument(boy.people[0])).stage;

  // 3. The trafficking survivor fears return: screening puts the case on protection hold.
  const survivor = await load('demo-case-3');
  await survivor.counsel();
  stages['demo-case-3'] = (
    await survivor.screen({ fearOfReturn: true, protectionConcern: 'Threats from the recruiter network' })
  ).stage;

  // 4. The man with medical needs and his wife: booked, waiting to depart.
  const couple = await load('demo-case-4');
  await couple.counsel();
  await couple.screen();
  await couple.consentAdults();
  await couple.documentEveryone();
  await couple.clearMedical();
  stages['demo-case-4'] = (await couple.book('CKY')).stage;

  // 5. The elderly woman and her son: counselled, waiting for screening.
  const elder = await load('demo-case-5');
  stages['demo-case-5'] = (await elder.counsel()).stage;
  return stages;
}
