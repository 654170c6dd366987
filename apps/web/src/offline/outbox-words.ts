// How the outbox's actions read in the user's language.
import type { TFunction } from 'i18next';

/** The action's name: case actions by their code, the survey by its own. */
export function actionName(t: TFunction, action: string): string {
  return action === 'record_survey' ? t('offline.surveyAction') : t(`actions.${action}`);
}

/** What the page says after a form was sent, or kept in the outbox to be sent later. */
export function doneMessage(t: TFunction, action: string, queued: boolean): string {
  return queued
    ? t('offline.queued', { action: actionName(t, action) })
    : `${actionName(t, action)}: ${t('caseView.done')}`;
}
