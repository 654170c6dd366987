/**
 * The web app's administration area (issue 17): users with their role, scope and lockout, offices, partner
 * organisations, the audit chain's check and the undelivered emails. In Debian's chromium against the real API and
 * worker, signed in as the test administrator, with axe-core in English and Arabic on every page.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { type NotificationJob, NotificationOutbox, toJobId } from '@avrr/messaging';
import { login } from './support/access';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  screenshotInLanguages,
  signIn,
  closeBrowserSuite,
  requireBuiltWebApp,
} from './support/browser';
import { uniqueTag } from './support/case-draft';
import { ACTORS } from './support/case-driver';
import { postJson } from './support/fixtures';
import { poll } from './support/poll';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(120_000);

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  requireBuiltWebApp();
  stack = await startStack();
  browser = await launchBrowser();
});

afterAll(() => closeBrowserSuite(browser, stack));

async function openAdmin(page: Page, area: string): Promise<void> {
  await signIn(page, stack.baseUrl, 'admin');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: area }).click();
  await page.getByRole('heading', { level: 1, name: area }).waitFor();
}

const fieldError = (page: Page, field: string) => page.locator(`.field-error[data-field="${field}"]`);

it('an administrator creates a user, unlocks them, changes their role and scope, resets their password and disables them', async () => {
  const { context, page } = await newPage(browser);
  await openAdmin(page, 'Users');
  const email = `web-admin-${uniqueTag().toLowerCase()}@avrr.test`;
  const name = `Nadia ${uniqueTag()}`;

  await page.getByRole('button', { name: 'Add a user' }).click();
  const create = page.getByRole('form', { name: 'New user' });
  await create.getByLabel('Email').fill(email);
  await create.getByLabel('Full name').fill(name);
  await create.getByLabel('First password').fill('too-short');
  await create.getByRole('button', { name: 'Create the user' }).click();
  await fieldError(page, 'password').getByText('12 characters').waitFor();
  await create.getByLabel('First password').fill('a-first-password-1');
  await create.getByRole('button', { name: 'Create the user' }).click();
  // The rule of the role, from the API, beside the offices.
  await fieldError(page, 'offices').getByText('a counsellor needs at least one office').waitFor();
  await expectAccessible(page, 'the new user form with its messages');
  await create.getByLabel('PARIS · PARIS office').check();
  await create.getByRole('button', { name: 'Create the user' }).click();
  await page.getByText(`The account ${email} was created.`).waitFor();
  // The same email again: the conflict is shown at the email.
  await create.getByLabel('Email').fill(email);
  await create.getByLabel('Full name').fill(name);
  await create.getByLabel('First password').fill('a-first-password-1');
  await create.getByRole('button', { name: 'Create the user' }).click();
  await fieldError(page, 'email').getByText('exists already').waitFor();

  // Five failed sign-ins lock the account: the list shows it, and the filter finds it.
  for (let i = 0; i < 5; i++) await login(stack.baseUrl, email, 'not-the-password');
  expect((await login(stack.baseUrl, email, 'a-first-password-1')).status).toBe(423);
  await page.reload();
  // The list comes a page at a time: the search finds the account wherever it falls.
  await page.getByLabel('Email or name').fill(email.toUpperCase());
  await page.getByRole('heading', { name: 'Users (1)' }).waitFor();
  await page.getByLabel(/^Only accounts locked by failed sign-ins \(1\)/).check();
  const row = page.locator(`tr[data-email="${email}"]`);
  await row
    .getByTestId('user-state')
    .getByText(/^Locked until/)
    .waitFor();
  await row.getByRole('button', { name: `Manage ${name}` }).click();
  const panel = page.getByRole('region', { name: `Manage ${name}` });
  await panel.getByText(/^Locked after too many failed sign-ins/).waitFor();
  await expectAccessible(page, 'the users list with a locked account and its panel');
  await screenshotInLanguages(page, 'admin-users');
  await panel.getByRole('button', { name: 'Unlock the account' }).click();
  await panel.getByText(`The account of ${name} is unlocked; the password did not change.`).waitFor();
  await page.getByLabel(/^Only accounts locked by failed sign-ins/).uncheck();
  await row.getByTestId('user-state').getByText('Active', { exact: true }).waitFor();
  const session = await login(stack.baseUrl, email, 'a-first-password-1');
  expect(session.status).toBe(200);

  // A partner focal point needs an organisation: the API says so at the field.
  const scope = panel.getByRole('form', { name: 'Role and scope' });
  await scope.getByLabel('Role').selectOption('partner_focal_point');
  await scope.getByRole('button', { name: 'Save the role and scope' }).click();
  await fieldError(page, 'partnerOrganisationId').getByText('a partner focal point needs an organisation').waitFor();
  await scope.getByLabel('Partner organisation').selectOption({ label: 'Guinea Network (GN)' });
  await scope.getByRole('button', { name: 'Save the role and scope' }).click();
  await panel.getByText(`The role and scope of ${name} were saved.`).waitFor();
  await row.getByText('Guinea Network').waitFor();
  await row.getByText('partner focal point').waitFor();
  // New rights end the sessions opened with the old ones.
  expect((await postJson(`${stack.baseUrl}/auth/refresh`, { refreshToken: session.body.refreshToken })).status).toBe(
    401,
  );

  const reset = panel.getByRole('form', { name: 'Reset the password' });
  await reset.getByLabel('Temporary password').fill('short');
  await reset.getByRole('button', { name: 'Set the temporary password' }).click();
  await fieldError(page, 'password').getByText('12 characters').waitFor();
  const before = await login(stack.baseUrl, email, 'a-first-password-1');
  await reset.getByLabel('Temporary password').fill('a-temporary-password-2');
  await reset.getByRole('button', { name: 'Set the temporary password' }).click();
  await panel.getByText(`The password of ${name} was replaced; every session of theirs has ended.`).waitFor();
  await row.getByTestId('user-state').getByText('Temporary password not yet replaced').waitFor();
  expect((await postJson(`${stack.baseUrl}/auth/refresh`, { refreshToken: before.body.refreshToken })).status).toBe(
    401,
  );
  expect((await login(stack.baseUrl, email, 'a-first-password-1')).status).toBe(401);
  expect((await login(stack.baseUrl, email, 'a-temporary-password-2')).status).toBe(200);

  // The person signs in with the temporary password: choosing their own comes before anything else.
  const own = await newPage(browser);
  await own.page.goto(`${stack.baseUrl}/app/`);
  await own.page.getByLabel('Email').fill(email);
  await own.page.getByLabel('Password').fill('a-temporary-password-2');
  await own.page.getByRole('button', { name: 'Sign in' }).click();
  const choose = own.page.getByRole('form', { name: 'Choose your password' });
  await choose.waitFor();
  await expectAccessible(own.page, 'the first sign-in’s password page');
  await screenshotInLanguages(own.page, 'choose-password');
  await choose.getByLabel('Password you were given').fill('a-temporary-password-2');
  await choose.getByLabel('New password', { exact: true }).fill('a-temporary-password-2');
  await choose.getByLabel('New password again').fill('a-temporary-password-3');
  await choose.getByRole('button', { name: 'Change the password' }).click();
  await fieldError(own.page, 'repeat').getByText('Not the same as the new password.').waitFor();
  await choose.getByLabel('New password again').fill('a-temporary-password-2');
  await choose.getByRole('button', { name: 'Change the password' }).click();
  await fieldError(own.page, 'newPassword').getByText('must differ from the temporary password').waitFor();
  await choose.getByLabel('New password', { exact: true }).fill('nadia-own-password-3');
  await choose.getByLabel('New password again').fill('nadia-own-password-3');
  await choose.getByRole('button', { name: 'Change the password' }).click();
  await own.page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
  // Changing it again later is open to everyone from the header.
  await own.page.getByRole('link', { name: 'Change my password' }).click();
  await own.page.getByRole('heading', { level: 1, name: 'Change my password' }).waitFor();
  await expectAccessible(own.page, 'the change of password');
  await own.context.close();
  expect((await login(stack.baseUrl, email, 'a-temporary-password-2')).status).toBe(401);

  await panel.getByRole('button', { name: 'Disable the account' }).click();
  await panel.getByText(`The account of ${name} is disabled and signed out everywhere.`).waitFor();
  await row.getByTestId('user-state').getByText('Disabled', { exact: true }).waitFor();
  expect((await login(stack.baseUrl, email, 'nadia-own-password-3')).status).toBe(401);

  // Their own account is not theirs to change: they cannot lock themselves out.
  await page.getByLabel('Email or name').fill('alex');
  await page.getByLabel('Role').first().selectOption('administrator');
  await page.getByRole('button', { name: 'Manage Alex Admin' }).click();
  await page
    .getByRole('region', { name: 'Manage Alex Admin' })
    .getByText(/^This is your own account/)
    .waitFor();
  expect(await page.getByRole('button', { name: 'Disable the account' }).count()).toBe(0);
  await context.close();
});

it('an administrator adds an office and a partner organisation, with the refusals shown at their fields', async () => {
  const { context, page } = await newPage(browser);
  await openAdmin(page, 'Offices');
  const office = page.getByRole('form', { name: 'New office' });
  await office.getByLabel('Code').fill('PARIS');
  await office.getByLabel('Name').fill('Paris again');
  await office.getByLabel('Country').fill('FR');
  await office.getByRole('button', { name: 'Add the office' }).click();
  await fieldError(page, 'code').getByText('Office PARIS exists already.').waitFor();
  const code = `WEB-${uniqueTag()}`;
  await office.getByLabel('Code').fill(code);
  await office.getByLabel('Country').fill('XX');
  await office.getByRole('button', { name: 'Add the office' }).click();
  await fieldError(page, 'country').waitFor();
  await office.getByLabel('Country').fill('fr');
  await office.getByRole('button', { name: 'Add the office' }).click();
  await page.getByText(`Office ${code} was added.`).waitFor();
  await page.getByRole('cell', { name: code, exact: true }).waitFor();
  await expectAccessible(page, 'the offices');
  await screenshotInLanguages(page, 'admin-offices');

  await page
    .getByRole('navigation', { name: 'Administration' })
    .getByRole('link', { name: 'Partner organisations' })
    .click();
  const organisation = page.getByRole('form', { name: 'New partner organisation' });
  await organisation.getByLabel('Name').fill('Guinea Network');
  await organisation.getByLabel('Countries of return').fill('GN');
  await organisation.getByRole('button', { name: 'Add the organisation' }).click();
  await fieldError(page, 'name').getByText('exists already').waitFor();
  const name = `Bissau Network ${uniqueTag()}`;
  await organisation.getByLabel('Name').fill(name);
  await organisation.getByLabel('Countries of return').fill('gw, zz');
  await organisation.getByLabel('Team email (optional)').fill('not an address');
  await organisation.getByRole('button', { name: 'Add the organisation' }).click();
  await fieldError(page, 'countries').waitFor();
  await fieldError(page, 'email').getByText('must be an email address').waitFor();
  await expectAccessible(page, 'the partner organisation form with its messages');
  // Countries no other suite returns people to: a second organisation for SN would make every later intake there
  // name one, in the suites that share this database.
  await organisation.getByLabel('Countries of return').fill('gw, gm');
  await organisation.getByLabel('Team email (optional)').fill('bissau.team@avrr.test');
  await organisation.getByRole('button', { name: 'Add the organisation' }).click();
  await page.getByText(`${name} was added.`).waitFor();
  const added = page.getByRole('row').filter({ hasText: name });
  await added.getByText('GW, GM').waitFor();
  await added.getByText('bissau.team@avrr.test').waitFor();
  await expectAccessible(page, 'the partner organisations');
  await screenshotInLanguages(page, 'admin-partner-organisations');
  await context.close();
});

it('an administrator checks the audit chain and is told plainly which entry was altered', async () => {
  const { context, page } = await newPage(browser);
  await openAdmin(page, 'Audit chain');
  await page.getByRole('button', { name: 'Check the audit chain' }).click();
  const result = page.getByTestId('chain-result');
  await result.getByText(/^The audit chain holds: [\d,]+ entries checked, none altered\.$/).waitFor();
  expect(await result.getAttribute('data-ok')).toBe('true');
  await expectAccessible(page, 'the audit chain check');
  await screenshotInLanguages(page, 'admin-audit');

  // Someone able to bypass the append-only triggers edits one row; put back at once, as access-data does.
  const dataSource = stack.api.get(DataSource);
  const [{ seq, action }] = (await dataSource.query(
    `SELECT seq, action FROM audit_entry ORDER BY seq DESC LIMIT 1 OFFSET 2`,
  )) as Array<{ seq: string; action: string }>;
  const tamper = (value: string) =>
    dataSource.transaction(async (em) => {
      await em.query(`SET LOCAL session_replication_role = replica`);
      await em.query(`UPDATE audit_entry SET action = $2 WHERE seq = $1`, [seq, value]);
    });
  await tamper('login');
  try {
    await page.getByRole('button', { name: 'Check the audit chain' }).click();
    await result.getByText(`The audit chain is broken at entry ${seq}: its content was altered.`).waitFor();
    expect(await result.getAttribute('data-ok')).toBe('false');
    await expectAccessible(page, 'a broken audit chain');
  } finally {
    await tamper(action);
  }
  await page.getByRole('button', { name: 'Check the audit chain' }).click();
  await result.getByText(/^The audit chain holds/).waitFor();
  await context.close();
});

it('an administrator sends an undelivered email again, which goes back to the notifications queue', async () => {
  const job: NotificationJob = {
    key: `return-case-${randomUUID()}:case-assigned-${uniqueTag()}`,
    caseId: randomUUID(),
    to: `nobody-${uniqueTag().toLowerCase()}`,
    template: 'case_assigned',
    data: { counsellorName: 'Claire Martin', reference: 'RC-2026-000001', hostOffice: 'PARIS', countryOfReturn: 'SN' },
  };
  const id = toJobId(job.key);
  const deadLetter = async () => {
    const response = await fetch(`${stack.baseUrl}/notifications/dead-letters?limit=500`, { headers: ACTORS.admin });
    const letters = (await response.json()) as Array<{ id: string; failedAt: string }>;
    return letters.find((l) => l.id === id);
  };
  // Not an address: the worker gives up after one attempt.
  await stack.worker.get(NotificationOutbox).enqueue(job);
  const first = await poll('the email is dead-lettered', deadLetter, 20_000);

  const { context, page } = await newPage(browser);
  await openAdmin(page, 'Undelivered emails');
  const row = page.locator(`tr[data-id="${id}"]`);
  await row.getByRole('cell', { name: job.to, exact: true }).waitFor();
  await expectAccessible(page, 'the undelivered emails');
  await screenshotInLanguages(page, 'admin-dead-letters');
  await row.getByRole('button', { name: `Send again: case_assigned to ${job.to}` }).click();
  await page.getByText(`Sent again: case_assigned to ${job.to}.`).waitFor();
  // It was really sent again: the worker tried it afresh and, the address still wrong, dead-lettered it anew.
  await poll('the email fails again', async () => {
    const again = await deadLetter();
    return again && again.failedAt > first.failedAt ? again : undefined;
  });
  await context.close();
});
