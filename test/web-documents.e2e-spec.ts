/**
 * The case file's panel on the case page (issue 16), in a real browser against the real API: a counsellor files a
 * signed declaration on a person, sees it listed, downloads it byte for byte and withdraws it with a reason; the
 * photo input opens the phone's camera (`capture`); a logistics officer is offered only the kinds that role files.
 * An administrator keeps the pre-departure information sheets (issue 16, part 2). axe-core in English and Arabic.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { ar } from '../apps/web/src/locales/ar';
import {
  axeViolations,
  chooseLanguage,
  expectAccessible as expectAccessibleInEnglishAndArabic,
  launchBrowser,
  newPage,
  screenshotInLanguages,
  signIn,
  closeBrowserSuite,
  requireBuiltWebApp,
} from './support/browser';
import { ACTORS, CaseDriver } from './support/case-driver';
import { informationSheetFor } from './support/information-sheets';
import { TINY_PDF } from './support/papers';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(120_000);

let stack: TestStack;
let browser: Browser;
let driver: CaseDriver;

beforeAll(async () => {
  requireBuiltWebApp();
  // The panel reads and writes the case file only: no workflow step, so no worker.
  stack = await startStack({ worker: false });
  [browser, driver] = await Promise.all([launchBrowser(), CaseDriver.open(stack.baseUrl)]);
});

afterAll(() => closeBrowserSuite(browser, stack));

async function expectAccessible(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length) throw new Error(`axe-core on ${what}:\n${violations.join('\n')}`);
}

const caseUrl = (id: string) => `${stack.baseUrl}/app/cases/${id}`;

describe('the case file panel', () => {
  it('a counsellor files a paper from a file, downloads it and withdraws it; the photo input opens the camera', async () => {
    const { page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'counsellor');
    await page.goto(caseUrl(driver.caseId));
    const panel = page.getByTestId('documents-panel');
    await panel.getByRole('heading', { name: 'Case file' }).waitFor();
    await panel.getByText('No paper filed yet.').waitFor();
    expect(await panel.getByLabel('Or take a photo with the camera').getAttribute('capture')).toBe('environment');

    const form = panel.getByTestId('upload-form');
    await form.getByLabel('Kind of paper').selectOption('signed_declaration');
    await form.getByLabel('About').selectOption(driver.people[0].id);
    await form.getByRole('button', { name: 'File the paper' }).click();
    await form.getByText('Choose a file or take a photo first.').waitFor();
    await form
      .getByLabel('File (PDF, JPEG, PNG, WebP or HEIC)')
      .setInputFiles({ name: 'déclaration.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await form.getByRole('button', { name: 'File the paper' }).click();
    const item = panel.locator('[data-kind="signed_declaration"]');
    await item.getByText('déclaration.pdf').waitFor();
    await item.getByText('Filed by Claire Martin', { exact: false }).waitFor();
    await expectAccessible(page, 'the case file panel');

    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      item.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe('déclaration.pdf');
    expect(readFileSync(await saved.path()).equals(TINY_PDF)).toBe(true);

    await chooseLanguage(page, 'ar');
    await panel.getByRole('heading', { name: ar.documents.title }).waitFor();
    await item.getByText(ar.documents.kinds.signed_declaration).waitFor();
    await expectAccessible(page, 'the case file panel in Arabic');
    await chooseLanguage(page, 'en');

    await item.getByRole('button', { name: 'Withdraw' }).click();
    await item.getByLabel('Reason for withdrawing').fill('Wrong form version');
    await item.getByRole('button', { name: 'Withdraw the paper' }).click();
    await item.getByTestId('withdrawn').waitFor();
    expect(await item.getByRole('button', { name: 'Download' }).count()).toBe(0);
  });

  it('a logistics officer is offered only the kinds that role files', async () => {
    const { page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'logistics');
    await page.goto(caseUrl(driver.caseId));
    const kinds = page.getByTestId('upload-form').getByLabel('Kind of paper').locator('option');
    await kinds.first().waitFor({ state: 'attached' });
    expect(await kinds.evaluateAll((options) => options.map((o) => (o as { value: string }).value))).toEqual([
      'travel_document',
      'medical_certificate',
    ]);
  });
});

describe('the information sheets page', () => {
  it('an administrator keeps the information sheets: publishes a new version and adds a sheet in Arabic', async () => {
    const sheet = await informationSheetFor(stack.baseUrl, ACTORS.admin, 'SN');
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Information sheets', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Information sheets' }).waitFor();
    const search = page.getByRole('search', { name: 'Filter the sheets' });
    await search.getByLabel('Country of return').fill('sn');
    await search.getByRole('button', { name: 'Search' }).click();
    const row = page.locator(`tr[data-sheet="${sheet.sheetId}"]`);
    await row.getByText(`version ${sheet.version}`, { exact: true }).waitFor();

    await row.getByRole('button', { name: 'Publish a new version' }).click();
    const publish = page.getByRole('form', { name: /^New version of the .+ sheet for SN$/ });
    await publish.getByText(`This will be version ${sheet.version + 1}.`).waitFor();
    await publish.getByLabel('Text').fill('## At the airport\n\nThe partner meets you at arrivals, gate B.');
    await publish.getByRole('button', { name: 'Publish', exact: true }).click();
    await row.getByText(`version ${sheet.version + 1}`, { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Add a sheet for a country, topic and language' }).click();
    const added = page.getByRole('form', { name: 'New sheet' });
    await added.getByLabel('Country of return').fill('SN');
    await added.getByLabel('Topic').selectOption('contacts');
    await added.getByLabel('Language').fill('ar');
    await added.getByLabel('Title').fill('بمن تتصل');
    await added.getByLabel('Text').fill('مكتب المنظمة الشريكة في داكار.');
    await added.getByRole('button', { name: 'Add and publish version 1' }).click();
    await page.locator('tr[data-country="SN"][data-topic="contacts"]').getByText('بمن تتصل').waitFor();
    await expectAccessibleInEnglishAndArabic(page, 'the information sheets page');
    await screenshotInLanguages(page, 'admin-information-sheets');

    // Each publication is a version of its own; the first stays as it was given.
    const versions = (await (
      await fetch(`${stack.baseUrl}/information-sheets/${sheet.sheetId}`, { headers: { ...ACTORS.admin } })
    ).json()) as { versions: Array<{ version: number; body: string }> };
    expect(versions.versions[0]).toMatchObject({ version: sheet.version + 1, body: expect.stringContaining('gate B') });
    expect(versions.versions.at(-1)!.version).toBe(1);
    await context.close();
  });
});
