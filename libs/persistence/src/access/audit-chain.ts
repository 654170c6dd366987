import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';
import type { AuditChange, AuditOutcome } from './audit-entry.entity';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields an entry's hash covers: all of them but the hashes. */
export interface AuditContent {
  seq: string;
  occurredAt: Date;
  actorId: string;
  actorRole: string;
  action: string;
  outcome: AuditOutcome;
  caseId: string | null;
  subject: string | null;
  changes: AuditChange[];
  requestId: string | null;
}

/**
 * SHA-256 over the previous hash and a canonical JSON of the content (keys sorted, because PostgreSQL's jsonb does
 * not keep the order they were written in).
 */
export function chainHash(prevHash: string, c: AuditContent): string {
  const canonical = stringify({
    seq: c.seq,
    occurredAt: c.occurredAt.toISOString(),
    actorId: c.actorId,
    actorRole: c.actorRole,
    action: c.action,
    outcome: c.outcome,
    caseId: c.caseId,
    subject: c.subject,
    changes: c.changes,
    requestId: c.requestId,
  });
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonical ?? '')
    .digest('hex');
}
