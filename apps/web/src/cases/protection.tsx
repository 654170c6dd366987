import { useTranslation } from 'react-i18next';
import type { CaseActionType } from '@avrr/domain/case/case-actions';
import type { ProtectionServiceReferral } from '@avrr/domain/case/case-state';
import { useFormat } from '../format';
import type { CaseView } from '../types';

/** The case's protection service referrals, when the reader may see them (hidden sections are `{ hidden }`). */
export function referralsOf(view: CaseView): ProtectionServiceReferral[] {
  const referrals = (view.progress as { protectionServiceReferrals?: unknown } | null)?.protectionServiceReferrals;
  return Array.isArray(referrals) ? (referrals as ProtectionServiceReferral[]) : [];
}

/**
 * The hold's review and referral actions are offered only where they can apply: on hold, and on a referral that can
 * still take them. The API stays the authority.
 */
export function protectionActionApplies(action: CaseActionType, view: CaseView): boolean {
  switch (action) {
    case 'review_protection_hold':
    case 'refer_to_protection_service':
      return view.onProtectionHold === true;
    case 'record_referral_response':
      return referralsOf(view).some((r) => r.status === 'sent');
    case 'record_referral_follow_up':
      return referralsOf(view).some((r) => r.status !== 'declined');
    default:
      return true;
  }
}

/** A referral as a choice in a form: "referral-1 · Asylum procedure · Forum Réfugiés (sent)". */
export function useReferralLabel(): (r: ProtectionServiceReferral) => string {
  const { t } = useTranslation();
  return (r) =>
    `${r.id} · ${t(`codes.protectionServices.${r.service}`)} · ${r.provider} (${t(`protection.status.${r.status}`)})`;
}

/** Inside the hold's box: when it is next reviewed, and the referrals with their answers and follow-ups. */
export function HoldDetails({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useReferralLabel();
  const referrals = referralsOf(view);
  return (
    <>
      {view.dueAt && <p>{t('protection.reviewBy', { date: fmt.dateTime(view.dueAt) })}</p>}
      {referrals.length > 0 && (
        <ul data-testid="protection-referrals">
          {referrals.map((r) => (
            <li key={r.id}>
              {label(r)}
              {r.response && <> · {t('protection.answeredOn', { date: r.response.respondedOn })}</>}
              {r.followUps.length > 0 && <> · {t('protection.followUps', { count: r.followUps.length })}</>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
