// "Waits for" in the reader's language. The API gives it twice: as an English sentence (`waitingFor`) and as a code
// with parameters (`waitingReason`), already rendered for the reader's role (a hidden category comes as
// `protection_requirement`), so the app only has to translate the code.
import type { TFunction } from 'i18next';
import type { CaseReason } from './types';

export function waitingText(
  t: TFunction,
  waitingFor: string | null | undefined,
  reason: CaseReason | null | undefined,
): string | null {
  // A code this app's catalogue does not know yet (an API newer than the app) keeps the API's sentence.
  if (reason) return t(`reasons.${reason.code}`, { ...reason.params, defaultValue: waitingFor ?? '' });
  return waitingFor ?? null;
}

/** A refusal's reasons (a booking not ready: each gate still missing), each in the reader's language. */
export function reasonsText(t: TFunction, reasons: readonly CaseReason[]): string[] {
  return reasons.map((r) => t(`reasons.${r.code}`, { ...r.params, defaultValue: r.code }));
}
