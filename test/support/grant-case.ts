import { CaseDriver } from './case-driver';

/** A case whose household has arrived in Senegal, with an approved plan budgeting 150 000 + 250 000 XOF. */
export async function arrivedWithApprovedPlan(
  baseUrl: string,
  overrides: Record<string, unknown> = {},
): Promise<CaseDriver> {
  const c = await CaseDriver.open(baseUrl, overrides);
  await c.throughBooking();
  await c.do('departure', 'logistics', { departedAt: new Date().toISOString() });
  await c.do('arrival', 'partner', { arrivedAt: new Date().toISOString(), metAtAirport: true, onwardTransport: true });
  await c.do('reintegration-plan', 'partner', {
    components: [
      {
        dimension: 'economic',
        description: 'Open a tailoring workshop in Thiès',
        budgetLines: [
          { description: 'Start-up cash: rent and first stock of fabric', amountMinor: 150000, currency: 'XOF' },
          { description: 'Two sewing machines', amountMinor: 250000, currency: 'XOF' },
        ],
      },
    ],
  });
  await c.do('reintegration-plan/approve', 'supervisor', { note: 'Budget checked against local prices' });
  return c;
}

export const TWO_TRANCHES = [
  { milestone: 'plan_agreed', amountMinor: '150000', currency: 'XOF', recipient: 'returnee' },
  {
    milestone: 'business_started',
    amountMinor: '250000',
    currency: 'XOF',
    recipient: 'supplier',
    supplier: 'Singer Sénégal, Dakar',
  },
];
