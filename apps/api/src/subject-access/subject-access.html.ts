import escapeHtml from 'escape-html';
import type { SubjectAccessExportView } from './subject-access.dto';

/** A value as readable text: nested objects as indented JSON, everything escaped. */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return escapeHtml(typeof value === 'object' ? JSON.stringify(value, null, 2) : String(value));
}

function table(rows: object[], columns: string[]): string {
  if (rows.length === 0) return '<p>None.</p>';
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = columns.map((c) => `<td><pre>${text((row as Record<string, unknown>)[c])}</pre></td>`);
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The same export as a self-contained, printable HTML page (no scripts, no outside resources). */
export function subjectAccessHtml(view: SubjectAccessExportView): string {
  const name = `${view.person.givenNames} ${view.person.familyName}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Subject-access export: ${escapeHtml(name)}</title>
<style>body{font-family:sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #999;padding:.3rem;text-align:start;vertical-align:top}pre{margin:0;white-space:pre-wrap}</style>
</head><body>
<h1>Subject-access export: ${escapeHtml(name)}</h1>
<p>Case ${escapeHtml(view.case.reference)}, exported ${escapeHtml(view.exportedAt)} by ${escapeHtml(view.exportedBy)}.</p>
<h2>Person</h2><pre>${text(view.person)}</pre>
<h2>Case</h2><pre>${text({ ...view.case, principal: undefined, household: undefined })}</pre>
<h2>Household</h2><pre>${text([view.case.principal, ...view.case.household])}</pre>
<h2>Timeline</h2>${table(view.timeline, ['occurredAt', 'type', 'actor', 'actorRole', 'details'])}
<h2>Documents</h2>${table(view.documents, ['uploadedAt', 'kind', 'fileName', 'mediaType', 'sizeBytes', 'sha256', 'withdrawn'])}
<h2>Audit entries</h2>${table(view.audit, ['seq', 'occurredAt', 'actorId', 'actorRole', 'action', 'outcome', 'subject', 'changes'])}
</body></html>
`;
}
