// How the outbox's actions read in the user's language.
import type { TFunction } from 'i18next';

/** The action's name: case actions by their code, the survey by its own. */
export function actionName(t: TFunction, action: string): string {
  return action === 'record_survey' ? t('offline.surveyAction') : t(`actions.${action}`);
}

/** What the page says after a form was sent, or kept in the outbox to be sent later, worded when shown. */
export function doneWording(action: string, queued: boolean): (t: TFunction) => string {
  return (t) => t(queued ? 'offline.queued' : 'caseView.actionDone', { action: actionName(t, action) });
}
