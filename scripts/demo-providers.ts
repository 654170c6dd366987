// The demo's service providers: suppliers of in-kind assistance in two demo countries of return, recorded through the
// API as an administrator would, so the final report's invoices and the grant's in-kind tranches have some to name.
// Idempotent: a provider already recorded answers 409 and is left alone.
import type { ServiceProviderKind } from '@avrr/domain';

const PROVIDERS: Array<{ country: string; name: string; kind: ServiceProviderKind; contact: string }> = [
  { country: 'SN', name: 'Quincaillerie Diop, Thiès', kind: 'equipment', contact: '+221 33 951 00 00' },
  { country: 'SN', name: 'Centre de formation Jokkoo, Dakar', kind: 'training', contact: '+221 33 820 00 00' },
  { country: 'SN', name: 'Transports Ndiaye, Dakar', kind: 'transport', contact: '+221 77 600 00 00' },
  { country: 'GN', name: 'Atelier Camara, Conakry', kind: 'equipment', contact: '+224 620 00 00 00' },
  { country: 'GN', name: 'Clinique Donka partenaire, Conakry', kind: 'health', contact: '+224 621 00 00 00' },
];

/** Records the demo providers; returns how many were new. */
export async function seedDemoProviders(baseUrl: string, admin: string): Promise<number> {
  let added = 0;
  for (const provider of PROVIDERS) {
    const response = await fetch(new URL('/service-providers', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: admin },
      body: JSON.stringify(provider),
      signal: AbortSignal.timeout(30_000),
    });
    if (response.status === 409) continue;
    if (!response.ok) throw new Error(`provider ${provider.name}: ${response.status} ${await response.text()}`);
    added++;
  }
  return added;
}
