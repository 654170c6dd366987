import { ApplicationFailure } from '@temporalio/workflow';
import { evidenceMessage } from '@avrr/domain';
import { type CaseActionRequest, REFUSAL_PREFIX } from '../contracts/return-case.contract';

/**
 * The refusal of an action whose paper is not in the case file, checked by the validator after the case's own rules.
 * Replay-safe without a patch: a validator's refusal writes nothing to history, and every request accepted before
 * this rule carries no `missingEvidence`, so it is accepted again on replay.
 */
export function evidenceRefusal(request: CaseActionRequest): ApplicationFailure | null {
  const reason = request.missingEvidence;
  if (!reason) return null;
  return ApplicationFailure.create({
    type: `${REFUSAL_PREFIX}evidence_missing`,
    message: evidenceMessage(reason),
    nonRetryable: true,
    details: [{ reasons: [reason] }],
  });
}
