/**
 * The installed app offline (issue 17, part 1), in Chromium against the real API and worker: the service worker keeps
 * the app and the partner's cases; a follow-up visit and its survey recorded without a connection wait in the outbox
 * (IndexedDB) through a reload, and are sent once each, in order, when the connection returns. A second walk: the
 * case is closed while the partner is offline, and the outbox shows the refusal with its reason and the choices left.
 * axe-core on the outbox in English and Arabic. WEB_SCREENSHOTS=1 writes docs/screenshots/offline-{outbox,conflict}-*.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SUSTAINABILITY_QUESTIONNAIRE } from '@avrr/domain';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  screenshotInLanguages,
  signIn,
  closeBrowserSuite,
  requireBuiltWebApp,
} from './support/browser';
import { ACTORS, CaseDriver } from './support/case-driver';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(240_000);

let stack: TestStack;
let browser: Browser;
let driver: CaseDriver;

beforeAll(async () => {
  requireBuiltWebApp('sw.js');
  stack = await startStack();
  [browser, driver] = await Promise.all([launchBrowser(), CaseDriver.open(stack.baseUrl)]);
  // A household that has arrived: the partner's work starts here.
  await driver.throughArrival();
});

afterAll(() => closeBrowserSuite(browser, stack));

/** Signs the partner in and waits until the service worker keeps this case on the device. */
async function partnerWithCopy(): Promise<{ context: BrowserContext; page: Page; posts: string[] }> {
  const { context, page } = await newPage(browser);
  // Every answer the API gave to a write on this case, as the browser saw it.
  const posts: string[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'POST' && r.url().includes(`/cases/${driver.caseId}/`))
      posts.push(`${r.status()} ${new URL(r.url()).pathname.replace(`/cases/${driver.caseId}/`, '')}`);
  });
  await signIn(page, stack.baseUrl, 'partner');
  await page.getByRole('link', { name: 'Outbox', exact: true }).click();
  const copy = page.getByRole('region', { name: 'Kept on this device' });
  const update = copy.getByRole('button', { name: 'Update the copy' });
  // The first copy reads every case of the partner's (other suites' too): on a busy machine it takes a while. A case
  // that reached the partner's lists just after it is in the next copy, as a partner would update it.
  for (let i = 0; ; i++) {
    await copy.getByTestId('copy-summary').waitFor({ timeout: 120_000 });
    await update.and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
    expect(await copy.getByTestId('copy-failures').allInnerTexts()).toEqual([]);
    if ((await copy.getByRole('link', { name: driver.body.reference }).count()) > 0) break;
    if (i === 5) throw new Error(`the copy never held ${driver.body.reference}: ${await copy.innerText()}`);
    await update.click();
  }
  return { context, page, posts };
}

async function recordFollowUpOffline(page: Page, notes: string): Promise<void> {
  await page.goto(`${stack.baseUrl}/app/cases/${driver.caseId}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(driver.body.reference) }).waitFor();
  await page.getByRole('button', { name: 'Record a follow-up visit' }).click();
  const form = page.getByRole('form', { name: 'Record a follow-up visit' });
  await form.getByLabel('Notes').fill(notes);
  await form.getByRole('button', { name: 'Record a follow-up visit' }).click();
  await page
    .getByRole('status')
    .getByText('Record a follow-up visit: kept on this device. It will be sent when the connection returns.')
    .waitFor();
}

describe('the partner offline', () => {
  // One signed-in partner for both walks: the service worker installs and copies the cases once.
  let partner: { context: BrowserContext; page: Page; posts: string[] };
  beforeAll(async () => {
    partner = await partnerWithCopy();
  });
  afterAll(async () => {
    await partner?.context.close();
  });

  it('records a follow-up visit and its survey offline, keeps them through a reload, and sends each once when back online', async () => {
    const { context, page, posts } = partner;
    // Installable: the page names a manifest that opens the app standalone, and a service worker controls it.
    const manifest = (await page.evaluate(async () => {
      const link = (globalThis as any).document.querySelector('link[rel="manifest"]');
      return link ? (await fetch(link.href)).json() : null;
    })) as { icons: Array<{ sizes: string }> } | null;
    expect(manifest).toMatchObject({ start_url: '/app/', scope: '/app/', display: 'standalone' });
    expect(manifest?.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    expect(await page.evaluate(() => !!(globalThis as any).navigator.serviceWorker.controller)).toBe(true);
    await context.setOffline(true);
    await recordFollowUpOffline(page, 'Workshop rented; the children are at school.');
    await page
      .getByTestId('connection')
      .getByText(/^Offline\./)
      .waitFor();

    // The visit waits in the outbox; its survey can be taken now and is sent after it.
    await page.getByRole('link', { name: 'Reintegration: plan, milestones and surveys' }).click();
    const pending = page.getByTestId('pending-visits').getByRole('listitem');
    await pending.getByText(/waiting to be sent/).waitFor();
    await pending.getByRole('button', { name: /^Record the survey of the visit on / }).click();
    const survey = page.getByRole('form', { name: /^Sustainability survey, visit on / });
    for (const q of SUSTAINABILITY_QUESTIONNAIRE.indicators)
      await survey.getByLabel(q.question).selectOption(q.options[q.options.length - 1].code);
    await survey.getByRole('button', { name: 'Record the survey' }).click();
    await pending.getByText('The survey of this visit waits to be sent.').waitFor();

    // A reload without a connection: the app, the case and the outbox are still there.
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: new RegExp(`Reintegration: ${driver.body.reference}`) })
      .waitFor();
    await pending.getByText('The survey of this visit waits to be sent.').waitFor();
    await page.getByRole('link', { name: 'Outbox (2 waiting)' }).click();
    const outbox = page.getByTestId('outbox');
    await page.getByTestId('outbox-summary').getByText('Waiting to be sent: 2.').waitFor();
    await outbox.locator('li[data-state="waiting"]').nth(1).waitFor();
    expect(
      await outbox
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading') })
        .allInnerTexts(),
    ).toEqual([
      expect.stringMatching(new RegExp(`^Record a follow-up visit · ${driver.body.reference}\\s+Waiting`)),
      expect.stringMatching(new RegExp(`^Sustainability survey · ${driver.body.reference}\\s+Waiting`)),
    ]);
    await expectAccessible(page, 'the outbox with actions waiting');
    await screenshotInLanguages(page, 'offline-outbox');
    expect(posts).toEqual([]);

    await context.setOffline(false);
    await outbox.locator('li[data-state="sent"]').nth(1).waitFor();
    await page.getByTestId('outbox-summary').getByText('Nothing waits to be sent.').waitFor();

    // Each action reached the API once, the visit before its survey, which was given the visit's number.
    expect(posts).toEqual(['200 follow-ups', '201 follow-ups/1/survey']);
    const view = await driver.get();
    expect(view.progress.followUps.map((f: any) => [f.visitNumber, f.notes])).toEqual([
      [1, 'Workshop rented; the children are at school.'],
    ]);
    expect((await driver.timeline()).filter((e) => e.type === 'record_follow_up')).toHaveLength(1);
    const surveys = (await (
      await fetch(`${stack.baseUrl}/cases/${driver.caseId}/surveys`, { headers: { ...ACTORS.partner } } as RequestInit)
    ).json()) as Array<{ visitNumber: number }>;
    expect(surveys.map((s) => s.visitNumber)).toEqual([1]);

    // The page read the case again once the outbox was sent: the visit has its scores.
    await page.goto(`${stack.baseUrl}/app/cases/${driver.caseId}/reintegration`);
    await page.getByTestId('survey-1').getByText('Composite').waitFor();
  });

  it('shows a visit refused because the case was closed meanwhile, with the reason and the choices left', async () => {
    const { context, page, posts } = partner;
    posts.length = 0;
    await context.setOffline(true);
    await recordFollowUpOffline(page, 'Second visit: the workshop has its first customers.');
    // Meanwhile, at the office, the supervisor closes the case.
    await driver.do('closure', 'supervisor', { outcome: 'lost_contact', reason: 'No answer for three months.' });
    // Offline, the partner still reads the copy kept on the device: the case as it was.
    await page.reload();
    await page.getByTestId('stage').getByText('Reintegration').waitFor();

    await page.getByRole('link', { name: 'Outbox (1 waiting)' }).click();
    await context.setOffline(false);
    const refused = page.getByTestId('outbox').locator('li[data-state="refused"]');
    await refused.getByText('The case moved on meanwhile: the service refused this action.').waitFor();
    await refused
      .getByTestId('refusal-reason')
      .getByText(/^Refused: The case is closed \(lost contact\)/)
      .waitFor();
    expect(await refused.locator('.refusal').getAttribute('data-code')).toBe('case_closed');
    await refused.getByTestId('case-now').getByText('Closed').waitFor();
    await refused.getByRole('link', { name: `Open case ${driver.body.reference} to see where it stands` }).waitFor();
    await refused.getByRole('button', { name: 'Send again' }).waitFor();
    await expectAccessible(page, 'the outbox with a refusal');
    await screenshotInLanguages(page, 'offline-conflict');

    // The closed case is no longer one of the partner's: the refreshed copy has dropped it from the device.
    await page
      .getByRole('region', { name: 'Kept on this device' })
      .getByRole('link', { name: driver.body.reference })
      .waitFor({ state: 'detached' });
    const kept = await page.evaluate(async (caseId) => {
      const cache = await (globalThis as any).caches.open('avrr-device-copy');
      return ((await cache.keys()) as Array<{ url: string }>).map((r) => r.url).filter((u) => u.includes(caseId));
    }, driver.caseId);
    expect(kept).toEqual([]);

    // Sent once, refused once; removed from the outbox, it is gone.
    expect(posts).toEqual(['409 follow-ups']);
    await refused.getByRole('button', { name: 'Remove from the outbox' }).click();
    await refused.waitFor({ state: 'detached' });
    await page.getByTestId('outbox-summary').getByText('Nothing waits to be sent.').waitFor();

    // Signing out wipes the device: no outbox, no copy of the partner's reads.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const left = await page.evaluate(async () => ({
      caches: await (globalThis as any).caches.keys(),
      databases: ((await (globalThis as any).indexedDB.databases()) as Array<{ name: string }>).map((d) => d.name),
    }));
    expect(left.caches).not.toContain('avrr-device-copy');
    expect(left.databases).not.toContain('avrr-device');
  });
});
