/**
 * Over 400 lines: the matrix itself, one row per route and role, read as one table.
 *
 * The authorization matrix (issue 4, "Done when"): every route of the API, tried as every role, against a case in
 * the role's scope and a case out of it, with the exact outcome each must give.
 *
 * The expected table below is written out by hand from the issue's role table and ../shared/DOMAIN.md ("Who uses
 * it"); it is deliberately NOT derived from PERMISSION_ROLES, so that it checks the code against an independent
 * statement of the rules. A route the app serves that the table does not list fails the coverage test, so a new
 * endpoint cannot ship untested.
 *
 * Outcomes:
 * - a role without the permission: 403 `permission_denied` (the guard, before validation and the service), in and
 *   out of scope alike;
 * - a role with it, on a case out of its scope: 404 `case_not_found` (out of scope reads as absent). The bodies are
 *   valid, so the request really reaches the service and its scoped repository;
 * - a role with it, on the case in its scope: authorised, i.e. anything but 401, 403, 404, 5xx or a
 *   `role_not_allowed` refusal (a 409 stage refusal proves that authorization passed).
 * Finance officers work programme-wide on money, so both cases are in their scope on money routes. Administrators
 * see no case.
 *
 * The in-scope case is moved on by the allowed actions as the table runs (booked, departed, arrived…), so the table
 * is ordered: reads and reintegration first, case actions in the order of a case's life, closure, reopening and
 * consent withdrawal last. None of those moves changes who may see the case, so no outcome depends on the order
 * beyond 200 versus 409.
 */
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { createHmac, randomUUID } from 'node:crypto';
import type { Role } from '@avrr/domain';
import {
  login,
  OTHER_COUNTRY,
  OTHER_OFFICE,
  PARTNER_COUNTRIES,
  TEST_OFFICES,
  TEST_PASSWORD,
  TEST_USERS,
  type TestUser,
} from './support/access';
import { ACTORS, isoDay } from './support/case-driver';
import { householdRequest, mobileMoney, SURVEY_ANSWERS } from './support/fixtures';
import { filePaper } from './support/papers';
import { informationSheetFor } from './support/information-sheets';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(60_000);

let stack: TestStack;

type Headers = Record<string, string>;
interface Reply {
  status: number;
  headers: globalThis.Headers;
  body: any;
}

async function call(method: string, path: string, body?: unknown, headers: Headers = {}): Promise<Reply> {
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method,
    // A FormData body (an upload) sets its own multipart content type.
    headers:
      body === undefined || body instanceof FormData ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON (the queue dashboard, the docs page): keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

const h = (user: TestUser): Headers => ACTORS[user] as Headers;
const withKey = (headers: Headers): Headers => ({ ...headers, 'Idempotency-Key': randomUUID() });

// ---------------------------------------------------------------------------------------------------------------
// Roles, and who plays them. The default test users (test/support/access.ts) are the in-scope people: offices
// PARIS and the other test offices, partner organisation for SN and ML.
// ---------------------------------------------------------------------------------------------------------------

const C: Role = 'counsellor';
const L: Role = 'logistics_officer';
const P: Role = 'partner_focal_point';
const S: Role = 'supervisor';
const F: Role = 'finance_officer';
const A: Role = 'administrator';
const ROLES: Role[] = [C, L, P, S, F, A];
const ACTOR_OF: Record<Role, TestUser> = {
  counsellor: 'counsellor',
  logistics_officer: 'logistics',
  partner_focal_point: 'partner',
  supervisor: 'supervisor',
  finance_officer: 'finance',
  administrator: 'admin',
};
const as = (role: Role): Headers => h(ACTOR_OF[role]);

// ---------------------------------------------------------------------------------------------------------------
// The two cases (and what hangs off them), built once.
// ---------------------------------------------------------------------------------------------------------------

interface Side {
  name: 'in' | 'out';
  office: string;
  country: string;
  caseId: string;
  reference: string;
  /** [principal (adult), child, child with medical needs] */
  people: string[];
  assetId: string;
  transferId: string;
  linkId: string;
  partnerCode: string;
  opportunityId: string;
  /** Withdrawn by the DELETE row (in scope), or refused it (out of scope). */
  disposableOpportunityId: string;
  importId: string;
  /** Papers on the case: a travel document (logistics) and an invoice (finance). */
  travelDocumentId: string;
  invoiceId: string;
  /** A published information sheet for the side's country of return. */
  sheet: { sheetId: string; version: number };
}

interface SideActors {
  counsellor: Headers;
  logistics: Headers;
  partner: Headers;
}

let IN: Side;
let OUT: Side;
/** A user for PATCH /admin/users/:userId. */
let spareUserId: string;

function opportunityBody(partnerCode: string, country: string, overrides: Record<string, unknown> = {}) {
  return {
    partnerCode,
    externalReference: `REF-${randomUUID().slice(0, 8)}`,
    title: 'Assistant motor mechanic',
    iscoCode: '7231',
    requiredSkills: ['engine repair'],
    minIscedLevel: 2,
    languages: ['fr'],
    country,
    region: country === 'SN' ? 'Dakar' : 'Conakry',
    type: 'job',
    placesAvailable: 3,
    startsOn: '2026-01-05',
    expiresOn: '2099-12-31',
    ...overrides,
  };
}

function importBody(partnerCode: string, country: string) {
  const { partnerCode: _p, ...row } = opportunityBody(partnerCode, country);
  return { partnerCode, format: 'json', content: JSON.stringify([row]) };
}

async function ok(reply: Promise<Reply>, status: number, what: string): Promise<any> {
  const r = await reply;
  if (r.status !== status) throw new Error(`${what}: expected ${status}, got ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Opens a household case and drives it to pre-departure (counselled, screened, the adult's consent, everyone's
 * travel document; the child's medical clearance still missing), where the partner is sent the pre-arrival notice
 * and so sees the case. Then adds what the routes need: a skills profile, a verified asset with a transfer, an
 * opportunity in the country of return and a link to it, and a feed import.
 */
async function prepareSide(name: Side['name'], office: string, country: string, who: SideActors): Promise<Side> {
  const request = householdRequest({
    hostOffice: office,
    countryOfReturn: country,
    regionOfReturn: country === 'SN' ? 'Dakar' : 'Conakry',
  });
  for (const p of [request.principal, ...request.household] as Array<Record<string, any>>) p.nationality = country;
  request.principal.documents[0].issuingCountry = country;
  const opened = await ok(call('POST', '/cases', request, withKey(who.counsellor)), 201, `${name}: intake`);
  const caseId: string = opened.id;
  const people: string[] = [opened.principal.id, ...opened.household.map((p: { id: string }) => p.id)];
  const act = (path: string, headers: Headers, body: unknown) =>
    ok(call('POST', `/cases/${caseId}/${path}`, body, withKey(headers)), 200, `${name}: ${path}`);

  await act('counselling-sessions', who.counsellor, {
    heldOn: isoDay(0),
    language: 'fr',
    optionsDiscussed: ['legal_stay', 'onward_migration', 'return'],
    countryInformationProvided: true,
    informedChoiceConfirmed: true,
  });
  await act('screening', who.counsellor, { eligible: true, asylumClaimPending: false, fearOfReturn: false });
  const sheet = await informationSheetFor(stack.baseUrl, h('admin'), country);
  await act('pre-departure-information', who.counsellor, {
    personId: people[0],
    language: 'fr',
    sheets: [sheet],
    acknowledgedOn: isoDay(0),
  });
  await filePaper(stack.baseUrl, caseId, who.counsellor, 'signed_declaration', people[0]);
  await act('consents', who.counsellor, {
    personId: people[0],
    formVersion: 'AVRR-DECL-2026-01',
    language: 'fr',
    signedOn: isoDay(0),
    witness: 'Jeanne Roux',
    signedBy: 'self',
    shareDataWithPartner: true,
  });
  for (const personId of people) {
    await act('travel-documents/requests', who.logistics, { personId, consulate: 'Consulate General, Paris' });
    await act('travel-documents/issued', who.logistics, {
      personId,
      documentType: 'emergency_travel_document',
      number: `ETD-${personId.slice(0, 6)}`,
      expiresOn: isoDay(365),
    });
  }
  // The notice goes out when the case reaches pre-departure; the partner sees the case once the read model says so.
  await waitUntil(
    `${name}: the pre-arrival notice`,
    async () => (await call('GET', `/cases/${caseId}`, undefined, who.partner)).status === 200,
  );
  const { reference } = await ok(
    call('GET', `/cases/${caseId}`, undefined, who.partner),
    200,
    `${name}: read as partner`,
  );

  await ok(
    call(
      'PUT',
      `/cases/${caseId}/people/${people[0]}/skills-profile`,
      {
        occupations: [{ iscoCode: '7231', years: 6 }],
        skills: ['engine repair'],
        languages: ['fr'],
        iscedLevel: 2,
        monthsAbroad: 30,
      },
      who.counsellor,
    ),
    200,
    `${name}: skills profile`,
  );

  const asset = await ok(
    call(
      'POST',
      `/cases/${caseId}/assets`,
      { personId: people[0], kind: 'bank_savings', amountMinor: '1000000', currency: 'XOF' },
      who.counsellor,
    ),
    201,
    `${name}: declare`,
  );
  await ok(call('POST', `/cases/${caseId}/assets/${asset.id}/verify`, {}, h('finance')), 200, `${name}: verify`);
  const transfer = await ok(
    call('POST', `/cases/${caseId}/assets/${asset.id}/transfers`, mobileMoney('1000', 'XOF'), withKey(h('finance'))),
    201,
    `${name}: transfer`,
  );
  const travelDocument = await ok(
    call('POST', `/cases/${caseId}/documents`, paper('travel_document'), who.logistics),
    201,
    `${name}: travel document`,
  );
  const invoice = await ok(
    call('POST', `/cases/${caseId}/documents`, paper('invoice'), h('finance')),
    201,
    `${name}: invoice`,
  );

  const partnerCode = `AUTHZ-${country}-${randomUUID().slice(0, 6).toUpperCase()}`;
  const opportunity = await ok(
    call('POST', '/opportunities', opportunityBody(partnerCode, country), who.partner),
    201,
    `${name}: opportunity`,
  );
  const disposable = await ok(
    call('POST', '/opportunities', opportunityBody(partnerCode, country), who.partner),
    201,
    `${name}: opportunity to withdraw`,
  );
  const link = await ok(
    call(
      'POST',
      `/cases/${caseId}/links`,
      { personId: people[0], opportunityId: opportunity.id, on: isoDay(0) },
      who.partner,
    ),
    201,
    `${name}: link`,
  );
  const started = await ok(
    call('POST', '/opportunities/imports', importBody(partnerCode, country), who.partner),
    202,
    `${name}: import`,
  );

  return {
    name,
    office,
    country,
    caseId,
    reference,
    people,
    assetId: asset.id,
    transferId: transfer.id,
    linkId: link.id,
    partnerCode,
    opportunityId: opportunity.id,
    disposableOpportunityId: disposable.id,
    importId: started.id,
    travelDocumentId: travelDocument.id,
    invoiceId: invoice.id,
    sheet,
  };
}

beforeAll(async () => {
  stack = await startStack();
  // No logistics officer works in the other office among the default users: the administrator adds one.
  const email = `logistics.marseille.${randomUUID().slice(0, 8)}@avrr.test`;
  await ok(
    call(
      'POST',
      '/admin/users',
      { email, displayName: 'Luc Other', password: TEST_PASSWORD, role: 'logistics_officer', offices: [OTHER_OFFICE] },
      h('admin'),
    ),
    201,
    'other logistics officer',
  );
  const signedIn = await login(stack.baseUrl, email);
  // An administrator chose the password: the new user replaces it before doing anything else.
  const ownPassword = await ok(
    call(
      'POST',
      '/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: `${TEST_PASSWORD}-own` },
      { Authorization: `Bearer ${signedIn.body.accessToken}` },
    ),
    200,
    'other logistics officer chooses a password',
  );
  const otherLogistics = { Authorization: `Bearer ${ownPassword.accessToken}` };
  const spare = await ok(
    call(
      'POST',
      '/admin/users',
      {
        email: `spare.${randomUUID().slice(0, 8)}@avrr.test`,
        displayName: 'Spare User',
        password: TEST_PASSWORD,
        role: 'counsellor',
        offices: ['PARIS'],
      },
      h('admin'),
    ),
    201,
    'spare user',
  );
  spareUserId = spare.id;
  [IN, OUT] = await Promise.all([
    prepareSide('in', 'PARIS', 'SN', { counsellor: h('counsellor'), logistics: h('logistics'), partner: h('partner') }),
    prepareSide('out', OTHER_OFFICE, OTHER_COUNTRY, {
      counsellor: h('otherCounsellor'),
      logistics: otherLogistics,
      partner: h('otherPartner'),
    }),
  ]);
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

// ---------------------------------------------------------------------------------------------------------------
// The expected table.
// ---------------------------------------------------------------------------------------------------------------

interface Req {
  path: string;
  body?: unknown;
  headers?: Headers;
}
type Expect = (reply: Reply, role: Role, side: Side) => void;

/**
 * - `public`: no token needed; checked separately.
 * - `global`: not about a case; tried once per role, allowed roles get `expectIn`.
 * - `case`: about one case; allowed roles are authorised in scope and get 404 case_not_found out of scope.
 * - `money`: as `case`, but a finance officer is authorised on both cases (programme-wide).
 * - `scoped`: scope is not a case's (opportunities by country, lists and dashboards filtered to what the caller
 *   sees); the row says what each allowed role gets on each side.
 */
type Kind = 'public' | 'global' | 'case' | 'money' | 'scoped';

interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As in the OpenAPI document. */
  route: string;
  allowed: Role[];
  kind: Kind;
  req: (side: Side, role: Role) => Req | Promise<Req>;
  /** Allowed roles, in scope (default: authorised). */
  expectIn?: Expect;
  /** Allowed roles, out of scope (default for case and money: 404 case_not_found). */
  expectOut?: Expect;
  /** The service may refuse an allowed role with `role_not_allowed` at some stages (the skills profile's writer). */
  stageDependentRole?: boolean;
}

const authorised = (reply: Reply, allowStageRole = false): string =>
  [401, 403, 404].includes(reply.status) ||
  reply.status >= 500 ||
  (!allowStageRole && reply.body?.code === 'role_not_allowed')
    ? `refused: ${reply.status} ${JSON.stringify(reply.body)}`
    : 'authorised';

const status =
  (expected: number, code?: string): Expect =>
  (reply) =>
    expect({ status: reply.status, ...(code ? { code: reply.body?.code } : {}) }).toEqual({
      status: expected,
      ...(code ? { code } : {}),
    });

const caseNotFound = status(404, 'case_not_found');

const caseRoute = (suffix: string) => (s: Side) => `/cases/${s.caseId}${suffix}`;

/** A case action: POST /cases/{id}/<path>, the body built from the side's people. */
const action = (path: string, allowed: Role[], body: (s: Side) => unknown): Row => ({
  method: 'POST',
  route: `/cases/{id}/${path}`,
  allowed,
  kind: 'case',
  req: (s) => ({ path: `/cases/${s.caseId}/${path}`, body: body(s) }),
});

/** An action on the case's first protection service referral (`referral-1`), under its documented route. */
const referralAction = (step: string, allowed: Role[], body: (s: Side) => unknown): Row => ({
  method: 'POST',
  route: `/cases/{id}/protection-service-referrals/{referralId}/${step}`,
  allowed,
  kind: 'case',
  req: (s) => ({ path: `/cases/${s.caseId}/protection-service-referrals/referral-1/${step}`, body: body(s) }),
});

const booking = (s: Side) => {
  const departs = new Date(Date.now() + 10 * 86_400_000);
  departs.setUTCHours(10, 0, 0, 0);
  const arrives = new Date(departs.getTime() + 6 * 3_600_000);
  return {
    reference: 'XK7P2Q',
    segments: [
      {
        from: 'CDG',
        to: s.country === 'SN' ? 'DSS' : 'CKY',
        carrier: 'AF',
        flightNumber: '718',
        departsAt: departs.toISOString(),
        arrivesAt: arrives.toISOString(),
      },
    ],
    passengerIds: s.people,
  };
};

const VIEW_FILTER = (s: Side) => `hostOffice=${s.office}&countryOfReturn=${s.country}`;
/** A dashboard read: in scope it answers; filtered to the out-of-scope case's office and country it counts nothing. */
const view = (path: string, counted: (body: any) => number): Row => ({
  method: 'GET',
  route: `/views/${path}`,
  allowed: [P, S],
  kind: 'scoped',
  req: (s) => ({ path: `/views/${path}?${VIEW_FILTER(s)}${path === 'sustainability-scores' ? '&by=country' : ''}` }),
  expectIn: status(200),
  expectOut: (reply) => {
    expect(reply.status).toBe(200);
    expect(counted(reply.body)).toBe(0);
  },
});
const sum = (rows: any[], ...fields: string[]) =>
  rows.reduce((n, r) => n + fields.reduce((m, f) => m + Number(r[f] ?? 0), 0), 0);

/** An upload: a 1×1 PNG of the given kind. */
function paper(kind: string): FormData {
  const form = new FormData();
  form.append('kind', kind);
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  form.append('file', new Blob([png], { type: 'image/png' }), 'paper.png');
  return form;
}
/** A kind each role files, and a paper each role reads and may withdraw (DOCUMENT_KIND_RULES). */
const FILES_KIND: Partial<Record<Role, string>> = {
  counsellor: 'asset_photo',
  logistics_officer: 'travel_document',
  partner_focal_point: 'invoice',
  supervisor: 'signed_declaration',
  finance_officer: 'invoice',
};
const readsPaper = (s: Side, role: Role) => (role === L || role === C ? s.travelDocumentId : s.invoiceId);

const ROWS: Row[] = [
  // --- public --------------------------------------------------------------------------------------------------
  {
    method: 'GET',
    route: '/health',
    allowed: [],
    kind: 'public',
    req: () => ({ path: '/health' }),
    expectIn: status(200),
  },
  {
    method: 'GET',
    route: '/health/ready',
    allowed: [],
    kind: 'public',
    req: () => ({ path: '/health/ready' }),
    expectIn: status(200),
  },
  // Public, so a wrong sign-in answers as sign-in does, not "sign in first".
  {
    method: 'POST',
    route: '/auth/login',
    allowed: [],
    kind: 'public',
    req: () => ({
      path: '/auth/login',
      body: { email: `nobody.${randomUUID().slice(0, 8)}@avrr.test`, password: 'not-a-password' },
    }),
    expectIn: status(401, 'invalid_credentials'),
  },
  {
    method: 'POST',
    route: '/auth/refresh',
    allowed: [],
    kind: 'public',
    req: () => ({ path: '/auth/refresh', body: { refreshToken: 'x'.repeat(43) } }),
    expectIn: status(401, 'invalid_refresh_token'),
  },

  // --- everyone signed in ----------------------------------------------------------------------------------------
  {
    method: 'POST',
    route: '/auth/logout',
    allowed: ROLES,
    kind: 'global',
    // A sign-in of its own, since logging out ends the session the other rows use.
    req: async (_, role) => {
      const signedIn = await login(stack.baseUrl, TEST_USERS[ACTOR_OF[role]].email);
      return {
        path: '/auth/logout',
        body: { refreshToken: signedIn.body.refreshToken },
        headers: { Authorization: `Bearer ${signedIn.body.accessToken}` },
      };
    },
    expectIn: status(204),
  },
  {
    method: 'POST',
    route: '/auth/password',
    allowed: ROLES,
    kind: 'global',
    // The current password again as the new one: past the guard and the password check, refused as unchanged, so the
    // shared test users keep their passwords and sessions.
    req: () => ({ path: '/auth/password', body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }),
    expectIn: (reply) =>
      expect({ status: reply.status, violations: reply.body?.violations }).toEqual({
        status: 400,
        violations: [{ field: 'newPassword', reason: 'must differ from the current password' }],
      }),
  },
  {
    method: 'GET',
    route: '/auth/me',
    allowed: ROLES,
    kind: 'global',
    req: () => ({ path: '/auth/me' }),
    expectIn: (reply, role) => expect({ status: reply.status, role: reply.body?.role }).toEqual({ status: 200, role }),
  },

  {
    method: 'GET',
    route: '/partner-organisations',
    allowed: [C, S],
    kind: 'global',
    req: () => ({ path: `/partner-organisations?country=${PARTNER_COUNTRIES[0]}` }),
    expectIn: status(200),
  },

  // Suppliers of in-kind assistance (issue 16, part 5), within the countries each role works in.
  {
    method: 'GET',
    route: '/service-providers',
    allowed: [P, S, F, A],
    kind: 'global',
    req: () => ({ path: '/service-providers' }),
    expectIn: status(200),
  },
  {
    method: 'POST',
    route: '/service-providers',
    allowed: [P, S, A],
    kind: 'global',
    req: (s) => ({
      path: '/service-providers',
      body: { country: s.country, name: `Authz supplier ${randomUUID().slice(0, 8)}`, kind: 'equipment', contact: 'c' },
    }),
    expectIn: status(201),
  },
  {
    method: 'PATCH',
    route: '/service-providers/{providerId}',
    allowed: [P, S, A],
    kind: 'global',
    req: () => ({ path: `/service-providers/${randomUUID()}`, body: { contact: 'c' } }),
    expectIn: status(404, 'service_provider_not_found'),
  },

  // --- administrator: users and reference data ---------------------------------------------------------------------
  // Pre-departure information sheets (issue 16, part 2): administrators keep them, counsellors and supervisors read.
  {
    method: 'GET',
    route: '/information-sheets',
    allowed: [C, S, A],
    kind: 'global',
    req: () => ({ path: '/information-sheets?country=SN' }),
    expectIn: status(200),
  },
  {
    method: 'POST',
    route: '/information-sheets',
    allowed: [A],
    kind: 'global',
    req: () => ({
      path: '/information-sheets',
      body: { countryOfReturn: 'BJ', topic: 'contacts', language: 'fr', title: 'Contacts', body: 'Cotonou.' },
    }),
    expectIn: status(201),
  },
  {
    method: 'GET',
    route: '/information-sheets/{sheetId}',
    allowed: [C, S, A],
    kind: 'global',
    req: () => ({ path: `/information-sheets/${IN.sheet.sheetId}` }),
    expectIn: status(200),
  },
  {
    method: 'POST',
    route: '/information-sheets/{sheetId}/versions',
    allowed: [A],
    kind: 'global',
    req: () => ({ path: `/information-sheets/${IN.sheet.sheetId}/versions`, body: { title: 'Accueil', body: 'v+1' } }),
    expectIn: status(201),
  },
  {
    method: 'GET',
    route: '/information-sheets/{sheetId}/versions/{version}',
    allowed: [C, S, A],
    kind: 'global',
    req: () => ({ path: `/information-sheets/${IN.sheet.sheetId}/versions/1` }),
    expectIn: status(200),
  },
  {
    method: 'POST',
    route: '/admin/offices',
    allowed: [A],
    kind: 'global',
    req: () => ({
      path: '/admin/offices',
      body: { code: `AUTHZ-${randomUUID().slice(0, 8).toUpperCase()}`, name: 'Authz office', country: 'FR' },
    }),
    expectIn: status(201),
  },
  {
    method: 'GET',
    route: '/admin/offices',
    allowed: [A],
    kind: 'global',
    req: () => ({ path: '/admin/offices' }),
    expectIn: status(200),
  },
  {
    method: 'POST',
    route: '/admin/partner-organisations',
    allowed: [A],
    kind: 'global',
    req: () => ({
      path: '/admin/partner-organisations',
      // A country no case of the suites returns to: a second organisation covering SN would make every intake to SN
      // name its organisation.
      body: { name: `Authz network ${randomUUID().slice(0, 8)}`, countries: ['ZW'] },
    }),
    expectIn: status(201),
  },
  {
    method: 'GET',
    route: '/admin/partner-organisations',
    allowed: [A],
    kind: 'global',
    req: () => ({ path: '/admin/partner-organisations' }),
    expectIn: status(200),
  },
  {
    method: 'POST',
    route: '/admin/users',
    allowed: [A],
    kind: 'global',
    req: () => ({
      path: '/admin/users',
      body: {
        email: `authz.${randomUUID().slice(0, 8)}@avrr.test`,
        displayName: 'New Counsellor',
        password: TEST_PASSWORD,
        role: 'counsellor',
        offices: ['PARIS'],
      },
    }),
    expectIn: status(201),
  },
  {
    method: 'GET',
    route: '/admin/users',
    allowed: [A],
    kind: 'global',
    req: () => ({ path: '/admin/users' }),
    expectIn: status(200),
  },
  {
    method: 'PATCH',
    route: '/admin/users/{userId}',
    allowed: [A],
    kind: 'global',
    req: () => ({ path: `/admin/users/${spareUserId}`, body: { displayName: 'Spare User Renamed' } }),
    expectIn: status(200),
  },
  {
    method: 'POST',
    route: '/admin/users/{userId}/unlock',
    allowed: [A],
    kind: 'global',
    req: () => ({ path: `/admin/users/${spareUserId}/unlock`, body: {} }),
    expectIn: status(200),
  },
  // Dead letters are operations, not case content.
  {
    method: 'GET',
    route: '/notifications/dead-letters',
    allowed: [A],
    kind: 'global',
    req: () => ({ path: '/notifications/dead-letters' }),
    expectIn: status(200),
  },
  {
    method: 'POST',
    route: '/notifications/dead-letters/{id}/retry',
    allowed: [A],
    kind: 'global',
    req: () => ({ path: '/notifications/dead-letters/no-such-letter/retry', body: {} }),
    expectIn: status(404, 'dead_letter_not_found'),
  },
  // Their own inbox and notification choices: the staff notifications reach; each call is about the caller only.
  {
    method: 'GET',
    route: '/me/notifications',
    allowed: [C, L, P, S],
    kind: 'global',
    req: () => ({ path: '/me/notifications' }),
    expectIn: status(200),
  },
  {
    method: 'POST',
    route: '/me/notifications/read-all',
    allowed: [C, L, P, S],
    kind: 'global',
    req: () => ({ path: '/me/notifications/read-all', body: {} }),
    expectIn: status(200),
  },
  {
    method: 'POST',
    route: '/me/notifications/{id}/read',
    allowed: [C, L, P, S],
    kind: 'global',
    req: () => ({ path: `/me/notifications/${randomUUID()}/read`, body: {} }),
    expectIn: status(404, 'notification_not_found'),
  },
  {
    method: 'GET',
    route: '/me/notification-preferences',
    allowed: [C, L, P, S],
    kind: 'global',
    req: () => ({ path: '/me/notification-preferences' }),
    expectIn: status(200),
  },
  {
    method: 'PUT',
    route: '/me/notification-preferences',
    allowed: [C, L, P, S],
    kind: 'global',
    req: () => ({ path: '/me/notification-preferences', body: { emailLanguage: 'en', digest: false, channels: [] } }),
    expectIn: status(200),
  },
  // Checking the audit chain: the administrator (operations) and supervisors (who read audit histories).
  {
    method: 'GET',
    route: '/audit/verify',
    allowed: [A, S],
    kind: 'global',
    req: () => ({ path: '/audit/verify' }),
    expectIn: status(200),
  },
  // ISCO-08 is reference data for everyone who records or reads skills; finance has no use for it.
  {
    method: 'GET',
    route: '/occupations/search',
    allowed: [C, L, P, S, A],
    kind: 'global',
    req: () => ({ path: '/occupations/search?q=car%20mechanic' }),
    expectIn: status(200),
  },
  {
    method: 'GET',
    route: '/occupations/groups/{code}',
    allowed: [C, L, P, S, A],
    kind: 'global',
    req: () => ({ path: '/occupations/groups/7231' }),
    expectIn: status(200),
  },

  // --- cases: intake (counsellor) and reading (the staff who work on cases; not finance, not the administrator) -----
  {
    method: 'POST',
    route: '/cases',
    allowed: [C],
    kind: 'scoped',
    req: (s) => ({
      path: '/cases',
      body: householdRequest({ hostOffice: s.office, countryOfReturn: s.country, regionOfReturn: 'Dakar' }),
    }),
    expectIn: status(201),
    // A counsellor opens cases for their own offices only.
    expectOut: status(403, 'office_out_of_scope'),
  },
  {
    method: 'GET',
    route: '/cases',
    allowed: [C, L, P, S],
    kind: 'scoped',
    req: (s) => ({ path: `/cases?q=${encodeURIComponent(s.reference)}` }),
    expectIn: (reply, _role, s) =>
      expect({ status: reply.status, ids: reply.body?.items?.map((c: { id: string }) => c.id) }).toEqual({
        status: 200,
        ids: [s.caseId],
      }),
    expectOut: (reply) =>
      expect({ status: reply.status, items: reply.body?.items }).toEqual({ status: 200, items: [] }),
  },
  // Their own work queue: what waits on their role, among the cases they see.
  {
    method: 'GET',
    route: '/me/work',
    allowed: [C, L, P, S],
    kind: 'scoped',
    req: () => ({ path: '/me/work' }),
    expectIn: (reply, role) => expect({ status: reply.status, role: reply.body?.role }).toEqual({ status: 200, role }),
    expectOut: (reply, role) => {
      expect(reply.status).toBe(200);
      const items: Array<{ caseId: string; hostOffice: string; countryOfReturn: string }> = reply.body.items;
      expect(items.map((i) => i.caseId)).not.toContain(OUT.caseId);
      const outside = items.filter((i) =>
        role === P
          ? !PARTNER_COUNTRIES.includes(i.countryOfReturn)
          : !(TEST_OFFICES as readonly string[]).includes(i.hostOffice),
      );
      expect(outside).toEqual([]);
    },
  },
  {
    method: 'GET',
    route: '/cases/{id}',
    allowed: [C, L, P, S],
    kind: 'case',
    req: (s) => ({ path: caseRoute('')(s) }),
  },
  {
    method: 'GET',
    route: '/cases/{id}/timeline',
    allowed: [C, L, P, S],
    kind: 'case',
    req: (s) => ({ path: caseRoute('/timeline')(s) }),
  },
  // Supervisors read a case's audit history.
  {
    method: 'GET',
    route: '/cases/{id}/audit',
    allowed: [S],
    kind: 'case',
    req: (s) => ({ path: caseRoute('/audit')(s) }),
  },

  // --- the case file: papers (finance: money papers, programme-wide) and duplicate persons -----------------------------
  {
    method: 'GET',
    route: '/cases/{id}/documents',
    allowed: [C, L, P, S, F],
    kind: 'money',
    req: (s) => ({ path: caseRoute('/documents')(s) }),
  },
  {
    method: 'POST',
    route: '/cases/{id}/documents',
    allowed: [C, L, P, S, F],
    kind: 'money',
    req: (s, role) => ({ path: caseRoute('/documents')(s), body: paper(FILES_KIND[role] ?? 'invoice') }),
  },
  {
    method: 'GET',
    route: '/cases/{id}/documents/{documentId}/content',
    allowed: [C, L, P, S, F],
    kind: 'money',
    req: (s, role) => ({ path: caseRoute(`/documents/${readsPaper(s, role)}/content`)(s) }),
  },
  // Withdrawn once; the next roles get 410 document_withdrawn, which is past authorization.
  {
    method: 'POST',
    route: '/cases/{id}/documents/{documentId}/withdrawal',
    allowed: [C, L, P, S, F],
    kind: 'money',
    req: (s, role) => ({
      path: caseRoute(`/documents/${readsPaper(s, role)}/withdrawal`)(s),
      body: { reason: 'Replaced by a clearer scan' },
    }),
  },
  {
    method: 'GET',
    route: '/cases/{id}/possible-duplicates',
    allowed: [C, S],
    kind: 'case',
    req: (s) => ({ path: caseRoute('/possible-duplicates')(s) }),
  },
  {
    method: 'GET',
    route: '/cases/{id}/assignment/options',
    allowed: [S],
    kind: 'case',
    req: (s) => ({ path: caseRoute('/assignment/options')(s) }),
  },
  // Its own office again: 409 assignment_unchanged in scope, which is past authorization.
  {
    method: 'POST',
    route: '/cases/{id}/assignment',
    allowed: [S],
    kind: 'case',
    req: (s) => ({ path: caseRoute('/assignment')(s), body: { hostOffice: s.office, reason: 'Authorization check' } }),
  },
  // Subject-access export: supervisors, for the people of cases in their scope.
  {
    method: 'GET',
    route: '/cases/{id}/people/{personId}/subject-access',
    allowed: [S],
    kind: 'case',
    req: (s) => ({ path: caseRoute(`/people/${s.people[0]}/subject-access`)(s) }),
  },
  {
    method: 'GET',
    route: '/cases/{id}/people/{personId}/subject-access/html',
    allowed: [S],
    kind: 'case',
    req: (s) => ({ path: caseRoute(`/people/${s.people[0]}/subject-access/html`)(s) }),
  },
  // The case is open: 409 case_open in scope, which is past authorization.
  {
    method: 'POST',
    route: '/cases/{id}/erasure',
    allowed: [S],
    kind: 'case',
    req: (s) => ({ path: caseRoute('/erasure')(s), body: { requestedBy: s.people[0], reason: 'Authorization check' } }),
  },
  // No such match: 409 duplicate_match_not_found in scope, which is past authorization.
  {
    method: 'POST',
    route: '/cases/{id}/possible-duplicates/decisions',
    allowed: [C],
    kind: 'case',
    req: (s) => ({
      path: caseRoute('/possible-duplicates/decisions')(s),
      body: { personId: s.people[0], otherPersonId: randomUUID(), decision: 'dismissed' },
    }),
  },

  // --- money: the counsellor declares and arranges, finance verifies, executes and confirms -------------------------
  {
    method: 'GET',
    route: '/cases/{id}/assets',
    allowed: [C, S, F],
    kind: 'money',
    req: (s) => ({ path: caseRoute('/assets')(s) }),
  },
  {
    method: 'POST',
    route: '/cases/{id}/assets',
    allowed: [C],
    kind: 'money',
    req: (s) => ({
      path: caseRoute('/assets')(s),
      body: { personId: s.people[0], kind: 'deposit', amountMinor: '5000', currency: 'EUR' },
    }),
  },
  {
    method: 'POST',
    route: '/cases/{id}/assets/{assetId}/verify',
    allowed: [F],
    kind: 'money',
    req: (s) => ({ path: caseRoute(`/assets/${s.assetId}/verify`)(s), body: {} }),
  },
  {
    method: 'POST',
    route: '/cases/{id}/assets/{assetId}/transfers',
    allowed: [C, F],
    kind: 'money',
    req: (s) => ({ path: caseRoute(`/assets/${s.assetId}/transfers`)(s), body: mobileMoney('1000', 'XOF') }),
  },
  {
    method: 'POST',
    route: '/cases/{id}/transfers/{transferId}/initiate',
    allowed: [F],
    kind: 'money',
    req: (s) => ({ path: caseRoute(`/transfers/${s.transferId}/initiate`)(s), body: {} }),
  },
  {
    method: 'POST',
    route: '/cases/{id}/transfers/{transferId}/confirm',
    allowed: [F],
    kind: 'money',
    req: (s) => ({
      path: caseRoute(`/transfers/${s.transferId}/confirm`)(s),
      body: { providerReference: `OM-${s.name}-1` },
    }),
  },
  {
    method: 'POST',
    route: '/cases/{id}/transfers/{transferId}/fail',
    allowed: [F],
    kind: 'money',
    req: (s) => ({
      path: caseRoute(`/transfers/${s.transferId}/fail`)(s),
      body: { reason: 'Rejected by the operator' },
    }),
  },
  {
    method: 'POST',
    route: '/cases/{id}/transfers/{transferId}/retry',
    allowed: [F],
    kind: 'money',
    req: (s) => ({ path: caseRoute(`/transfers/${s.transferId}/retry`)(s), body: {} }),
  },
  {
    method: 'POST',
    route: '/cases/{id}/transfers/{transferId}/cancel',
    allowed: [C, F],
    kind: 'money',
    req: (s) => ({
      path: caseRoute(`/transfers/${s.transferId}/cancel`)(s),
      body: { reason: 'The family changed the account' },
    }),
  },
  {
    method: 'GET',
    route: '/cases/{id}/statement',
    allowed: [C, S, F],
    kind: 'money',
    req: (s) => ({ path: caseRoute('/statement')(s) }),
  },

  // --- the reintegration grant (set up by a supervisor or finance, paid by finance) and the reconciliation export ---
  {
    method: 'POST',
    route: '/cases/{id}/grant',
    allowed: [S, F],
    kind: 'money',
    // The in-scope case's plan is not approved yet: the rule refuses, which proves the caller got that far.
    req: (s) => ({
      path: caseRoute('/grant')(s),
      body: { tranches: [{ milestone: 'plan_agreed', amountMinor: '1000', currency: 'XOF', recipient: 'returnee' }] },
    }),
  },
  {
    method: 'GET',
    route: '/cases/{id}/grant',
    allowed: [C, P, S, F],
    kind: 'money',
    req: (s) => ({ path: caseRoute('/grant')(s) }),
    expectIn: status(404, 'grant_not_found'),
  },
  {
    method: 'POST',
    route: '/cases/{id}/grant/tranches/{trancheId}/payment',
    allowed: [F],
    kind: 'money',
    req: (s) => ({ path: caseRoute(`/grant/tranches/${randomUUID()}/payment`)(s), body: { proofReference: 'WAVE-1' } }),
    expectIn: status(404, 'tranche_not_found'),
  },
  {
    method: 'GET',
    route: '/finance/work',
    allowed: [F],
    kind: 'global',
    req: () => ({ path: '/finance/work?limit=5' }),
  },
  {
    method: 'POST',
    route: '/reconciliation-exports',
    allowed: [S, F],
    kind: 'global',
    req: () => ({ path: '/reconciliation-exports', body: { hostOffice: 'PARIS', from: isoDay(-1), to: isoDay(0) } }),
    expectIn: status(202),
  },
  {
    method: 'GET',
    route: '/reconciliation-exports/{exportId}',
    allowed: [S, F],
    kind: 'global',
    req: () => ({ path: `/reconciliation-exports/${randomUUID()}` }),
    expectIn: status(404, 'export_not_found'),
  },
  {
    method: 'GET',
    route: '/reconciliation-exports/{exportId}/csv',
    allowed: [S, F],
    kind: 'global',
    req: () => ({ path: `/reconciliation-exports/${randomUUID()}/csv` }),
    expectIn: status(404, 'export_not_found'),
  },

  // --- reintegration: skills (counsellor before arrival, partner after), surveys, links, matching (partner) ---------
  {
    method: 'PUT',
    route: '/cases/{id}/people/{personId}/skills-profile',
    allowed: [C, P],
    kind: 'case',
    stageDependentRole: true,
    req: (s) => ({
      path: caseRoute(`/people/${s.people[0]}/skills-profile`)(s),
      body: { occupations: [{ iscoCode: '7231', years: 7 }], languages: ['fr'] },
    }),
  },
  {
    method: 'GET',
    route: '/cases/{id}/people/{personId}/skills-profile',
    allowed: [C, P, S],
    kind: 'case',
    req: (s) => ({ path: caseRoute(`/people/${s.people[0]}/skills-profile`)(s) }),
  },
  {
    method: 'POST',
    route: '/cases/{id}/follow-ups/{visitNumber}/survey',
    allowed: [P],
    kind: 'case',
    req: (s) => ({ path: caseRoute('/follow-ups/1/survey')(s), body: { answers: SURVEY_ANSWERS } }),
  },
  {
    method: 'GET',
    route: '/cases/{id}/surveys',
    allowed: [P, S],
    kind: 'case',
    req: (s) => ({ path: caseRoute('/surveys')(s) }),
  },
  {
    method: 'GET',
    route: '/cases/{id}/links',
    allowed: [C, P, S],
    kind: 'case',
    req: (s) => ({ path: caseRoute('/links')(s) }),
  },
  {
    method: 'POST',
    route: '/cases/{id}/links',
    allowed: [P],
    kind: 'case',
    req: (s) => ({
      path: caseRoute('/links')(s),
      body: { personId: s.people[1], opportunityId: s.opportunityId, on: isoDay(0) },
    }),
  },
  {
    method: 'POST',
    route: '/cases/{id}/links/{linkId}/steps',
    allowed: [P],
    kind: 'case',
    req: (s) => ({ path: caseRoute(`/links/${s.linkId}/steps`)(s), body: { status: 'referred', on: isoDay(0) } }),
  },
  {
    method: 'GET',
    route: '/cases/{id}/people/{personId}/matches',
    allowed: [P],
    kind: 'case',
    req: (s) => ({ path: caseRoute(`/people/${s.people[0]}/matches`)(s) }),
  },
  {
    method: 'GET',
    route: '/opportunities/{id}/matches',
    allowed: [P],
    kind: 'scoped',
    req: (s) => ({ path: `/opportunities/${s.opportunityId}/matches` }),
    expectIn: status(200),
    expectOut: status(404, 'opportunity_not_found'),
  },

  // --- opportunities: host-office staff read them all; a partner reads and manages those of their countries ---------
  {
    method: 'POST',
    route: '/opportunities',
    allowed: [P],
    kind: 'scoped',
    req: (s) => ({ path: '/opportunities', body: opportunityBody(s.partnerCode, s.country) }),
    expectIn: status(201),
    expectOut: status(403, 'opportunity_out_of_scope'),
  },
  {
    method: 'GET',
    route: '/opportunities',
    allowed: [C, P, S],
    kind: 'scoped',
    req: (s) => ({ path: `/opportunities?partnerCode=${s.partnerCode}` }),
    expectIn: (reply, _role, s) => {
      expect(reply.status).toBe(200);
      expect(reply.body.items.map((o: { id: string }) => o.id)).toContain(s.opportunityId);
    },
    expectOut: (reply, role, s) => {
      expect(reply.status).toBe(200);
      const ids = reply.body.items.map((o: { id: string }) => o.id);
      if (role === P) expect(ids).toEqual([]);
      else expect(ids).toContain(s.opportunityId);
    },
  },
  {
    method: 'POST',
    route: '/opportunities/imports',
    allowed: [P],
    kind: 'scoped',
    req: (s) => ({ path: '/opportunities/imports', body: importBody(s.partnerCode, s.country) }),
    expectIn: status(202),
    expectOut: status(202),
  },
  {
    method: 'GET',
    route: '/opportunities/imports/{id}',
    allowed: [P],
    kind: 'scoped',
    req: (s) => ({ path: `/opportunities/imports/${s.importId}` }),
    expectIn: status(200),
    expectOut: status(404, 'opportunity_import_not_found'),
  },
  {
    method: 'GET',
    route: '/opportunities/{id}',
    allowed: [C, P, S],
    kind: 'scoped',
    req: (s) => ({ path: `/opportunities/${s.opportunityId}` }),
    expectIn: status(200),
    expectOut: (reply, role) =>
      role === P ? status(404, 'opportunity_not_found')(reply, role, OUT) : status(200)(reply, role, OUT),
  },
  {
    method: 'PATCH',
    route: '/opportunities/{id}',
    allowed: [P],
    kind: 'scoped',
    req: async (s) => {
      // The version to send: read it as the side's own partner would (the default partner for the in-scope side).
      const read =
        s.name === 'in'
          ? await call('GET', `/opportunities/${s.opportunityId}`, undefined, h('partner'))
          : await call('GET', `/opportunities/${s.opportunityId}`, undefined, h('otherPartner'));
      return { path: `/opportunities/${s.opportunityId}`, body: { placesAvailable: 2, version: read.body.version } };
    },
    expectIn: status(200),
    expectOut: status(404, 'opportunity_not_found'),
  },
  {
    method: 'DELETE',
    route: '/opportunities/{id}',
    allowed: [P],
    kind: 'scoped',
    req: (s) => ({ path: `/opportunities/${s.disposableOpportunityId}` }),
    expectIn: status(204),
    expectOut: status(404, 'opportunity_not_found'),
  },

  // --- dashboards: partners and supervisors, over the cases they see ------------------------------------------------
  view('cases-by-stage', (b) => sum(b, 'cases')),
  view('time-in-stage', (b) => sum(b, 'cases')),
  view('overdue-follow-ups', (b) => b.length),
  view('placements-by-type', (b) => sum(b, 'placed', 'declined', 'open')),
  view('sustainability-scores', (b) => sum(b, 'surveys')),
  view('score-change', (b) => b.summary.cases),
  // The outcome report for donors: supervisors alone.
  {
    ...view('outcomes', (b) =>
      sum(
        b.filter((r: any) => r.vulnerability === 'all'),
        'returned',
      ),
    ),
    allowed: [S],
  },

  // --- case actions, in the order of a case's life -----------------------------------------------------------------
  // counsellor: counselling, screening, consent
  action('counselling-sessions', [C], () => ({
    heldOn: isoDay(0),
    language: 'fr',
    optionsDiscussed: ['return'],
    countryInformationProvided: true,
    informedChoiceConfirmed: true,
  })),
  action('screening', [C], () => ({ eligible: true, asylumClaimPending: false, fearOfReturn: false })),
  action('pre-departure-information', [C], (s) => ({
    personId: s.people[0],
    language: 'fr',
    sheets: [s.sheet],
    acknowledgedOn: isoDay(0),
  })),
  action('consents', [C], (s) => ({
    personId: s.people[0],
    formVersion: 'AVRR-DECL-2026-01',
    language: 'fr',
    signedOn: isoDay(0),
    witness: 'Jeanne Roux',
    signedBy: 'self',
    shareDataWithPartner: true,
  })),
  // Trafficking risk is assessed in the host country (counsellor) and in the country of return (partner).
  action('trafficking-risk-assessments', [C, P], (s) => ({
    personId: s.people[0],
    country: 'return',
    outcome: 'acceptable',
  })),
  // The partner assesses the family and refers to protection services in the country of return (DOMAIN.md).
  action('family-assessments', [P], (s) => ({ personId: s.people[1], outcome: 'positive', assessedOn: isoDay(0) })),
  action('protection-referrals', [P], (s) => ({
    personId: s.people[0],
    service: 'Centre Ginddi',
    referredOn: isoDay(0),
  })),
  // Supervisor: approvals (best-interests determinations).
  action('best-interests-determinations', [S], (s) => ({
    personId: s.people[1],
    decision: 'approved',
    decidedOn: isoDay(0),
  })),
  // logistics: travel documents, medical clearance, booking, departure
  action('travel-documents/requests', [L], (s) => ({ personId: s.people[0], consulate: 'Consulate General, Paris' })),
  action('travel-documents/issued', [L], (s) => ({
    personId: s.people[0],
    documentType: 'passport',
    number: 'P-778899',
    expiresOn: isoDay(400),
  })),
  action('medical-clearances', [L], (s) => ({
    personId: s.people[2],
    fitToTravel: true,
    certificateValidUntil: isoDay(60),
    escortRequired: false,
  })),
  action('booking', [L], booking),
  action('booking/rebook', [L], booking),
  // Anyone working on the case may put it on protection hold when they learn of a risk; only a supervisor lifts it.
  action('protection-hold', [C, L, P, S], () => ({ reason: 'Fear of return stated in an interview' })),
  // On hold: the supervisor reviews it and refers to a protection service; the host office records the answers.
  action('protection-hold/reviews', [S], () => ({
    note: 'Reviewed with the protection officer',
    nextReviewOn: isoDay(14),
  })),
  action('protection-service-referrals', [S], (s) => ({
    personId: s.people[0],
    service: 'legal_aid',
    provider: 'Cimade, Lyon',
    consentGivenOn: isoDay(0),
  })),
  referralAction('response', [C, S], () => ({ response: 'accepted', respondedOn: isoDay(0) })),
  referralAction('follow-ups', [C, S], () => ({ heldOn: isoDay(0), note: 'Seen at the legal aid office' })),
  action('protection-hold/lift', [S], () => ({ reason: 'Reviewed with the protection officer' })),
  action('departure', [L], () => ({ departedAt: new Date().toISOString() })),
  action('no-show', [L], () => ({ reason: 'Did not come to the airport' })),
  // Household amendments, tried after departure so the case's gates stay as they are: 409 already_departed is past
  // authorization; a contact may still be corrected.
  action('household/members', [C], () => ({
    relationship: 'sibling',
    givenNames: 'Cheikh',
    familyName: 'Sarr',
    dateOfBirth: '1980-01-01',
    sex: 'male',
    nationality: 'SN',
    languages: ['wo'],
  })),
  {
    method: 'POST',
    route: '/cases/{id}/household/members/{personId}/not-travelling',
    allowed: [C],
    kind: 'case',
    req: (s) => ({
      path: caseRoute(`/household/members/${s.people[0]}/not-travelling`)(s),
      body: { reason: 'stays in Lyon' },
    }),
  },
  {
    method: 'PUT',
    route: '/cases/{id}/household/members/{personId}/vulnerabilities',
    allowed: [C],
    kind: 'case',
    req: (s) => ({
      path: caseRoute(`/household/members/${s.people[0]}/vulnerabilities`)(s),
      body: { vulnerabilities: [], reason: 'corrected' },
    }),
  },
  {
    method: 'PUT',
    route: '/cases/{id}/household/members/{personId}/contact',
    allowed: [C],
    kind: 'case',
    req: (s) => ({
      path: caseRoute(`/household/members/${s.people[0]}/contact`)(s),
      body: { phone: '+221 77 123 45 67' },
    }),
  },
  action('booking/cancel', [L], () => ({ reason: 'Flight cancelled by the carrier' })),
  action('travel-documents/refusals', [L], (s) => ({
    personId: s.people[1],
    reason: 'Nationality could not be confirmed',
  })),
  // Supervisor: decides a stranded case.
  action('stranded-decision', [S], () => ({
    decision: 'retry',
    note: 'Ask the consulate again with the birth certificate',
  })),
  // partner: arrival, plan, milestones, follow-ups; supervisor: plan approval
  action('arrival', [P], () => ({ arrivedAt: new Date().toISOString(), metAtAirport: true, onwardTransport: true })),
  action('reintegration-plan', [P], () => ({
    components: [
      {
        dimension: 'economic',
        description: 'Garage apprenticeship',
        budgetLines: [{ description: 'Tools', amountMinor: 50000, currency: 'XOF' }],
      },
    ],
  })),
  action('reintegration-plan/approve', [S], () => ({ note: 'Approved' })),
  action('reintegration-plan/reject', [S], () => ({ reason: 'The budget needs a quote' })),
  action('milestones', [P], (s) => ({ kind: 'plan_agreed', personId: s.people[0], achievedOn: isoDay(0) })),
  action('follow-ups', [P], () => ({ visitedOn: isoDay(0), notes: 'Visit 1: apprenticeship started' })),
  // The final report: filed by the partner, decided by the supervisor (issue 16, part 5).
  action('final-report', [P], () => ({ lines: [], narrative: 'Report for the matrix test' })),
  action('final-report/validation', [S], () => ({})),
  action('final-report/return', [S], () => ({ reason: 'Returned for the matrix test' })),
  // Supervisor: closure and reopening; consent withdrawal (counsellor, or the supervisor) closes the case: last.
  action('closure', [S], () => ({ outcome: 'lost_contact', reason: 'Closed for the matrix test' })),
  action('reopening', [S], () => ({ reason: 'Reopened for the matrix test' })),
  action('consent-withdrawal', [C, S], () => ({ reason: 'The family decided to stay' })),
];

const keyOf = (method: string, route: string) => `${method.toUpperCase()} ${route}`;
const TABLE_KEYS = ROWS.map((r) => keyOf(r.method, r.route));

// ---------------------------------------------------------------------------------------------------------------
// The checks: every row × every role × (in scope, out of scope).
// ---------------------------------------------------------------------------------------------------------------

interface Check {
  label: string;
  row: Row;
  role: Role;
  side: Side['name'];
}

const sidesOf = (row: Row): Array<Side['name']> => (row.kind === 'global' ? ['in'] : ['in', 'out']);
const CHECKS: Check[] = ROWS.filter((r) => r.kind !== 'public').flatMap((row) =>
  ROLES.flatMap((role) =>
    sidesOf(row).map((side) => ({
      label: `${row.method} ${row.route} as ${role}${row.kind === 'global' ? '' : side === 'in' ? ', in scope' : ', out of scope'}: ${expectedLabel(row, role, side)}`,
      row,
      role,
      side,
    })),
  ),
);

function expectedLabel(row: Row, role: Role, side: Side['name']): string {
  if (!row.allowed.includes(role)) return '403 permission_denied';
  if (row.kind === 'global' || side === 'in') return 'allowed';
  if (row.kind === 'case' || (row.kind === 'money' && role !== F)) return '404 case_not_found';
  return row.kind === 'money' ? 'allowed (programme-wide)' : 'as the row says';
}

async function send(row: Row, role: Role | null, side: Side, extraHeaders: Headers = {}): Promise<Reply> {
  const req = await row.req(side, role ?? P);
  // Without a role the request goes unsigned: a row's own headers may carry a sign-in of their own.
  const headers = {
    ...(role ? as(role) : {}),
    ...(row.method === 'GET' ? {} : { 'Idempotency-Key': randomUUID() }),
    ...(role ? req.headers : {}),
    ...extraHeaders,
  };
  return call(row.method, req.path, req.body, headers);
}

async function runCheck({ row, role, side: sideName }: Check): Promise<void> {
  const side = sideName === 'in' ? IN : OUT;
  const reply = await send(row, role, side);
  if (!row.allowed.includes(role)) {
    expect({ status: reply.status, code: reply.body?.code }).toEqual({ status: 403, code: 'permission_denied' });
    return;
  }
  const inScope = row.kind === 'global' || sideName === 'in' || (row.kind === 'money' && role === F);
  // Finance works programme-wide: on money routes the out-of-scope case answers as the in-scope one does.
  if (inScope && row.expectIn && (sideName === 'in' || row.kind === 'money')) return row.expectIn(reply, role, side);
  if (!inScope || (row.kind === 'scoped' && sideName === 'out')) {
    if (row.expectOut) return row.expectOut(reply, role, side);
    return caseNotFound(reply, role, side);
  }
  expect(authorised(reply, row.stageDependentRole)).toBe('authorised');
}

describe('the table', () => {
  it('covers every route the app serves (OpenAPI and Nest router), and names no route that does not exist', async () => {
    const doc = await call('GET', '/docs/json');
    expect(doc.status).toBe(200);
    const fromOpenApi = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) =>
        Object.keys(ops)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'].includes(m))
          .map((m) => keyOf(m, path)),
    );
    expect([...new Set(TABLE_KEYS)].length).toBe(TABLE_KEYS.length);
    expect(fromOpenApi.filter((k) => !TABLE_KEYS.includes(k))).toEqual([]);
    expect(TABLE_KEYS.filter((k) => !fromOpenApi.includes(k))).toEqual([]);
    // Nest's own router, in case a route is hidden from the OpenAPI document.
    const fromNest = nestRoutes();
    expect(fromNest.filter((k) => !TABLE_KEYS.includes(k))).toEqual([]);
    expect(TABLE_KEYS.filter((k) => !fromNest.includes(k))).toEqual([]);
  });

  it('the two cases are real and seen by the same roles in their own office and organisation', async () => {
    // Without this, a 404 out of scope could come from a broken fixture rather than from the scope.
    for (const who of ['otherCounsellor', 'otherSupervisor', 'otherPartner'] as const) {
      expect((await call('GET', `/cases/${OUT.caseId}`, undefined, h(who))).status).toBe(200);
      expect((await call('GET', `/cases/${IN.caseId}`, undefined, h(who))).body?.code).toBe('case_not_found');
    }
    expect((await call('GET', `/cases/${OUT.caseId}/assets`, undefined, h('otherCounsellor'))).status).toBe(200);
    expect((await call('GET', `/opportunities/${OUT.opportunityId}`, undefined, h('otherPartner'))).status).toBe(200);
    expect((await call('GET', `/opportunities/${IN.opportunityId}`, undefined, h('otherPartner'))).body?.code).toBe(
      'opportunity_not_found',
    );
    const counted = await call('GET', `/views/cases-by-stage?${VIEW_FILTER(OUT)}`, undefined, h('otherSupervisor'));
    expect(sum(counted.body, 'cases')).toBeGreaterThanOrEqual(1);
    const placements = await call('GET', `/views/placements-by-type?${VIEW_FILTER(OUT)}`, undefined, h('otherPartner'));
    expect(sum(placements.body, 'open')).toBeGreaterThanOrEqual(1);
  });
});

describe('without a valid token every route but the public ones answers 401', () => {
  const forged = forgedToken();
  it.concurrent.each(ROWS.filter((r) => r.kind !== 'public').map((r) => [keyOf(r.method, r.route), r] as const))(
    '%s',
    async (_, row) => {
      expect(await codeOf(send(row, null, IN))).toEqual({ status: 401, code: 'missing_token' });
      expect(await codeOf(send(row, null, IN, { Authorization: 'Bearer not.a.token' }))).toEqual({
        status: 401,
        code: 'invalid_token',
      });
      expect(await codeOf(send(row, null, IN, { Authorization: `Bearer ${forged}` }))).toEqual({
        status: 401,
        code: 'invalid_token',
      });
      // Fastify answers HEAD for every GET route: through the same guards.
      if (row.method === 'GET') expect((await call('HEAD', (await row.req(IN, P)).path)).status).toBe(401);
    },
  );

  it.each(ROWS.filter((r) => r.kind === 'public').map((r) => [keyOf(r.method, r.route), r] as const))(
    '%s is public',
    async (_, row) => {
      row.expectIn!(await send(row, null, IN), P, IN);
    },
  );

  it('the OpenAPI document is public; the queue dashboard wants its own basic credentials, not a bearer token', async () => {
    expect((await call('GET', '/docs/json')).status).toBe(200);
    expect((await call('GET', '/queues')).status).toBe(401);
    expect((await call('GET', '/queues', undefined, h('admin'))).status).toBe(401);
  });
});

describe('every route × every role × in and out of scope', () => {
  const denied = (c: Check) => !c.row.allowed.includes(c.role);
  // Refusals by the guard change nothing, so they run concurrently (beside the ordered checks below).
  it.concurrent.each(CHECKS.filter(denied).map((c) => [c.label, c] as const))('%s', async (_, check) =>
    runCheck(check),
  );

  // Allowed calls act on the cases: in the table's order, one at a time.
  it.each(CHECKS.filter((c) => !denied(c)).map((c) => [c.label, c] as const))('%s', async (_, check) =>
    runCheck(check),
  );

  // The guard runs before validation: a role without the permission learns nothing from a bad body either.
  it.concurrent.each(
    ROWS.filter(
      (r) => r.kind !== 'public' && r.method !== 'GET' && r.method !== 'DELETE' && r.allowed.length < ROLES.length,
    ).map((r) => [keyOf(r.method, r.route), r] as const),
  )('%s with an invalid body, as a role without the permission: 403, not 400', async (_, row) => {
    const role = ROLES.find((r) => !row.allowed.includes(r))!;
    const { path } = await row.req(IN, role);
    expect(await codeOf(call(row.method, path, { unexpected: 'field' }, withKey(as(role))))).toEqual({
      status: 403,
      code: 'permission_denied',
    });
  });
});

describe('scope beyond the table', () => {
  it('a partner does not see a case bound for their country before its pre-arrival notice', async () => {
    const opened = await ok(call('POST', '/cases', householdRequest(), withKey(h('counsellor'))), 201, 'intake');
    expect((await call('GET', `/cases/${opened.id}`, undefined, h('supervisor'))).status).toBe(200);
    expect(await codeOf(call('GET', `/cases/${opened.id}`, undefined, h('partner')))).toEqual({
      status: 404,
      code: 'case_not_found',
    });
    expect(await codeOf(call('GET', `/cases/${opened.id}/timeline`, undefined, h('partner')))).toEqual({
      status: 404,
      code: 'case_not_found',
    });
    expect(
      await codeOf(
        call('POST', `/cases/${opened.id}/protection-hold`, { reason: 'Heard of a risk' }, withKey(h('partner'))),
      ),
    ).toEqual({ status: 404, code: 'case_not_found' });
    expect(
      (await call('GET', `/cases?q=${encodeURIComponent(opened.reference)}`, undefined, h('partner'))).body.items,
    ).toEqual([]);
    expect(
      (await call('GET', `/cases?q=${encodeURIComponent(opened.reference)}`, undefined, h('counsellor'))).body.items,
    ).toHaveLength(1);
  });

  it('a partner lists, creates, moves and imports opportunities of their own countries only', async () => {
    const list = await call('GET', `/opportunities?country=${OTHER_COUNTRY}`, undefined, h('partner'));
    expect({ status: list.status, items: list.body.items }).toEqual({ status: 200, items: [] });
    const mine = await call('GET', `/opportunities/${IN.opportunityId}`, undefined, h('partner'));
    const moved = await call(
      'PATCH',
      `/opportunities/${IN.opportunityId}`,
      { country: OTHER_COUNTRY, region: 'Conakry', version: mine.body.version },
      h('partner'),
    );
    expect({ status: moved.status, code: moved.body?.code }).toEqual({ status: 403, code: 'opportunity_out_of_scope' });

    const started = await ok(
      call('POST', '/opportunities/imports', importBody(IN.partnerCode, OTHER_COUNTRY), h('partner')),
      202,
      'import',
    );
    let report: any;
    await waitUntil('the import', async () => {
      const r = await call('GET', `/opportunities/imports/${started.id}`, undefined, h('partner'));
      report = r.body;
      return ['completed', 'failed'].includes(r.body?.state);
    });
    expect(report.state).toBe('completed');
    expect(report.report).toMatchObject({ accepted: expect.objectContaining({ total: 0 }) });
  });
});

// ---------------------------------------------------------------------------------------------------------------

async function codeOf(reply: Promise<Reply>) {
  const r = await reply;
  return { status: r.status, code: r.body?.code };
}

/** An access token with the right shape and a wrong signature (someone guessing the secret, granting themselves admin). */
function forgedToken(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = part({ alg: 'HS256', typ: 'JWT' });
  const claims = part({
    sub: randomUUID(),
    name: 'Mallory',
    role: 'administrator',
    offices: ['PARIS'],
    countries: ['SN'],
    org: null,
    exp: Math.floor(Date.now() / 1000) + 3600,
  });
  return `${head}.${claims}.${createHmac('sha256', 'not-the-secret').update(`${head}.${claims}`).digest('base64url')}`;
}

/** METHOD /path/{param} of every handler Nest routes. */
function nestRoutes(): string[] {
  const routes: string[] = [];
  for (const module of stack.api.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller?.prototype) continue;
      const base = [Reflect.getMetadata(PATH_METADATA, controller) ?? ''].flat()[0] as string;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (path === undefined || method === undefined) continue;
        for (const p of [path].flat()) {
          const full = `/${[base, p]
            .map((x) => x.replace(/^\/+|\/+$/g, ''))
            .filter(Boolean)
            .join('/')}`.replace(/:(\w+)/g, '{$1}');
          routes.push(keyOf(RequestMethod[method], full));
        }
      }
    }
  }
  return [...new Set(routes)];
}
