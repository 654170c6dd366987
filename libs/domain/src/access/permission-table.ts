import { ROLES } from '../case/roles';
import { PERMISSION_ROLES, type Permission } from './permissions';

const SHORT: Record<string, string> = {
  counsellor: 'counsellor',
  logistics_officer: 'logistics',
  partner_focal_point: 'partner',
  supervisor: 'supervisor',
  finance_officer: 'finance',
  administrator: 'admin',
};

/** PERMISSION_ROLES as a Markdown table, for docs/ACCESS.md (a unit test keeps the two equal). */
export function permissionTableMarkdown(): string {
  const header = `| permission | ${ROLES.map((r) => SHORT[r]).join(' | ')} |`;
  const rule = `|---|${ROLES.map(() => ':-:').join('|')}|`;
  const rows = (Object.keys(PERMISSION_ROLES) as Permission[])
    .sort()
    .map((p) => `| \`${p}\` | ${ROLES.map((r) => (PERMISSION_ROLES[p].includes(r) ? '✓' : '')).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}
