/** Reads what the service really sent, from MailDev's REST API. */
export interface CaughtMail {
  id: string;
  subject: string;
  text: string;
  to: Array<{ address: string }>;
  headers: Record<string, string>;
}

export async function waitForMail(
  catcherUrl: string,
  match: (mail: CaughtMail) => boolean,
  timeoutMs = 20000,
): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${catcherUrl}/email`);
    const mails = (await response.json()) as CaughtMail[];
    const found = mails.find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching mail within ${timeoutMs} ms (${mails.length} caught)`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function allMail(catcherUrl: string): Promise<CaughtMail[]> {
  return (await (await fetch(`${catcherUrl}/email`)).json()) as CaughtMail[];
}
