import { postJson } from './fixtures';

/**
 * A published information sheet for a country of return and language, as an administrator keeps them: the first
 * one listed, or a reception sheet added now. Consent waits until the returnee acknowledged the country's sheets, so
 * every test that takes consent needs one; the database lives for the whole run, so later callers find it.
 */
export async function informationSheetFor(
  baseUrl: string,
  admin: { Authorization?: string },
  countryOfReturn: string,
  language = 'fr',
): Promise<{ sheetId: string; version: number }> {
  const listed = async () => {
    const response = await fetch(`${baseUrl}/information-sheets?country=${countryOfReturn}&language=${language}`, {
      headers: admin as Record<string, string>,
    });
    if (response.status !== 200) throw new Error(`listing sheets failed (${response.status})`);
    const [first] = (await response.json()) as Array<{ id: string; latestVersion: number }>;
    return first ? { sheetId: first.id, version: first.latestVersion } : null;
  };
  const found = await listed();
  if (found) return found;
  const created = await postJson(
    `${baseUrl}/information-sheets`,
    {
      countryOfReturn,
      topic: 'reception',
      language,
      title: `Reception in ${countryOfReturn}`,
      body: 'Who meets you on arrival, and where to go in the first days.',
    },
    admin,
  );
  if (created.status === 201) return { sheetId: created.body.sheetId, version: created.body.version };
  // Another test added it meanwhile.
  const again = created.status === 409 ? await listed() : null;
  if (!again) throw new Error(`adding a sheet failed (${created.status}): ${JSON.stringify(created.body)}`);
  return again;
}
