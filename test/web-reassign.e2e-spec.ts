/**
 * The web app's partner organisation choice at intake, and the supervisor's forms on a case: transfer (issues 14 and
 * 16), the subject-access report and erasure on request (issue 14). In Debian's chromium against the real API and
 * worker, with axe-core in English and Arabic.
 */
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { seedAccess } from '@avrr/persistence';
import { OTHER_OFFICE, TEST_USERS } from './support/access';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signIn,
  closeBrowserSuite,
  requireBuiltWebApp,
} from './support/browser';
import { CaseDriver } from './support/case-driver';
import { poll } from './support/poll';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(120_000);

let stack: TestStack;
let browser: Browser;
// Two organisations covering Togo, which no other suite returns to: the intake must name one.
const VOLTA = 'Volta Partners (web test)';
const LOME = 'Lomé Network (web test)';

beforeAll(async () => {
  requireBuiltWebApp();
  stack = await startStack();
  await seedAccess(stack.api.get(DataSource), {
    offices: [],
    partnerOrganisations: [
      { name: VOLTA, countries: ['TG'] },
      { name: LOME, countries: ['TG'] },
    ],
    users: [],
  });
  browser = await launchBrowser();
});

afterAll(() => closeBrowserSuite(browser, stack));

it('a counsellor must choose the partner organisation when several cover the country of return', async () => {
  const { context, page } = await newPage(browser);
  await signIn(page, stack.baseUrl, 'counsellor');
  await page.getByRole('link', { name: 'New case', exact: true }).click();
  const principal = page.getByRole('group', { name: 'Principal applicant' });
  await principal.getByLabel('Given names').fill('Afi');
  await principal.getByLabel('Family name').fill('Browser-Mensah');
  await principal.getByLabel('Date of birth').fill('1988-02-11');
  await principal.getByLabel('Nationality (ISO code, e.g. SN)').fill('TG');
  await principal.getByLabel('Languages (ISO codes, comma-separated, e.g. fr, wo)').fill('fr, ee');
  await page.getByLabel('Country of return (ISO code)').fill('TG');
  await page.getByLabel('Region of return').fill('Lomé');
  await page.getByLabel('Counsellor email').fill('claire.browser@avrr.test');
  const partner = page.getByLabel('Partner organisation in the country of return');
  await partner.getByRole('option', { name: LOME }).waitFor({ state: 'attached' });

  await page.getByRole('button', { name: 'Open the case' }).click();
  await page
    .locator('.field-error[data-field="partnerOrganisationId"]')
    .getByText('several organisations receive returnees in TG')
    .waitFor();
  await expectAccessible(page, 'the intake form asking for the organisation');

  await partner.selectOption({ label: LOME });
  await page.getByRole('button', { name: 'Open the case' }).click();
  await page.getByRole('heading', { level: 1, name: /RC-\d{4}-\d{6}/ }).waitFor();
  await page.getByTestId('assigned-to').getByText(LOME).waitFor();
  await context.close();
});

it('a supervisor transfers a case to another office and counsellor, which then leaves their sight', async () => {
  const driver = await CaseDriver.open(stack.baseUrl);
  const { context, page } = await newPage(browser);
  await signIn(page, stack.baseUrl, 'supervisor');
  await page.goto(`${stack.baseUrl}/app/cases/${driver.caseId}`);
  await page.getByRole('button', { name: 'Transfer to another office, or reassign' }).click();
  const form = page.getByRole('form', { name: 'Transfer to another office, or reassign' });
  await form.getByLabel('Office', { exact: true }).selectOption(OTHER_OFFICE);
  await form.getByLabel('Reason').fill('The returnee moved to Marseille.');
  await form.getByRole('button', { name: 'Reassign' }).click();
  // The counsellor does not work there: the API names the field, shown beside it.
  await form.locator('.field-error[data-field="counsellorId"]').getByText('does not work at MARSEILLE').waitFor();
  await expectAccessible(page, 'the transfer form with its message');

  const { displayName, email } = TEST_USERS.otherCounsellor;
  await form.getByLabel('Counsellor', { exact: true }).selectOption({ label: `${displayName} (${email})` });
  await form.getByRole('button', { name: 'Reassign' }).click();
  await page
    .getByRole('status')
    .getByText(`Case ${driver.body.reference} was transferred to ${OTHER_OFFICE}.`)
    .waitFor();
  await context.close();

  // The other office's supervisor reads it at once, with its new counsellor and the transfer in the timeline.
  const other = await newPage(browser);
  await signIn(other.page, stack.baseUrl, 'otherSupervisor');
  await other.page.goto(`${stack.baseUrl}/app/cases/${driver.caseId}`);
  await other.page.getByTestId('assigned-to').getByText(TEST_USERS.otherCounsellor.displayName).waitFor();
  await other.page.locator('[data-testid="timeline"] li[data-type="case_reassigned"]').waitFor();
  await other.context.close();
});

it("a supervisor saves a person's subject-access report, then erases the closed case on request", async () => {
  const driver = await CaseDriver.open(stack.baseUrl);
  const { context, page } = await newPage(browser);
  await signIn(page, stack.baseUrl, 'supervisor');
  await page.goto(`${stack.baseUrl}/app/cases/${driver.caseId}`);
  const rights = page.getByRole('region', { name: 'Rights of the people recorded' });
  const name = `${driver.body.principal.givenNames} ${driver.body.principal.familyName}`;
  const saved = page.waitForEvent('download');
  await rights.getByRole('button', { name: `Subject-access report: ${name}` }).click();
  expect((await saved).suggestedFilename()).toBe(`subject-access-${driver.body.reference}-1.html`);
  // Open: no erasure yet.
  await rights.getByText('Erasure on request is possible once the case is closed.').waitFor();

  await driver.do('consent-withdrawal', 'counsellor', { reason: 'He asked to stop' });
  await poll('the closure projected', async () => (await driver.get()).stage === 'closed');
  await page.reload();
  await rights.getByRole('button', { name: 'Erase on request' }).click();
  const form = page.getByRole('form', { name: 'Erase on request' });
  await form.getByLabel('Who asked').selectOption({ label: name });
  await form.getByLabel('The request and its basis').fill('Written request, identity checked at the office.');
  const erase = form.getByRole('button', { name: 'Erase the personal data' });
  expect(await erase.isDisabled()).toBe(true);
  await form.getByLabel('I checked the request and understand that this cannot be undone').check();
  await expectAccessible(page, 'the erasure form');
  await erase.click();
  await rights.getByText(/The personal data of this case were erased on/).waitFor();
  expect((await driver.get()).principal.familyName).toBe('***');
  await expectAccessible(page, 'an erased case');
  await context.close();
});
