// Over 400 lines: one browser walk through the partner's pages, sharing one browser and stack.
/**
 * The partner's reintegration work in the web app (issue 7, section 4), in a real browser against the real API and
 * worker: the skills profile with ISCO-08 occupations found by search, matched opportunities with their score
 * breakdown, a link moved from proposal to placement, the plan editor with exact amounts (minor units, read from
 * what the user types by string), milestones, the follow-up survey with its refusal and its scores, and the
 * dashboards' charts with their CSV and XLSX downloads, and the supervisors' outcome report for donors. axe-core
 * on each new page, a 360-pixel screen, Arabic. Match explanations in French and Arabic, from their codes. The
 * survey's questions and options in French and Arabic (keyed by the questionnaire's codes, which the API still
 * receives); a supervisor's read-only view of the skills profile; a supervisor approving the submitted plan, which
 * the partner then sees approved. WEB_SCREENSHOTS=1 writes
 * docs/screenshots/partner-{skills,reintegration,final-report}-{en,ar}.png and outcomes-{en,ar}.png. The final
 * report filed by the partner against the plan's budget lines with papers from the case file, and validated by the
 * supervisor on the case page (issue 16, part 5).
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { SUSTAINABILITY_QUESTIONNAIRE } from '@avrr/domain';
import { ar } from '../apps/web/src/locales/ar';
import { en } from '../apps/web/src/locales/en';
import { fr } from '../apps/web/src/locales/fr';
import {
  axeViolations,
  chooseLanguage,
  expectAccessible as expectAccessibleInEnglishAndArabic,
  expectAccessible as expectAccessibleInLanguages,
  launchBrowser,
  newPage,
  overflowsSideways,
  screenshotInLanguages,
  signIn,
  closeBrowserSuite,
  requireBuiltWebApp,
} from './support/browser';
import { ACTORS, CaseDriver } from './support/case-driver';
import { postJson } from './support/fixtures';
import { request } from './support/http';
import { startStack, type TestStack } from './support/stack';

declare const sessionStorage: any;

jest.setTimeout(120_000);

let stack: TestStack;
let browser: Browser;
let driver: CaseDriver;
const tag = randomUUID().slice(0, 6).toUpperCase();
const garage = `Garage assistant ${tag}`;

beforeAll(async () => {
  requireBuiltWebApp();
  stack = await startStack();
  [browser, driver] = await Promise.all([launchBrowser(), CaseDriver.open(stack.baseUrl)]);
  // A household that has arrived: the partner's work starts here.
  await driver.throughArrival();
  const created = await postJson(
    `${stack.baseUrl}/opportunities`,
    {
      partnerCode: `WEB-${tag}`,
      externalReference: 'GARAGE-1',
      title: garage,
      iscoCode: '7231',
      requiredSkills: ['engine repair'],
      minIscedLevel: 2,
      languages: ['fr'],
      country: 'SN',
      region: 'Thiès',
      type: 'job',
      placesAvailable: 2,
      expiresOn: '2099-12-31',
    },
    ACTORS.partner,
  );
  if (created.status !== 201) throw new Error(`opportunity: ${JSON.stringify(created.body)}`);
});

afterAll(() => closeBrowserSuite(browser, stack));

const principalName = () => `${driver.body.principal.givenNames} ${driver.body.principal.familyName}`;

async function expectAccessible(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length) throw new Error(`axe-core on ${what}:\n${violations.join('\n')}`);
}

/** The case as the API has it now (the read model's projected state in `progress`). */
async function caseNow(): Promise<any> {
  return (
    await fetch(`${stack.baseUrl}/cases/${driver.caseId}`, { headers: { ...ACTORS.partner } } as RequestInit)
  ).json();
}

describe('the partner in the web app', () => {
  it('records a skills profile with an ISCO-08 occupation, sees matches with their breakdown and links the returnee up to a placement', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'partner');
    await page.goto(`${stack.baseUrl}/app/cases/${driver.caseId}`);
    await page.getByRole('link', { name: `Skills and opportunities: ${principalName()}` }).click();
    await page.getByRole('heading', { level: 1, name: `Skills and opportunities: ${principalName()}` }).waitFor();
    // No profile yet: matching says what it still needs instead of calling the API for a refusal.
    await page.getByRole('region', { name: 'Matched opportunities' }).getByText('Matching still needs').waitFor();

    const profile = page.getByRole('form', { name: 'Skills profile' });
    await profile.getByRole('searchbox', { name: 'Find an occupation' }).fill('car mechanic');
    await profile.getByRole('searchbox', { name: 'Find an occupation' }).press('Enter');
    await profile.getByRole('button', { name: /^Add 7231 / }).click();
    await profile.getByLabel('Years of experience in 7231').fill('75');
    await profile.getByLabel('Skills (comma-separated)').fill('Engine repair, welding');
    await profile.getByLabel('Languages (ISO codes, comma-separated)').fill('fr, wo');
    await profile.getByLabel('Education (ISCED level)').selectOption('3');
    await profile.getByLabel('Driving licence').selectOption('yes');
    await profile.getByLabel('Preferred region').fill('Thiès');
    await profile.getByLabel('What the person wants').selectOption('job');
    await profile.getByRole('button', { name: 'Save the profile' }).click();
    // The API's message beside the field it concerns.
    await profile.locator('.field-error[data-field="occupations.0.years"]').getByText('60').waitFor();
    expect(await profile.getByLabel('Years of experience in 7231').getAttribute('aria-invalid')).toBe('true');
    await profile.getByLabel('Years of experience in 7231').fill('6');
    await profile.getByRole('button', { name: 'Save the profile' }).click();
    await page.getByRole('status').getByText('Profile saved (version 1).').waitFor();
    await page.getByTestId('profile-status').getByText('The profile is complete').waitFor();
    // The saved profile names its occupation by title, which the page may fetch again after the save: wait for it.
    await profile.getByText('Motor vehicle mechanics and repairers').first().waitFor();

    // The opportunity made for this returnee scores 1, with every component of the breakdown in words.
    const match = page
      .getByTestId('matches')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: garage }) });
    await match.getByRole('heading', { name: `${garage} score 1.000` }).waitFor();
    const breakdown = match.getByRole('list', { name: `Score breakdown for ${garage}` });
    for (const component of ['Occupation', 'Skills', 'Education', 'Languages', 'Region', 'Type of opportunity']) {
      await breakdown.getByText(component, { exact: true }).waitFor();
    }
    await match.getByText('Wants to live in this region (Thiès)', { exact: true }).waitFor();
    await expectAccessible(page, 'the skills profile and matches');
    // The explanations come as codes with parameters: French and Arabic word them from the app's catalogue.
    await chooseLanguage(page, 'fr');
    await match.getByText('Souhaite vivre dans cette région (Thiès)', { exact: true }).waitFor();
    await match.getByText('Parle toutes les langues requises : français', { exact: true }).waitFor();
    await match
      .getByText('Même groupe de métiers : Motor vehicle mechanics and repairers (7231) ; 6 ans d’expérience', {
        exact: true,
      })
      .waitFor();
    await chooseLanguage(page, 'ar');
    await match.getByText('يريد وظيفة؛ وهذه الفرصة (وظيفة) تناسبه', { exact: true }).waitFor();
    await chooseLanguage(page, 'en');

    await match.getByRole('button', { name: 'Link to this opportunity' }).click();
    const propose = page.getByRole('form', { name: `Link to ${garage}` });
    await propose.getByLabel('Note (optional)').fill('Met the garage owner; interview next week.');
    await propose.getByRole('button', { name: 'Link to this opportunity' }).click();
    await match.getByText('Linked (Proposed)').waitFor();
    const links = page.getByRole('region', { name: 'Links to opportunities' });
    await links.locator('li[data-status="proposed"]').getByText(garage).waitFor();

    for (const [step, status] of [
      ['Referred', 'referred'],
      ['Placed', 'placed'],
    ] as const) {
      const form = page.getByRole('form', { name: `Move the link to ${garage} on` });
      await form.getByLabel('Next step').selectOption({ label: step });
      await form.getByRole('button', { name: 'Record the step' }).click();
      await links.locator(`li[data-status="${status}"]`).waitFor();
    }
    await links.getByText('This link is finished.').waitFor();
    await expectAccessible(page, 'the links');
    await screenshotInLanguages(page, 'partner-skills');

    // A placement in a job is a job placement milestone on the case (the workflow records it).
    await page.getByRole('link', { name: /Back to the case/ }).click();
    await page.getByRole('link', { name: 'Reintegration: plan, milestones and surveys' }).click();
    await waitWithReload(page, page.locator('[data-testid="milestones"] li[data-kind="job_placement"]'));
    await context.close();
  });

  it('submits a plan with exact amounts (kept through a lost connection), records a milestone and the follow-up survey', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'partner');
    await page.goto(`${stack.baseUrl}/app/cases/${driver.caseId}/reintegration`);
    const plan = page.getByRole('region', { name: 'Reintegration plan' });
    await plan.getByText('No plan submitted yet.').waitFor();
    await plan.getByRole('button', { name: 'Submit the reintegration plan' }).click();
    const form = page.getByRole('form', { name: 'Submit the reintegration plan' });

    const component1 = form.getByRole('group', { name: 'Component 1' });
    await component1.getByLabel('Description').first().fill('Open a tailoring workshop in Thiès');
    const line1 = component1.getByRole('group', { name: 'Budget line 1' });
    await line1.getByLabel('Description').fill('Sewing machine');
    await line1.getByLabel('Currency').fill('EUR');
    await line1.getByLabel('Amount').fill('1,250.505');
    await form.getByRole('button', { name: 'Submit the reintegration plan' }).click();
    // More decimals than the currency has: refused here, never rounded, and nothing sent.
    await line1
      .locator('.field-error[data-field="components.0.budgetLines.0.amountMinor"]')
      .getByText('EUR has 2 decimals at most.')
      .waitFor();
    await line1.getByLabel('Amount').fill('1,250.50');
    await line1.getByTestId('amount-preview').getByText('€1,250.50').waitFor();

    await component1.getByRole('button', { name: 'Add a budget line' }).click();
    const line2 = component1.getByRole('group', { name: 'Budget line 2' });
    await line2.getByLabel('Description').fill('Fabric stock');
    await line2.getByLabel('Currency').fill('XOF');
    await line2.getByLabel('Amount').fill('250 000');

    await form.getByRole('button', { name: 'Add a component' }).click();
    const component2 = form.getByRole('group', { name: 'Component 2' });
    expect(await component2.getByLabel('Dimension').inputValue()).toBe('social');
    await component2.getByLabel('Description').first().fill('School fees for the children');
    const line3 = component2.getByRole('group', { name: 'Budget line 1' });
    await line3.getByLabel('Description').fill('School fees, first year');
    await line3.getByLabel('Currency').fill('EUR');
    await line3.getByLabel('Amount').fill('300.75');
    await form.getByTestId('plan-totals').getByText('€1,551.25').waitFor();
    await expectAccessible(page, 'the plan editor');

    // The connection drops as the partner submits: the plan stays, with its key, and a retry sends it once.
    await context.setOffline(true);
    await form.getByRole('button', { name: 'Submit the reintegration plan' }).click();
    await form.getByRole('alert').getByText('No connection to the service. Nothing was lost').waitFor();
    const drafts = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((k: string) => k.startsWith('avrr.draft.')),
    );
    expect(drafts).toContain(`avrr.draft.${driver.caseId}.submit_plan`);
    await context.setOffline(false);
    await form.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await plan.getByTestId('plan').waitFor();
    await plan.getByText('Submitted, waiting for a supervisor').waitFor();
    const totals = plan.getByTestId('plan-totals');
    await totals.getByText('€1,551.25').waitFor();
    expect(await totals.innerText()).toMatch(/250,000/);
    // Integer minor units, exactly as typed.
    const lines = (await caseNow()).progress.plan.components.map((c: any) =>
      c.budgetLines.map((l: any) => [l.amountMinor, l.currency]),
    );
    expect(lines).toEqual([
      [
        [125050, 'EUR'],
        [250000, 'XOF'],
      ],
      [[30075, 'EUR']],
    ]);

    const milestone = page.getByRole('form', { name: 'Record a milestone' });
    await milestone.getByLabel('Kind').selectOption({ label: 'Training completed' });
    await milestone.getByLabel('Person (optional)').selectOption({ label: principalName() });
    await milestone.getByRole('button', { name: 'Record a milestone' }).click();
    await page
      .locator('[data-testid="milestones"] li[data-kind="training_completed"]')
      .getByText(`for ${principalName()}`)
      .waitFor();

    // The visit is recorded (the main path of web-roles does it in the browser), then its survey here.
    await driver.do('follow-ups', 'partner', {
      visitedOn: new Date().toISOString().slice(0, 10),
      notes: 'Workshop rented; the children are at school.',
    });
    await page.reload();
    const visit = page.locator('li[data-visit="1"]');
    await visit.getByRole('button', { name: 'Record the survey of visit 1' }).click();
    const survey = page.getByRole('form', { name: 'Sustainability survey, visit 1' });
    // French and Arabic: every question and every option in the language, keyed by the questionnaire's codes.
    for (const [language, catalogue] of [
      ['fr', fr],
      ['ar', ar],
    ] as const) {
      await chooseLanguage(page, language);
      await page.getByRole('form', { name: catalogue.survey.title.replace('{{n}}', '1') }).waitFor();
      for (const q of SUSTAINABILITY_QUESTIONNAIRE.indicators) {
        const words = (
          catalogue.survey.indicators as Record<string, { question: string; options: Record<string, string> }>
        )[q.id];
        const select = page.getByLabel(words.question, { exact: true });
        expect(await select.getAttribute('data-indicator')).toBe(q.id);
        const shown = await select
          .locator('option')
          .evaluateAll((options: any[]) => options.map((o) => [o.value, o.textContent, o.getAttribute('lang')]));
        expect(shown).toEqual([
          ['', catalogue.survey.notAnswered, null],
          ...q.options.map((o) => [o.code, words.options[o.code], null]),
        ]);
        expect(words.question).not.toBe(q.question);
      }
      await expectAccessible(page, `the survey form in ${language}`);
    }
    await chooseLanguage(page, 'en');
    const [first, ...rest] = SUSTAINABILITY_QUESTIONNAIRE.indicators;
    await survey.getByLabel(first.question).selectOption(first.options[1].code);
    await survey.getByRole('button', { name: 'Record the survey' }).click();
    const refusal = survey.getByRole('alert');
    await refusal.getByText(/^Refused: /).waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('survey_dimension_incomplete');
    for (const q of rest) await survey.getByLabel(q.question).selectOption(q.options[q.options.length - 1].code);
    await survey.getByRole('button', { name: 'Record the survey' }).click();
    const scores = page.getByTestId('survey-1');
    await scores.getByText('Composite').waitFor();
    // The API received the questionnaire's codes, whatever the language of the labels.
    const recorded: any = await (
      await fetch(`${stack.baseUrl}/cases/${driver.caseId}/surveys`, { headers: { ...ACTORS.partner } } as RequestInit)
    ).json();
    expect(recorded[0].answers).toEqual(
      Object.fromEntries([
        [first.id, first.options[1].code],
        ...rest.map((q) => [q.id, q.options[q.options.length - 1].code]),
      ]),
    );
    expect(await scores.innerText()).toMatch(/Economic\s+0\.\d{3}/);
    await expectAccessible(page, 'the reintegration page');

    // Arabic: right to left, amounts and scores in Arabic-Indic digits.
    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { level: 2, name: 'خطة إعادة الإدماج' }).waitFor();
    expect(await page.getByTestId('plan-totals').innerText()).toMatch(/[\u0660-\u0669]/);
    await expectAccessible(page, 'the reintegration page in Arabic');
    await chooseLanguage(page, 'en');
    await screenshotInLanguages(page, 'partner-reintegration');
    await context.close();
  });

  it('a supervisor reads the skills profile without controls to change it, and is told why', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'supervisor');
    await page.goto(`${stack.baseUrl}/app/cases/${driver.caseId}`);
    await page.getByRole('link', { name: `Skills and opportunities: ${principalName()}` }).click();
    const region = page.getByRole('region', { name: 'Skills profile' });
    await region
      .getByRole('note')
      .getByText(
        'Read only: your role may see this profile, not change it. Who may change it: counsellor, partner focal point.',
      )
      .waitFor();
    await region.getByText('Engine repair, welding').waitFor();
    await region.getByText('3 – upper secondary').waitFor();
    await region.getByText('Motor vehicle mechanics and repairers').waitFor();
    for (const role of ['textbox', 'combobox', 'searchbox', 'spinbutton', 'button'] as const) {
      expect({ role, count: await region.getByRole(role).count() }).toEqual({ role, count: 0 });
    }
    expect(await region.getByRole('form').count()).toBe(0);
    // Nothing to keep as a draft for a reader.
    expect(
      await page.evaluate(() => Object.keys(sessionStorage).filter((k: string) => k.startsWith('avrr.draft.'))),
    ).toEqual([]);
    await expectAccessible(page, "the supervisor's read-only skills profile");
    await chooseLanguage(page, 'ar');
    const inArabic = page.getByRole('region', { name: ar.skills.profile });
    await inArabic
      .getByRole('note')
      .getByText(ar.skills.readOnly.replace('{{roles}}', `${ar.roles.counsellor}, ${ar.roles.partner_focal_point}`))
      .waitFor();
    await expectAccessible(page, "the supervisor's read-only skills profile in Arabic");
    await chooseLanguage(page, 'en');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await overflowsSideways(page)).toBe(false);
    await context.close();
  });

  it("the English catalogue's survey words are the questionnaire's own, code for code", () => {
    const catalogue = en.survey.indicators as Record<string, { question: string; options: Record<string, string> }>;
    for (const q of SUSTAINABILITY_QUESTIONNAIRE.indicators) {
      expect({ id: q.id, question: catalogue[q.id]?.question, options: catalogue[q.id]?.options }).toEqual({
        id: q.id,
        question: q.question,
        options: Object.fromEntries(q.options.map((o) => [o.code, o.label])),
      });
    }
    expect(Object.keys(catalogue).sort()).toEqual(SUSTAINABILITY_QUESTIONNAIRE.indicators.map((q) => q.id).sort());
  });

  it('shows the dashboards as named charts with their data, and the new pages fit a 360-pixel screen', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'partner');
    await page.getByRole('link', { name: 'Dashboards' }).click();
    const byStage = page.getByRole('figure', { name: 'Cases by stage' });
    await byStage.getByRole('listitem').filter({ hasText: 'Reintegration' }).waitFor();
    expect(await byStage.getAttribute('aria-describedby')).toBeTruthy();
    await byStage.getByText(/values; the highest is/).waitFor();
    const scores = page.getByRole('figure', { name: 'Sustainability scores (median composite, 0 to 1)' });
    await scores
      .getByRole('listitem')
      .filter({ hasText: /^SN \(\d+ surveys\)/ })
      .waitFor();
    await page
      .getByRole('figure', { name: 'Placements by opportunity type' })
      .getByRole('listitem')
      .filter({ hasText: 'Job' })
      .waitFor();
    await page.getByRole('figure', { name: 'Overdue follow-ups (days overdue)' }).waitFor();
    // All six views: the time open cases have spent in their stage, and how the scores moved between surveys.
    await page
      .getByRole('figure', { name: 'Median days open cases have spent in their stage' })
      .getByRole('listitem')
      .filter({ hasText: /^Reintegration \(\d+ cases\)/ })
      .waitFor();
    await page
      .getByRole('figure', { name: /^Sustainability score between the first and the latest survey \(\d+ cases\)$/ })
      .getByRole('listitem')
      .filter({ hasText: 'Improved' })
      .waitFor();
    await expectAccessible(page, 'the dashboards');

    // Each view's rows to take away, with the view's own filters and scope: the placements as CSV and as XLSX.
    const placementsCsv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Placements by opportunity type as CSV' }).click();
    const csv = await placementsCsv;
    expect(csv.suggestedFilename()).toMatch(/^placements-by-type-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await csv.path(), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe('\uFEFFtype,placed,declined,open');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
      'job',
      'apprenticeship',
      'vocational_training',
      'business_support',
    ]);
    const placementsXlsx = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Placements by opportunity type as XLSX' }).click();
    const xlsx = await placementsXlsx;
    expect(xlsx.suggestedFilename()).toMatch(/^placements-by-type-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    expect(workbook.worksheets[0].getColumn(1).values.slice(1)).toEqual([
      'type',
      ...lines.slice(1).map((l) => l.split(',')[0]),
    ]);

    // Codes are shown in the user's language: relationships, vulnerabilities, link statuses, milestones, stages.
    await page.goto(`${stack.baseUrl}/app/cases/${driver.caseId}`);
    await chooseLanguage(page, 'fr');
    await page.getByText('(enfant)').first().waitFor();
    await page.getByText('parent isolé').first().waitFor();
    await page.getByRole('link', { name: 'Réintégration : plan, étapes et enquêtes' }).click();
    await page
      .locator('[data-testid="milestones"] li[data-kind="job_placement"]')
      .getByText('Placement en emploi')
      .waitFor();
    await page.getByRole('link', { name: principalName() }).click();
    await page
      .getByRole('region', { name: 'Liens vers des opportunités' })
      .locator('li[data-status="placed"]')
      .getByText('Placé', { exact: true })
      .waitFor();
    await chooseLanguage(page, 'en');
    await context.close();

    const phone = await newPage(browser, { width: 360, height: 740 });
    await signIn(phone.page, stack.baseUrl, 'partner');
    const person = driver.people[0].id;
    for (const [name, path, heading] of [
      ['skills', `cases/${driver.caseId}/people/${person}`, /Skills and opportunities/],
      ['reintegration', `cases/${driver.caseId}/reintegration`, /Reintegration/],
      ['dashboards', 'dashboards', /Dashboards/],
    ] as const) {
      await phone.page.goto(`${stack.baseUrl}/app/${path}`);
      await phone.page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await phone.page.waitForLoadState('networkidle');
      expect({ name, overflows: await overflowsSideways(phone.page) }).toEqual({ name, overflows: false });
    }
    await phone.context.close();
  });

  it('a supervisor reads the outcome report for donors, by period, and takes it away', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'supervisor');
    await page.getByRole('link', { name: 'Outcomes for donors' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outcomes for donors' }).waitFor();
    // The household of this file's case arrived in Senegal: it counts under all cases and its vulnerabilities.
    const table = page.getByTestId('outcomes');
    const quarter = table.locator('tr[data-vulnerability="all"]').filter({ hasText: /^SN\d{4}-Q[1-4]All cases/ });
    await quarter.first().waitFor();
    await table.locator('tr[data-vulnerability="single_parent"]').getByText('single parent').first().waitFor();
    await page.getByRole('term').getByText('Reintegration completed').waitFor();
    await expectAccessibleInLanguages(page, 'the outcome report');
    await screenshotInLanguages(page, 'outcomes');

    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByLabel('Period').selectOption('month');
    await filters.getByRole('button', { name: 'Show' }).click();
    await table
      .locator('tr[data-vulnerability="all"]')
      .filter({ hasText: /^SN\d{4}-\d{2}All cases/ })
      .first()
      .waitFor();
    const file = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Outcomes for donors as XLSX' }).click();
    expect((await file).suggestedFilename()).toMatch(/^outcomes-by-month-\d{4}-\d{2}-\d{2}\.xlsx$/);

    // A period that ends before it starts: the API's reason beside the field.
    await filters.getByLabel('Arrived from').fill('2026-05-01');
    await filters.getByLabel('Arrived until').fill('2026-04-01');
    await filters.getByRole('button', { name: 'Show' }).click();
    await filters.locator('.field-error[data-field="to"]').waitFor();
    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { level: 1, name: 'النتائج للجهات المانحة' }).waitFor();
    await chooseLanguage(page, 'en');
    await context.close();
  });

  // Last: an approved plan moves the case on, and the dashboards above count it at the reintegration stage.
  it('a supervisor approves the submitted plan where it is shown, and the partner then sees it approved', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'supervisor');
    await page.goto(`${stack.baseUrl}/app/cases/${driver.caseId}`);
    await page.getByRole('link', { name: 'Reintegration: plan, milestones and surveys' }).click();
    const plan = page.getByRole('region', { name: 'Reintegration plan' });
    await plan.getByText('Submitted, waiting for a supervisor').waitFor();
    await plan.getByTestId('plan-totals').getByText('€1,551.25').waitFor();
    // The supervisor may decide, not edit: no plan editor, no milestone form.
    expect(await page.getByRole('button', { name: 'Submit the reintegration plan' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Record a milestone' }).count()).toBe(0);
    await plan.getByRole('button', { name: 'Approve the plan', exact: true }).click();
    const form = page.getByRole('form', { name: 'Approve the plan' });
    await form.getByLabel('Note (optional)').fill('Budget checked against the quotes.');
    await expectAccessible(page, 'the plan approval form');
    await form.getByRole('button', { name: 'Approve the plan' }).click();
    await page.getByRole('status').getByText('Approve the plan: Recorded.').waitFor();
    await plan.getByText('Approved', { exact: true }).waitFor();
    await plan.getByText('Decision: Budget checked against the quotes.').waitFor();
    expect(await plan.getByRole('button', { name: 'Approve the plan' }).count()).toBe(0);
    await context.close();

    const partner = await newPage(browser);
    await signIn(partner.page, stack.baseUrl, 'partner');
    await partner.page.goto(`${stack.baseUrl}/app/cases/${driver.caseId}/reintegration`);
    const seen = partner.page.getByRole('region', { name: 'Reintegration plan' });
    await waitWithReload(partner.page, seen.getByText('Approved', { exact: true }));
    await seen.getByText('Decision: Budget checked against the quotes.').waitFor();
    expect((await caseNow()).progress.plan.status).toBe('approved');
    await partner.context.close();
  });

  it('the partner reads the inbox (unread count in the navigation, mark read, link to the case) and chooses how to be told', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'partner');
    const nav = page.getByTestId('inbox-link');
    await nav.getByText(/^Inbox \(\d+ unread\)$/).waitFor();
    await nav.click();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    // The travel the partner was told of, in the words of the email, from the same catalogue.
    const booked = page
      .getByTestId('inbox-item')
      .filter({ hasText: `Travel booked for case ${driver.body.reference}` });
    await booked.waitFor();
    const unreadBefore = Number((await page.getByTestId('unread-count').innerText()).match(/\d+/)![0]);
    await expectAccessibleInEnglishAndArabic(page, 'the inbox');
    await screenshotInLanguages(page, 'partner-inbox');
    await booked.getByRole('button', { name: 'Mark read' }).click();
    await page
      .getByTestId('unread-count')
      .getByText(`${unreadBefore - 1} unread`)
      .waitFor();
    await nav.getByText(unreadBefore - 1 ? `Inbox (${unreadBefore - 1} unread)` : 'Inbox', { exact: true }).waitFor();
    expect(await booked.getByRole('button', { name: 'Mark read' }).count()).toBe(0);
    await booked.getByRole('link', { name: 'Open the case' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(driver.body.reference) }).waitFor();

    await page.goto(`${stack.baseUrl}/app/inbox/settings`);
    const form = page.getByRole('form', { name: 'Notification settings' });
    await form.getByLabel('Language of your emails').selectOption('ar');
    await form.getByRole('radio', { name: 'Travel cancelled: Inbox' }).check();
    await form.getByLabel('Send me one email a day with the cases that wait on me').check();
    await expectAccessibleInEnglishAndArabic(page, 'the notification settings');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Your settings are saved.').waitFor();
    await screenshotInLanguages(page, 'notification-settings');
    // Both pages fit a phone, where partners read them in the field.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const [path, loaded] of [
      ['/app/inbox/settings', page.getByRole('table')],
      ['/app/inbox', page.getByTestId('inbox-item').first()],
    ] as const) {
      await page.goto(`${stack.baseUrl}${path}`);
      await loaded.waitFor();
      expect({ path, overflows: await overflowsSideways(page) }).toEqual({ path, overflows: false });
    }
    const saved = await request(stack.baseUrl, 'GET', '/me/notification-preferences', undefined, { ...ACTORS.partner });
    expect(saved.body).toMatchObject({ emailLanguage: 'ar', digest: true });
    expect(saved.body.channels).toContainEqual({ kind: 'travel_cancelled', channel: 'in_app' });
    // The database outlives this file: later suites expect the partner's defaults.
    await request(
      stack.baseUrl,
      'PUT',
      '/me/notification-preferences',
      { emailLanguage: 'en', digest: false, channels: [] },
      { ...ACTORS.partner },
    );
    await context.close();
  });

  // After the approval: the final report against the approved plan, validated by the supervisor on the case page.
  it('the partner files the final report against each budget line with papers from the case file, corrects it from the returned report after a return; a supervisor validates it', async () => {
    // Two more visits (three in all) and the papers, over the API: the browser walk is the report itself.
    for (const n of [2, 3])
      await driver.do('follow-ups', 'partner', {
        visitedOn: new Date().toISOString().slice(0, 10),
        notes: `Visit ${n}`,
      });
    await driver.file('proof_of_payment', null, 'partner');
    await driver.file('invoice', null, 'partner');

    const { context, page } = await newPage(browser);
    await signIn(page, stack.baseUrl, 'partner');
    // The fabric's supplier goes on the country's list of service providers first.
    const supplier = `Tissus Ndiaye ${tag}`;
    await page.getByRole('link', { name: 'Service providers' }).click();
    const add = page.getByRole('form', { name: 'Record a service provider' });
    await add.getByLabel('Country (ISO code)').fill('SN');
    await add.getByLabel('Name').fill(supplier);
    await add.getByLabel('Kind of assistance').selectOption({ label: 'Equipment' });
    await add.getByLabel('Contact').fill('+221 33 951 00 00');
    await add.getByRole('button', { name: 'Record a service provider' }).click();
    await page.getByTestId('providers').getByRole('rowheader', { name: supplier }).waitFor();
    await expectAccessibleInEnglishAndArabic(page, 'the service providers page');
    await screenshotInLanguages(page, 'partner-providers');

    await page.goto(`${stack.baseUrl}/app/cases/${driver.caseId}/reintegration`);
    const section = page.getByRole('region', { name: 'Final report' });
    await section.getByText('No final report filed yet.').waitFor();
    await section.getByRole('button', { name: 'File the final report' }).click();
    const form = page.getByRole('form', { name: 'File the final report' });
    const machine = form.getByRole('group', { name: 'Sewing machine · €1,250.50' });
    await machine.getByLabel('Delivered (EUR)').fill('1,200.5');
    await machine.getByLabel('Proof of payment').selectOption({ label: 'proof_of_payment.pdf' });
    await machine.getByLabel('Note').fill('Bought second-hand');
    const fabric = form.getByRole('group', { name: /^Fabric stock · / });
    await fabric.getByLabel('Delivered (XOF)').fill('250 000');
    await fabric.getByLabel('Invoice').selectOption({ label: 'invoice.pdf' });
    await fabric.getByLabel('Invoiced (XOF)').fill('250 000');
    await fabric.getByLabel('Supplier').selectOption({ label: `${supplier} (Equipment)` });
    const fees = form.getByRole('group', { name: 'School fees, first year · €300.75' });
    await fees.getByLabel('Delivered (EUR)').fill('300.75');
    await form.getByLabel('Narrative').fill('The workshop opened; the children are at school.');
    await form.getByRole('button', { name: 'File the final report' }).click();
    // A delivery with no paper is refused by the API, its message beside the line's proof.
    await fees
      .locator('.field-error[data-field="lines.2.proofDocumentIds"]')
      .getByText('backed by at least one proof of payment or invoice', { exact: false })
      .waitFor();
    await expectAccessibleInEnglishAndArabic(page, 'the final report form with a refusal');
    await fees.getByLabel('Proof of payment').selectOption({ label: 'proof_of_payment.pdf' });
    await form.getByRole('button', { name: 'File the final report' }).click();
    await page.getByRole('status').getByText('File the final report: Recorded.').waitFor();
    // The confirmation keeps its wording, not its words: switching language rewords it.
    await chooseLanguage(page, 'fr');
    await page.getByRole('status').getByText('Déposer le rapport final : enregistré.').waitFor();
    await chooseLanguage(page, 'en');
    await section.getByText('Waiting for validation').waitFor();
    await section
      .getByTestId('report-scores')
      .getByText(/^Visit 1: composite 0\.\d+/)
      .waitFor();
    const filed = (await caseNow()).progress.finalReport;
    const providers = (await (
      await fetch(`${stack.baseUrl}/service-providers?country=SN`, { headers: { ...ACTORS.partner } } as RequestInit)
    ).json()) as Array<{ id: string; name: string }>;
    expect(filed.lines[1].invoices[0].providerId).toBe(providers.find((p) => p.name === supplier)?.id);
    expect(
      filed.lines.map((l: any) => [l.deliveredMinor, l.currency, l.invoices.map((i: any) => i.amountMinor)]),
    ).toEqual([
      [120050, 'EUR', []],
      [250000, 'XOF', [250000]],
      [30075, 'EUR', []],
    ]);
    await expectAccessibleInEnglishAndArabic(page, 'the reintegration page with its final report');
    await screenshotInLanguages(page, 'partner-final-report');

    // Returned with a reason: the form opens on the returned report, so the partner corrects one line and files again.
    await driver.do('final-report/return', 'supervisor', { reason: 'Say where the machine came from' });
    await page.reload();
    await waitWithReload(page, section.getByRole('button', { name: 'File the final report' }));
    await section.getByRole('button', { name: 'File the final report' }).click();
    await form.getByTestId('return-reason').getByText('Say where the machine came from', { exact: false }).waitFor();
    // The papers and the providers load after the form: their options first, then the choices read.
    await fees
      .getByLabel('Proof of payment')
      .locator('option', { hasText: 'proof_of_payment.pdf' })
      .waitFor({ state: 'attached' });
    await fabric.getByLabel('Supplier').locator('option', { hasText: supplier }).waitFor({ state: 'attached' });
    expect(await machine.getByLabel('Delivered (EUR)').inputValue()).toBe('1200.50');
    expect(await machine.getByLabel('Note').inputValue()).toBe('Bought second-hand');
    expect(await fabric.getByLabel('Invoiced (XOF)').inputValue()).toBe('250000');
    expect(await fabric.getByLabel('Supplier').inputValue()).toBe(providers.find((p) => p.name === supplier)?.id);
    expect(await fees.getByLabel('Proof of payment').inputValue()).toBe(filed.lines[2].proofDocumentIds[0]);
    expect(await form.getByLabel('Narrative').inputValue()).toBe('The workshop opened; the children are at school.');
    await machine.getByLabel('Note').fill('Bought second-hand from a tailor in Thiès');
    await form.getByRole('button', { name: 'File the final report' }).click();
    await page.getByRole('status').getByText('File the final report: Recorded.').waitFor();
    await section.getByText('Waiting for validation').waitFor();
    const refiled = (await caseNow()).progress.finalReport;
    expect(refiled.status).toBe('submitted');
    expect(refiled.lines).toEqual(
      filed.lines.map((l: any, i: number) =>
        i === 0 ? { ...l, note: 'Bought second-hand from a tailor in Thiès' } : l,
      ),
    );
    await context.close();

    const supervisor = await newPage(browser);
    await signIn(supervisor.page, stack.baseUrl, 'supervisor');
    await supervisor.page.goto(`${stack.baseUrl}/app/cases/${driver.caseId}`);
    await supervisor.page.getByTestId('waiting-for').getByText('a supervisor to validate the final report').waitFor();
    const report = supervisor.page.getByRole('region', { name: 'Final report' });
    await report.getByText('Bought second-hand').waitFor();
    await supervisor.page.getByRole('button', { name: 'Validate the final report' }).click();
    const validate = supervisor.page.getByRole('form', { name: 'Validate the final report' });
    await validate.getByRole('button', { name: 'Validate the final report' }).click();
    await report.getByText('Validated', { exact: true }).waitFor();
    await expectAccessibleInEnglishAndArabic(supervisor.page, 'the case page with the validated final report');
    await supervisor.context.close();
  });
});

/** Waits for a locator, reloading the page while the read model catches up with the workflow. */
async function waitWithReload(page: Page, locator: ReturnType<Page['locator']>, attempts = 10): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await locator.waitFor({ timeout: 1_000 });
      return;
    } catch (error) {
      if (i >= attempts) throw error;
      await page.reload();
    }
  }
}
