/**
 * The case file's panel on the case page (issue 16), in a real browser against the real API: a counsellor files a
 * signed declaration on a person, sees it listed, downloads it byte for byte and withdraws it with a reason; the
 * photo input opens the phone's camera (`capture`); a logistics officer is offered only the kinds that role files.
 * axe-core in English and Arabic.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { webAppDirectory } from '../apps/api/src/web-app/web-app';
import { ar } from '../apps/web/src/locales/ar';
import { axeViolations, chooseLanguage, launchBrowser, newPage, signIn } from './support/browser';
import { CaseDriver } from './support/case-driver';
import { TINY_PDF } from './support/papers';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(120_000);

let stack: TestStack;
let browser: Browser;
let driver: CaseDriver;

beforeAll(async () => {
  if (!existsSync(`${webAppDirectory()}/index.html`))
    throw new Error('The web app is not built: run npm run build:web (scripts/test.sh does).');
  // The panel reads and writes the case file only: no workflow step, so no worker.
  stack = await startStack({ worker: false });
  [browser, driver] = await Promise.all([launchBrowser(), CaseDriver.open(stack.baseUrl)]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

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
