// Issue 14, part 2: what is found after intake is recorded on the household, and the gates follow at once.
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { ar } from '../apps/web/src/locales/ar';
import {
  axeViolations,
  chooseLanguage,
  launchBrowser,
  newPage,
  signIn,
  closeBrowserSuite,
  requireBuiltWebApp,
} from './support/browser';
import { ACTORS, CaseDriver, isoDay } from './support/case-driver';
import { request } from './support/http';
import { startStack, type TestStack } from './support/stack';

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  requireBuiltWebApp();
  stack = await startStack();
  browser = await launchBrowser();
}, 60_000);

afterAll(() => closeBrowserSuite(browser, stack));

const send = (method: 'POST' | 'PUT', path: string, body: unknown, as: keyof typeof ACTORS, key = randomUUID()) =>
  request('', method, `${stack.baseUrl}${path}`, body, { ...ACTORS[as], 'Idempotency-Key': key });

const getAs = async (path: string, as: keyof typeof ACTORS) =>
  (await fetch(`${stack.baseUrl}${path}`, { headers: { ...ACTORS[as] } as Record<string, string> })).json() as any;

function nephew(tag: string) {
  return {
    relationship: 'other_relative',
    givenNames: 'Ibou',
    familyName: `Sarr-${tag}`,
    dateOfBirth: '2017-02-09',
    sex: 'male',
    nationality: 'SN',
    languages: ['wo'],
    vulnerabilities: ['separated_child'],
    documents: [{ type: 'passport', number: `B${tag}`, issuingCountry: 'SN', expiresOn: '2031-05-31' }],
  };
}

describe('household amended at screening', () => {
  it('adds a separated child and a trafficking flag; the new gates refuse a booking until they are met', async () => {
    const story = await CaseDriver.open(stack.baseUrl);
    const base = `/cases/${story.caseId}/household/members`;
    const awa = story.people[0].id;
    await story.counsel();
    await story.screen();

    // Bad input names the field; other roles may not amend.
    const future = await send('POST', base, { ...nephew('x'), dateOfBirth: isoDay(30) }, 'counsellor');
    expect(future.status).toBe(400);
    expect(future.body.violations).toEqual([{ field: 'dateOfBirth', reason: 'cannot be in the future' }]);
    // Null is not leaving a list out: it is refused with the list's own rule, not taken past the validation.
    const nulls = await send('POST', base, { ...nephew('x'), vulnerabilities: null, documents: null }, 'counsellor');
    expect(nulls.status).toBe(400);
    expect(nulls.body.violations).toEqual(
      expect.arrayContaining([
        { field: 'vulnerabilities', reason: 'must be an array' },
        { field: 'documents', reason: 'must be an array' },
      ]),
    );
    expect((await send('POST', base, nephew('x'), 'logistics')).status).toBe(403);

    // A separated nephew joins; a retry with the same key adds nobody twice.
    const key = randomUUID();
    const added = await send('POST', base, nephew(randomUUID().slice(0, 8)), 'counsellor', key);
    expect(added.status).toBe(201);
    const ibou = added.body.personId;
    expect(added.body.possibleDuplicates).toEqual({ matches: [], elsewhere: [], linkedCases: [] });
    const retried = await send('POST', base, nephew('y'), 'counsellor', key);
    expect(retried.body.personId).toBe(ibou);

    // Awa discloses trafficking at screening; an adult relative joins, then stays behind.
    const flagged = await send(
      'PUT',
      `${base}/${awa}/vulnerabilities`,
      { vulnerabilities: ['single_parent', 'victim_of_trafficking'], reason: 'disclosed at the screening interview' },
      'counsellor',
    );
    expect(flagged.status).toBe(200);
    const uncle = (
      await send(
        'POST',
        base,
        { ...nephew('z'), givenNames: 'Cheikh', dateOfBirth: '1980-01-01', vulnerabilities: [], documents: [] },
        'counsellor',
      )
    ).body.personId;
    const stays = await send(
      'POST',
      `${base}/${uncle}/not-travelling`,
      { reason: 'keeps his job in Lyon' },
      'counsellor',
    );
    expect(stays.status).toBe(200);
    expect(stays.body.state.notTravelling[uncle].reason).toBe('keeps his job in Lyon');

    // Consent and documents: the uncle who stays needs neither.
    await story.consentAdults();
    await story.consent(ibou, 'guardian', { guardianName: 'Awa Ndiaye' });
    await story.consent(ibou, 'child');
    await story.documentEveryone();
    await story.clearMedical();

    const travellers = [...story.people.map((p) => p.id), ibou];
    const booking = story.bookingBody({
      passengerIds: travellers,
      escorts: [{ kind: 'child', name: 'Marie Faye', forPersonIds: [ibou] }],
    });
    const refused = await story.act('booking', 'logistics', booking);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('booking_not_ready');
    const waiting = await story.act('booking', 'counsellor', booking);
    expect(waiting.status).toBe(403);
    // The new gates, and nothing for the uncle who stays behind; logistics may not read the trafficking gates' words.
    const reasons = refused.body.reasons.map((r: { code: string; params: { personId?: string } }) =>
      [r.code, r.params.personId ?? null].join(':'),
    );
    expect(reasons).toEqual(expect.arrayContaining([`best_interests:${ibou}`, `family_assessment:${ibou}`]));
    expect(reasons).toContain('protection_requirement:');
    expect(JSON.stringify(refused.body)).not.toMatch(/trafficking|${uncle}/);
    const supervisorView = await getAs(`/cases/${story.caseId}`, 'supervisor');
    expect(supervisorView.waitingReason).toMatchObject({ code: 'trafficking_risk', params: { personId: awa } });

    await story.do('best-interests-determinations', 'supervisor', {
      personId: ibou,
      decision: 'approved',
      decidedOn: isoDay(0),
    });
    await story.do('family-assessments', 'partner', {
      personId: ibou,
      outcome: 'positive',
      receivingGuardian: 'Mame Sarr',
      assessedOn: isoDay(0),
    });
    // Still refused: the trafficking gates are open.
    expect((await story.act('booking', 'logistics', booking)).body.code).toBe('booking_not_ready');
    for (const country of ['host', 'return']) {
      await story.do('trafficking-risk-assessments', 'counsellor', { personId: awa, country, outcome: 'acceptable' });
    }
    await story.do('protection-referrals', 'partner', {
      personId: awa,
      service: 'Centre Ginddi, Dakar',
      referredOn: isoDay(0),
    });
    const booked = await story.act('booking', 'logistics', booking);
    expect(booked.status).toBe(200);
    expect(booked.body.state.booking.excluded).toEqual([{ personId: uncle, reason: 'keeps his job in Lyon' }]);

    // The case file and the timeline follow; the flag and its amendment stay hidden from logistics.
    const file = await getAs(`/cases/${story.caseId}`, 'supervisor');
    expect(file.household.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([ibou, uncle]));
    expect(file.principal.vulnerabilities).toContain('victim_of_trafficking');
    const types = (await story.timeline()).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['household_member_added', 'vulnerabilities_amended', 'household_member_not_travelling']),
    );
    const logistics = JSON.stringify(await getAs(`/cases/${story.caseId}/timeline`, 'logistics'));
    expect(logistics).not.toMatch(/vulnerabilities_amended|victim_of_trafficking/);
    const logisticsFile = await getAs(`/cases/${story.caseId}`, 'logistics');
    expect(logisticsFile.principal.vulnerabilities).not.toContain('victim_of_trafficking');
  }, 120_000);
});

describe('the amend-household form', () => {
  it('a counsellor adds a member and records one who stays behind, in English and in Arabic', async () => {
    const story = await CaseDriver.open(stack.baseUrl);
    await story.counsel();
    await story.screen();
    const moussa = story.people[1];
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'counsellor');
    await page.goto(`${stack.baseUrl}/app/cases/${story.caseId}`);

    await page.getByRole('button', { name: 'Amend the household', exact: true }).click();
    const form = page.getByRole('form', { name: 'Amend the household' });
    await form.getByLabel('Given names').fill('Ibou');
    await form.getByLabel('Family name').fill('Sarr');
    await form.getByLabel('Date of birth').fill('2017-02-09');
    await form.getByLabel('Languages (ISO codes, comma-separated, e.g. fr, wo)').fill('wo');
    await form.getByLabel('Relationship').selectOption('other_relative');
    await form.getByLabel('separated child').check();
    const violations = await axeViolations(page);
    if (violations.length) throw new Error(`axe-core on the amend form:\n${violations.join('\n')}`);
    await form.getByRole('button', { name: 'Add the member' }).click();
    await page.getByRole('status').getByText('Amend the household: Recorded.').waitFor();
    await page.locator('.card-title', { hasText: 'Ibou Sarr' }).waitFor();
    // The gates on the page follow at once: the separated child's determination is now needed.
    await page.getByText('Ibou Sarr: an approved best-interests determination', { exact: false }).waitFor();

    // In Arabic: the same form, right to left, accessible; Moussa stays behind.
    await chooseLanguage(page, 'ar');
    await page.getByRole('button', { name: ar.actions.amend_household, exact: true }).click();
    const arabic = page.getByRole('form', { name: ar.actions.amend_household });
    await arabic.getByLabel(ar.household.change).selectOption('not_travelling');
    await arabic.getByLabel(ar.fields.personId).selectOption(moussa.id);
    await arabic.getByLabel(ar.household.whyNotTravelling).fill('stays with his grandmother in Lyon');
    const arViolations = await axeViolations(page);
    if (arViolations.length) throw new Error(`axe-core on the amend form in Arabic:\n${arViolations.join('\n')}`);
    await arabic.getByRole('button', { name: ar.household.submit.not_travelling }).click();
    await page
      .locator(`[data-not-travelling="${moussa.id}"]`)
      .getByText('stays with his grandmother in Lyon')
      .waitFor();
    await chooseLanguage(page, 'en');
    await context.close();

    const state = (await story.get()).progress;
    expect(state.people.map((p: { name: string }) => p.name)).toContain('Ibou Sarr');
    expect(state.notTravelling[moussa.id].reason).toBe('stays with his grandmother in Lyon');
  }, 120_000);
});
