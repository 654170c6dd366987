import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Response as PageAnswer } from 'playwright-core';
import { TEST_PASSWORD, TEST_USERS, type TestUser } from './access';
import { isCheckedOrigin, recordAnswer } from './openapi-contract';
import { webAppDirectory } from '../../apps/api/src/web-app/web-app';

// Browser globals, for the functions that run in the page (this project's TypeScript has no DOM library).
declare const document: any;
declare const window: any;
type Document = unknown;

/**
 * The browser for the web app's tests: Debian's chromium (apt-get install chromium; .ci/run installs it), driven by
 * playwright-core, which never downloads a browser of its own. CHROMIUM_PATH overrides the path.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

export async function newPage(
  browser: Browser,
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'en-GB',
    timezoneId: 'Europe/Paris',
  });
  context.on('response', (response) => void checkAnswer(response));
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Signs in through the sign-in page and waits for the work queue. */
export async function signIn(page: Page, baseUrl: string, user: TestUser): Promise<void> {
  await page.goto(`${baseUrl}/app/`);
  await page.getByLabel('Email').fill(TEST_USERS[user].email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is, and returns the violations in short. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Once per document: the app navigates without reloading, and compiling axe-core again took a tenth of a second.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // Every rule still runs on every node; only the violations' nodes are described (selectors are costly).
      resultTypes: ['violations'],
    });
    return result.violations;
  });
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Whether the page fits its viewport's width (no sideways scrolling). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

export const SCREENSHOTS = process.env.WEB_SCREENSHOTS === '1';
const SCREENSHOT_DIR = join(__dirname, '../../docs/screenshots');

/** With WEB_SCREENSHOTS=1: the page in English and in Arabic, saved under docs/screenshots/<name>-<lang>.png. */
export async function screenshotInLanguages(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const language of ['en', 'ar'] as const) {
    await chooseLanguage(page, language);
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${language}.png`), fullPage: true });
  }
  await chooseLanguage(page, 'en');
}

export async function chooseLanguage(page: Page, language: 'en' | 'fr' | 'ar'): Promise<void> {
  await page.locator('select[name="language"]').selectOption(language);
  await page.waitForFunction((l) => document.documentElement.lang === l, language);
}

/** axe-core on the page in English and in Arabic (right to left), back in English after: the page's violations, or none. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  for (const language of ['en', 'ar'] as const) {
    await chooseLanguage(page, language);
    const violations = await axeViolations(page);
    if (violations.length) throw new Error(`axe-core on ${what} (${language}):\n${violations.join('\n')}`);
  }
  await chooseLanguage(page, 'en');
}

/** The app's calls to the API are checked against its OpenAPI document like the tests' own (contract-check.setup.ts). */
async function checkAnswer(response: PageAnswer): Promise<void> {
  const url = new URL(response.url());
  if (!isCheckedOrigin(url.origin)) return;
  const contentType = response.headers()['content-type'] ?? null;
  // A page closing mid-answer leaves no body to read: nothing to check then.
  const text = contentType?.includes('json') ? await response.text().catch(() => undefined) : '';
  if (text === undefined) return;
  recordAnswer({
    method: response.request().method(),
    path: url.pathname + url.search,
    status: response.status(),
    contentType,
    body: text ? (JSON.parse(text) as unknown) : undefined,
  });
}

/** Fails a browser suite early when the web app it drives was not built (scripts/test.sh builds it). */
export function requireBuiltWebApp(file: 'index.html' | 'sw.js' = 'index.html'): void {
  if (!existsSync(`${webAppDirectory()}/${file}`))
    throw new Error(`The web app is not built (no ${file}): run npm run build:web (scripts/test.sh does).`);
}

/** A browser suite's end: Chromium first, then the stack it drove. */
export async function closeBrowserSuite(browser: Browser | undefined, stack: { close(): Promise<void> } | undefined) {
  await browser?.close();
  await stack?.close();
}
