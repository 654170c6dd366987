/**
 * Over 400 lines: each role's main path in one browser against one stack, read in order; a file per role would pay
 * the stack's start-up again each time, and the suite's time budget is near its limit.
 *
 * The web app (apps/web, issue 7) in a real browser against the real API and worker: Debian's chromium driven by
 * playwright-core. The API serves the built app under /app/ (scripts/test.sh builds it first). Each role's main
 * path, a refusal's message on screen (and in French, by its code), a supervisor lifting a protection hold, the
 * languages, axe-core on the main pages, a 360-pixel screen and a lost connection. WEB_SCREENSHOTS=1 also writes docs/screenshots/<role>-<en|ar>.png.
 */
import type { Browser, Page } from 'playwright-core';
import { fr } from '../apps/web/src/locales/fr';
import { ar } from '../apps/web/src/locales/ar';
import {
  axeViolations,
  chooseLanguage,
  expectAccessible as expectAccessibleInEnglishAndArabic,
  launchBrowser,
  newPage,
  overflowsSideways,
  screenshotInLanguages,
  signIn,
  closeBrowserSuite,
  requireBuiltWebApp,
} from './support/browser';
import { startOfDayIn } from '../apps/api/src/common/time-zone';
import { ACTORS, CaseDriver } from './support/case-driver';
import { filePaper } from './support/papers';
import { informationSheetFor } from './support/information-sheets';
import { startStack, type TestStack } from './support/stack';

// Browser globals, for the functions that run in the page (this project's TypeScript has no DOM library).
declare const document: any;
declare const sessionStorage: any;

jest.setTimeout(120_000);

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  requireBuiltWebApp();
  stack = await startStack();
  browser = await launchBrowser();
});

afterAll(() => closeBrowserSuite(browser, stack));

const caseUrl = (id: string) => `${stack.baseUrl}/app/cases/${id}`;

async function expectAccessible(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length) throw new Error(`axe-core on ${what}:\n${violations.join('\n')}`);
}

/** Opens the action's form on the case page and returns it. */
async function openAction(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).first().click();
  const form = page.getByRole('form', { name });
  await form.waitFor();
  return form;
}

async function stageIs(page: Page, stage: string): Promise<void> {
  await page.getByTestId('stage').getByText(stage, { exact: true }).waitFor();
}

/** ISO instant as a datetime-local value in the browser's zone (the tests run the browser in Europe/Paris). */
function parisLocal(date: Date): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Paris',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date);
  return parts.replace(' ', 'T');
}

describe('the web app', () => {
  it('is served by the API under /app/, with client routes falling back to the app and the API untouched', async () => {
    const index = await fetch(`${stack.baseUrl}/app/cases/00000000-0000-4000-8000-000000000000`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<div id="root">');
    expect((await fetch(`${stack.baseUrl}/app/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${stack.baseUrl}/`, { redirect: 'manual' })).headers.get('location')).toBe('/app/');
    expect((await fetch(`${stack.baseUrl}/health`)).status).toBe(200);
    expect((await fetch(`${stack.baseUrl}/cases`)).status).toBe(401);
  });

  it("a counsellor opens a case (with the API's inline messages), records counselling and screening and takes consent", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'counsellor');
    await expectAccessible(page, "the counsellor's work queue");
    await screenshotInLanguages(page, 'counsellor-work');

    await page.getByRole('link', { name: 'New case', exact: true }).click();
    await page.getByRole('heading', { name: 'Open a case' }).waitFor();
    const principal = page.getByRole('group', { name: 'Principal applicant' });
    await principal.getByLabel('Given names').fill('Aminata');
    await principal.getByLabel('Family name').fill('Browser-Sow');
    await principal.getByLabel('Date of birth').fill('1991-05-02');
    await principal.getByLabel('Nationality (ISO code, e.g. SN)').fill('SN');
    await principal.getByLabel('Languages (ISO codes, comma-separated, e.g. fr, wo)').fill('fr, wo');
    await page.getByLabel('Country of return (ISO code)').fill('XX');
    await page.getByRole('button', { name: 'Open the case' }).click();
    // The API's 400 violations, each beside its field and tied to it.
    await page.locator('.field-error[data-field="countryOfReturn"]').getByText('ISO 3166-1 alpha-2').waitFor();
    await page.locator('.field-error[data-field="regionOfReturn"]').waitFor();
    await page.locator('.field-error[data-field="counsellor.email"]').getByText('email').waitFor();
    expect(await page.getByLabel('Country of return (ISO code)').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'the intake form with its messages');

    await page.getByLabel('Country of return (ISO code)').fill('SN');
    await page.getByLabel('Region of return').fill('Thiès');
    await page.getByLabel('Counsellor email').fill('claire.browser@avrr.test');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.getByRole('heading', { level: 1, name: /RC-\d{4}-\d{6}/ }).waitFor();
    const caseId = page.url().split('/').pop()!;

    await (await openAction(page, 'Record counselling')).getByRole('button', { name: 'Record counselling' }).click();
    await page.getByRole('status').getByText('Record counselling: Recorded.').waitFor();
    await (await openAction(page, 'Record screening')).getByRole('button', { name: 'Record screening' }).click();
    await page.getByRole('status').getByText('Record screening: Recorded.').waitFor();
    await stageIs(page, 'Consent');
    await page.getByTestId('needs').getByText('a signed return declaration').waitFor();

    // The evidence rules want the signed declaration in the case file before consent is recorded.
    const opened = (await (
      await fetch(`${stack.baseUrl}/cases/${caseId}`, { headers: { ...ACTORS.counsellor } })
    ).json()) as {
      principal: { id: string };
    };
    await filePaper(stack.baseUrl, caseId, ACTORS.counsellor, 'signed_declaration', opened.principal.id);
    // Consent waits until the returnee acknowledged the country's information sheets: the refusal says so.
    const consent = await openAction(page, 'Sign consent');
    await consent.getByLabel('Witness').fill('Jeanne Roux');
    await consent.getByRole('button', { name: 'Sign consent' }).click();
    const refusal = consent.getByRole('alert');
    await refusal
      .getByText(/acknowledged the information sheets for the country of return/)
      .first()
      .waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('information_not_acknowledged');

    // The counsellor records the French sheets given and acknowledged, in the case's "Pre-departure information" box.
    const sheet = await informationSheetFor(stack.baseUrl, ACTORS.admin, 'SN');
    const box = page.getByTestId('pre-departure-information');
    await box.getByRole('button', { name: 'Record sheets given and acknowledged' }).click();
    const given = box.getByRole('form', { name: 'Record sheets given and acknowledged' });
    await given.getByLabel('Language the sheets were given in').selectOption('fr');
    expect(
      await given
        .getByRole('checkbox', { name: new RegExp(`version ${sheet.version}\\)$`) })
        .first()
        .isChecked(),
    ).toBe(true);
    await given.getByLabel('Acknowledged by').selectOption({ label: 'Aminata Browser-Sow' });
    await given.getByRole('button', { name: 'Record', exact: true }).click();
    await box
      .getByTestId('information-records')
      .getByText(/^Acknowledged by Aminata Browser-Sow on /)
      .waitFor();
    await page.locator('[data-testid="timeline"] li[data-type="record_pre_departure_information"]').waitFor();
    await expectAccessibleInEnglishAndArabic(page, 'the case page with its pre-departure information');
    await screenshotInLanguages(page, 'counsellor-pre-departure-information');

    await consent.getByRole('button', { name: 'Sign consent' }).click();
    await stageIs(page, 'Travel documents');
    await page.getByText('Consent: signed (the person)').waitFor();
    await page.locator('[data-testid="timeline"] li[data-type="sign_consent"]').waitFor();
    await expectAccessible(page, 'the case page');

    const rows: any = await (
      await fetch(`${stack.baseUrl}/cases/${caseId}/timeline`, {
        headers: { Authorization: await bearer('counsellor') },
      })
    ).json();
    expect(rows.map((r: { type: string }) => r.type)).toEqual(
      expect.arrayContaining(['intake_recorded', 'sign_consent']),
    );
    await context.close();
  });

  it('a logistics officer is shown why a booking is refused, then books travel, and sees the board and the departures', async () => {
    const driver = await CaseDriver.open(stack.baseUrl);
    await driver.counsel();
    await driver.screen();
    await driver.consentAdults();
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'logistics');
    await page.goto(caseUrl(driver.caseId));
    await stageIs(page, 'Travel documents');

    const departs = new Date(Date.now() + 15 * 60_000);
    const arrives = new Date(departs.getTime() + 6 * 3_600_000);
    let form = await openAction(page, 'Book travel');
    await form.getByLabel('Booking reference').fill('WEB7AB');
    await form.getByLabel('From (airport)').fill('CDG');
    await form.getByLabel('To (airport)').fill('DSS');
    await form.getByLabel('Carrier').fill('AF');
    await form.getByLabel('Flight number').fill('718');
    await form.getByLabel('Departs at').fill(parisLocal(departs));
    await form.getByLabel('Arrives at').fill(parisLocal(arrives));
    await form.getByRole('button', { name: 'Book travel' }).click();
    // The workflow's refusal (409 booking_rules: the children's documents are not valid yet), in its words, on screen.
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(
      /Refused: This booking breaks the booking rules: .*travel document is not valid on the travel date/,
    );
    expect(await refusal.getAttribute('data-code')).toBe('booking_rules');
    await expectAccessible(page, 'the booking form with its refusal');

    await driver.documentEveryone();
    await driver.clearMedical();
    await page.reload();
    await stageIs(page, 'Booking');
    form = await openAction(page, 'Book travel');
    // The refused form was kept as a draft: nothing to type again.
    await form.getByText('A draft of this form was kept from earlier.').waitFor();
    expect(await form.getByLabel('Booking reference').inputValue()).toBe('WEB7AB');
    await form.getByRole('button', { name: 'Book travel' }).click();
    await stageIs(page, 'Departure');
    await page.getByTestId('booking').getByText('WEB7AB').waitFor();

    await page.getByRole('link', { name: 'My work' }).click();
    const board = page.getByRole('region', { name: 'Cases by travel stage' });
    await board
      .getByRole('region', { name: /Departure/ })
      .getByRole('link', { name: driver.body.reference })
      .waitFor();
    if (parisLocal(departs).slice(0, 10) === parisLocal(new Date()).slice(0, 10)) {
      await page
        .getByRole('region', { name: 'Departures today' })
        .getByRole('link', { name: driver.body.reference })
        .waitFor();
    }
    await expectAccessible(page, "the logistics officer's work queue");
    await screenshotInLanguages(page, 'logistics-work');
    await context.close();
  });

  it('a partner sees the expected arrival, confirms it and records a follow-up', async () => {
    const driver = await CaseDriver.open(stack.baseUrl);
    await driver.throughBooking();
    await driver.do('departure', 'logistics', { departedAt: new Date(Date.now() - 60_000).toISOString() });
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'partner');
    const arrivals = page.getByRole('region', { name: 'Expected arrivals' });
    await arrivals.getByRole('link', { name: driver.body.reference }).waitFor();
    await expectAccessible(page, "the partner's work queue");
    await screenshotInLanguages(page, 'partner-work');

    await arrivals.getByRole('link', { name: driver.body.reference }).click();
    await stageIs(page, 'Arrival');
    const arrival = await openAction(page, 'Confirm arrival');
    await arrival.getByRole('button', { name: 'Confirm arrival' }).click();
    await stageIs(page, 'Reintegration');

    const followUp = await openAction(page, 'Record a follow-up visit');
    await followUp.getByLabel('Notes').fill('Visited the family at home; the children are back at school.');
    await followUp.getByRole('button', { name: 'Record a follow-up visit' }).click();
    await page.getByRole('status').getByText('Record a follow-up visit: Recorded.').waitFor();
    await page.locator('[data-testid="timeline"] li[data-type="record_follow_up"]').waitFor();
    // An action of another role is shown disabled, with the reason.
    await page.getByRole('button', { name: 'Approve the plan' }).and(page.locator('[disabled]')).waitFor();
    await page.getByText('Only a supervisor may do this.').first().waitFor();
    await expectAccessible(page, "the partner's case page");
    await context.close();
  });

  it('a supervisor lifts the protection hold of a case screened with fear of return, with a reason, and the banner goes', async () => {
    const driver = await CaseDriver.open(stack.baseUrl);
    await driver.counsel();
    await driver.screen({ fearOfReturn: true });
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'supervisor');
    await page.goto(caseUrl(driver.caseId));
    const banner = page.getByTestId('protection-hold');
    await banner.getByText('Protection hold: nothing moves until a supervisor lifts it.').waitFor();
    await banner.getByText('fear of persecution or serious harm on return').waitFor();
    expect(await banner.getAttribute('role')).toBe('note');
    await page.getByTestId('waiting-for').getByText('a supervisor to review the protection hold').waitFor();
    await expectAccessible(page, 'a case on protection hold');

    // A counsellor working in French who tries to take consent is told why in French, with the API's sentence after.
    const counsellor = await newPage(browser);
    await signIn(counsellor.page, stack.baseUrl, 'counsellor');
    await chooseLanguage(counsellor.page, 'fr');
    await counsellor.page.goto(caseUrl(driver.caseId));
    // What the case waits for, translated from the API's code rather than shown in the API's English.
    await counsellor.page.getByTestId('waiting-for').getByText(fr.reasons.protection_hold_review).waitFor();
    const consent = await openAction(counsellor.page, fr.actions.sign_consent);
    await consent.getByLabel(fr.fields.witness, { exact: true }).fill('Jeanne Roux');
    await consent.getByRole('button', { name: fr.actions.sign_consent }).click();
    const refusal = consent.getByRole('alert');
    await refusal
      .getByText(fr.errors.refused.replace('{{message}}', fr.refusals.protection_hold), { exact: true })
      .waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('protection_hold');
    expect(await refusal.getByTestId('service-said').locator('span[lang="en"]').innerText()).toMatch(
      /^The case is on protection hold \(fear of persecution/,
    );
    await expectAccessible(counsellor.page, 'a refusal in French');
    await chooseLanguage(counsellor.page, 'ar');
    await counsellor.page.getByTestId('waiting-for').getByText(ar.reasons.protection_hold_review).waitFor();
    await expectAccessible(counsellor.page, 'what a case waits for, in Arabic');
    await counsellor.context.close();

    // The hold's review, and a referral to a protection service answered by it, shown in the hold's box.
    await banner.getByText(/^Next review by /).waitFor();
    const review = await openAction(page, 'Review the protection hold');
    await review.getByLabel('Note').fill('Spoke with her; legal advice booked for next week.');
    await review.getByRole('button', { name: 'Review the protection hold' }).click();
    await page.getByRole('status').getByText('Review the protection hold: Recorded.').waitFor();
    // The day is one of the device's time zone (Europe/Paris here): the review falls due when it begins there.
    const hold = (await driver.get()).progress.protectionHold;
    expect(hold.nextReviewAt).toBe(startOfDayIn(hold.nextReviewOn, 'Europe/Paris'));
    const refer = await openAction(page, 'Refer to a protection service');
    await refer.getByLabel('Protection service').selectOption('legal_aid');
    await refer.getByLabel('Named service (organisation, place)').fill('Cimade, Lyon');
    await refer.getByRole('button', { name: 'Refer to a protection service' }).click();
    await page.getByRole('status').getByText('Refer to a protection service: Recorded.').waitFor();
    await banner.getByText('referral-1 · Legal aid · Cimade, Lyon (sent)').waitFor();
    const answer = await openAction(page, "Record the service's answer");
    await answer.getByLabel('Answer', { exact: true }).selectOption('accepted');
    await answer.getByRole('button', { name: "Record the service's answer" }).click();
    await banner.getByText(/^referral-1 · Legal aid · Cimade, Lyon \(accepted\) · answered on /).waitFor();
    await expectAccessible(page, 'a hold with its review and referral');

    const form = await openAction(page, 'Lift the protection hold');
    // Without a reason: the API's message beside the field, and the hold stays.
    await form.getByRole('button', { name: 'Lift the protection hold' }).click();
    await form.locator('.field-error[data-field="reason"]').waitFor();
    expect(await form.getByLabel('Reason').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'the lift form with its message');
    await form
      .getByLabel('Reason')
      .fill('Protection interview held; the fear concerns another region, not the region of return.');
    await form.getByRole('button', { name: 'Lift the protection hold' }).click();
    await page.getByRole('status').getByText('Lift the protection hold: Recorded.').waitFor();
    await banner.waitFor({ state: 'detached' });
    await page.locator('[data-testid="timeline"] li[data-type="lift_protection_hold"]').waitFor();
    expect(await page.getByTestId('waiting-for').innerText()).not.toContain('protection hold');
    const now = await driver.get();
    expect(now.onProtectionHold).toBe(false);
    expect((await driver.timeline()).find((e) => e.type === 'lift_protection_hold')?.actorRole).toBe('supervisor');
    await context.close();
  });

  it('switching to Arabic lays the page out right to left and keeps the page; dates follow the language', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'supervisor');
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    const url = page.url();
    await chooseLanguage(page, 'ar');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await page.getByRole('heading', { level: 1, name: 'الملفات' }).waitFor();
    expect(page.url()).toBe(url);
    await expectAccessible(page, 'the case list in Arabic');
    await chooseLanguage(page, 'fr');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
    // The choice survives a reload.
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'Dossiers' })
      .waitFor()
      .catch(async (error: Error) => {
        throw new Error(
          `${error.message}\nThe page said: ${await page.locator('body').innerText()} (lang ${await page.evaluate(() => document.documentElement.lang)}, ${page.url()})`,
        );
      });
    await chooseLanguage(page, 'en');
    await context.close();
  });

  it('the main pages fit a 360-pixel-wide phone screen', async () => {
    const driver = await CaseDriver.open(stack.baseUrl);
    for (const user of ['counsellor', 'logistics', 'partner'] as const) {
      const { context, page } = await newPage(browser, { width: 360, height: 740 });
      await signIn(page, stack.baseUrl, user);
      await page.waitForLoadState('networkidle');
      expect({ user, page: 'work', overflows: await overflowsSideways(page) }).toEqual({
        user,
        page: 'work',
        overflows: false,
      });
      if (user !== 'partner') {
        await page.goto(caseUrl(driver.caseId));
        await page.getByRole('heading', { level: 1, name: /RC-/ }).waitFor();
        expect({ user, page: 'case', overflows: await overflowsSideways(page) }).toEqual({
          user,
          page: 'case',
          overflows: false,
        });
      }
      await context.close();
    }
  });

  it('a lost connection keeps the half-filled form and says so; a retry sends it once the connection is back', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'counsellor');
    const driver = await CaseDriver.open(stack.baseUrl);
    await page.goto(caseUrl(driver.caseId));
    const form = await openAction(page, 'Place a protection hold');
    await form.getByLabel('Reason').fill('Heard of threats from a creditor at home.');
    await context.setOffline(true);
    await form.getByRole('button', { name: 'Place a protection hold' }).click();
    const alert = form.getByRole('alert');
    await alert.getByText('No connection to the service. Nothing was lost').waitFor();
    expect(await form.getByLabel('Reason').inputValue()).toBe('Heard of threats from a creditor at home.');
    const stored = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('avrr.draft.')));
    expect(stored).toContain(`avrr.draft.${driver.caseId}.place_protection_hold`);
    await context.setOffline(false);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('protection-hold').waitFor();
    await context.close();
  });
});

async function bearer(user: 'counsellor'): Promise<string> {
  const { ACTORS } = await import('./support/case-driver');
  return ACTORS[user].Authorization!;
}
