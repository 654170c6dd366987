import { randomUUID } from 'node:crypto';

/** The smallest PDF file-type recognises: enough to stand for a paper in the case file. */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

/**
 * Files a paper on a case (or one of its people) over HTTP and returns its id. The gates want a signed declaration
 * before consent, a medical certificate before a clearance and a proof of payment before a payment.
 */
export async function filePaper(
  baseUrl: string,
  caseId: string,
  auth: { Authorization?: string },
  kind: string,
  personId: string | null,
  content: Buffer = TINY_PDF,
): Promise<string> {
  const form = new FormData();
  form.append('kind', kind);
  if (personId) form.append('personId', personId);
  form.append('file', new Blob([content], { type: 'application/pdf' }), `${kind}.pdf`);
  const response = await fetch(`${baseUrl}/cases/${caseId}/documents`, {
    method: 'POST',
    headers: { ...(auth as Record<string, string>), 'Idempotency-Key': randomUUID() },
    body: form,
  });
  const body = (await response.json()) as { id: string };
  if (response.status !== 201) throw new Error(`filing ${kind} failed (${response.status}): ${JSON.stringify(body)}`);
  return body.id;
}
