// Loads the demo households through the HTTP API, the way a counsellor's client would: every rule the API
// applies to real intake applies here too, and every case gets its workflow and its notification.
//
// Usage: node -r @swc-node/register scripts/seed-demo.ts [base URL, default http://127.0.0.1:3000]
//
// Idempotent: each case is POSTed with a fixed Idempotency-Key, so a second run creates nothing and reports the
// cases as already there. The bodies are fixed too (no dates computed from today), because the API answers
// 409 when a key comes back with a different body. So if you change a case below, give it a new key or start
// from an empty database. The unaccompanied child is born on 2010-09-03 and so stays a minor until 2028-09-03;
// after that the API will (rightly) refuse the flag and his date of birth must move.
import type { DocumentType, Relationship, Sex, Vulnerability } from '@avrr/domain';
import { DEMO_ACCESS, type DemoUser, seedDemoAccess, signInDemoUsers } from './demo-access';
import { progressDemo, type SeededCase } from './demo-progress';
import { seedDemoProviders } from './demo-providers';
import { seedDemoSheets } from './demo-sheets';

export type { SeededCase };

export interface DemoPerson {
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex;
  nationality: string;
  languages: string[];
  vulnerabilities?: Vulnerability[];
  documents?: Array<{ type: DocumentType; number?: string; issuingCountry: string; expiresOn?: string }>;
  contact?: { phone?: string; email?: string; address?: string };
}

/** The body of POST /cases (see apps/api/src/cases/dto/create-case.dto.ts). */
export interface DemoCaseRequest {
  principal: DemoPerson;
  household?: Array<DemoPerson & { relationship: Relationship }>;
  hostOffice: string;
  countryOfReturn: string;
  regionOfReturn: string;
  counsellor: { name: string; email: string };
}

export interface DemoCase {
  /** Sent as the Idempotency-Key; also how later scripts find the case again. */
  key: string;
  /** One line for people: who this household is and why it is in the demo. */
  story: string;
  request: DemoCaseRequest;
}

const COUNSELLORS = {
  claire: { name: 'Claire Martin', email: 'claire.martin@avrr.example' },
  nadia: { name: 'Nadia Haddad', email: 'nadia.haddad@avrr.example' },
  julien: { name: 'Julien Moreau', email: 'julien.moreau@avrr.example' },
  sofie: { name: 'Sofie Peeters', email: 'sofie.peeters@avrr.example' },
};

/** The demo households, always the same; a fresh array each call so callers may change their copy. */
export function demoCases(): DemoCase[] {
  return [
    {
      key: 'demo-case-1',
      story: 'A single mother returning to Senegal with her two children',
      request: {
        principal: {
          givenNames: 'Aminata',
          familyName: 'Sow',
          dateOfBirth: '1987-06-21',
          sex: 'female',
          nationality: 'SN',
          languages: ['fr', 'wo'],
          vulnerabilities: ['single_parent'],
          documents: [{ type: 'passport', number: 'A02486315', issuingCountry: 'SN', expiresOn: '2031-04-30' }],
          contact: { phone: '+33 6 41 27 88 19', email: 'aminata.sow@example.org' },
        },
        household: [
          {
            relationship: 'child',
            givenNames: 'Ibrahima',
            familyName: 'Sow',
            dateOfBirth: '2014-02-09',
            sex: 'male',
            nationality: 'SN',
            languages: ['fr', 'wo'],
            documents: [{ type: 'passport', number: 'A02486316', issuingCountry: 'SN', expiresOn: '2029-08-31' }],
          },
          {
            relationship: 'child',
            givenNames: 'Mariama',
            familyName: 'Sow',
            dateOfBirth: '2018-10-30',
            sex: 'female',
            nationality: 'SN',
            languages: ['fr'],
            documents: [{ type: 'birth_certificate', issuingCountry: 'FR' }],
          },
        ],
        hostOffice: 'PARIS',
        countryOfReturn: 'SN',
        regionOfReturn: 'Thiès',
        counsellor: COUNSELLORS.claire,
      },
    },
    {
      key: 'demo-case-2',
      story: 'An unaccompanied boy of 16 applying alone to return to his family in Mali, without documents',
      request: {
        principal: {
          givenNames: 'Oumar',
          familyName: 'Traoré',
          dateOfBirth: '2010-09-03',
          sex: 'male',
          nationality: 'ML',
          languages: ['bm', 'fr'],
          vulnerabilities: ['unaccompanied_child'],
          documents: [],
          contact: { address: "Foyer de l'enfance, 12 rue Marietton, 69009 Lyon" },
        },
        hostOffice: 'LYON',
        countryOfReturn: 'ML',
        regionOfReturn: 'Kayes',
        counsellor: COUNSELLORS.julien,
      },
    },
    {
      key: 'demo-case-3',
      story: 'A survivor of trafficking returning to Nigeria; her passport was taken from her',
      request: {
        principal: {
          givenNames: 'Blessing',
          familyName: 'Osagie',
          dateOfBirth: '1998-04-11',
          sex: 'female',
          nationality: 'NG',
          languages: ['en'],
          vulnerabilities: ['victim_of_trafficking'],
          documents: [],
          contact: { phone: '+32 470 55 21 84' },
        },
        hostOffice: 'BRUSSELS',
        countryOfReturn: 'NG',
        regionOfReturn: 'Benin City, Edo State',
        counsellor: COUNSELLORS.sofie,
      },
    },
    {
      key: 'demo-case-4',
      story: 'A man needing dialysis, returning to Guinea with his wife',
      request: {
        principal: {
          givenNames: 'Mamadou Saliou',
          familyName: 'Diallo',
          dateOfBirth: '1979-12-02',
          sex: 'male',
          nationality: 'GN',
          languages: ['ff', 'fr'],
          vulnerabilities: ['medical_needs'],
          documents: [{ type: 'passport', number: 'R0917734', issuingCountry: 'GN', expiresOn: '2028-02-15' }],
          contact: { phone: '+33 7 58 03 61 42', email: 'ms.diallo@example.org' },
        },
        household: [
          {
            relationship: 'spouse',
            givenNames: 'Kadiatou',
            familyName: 'Bah',
            dateOfBirth: '1984-07-18',
            sex: 'female',
            nationality: 'GN',
            languages: ['ff', 'fr'],
            documents: [{ type: 'passport', number: 'R1034528', issuingCountry: 'GN', expiresOn: '2030-11-09' }],
          },
        ],
        hostOffice: 'LYON',
        countryOfReturn: 'GN',
        regionOfReturn: 'Labé',
        counsellor: COUNSELLORS.julien,
      },
    },
    {
      key: 'demo-case-5',
      story: 'A woman of 78 returning to Morocco, accompanied by her son',
      request: {
        principal: {
          givenNames: 'Fatima',
          familyName: 'Benali',
          dateOfBirth: '1948-03-05',
          sex: 'female',
          nationality: 'MA',
          languages: ['ar', 'fr'],
          vulnerabilities: ['elderly'],
          documents: [{ type: 'passport', number: 'UZ4419827', issuingCountry: 'MA', expiresOn: '2027-06-12' }],
          contact: { phone: '+33 6 12 90 47 33' },
        },
        household: [
          {
            relationship: 'child',
            givenNames: 'Youssef',
            familyName: 'Benali',
            dateOfBirth: '1975-11-23',
            sex: 'male',
            nationality: 'MA',
            languages: ['ar', 'fr'],
            documents: [{ type: 'passport', number: 'UZ3302164', issuingCountry: 'MA', expiresOn: '2029-01-20' }],
            contact: { phone: '+33 6 70 18 25 94', email: 'youssef.benali@example.org' },
          },
        ],
        hostOffice: 'PARIS',
        countryOfReturn: 'MA',
        regionOfReturn: 'Oujda',
        counsellor: COUNSELLORS.nadia,
      },
    },
  ];
}

export class SeedError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly body?: string,
  ) {
    super(message);
  }
}

/**
 * The demo's partner organisation for the case's country, named in the request only when several organisations cover
 * that country (an administrator added one): otherwise the API assigns the only one, and the body stays as it was
 * first sent, so its fixed key still replays.
 */
async function withPartnerOrganisation(baseUrl: string, demo: DemoCase, counsellor: string): Promise<object> {
  const country = demo.request.countryOfReturn;
  const response = await fetch(new URL(`/partner-organisations?country=${country}`, baseUrl), {
    headers: { accept: 'application/json', authorization: counsellor },
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) return demo.request;
  const covering = (await response.json()) as Array<{ id: string; name: string }>;
  if (covering.length < 2) return demo.request;
  const name = DEMO_ACCESS.partnerOrganisations.find((o) => o.countries.includes(country))?.name;
  const chosen = covering.find((o) => o.name === name);
  return chosen ? { ...demo.request, partnerOrganisationId: chosen.id } : demo.request;
}

/** POSTs one demo case; a replayed key answers with the existing case. */
export async function seedCase(baseUrl: string, demo: DemoCase, counsellor: string): Promise<SeededCase> {
  const url = new URL('/cases', baseUrl).toString();
  let response: Response;
  try {
    const body = await withPartnerOrganisation(baseUrl, demo, counsellor);
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'idempotency-key': demo.key,
        authorization: counsellor,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new SeedError(`${demo.key}: cannot reach the API at ${url}: ${cause}`);
  }
  const text = await response.text();
  if (!response.ok) {
    throw new SeedError(`${demo.key}: POST ${url} answered ${response.status}`, response.status, text);
  }
  const view = JSON.parse(text) as Omit<SeededCase, 'key' | 'created'>;
  return {
    key: demo.key,
    id: view.id,
    reference: view.reference,
    principalName: view.principalName,
    countryOfReturn: view.countryOfReturn,
    hostOffice: view.hostOffice,
    stage: view.stage,
    created: response.headers.get('idempotent-replayed') !== 'true',
  };
}

/** Seeds every demo case in order, calling `onCase` as each one is done; stops at the first failure. */
export async function seedDemo(
  baseUrl: string,
  tokens: Record<DemoUser, string>,
  onCase: (seeded: SeededCase) => void = () => undefined,
): Promise<SeededCase[]> {
  const seeded: SeededCase[] = [];
  for (const demo of demoCases()) {
    const result = await seedCase(baseUrl, demo, tokens.counsellor);
    seeded.push(result);
    onCase(result);
  }
  return seeded;
}

async function main(): Promise<void> {
  const baseUrl = process.argv[2] ?? 'http://127.0.0.1:3000';
  await seedDemoAccess();
  const tokens = await signInDemoUsers(baseUrl);
  console.log('demo users: one per role, password in the README');
  console.log(`information sheets: ${await seedDemoSheets(baseUrl, tokens.admin)} published`);
  console.log(`service providers: ${await seedDemoProviders(baseUrl, tokens.admin)} recorded`);
  const results = await seedDemo(baseUrl, tokens, (c) => {
    const status = c.created ? 'created' : 'already there';
    console.log(`  ${c.reference.padEnd(16)} ${c.principalName.padEnd(24)} ${c.countryOfReturn}  ${status}`);
  });
  const created = results.filter((c) => c.created).length;
  console.log(`demo data: ${created} case(s) created, ${results.length - created} already there`);
  const stages = await progressDemo(baseUrl, results, tokens);
  for (const c of results) console.log(`  ${c.reference.padEnd(16)} now at ${stages[c.key]}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`seed-demo failed: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof SeedError && error.body) console.error(error.body);
    process.exit(1);
  });
}
