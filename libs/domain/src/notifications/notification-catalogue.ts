/**
 * The words of every notification, in English, French and Arabic. Pure, so that the worker renders emails with it and
 * the web app renders inbox rows with it: one catalogue, never two that drift apart.
 */
export const NOTIFICATION_KINDS = [
  'case_assigned',
  'case_alert',
  'pre_arrival_notice',
  'travel_booked',
  'protection_hold_placed',
  'case_stranded',
  'plan_submitted',
  'final_report_submitted',
  'final_report_returned',
  'booking_cancellation',
  'consent_withdrawn',
  'withdrawal_completed',
  'case_reassigned',
  'travel_no_show',
  'travel_cancelled',
  'case_closed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_LANGUAGES = ['en', 'fr', 'ar'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

/** How a person is told of one kind: by email, in the app's inbox, or both. */
export const NOTIFICATION_CHANNELS = ['email', 'in_app', 'both'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export interface RenderedNotification {
  subject: string;
  text: string;
}

type Renderer = (d: Record<string, string>) => RenderedNotification;

const EN: Record<NotificationKind, Renderer> = {
  case_assigned: (d) => ({
    subject: `New return case ${d.reference} assigned to you`,
    text:
      `Dear ${d.counsellorName},\n\n` +
      `Return case ${d.reference} has been opened at ${d.hostOffice} for a return to ${d.countryOfReturn} ` +
      `and assigned to you. The next step is a counselling session.\n`,
  }),
  case_alert: (d) => ({
    subject: `${d.kind === 'escalation' ? 'Overdue' : 'Reminder'}: ${d.what} (${d.reference})`,
    text:
      d.kind === 'escalation'
        ? `Case ${d.reference} is overdue: ${d.what} was due on ${d.dueAt}. Please act or escalate.\n`
        : `Case ${d.reference}: ${d.what} is due on ${d.dueAt}.\n`,
  }),
  pre_arrival_notice: (d) => ({
    subject: `Pre-arrival notice: case ${d.reference} returning to ${d.countryOfReturn}`,
    text:
      `A household of ${d.householdSize} is preparing to return to ${d.regionOfReturn}, ${d.countryOfReturn} ` +
      `(case ${d.reference}). Travel is not booked yet; you will be told the itinerary. ` +
      `Please prepare reception${d.gates ? ` and: ${d.gates}` : ''}.\n`,
  }),
  travel_booked: (d) => ({
    subject: `Travel booked for case ${d.reference}: arriving ${d.arrivesAt}`,
    text: `Case ${d.reference} is booked (${d.bookingReference}): ${d.itinerary}. Arrival ${d.arrivesAt} at ${d.destination}.\n`,
  }),
  protection_hold_placed: (d) => ({
    subject: `Protection hold on case ${d.reference}`,
    text: `Case ${d.reference} is on protection hold: ${d.reasons}. No consent and no travel until a supervisor reviews it.\n`,
  }),
  case_stranded: (d) => ({
    subject: `Travel document refused: case ${d.reference} is stranded`,
    text: `The consulate refused a travel document for case ${d.reference} (${d.reason}). A supervisor must decide: retry, another route, or close.\n`,
  }),
  plan_submitted: (d) => ({
    subject: `Reintegration plan to review for case ${d.reference}`,
    text: `A reintegration plan was submitted for case ${d.reference} and waits for your decision.\n`,
  }),
  final_report_submitted: (d) => ({
    subject: `Final report to validate for case ${d.reference}`,
    text: `The partner filed the final report of reintegration for case ${d.reference}; it waits for your validation.\n`,
  }),
  final_report_returned: (d) => ({
    subject: `Final report returned for case ${d.reference}`,
    text: `The supervisor returned the final report of case ${d.reference}: ${d.reason}. File it again once completed.\n`,
  }),
  booking_cancellation: (d) => ({
    subject: `Cancel booking ${d.bookingReference} (case ${d.reference})`,
    text: `Booking ${d.bookingReference} for case ${d.reference} must be cancelled with the carrier: ${d.reason}.\n`,
  }),
  consent_withdrawn: (d) => ({
    subject: `Consent withdrawn: case ${d.reference} will not travel`,
    text: `The returnee withdrew consent on case ${d.reference} (${d.reason}). Any reception planned can be stood down.\n`,
  }),
  withdrawal_completed: (d) => ({
    subject: `Case ${d.reference} closed as withdrawn`,
    text: `The withdrawal on case ${d.reference} is complete: ${d.steps}. The case is closed as withdrawn.\n`,
  }),
  // `reason` only for host-office staff: a partner reads the case file, signed in and audited, for the rest.
  case_reassigned: (d) => ({
    subject: `Return case ${d.reference} is now assigned to ${d.assignee}`,
    text:
      `Return case ${d.reference} (return to ${d.countryOfReturn}, host office ${d.hostOffice}) was reassigned ` +
      `to ${d.assignee} by a supervisor.${d.reason ? ` Reason: ${d.reason}.` : ''} Please read the case file.\n`,
  }),
  travel_no_show: (d) => ({
    subject: `No-show: case ${d.reference} did not travel on ${d.bookingReference}`,
    text: `The household of case ${d.reference} did not travel on booking ${d.bookingReference}. Do not expect them on that arrival; you will be told of any new booking.\n`,
  }),
  travel_cancelled: (d) => ({
    subject: `Travel cancelled: case ${d.reference}`,
    text: `Booking ${d.bookingReference} for case ${d.reference} was cancelled. Do not expect the household on that arrival; you will be told of any new booking.\n`,
  }),
  case_closed: (d) => ({
    subject: `Case ${d.reference} closed`,
    text: `Case ${d.reference} was closed by a supervisor (${d.outcome}). Nothing more is expected from you on it.\n`,
  }),
};

const FR: Record<NotificationKind, Renderer> = {
  case_assigned: (d) => ({
    subject: `Nouveau dossier de retour ${d.reference} qui vous est confié`,
    text:
      `Bonjour ${d.counsellorName},\n\n` +
      `Le dossier de retour ${d.reference} a été ouvert à ${d.hostOffice} pour un retour vers ${d.countryOfReturn} ` +
      `et vous est confié. La prochaine étape est un entretien de conseil.\n`,
  }),
  case_alert: (d) => ({
    subject: `${d.kind === 'escalation' ? 'En retard' : 'Rappel'} : ${d.what} (${d.reference})`,
    text:
      d.kind === 'escalation'
        ? `Le dossier ${d.reference} est en retard : ${d.what} était attendu le ${d.dueAt}. Merci d’agir ou de faire remonter.\n`
        : `Dossier ${d.reference} : ${d.what} est attendu le ${d.dueAt}.\n`,
  }),
  pre_arrival_notice: (d) => ({
    subject: `Avis de pré-arrivée : dossier ${d.reference}, retour vers ${d.countryOfReturn}`,
    text:
      `Un ménage de ${d.householdSize} personne(s) se prépare à rentrer à ${d.regionOfReturn}, ${d.countryOfReturn} ` +
      `(dossier ${d.reference}). Le voyage n’est pas encore réservé ; l’itinéraire vous sera communiqué. ` +
      `Merci de préparer l’accueil${d.gates ? ` et : ${d.gates}` : ''}.\n`,
  }),
  travel_booked: (d) => ({
    subject: `Voyage réservé pour le dossier ${d.reference} : arrivée ${d.arrivesAt}`,
    text: `Le dossier ${d.reference} est réservé (${d.bookingReference}) : ${d.itinerary}. Arrivée ${d.arrivesAt} à ${d.destination}.\n`,
  }),
  protection_hold_placed: (d) => ({
    subject: `Suspension pour protection du dossier ${d.reference}`,
    text: `Le dossier ${d.reference} est suspendu pour protection : ${d.reasons}. Ni consentement ni voyage avant l’examen d’un superviseur.\n`,
  }),
  case_stranded: (d) => ({
    subject: `Document de voyage refusé : le dossier ${d.reference} est bloqué`,
    text: `Le consulat a refusé un document de voyage pour le dossier ${d.reference} (${d.reason}). Un superviseur doit décider : réessayer, un autre itinéraire, ou clore.\n`,
  }),
  plan_submitted: (d) => ({
    subject: `Plan de réintégration à examiner pour le dossier ${d.reference}`,
    text: `Un plan de réintégration a été soumis pour le dossier ${d.reference} et attend votre décision.\n`,
  }),
  final_report_submitted: (d) => ({
    subject: `Rapport final à valider pour le dossier ${d.reference}`,
    text: `Le partenaire a déposé le rapport final de réintégration du dossier ${d.reference} ; il attend votre validation.\n`,
  }),
  final_report_returned: (d) => ({
    subject: `Rapport final renvoyé pour le dossier ${d.reference}`,
    text: `Le superviseur a renvoyé le rapport final du dossier ${d.reference} : ${d.reason}. Déposez-le de nouveau une fois complété.\n`,
  }),
  booking_cancellation: (d) => ({
    subject: `Annuler la réservation ${d.bookingReference} (dossier ${d.reference})`,
    text: `La réservation ${d.bookingReference} du dossier ${d.reference} doit être annulée auprès du transporteur : ${d.reason}.\n`,
  }),
  consent_withdrawn: (d) => ({
    subject: `Consentement retiré : le dossier ${d.reference} ne voyagera pas`,
    text: `La personne a retiré son consentement pour le dossier ${d.reference} (${d.reason}). L’accueil prévu peut être annulé.\n`,
  }),
  withdrawal_completed: (d) => ({
    subject: `Dossier ${d.reference} clos pour retrait`,
    text: `Le retrait du dossier ${d.reference} est terminé : ${d.steps}. Le dossier est clos pour retrait.\n`,
  }),
  case_reassigned: (d) => ({
    subject: `Le dossier de retour ${d.reference} est désormais confié à ${d.assignee}`,
    text:
      `Le dossier de retour ${d.reference} (retour vers ${d.countryOfReturn}, bureau d’accueil ${d.hostOffice}) a été ` +
      `réattribué à ${d.assignee} par un superviseur.${d.reason ? ` Motif : ${d.reason}.` : ''} Merci de lire le dossier.\n`,
  }),
  travel_no_show: (d) => ({
    subject: `Absence au départ : le dossier ${d.reference} n’a pas voyagé (${d.bookingReference})`,
    text: `Le ménage du dossier ${d.reference} n’a pas voyagé sur la réservation ${d.bookingReference}. Ne l’attendez pas à cette arrivée ; toute nouvelle réservation vous sera communiquée.\n`,
  }),
  travel_cancelled: (d) => ({
    subject: `Voyage annulé : dossier ${d.reference}`,
    text: `La réservation ${d.bookingReference} du dossier ${d.reference} a été annulée. N’attendez pas le ménage à cette arrivée ; toute nouvelle réservation vous sera communiquée.\n`,
  }),
  case_closed: (d) => ({
    subject: `Dossier ${d.reference} clos`,
    text: `Le dossier ${d.reference} a été clos par un superviseur (${d.outcome}). Plus rien n’est attendu de vous sur ce dossier.\n`,
  }),
};

const AR: Record<NotificationKind, Renderer> = {
  case_assigned: (d) => ({
    subject: `ملف عودة جديد ${d.reference} أُسند إليك`,
    text:
      `${d.counsellorName}، تحية طيبة،\n\n` +
      `فُتح ملف العودة ${d.reference} في ${d.hostOffice} للعودة إلى ${d.countryOfReturn} وأُسند إليك. ` +
      `الخطوة التالية جلسة إرشاد.\n`,
  }),
  case_alert: (d) => ({
    subject: `${d.kind === 'escalation' ? 'متأخر' : 'تذكير'}: ${d.what} (${d.reference})`,
    text:
      d.kind === 'escalation'
        ? `الملف ${d.reference} متأخر: كان موعد ${d.what} في ${d.dueAt}. يرجى التصرف أو رفع الأمر.\n`
        : `الملف ${d.reference}: موعد ${d.what} في ${d.dueAt}.\n`,
  }),
  pre_arrival_notice: (d) => ({
    subject: `إشعار ما قبل الوصول: الملف ${d.reference} عائد إلى ${d.countryOfReturn}`,
    text:
      `أسرة من ${d.householdSize} أفراد تستعد للعودة إلى ${d.regionOfReturn}، ${d.countryOfReturn} ` +
      `(الملف ${d.reference}). لم يُحجز السفر بعد؛ سيُبلغكم خط الرحلة. ` +
      `يرجى تحضير الاستقبال${d.gates ? ` و: ${d.gates}` : ''}.\n`,
  }),
  travel_booked: (d) => ({
    subject: `حُجز السفر للملف ${d.reference}: الوصول ${d.arrivesAt}`,
    text: `الملف ${d.reference} محجوز (${d.bookingReference}): ${d.itinerary}. الوصول ${d.arrivesAt} إلى ${d.destination}.\n`,
  }),
  protection_hold_placed: (d) => ({
    subject: `تعليق للحماية على الملف ${d.reference}`,
    text: `الملف ${d.reference} معلّق للحماية: ${d.reasons}. لا موافقة ولا سفر حتى يراجعه مشرف.\n`,
  }),
  case_stranded: (d) => ({
    subject: `رُفضت وثيقة السفر: الملف ${d.reference} عالق`,
    text: `رفضت القنصلية وثيقة سفر للملف ${d.reference} (${d.reason}). على المشرف أن يقرر: إعادة المحاولة، أو طريق آخر، أو الإغلاق.\n`,
  }),
  plan_submitted: (d) => ({
    subject: `خطة إعادة إدماج للمراجعة في الملف ${d.reference}`,
    text: `قُدّمت خطة إعادة إدماج للملف ${d.reference} وهي بانتظار قرارك.\n`,
  }),
  final_report_submitted: (d) => ({
    subject: `تقرير نهائي للتصديق في الملف ${d.reference}`,
    text: `قدّم الشريك التقرير النهائي لإعادة الإدماج للملف ${d.reference}، وهو بانتظار تصديقك.\n`,
  }),
  final_report_returned: (d) => ({
    subject: `أُعيد التقرير النهائي للملف ${d.reference}`,
    text: `أعاد المشرف التقرير النهائي للملف ${d.reference}: ${d.reason}. قدّمه من جديد بعد استكماله.\n`,
  }),
  booking_cancellation: (d) => ({
    subject: `ألغِ الحجز ${d.bookingReference} (الملف ${d.reference})`,
    text: `يجب إلغاء الحجز ${d.bookingReference} للملف ${d.reference} لدى الناقل: ${d.reason}.\n`,
  }),
  consent_withdrawn: (d) => ({
    subject: `سُحبت الموافقة: الملف ${d.reference} لن يسافر`,
    text: `سحب العائد موافقته على الملف ${d.reference} (${d.reason}). يمكن إلغاء أي استقبال مخطط له.\n`,
  }),
  withdrawal_completed: (d) => ({
    subject: `أُغلق الملف ${d.reference} بالانسحاب`,
    text: `اكتمل الانسحاب في الملف ${d.reference}: ${d.steps}. أُغلق الملف بالانسحاب.\n`,
  }),
  case_reassigned: (d) => ({
    subject: `ملف العودة ${d.reference} أُسند الآن إلى ${d.assignee}`,
    text:
      `أعاد مشرف إسناد ملف العودة ${d.reference} (العودة إلى ${d.countryOfReturn}، المكتب المضيف ${d.hostOffice}) ` +
      `إلى ${d.assignee}.${d.reason ? ` السبب: ${d.reason}.` : ''} يرجى قراءة الملف.\n`,
  }),
  travel_no_show: (d) => ({
    subject: `عدم حضور: الملف ${d.reference} لم يسافر على ${d.bookingReference}`,
    text: `لم تسافر أسرة الملف ${d.reference} على الحجز ${d.bookingReference}. لا تنتظروها في ذلك الوصول؛ ستُبلغون بأي حجز جديد.\n`,
  }),
  travel_cancelled: (d) => ({
    subject: `أُلغي السفر: الملف ${d.reference}`,
    text: `أُلغي الحجز ${d.bookingReference} للملف ${d.reference}. لا تنتظروا الأسرة في ذلك الوصول؛ ستُبلغون بأي حجز جديد.\n`,
  }),
  case_closed: (d) => ({
    subject: `أُغلق الملف ${d.reference}`,
    text: `أغلق مشرف الملف ${d.reference} (${d.outcome}). لم يعد مطلوبًا منكم شيء بشأنه.\n`,
  }),
};

const CATALOGUE: Record<NotificationLanguage, Record<NotificationKind, Renderer>> = { en: EN, fr: FR, ar: AR };

export function renderNotification(
  kind: NotificationKind,
  data: Record<string, string>,
  language: NotificationLanguage = 'en',
): RenderedNotification {
  return CATALOGUE[language][kind](data);
}

/** One line of the daily digest: a case that waits on the person, and by when. */
export interface DigestLine {
  reference: string;
  dueAt: string | null;
  overdue: boolean;
}

const DIGEST_WORDS: Record<
  NotificationLanguage,
  { subject: (n: number) => string; intro: string; due: string; overdue: string; end: string }
> = {
  en: {
    subject: (n) => `Your work today: ${n} case(s) wait on you`,
    intro: 'These cases wait on you:',
    due: 'due',
    overdue: 'OVERDUE',
    end: 'Open "My work" in the app to act on them.',
  },
  fr: {
    subject: (n) => `Votre travail du jour : ${n} dossier(s) vous attendent`,
    intro: 'Ces dossiers vous attendent :',
    due: 'échéance',
    overdue: 'EN RETARD',
    end: 'Ouvrez « Mon travail » dans l’application pour les traiter.',
  },
  ar: {
    subject: (n) => `عملك اليوم: ${n} ملف(ات) بانتظارك`,
    intro: 'هذه الملفات بانتظارك:',
    due: 'الموعد',
    overdue: 'متأخر',
    end: 'افتح «عملي» في التطبيق للتصرف فيها.',
  },
};

/** `total` counts every case waiting, when the email lists only the first of them. */
export function renderDigest(lines: DigestLine[], total: number, language: NotificationLanguage): RenderedNotification {
  const w = DIGEST_WORDS[language];
  const body = lines.map(
    (l) => `- ${l.reference}${l.dueAt ? ` (${w.due} ${l.dueAt.slice(0, 10)})` : ''}${l.overdue ? ` ${w.overdue}` : ''}`,
  );
  return { subject: w.subject(total), text: `${w.intro}\n${body.join('\n')}\n\n${w.end}\n` };
}

/** A person's choices: how each kind reaches them, the language of their emails, and the daily digest. */
export interface NotificationPreferences {
  emailLanguage: NotificationLanguage;
  channels: Record<NotificationKind, NotificationChannel>;
  digest: boolean;
}

/** Until a person chooses, every kind comes by email and in the inbox, in English, without a digest. */
export function withDefaultPreferences(
  stored: {
    emailLanguage?: NotificationLanguage;
    channels?: Partial<Record<NotificationKind, NotificationChannel>>;
    digest?: boolean;
  } | null,
): NotificationPreferences {
  const channels = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, stored?.channels?.[k] ?? 'both'])) as Record<
    NotificationKind,
    NotificationChannel
  >;
  return { emailLanguage: stored?.emailLanguage ?? 'en', channels, digest: stored?.digest ?? false };
}

export function wantsEmail(channel: NotificationChannel): boolean {
  return channel !== 'in_app';
}

export function wantsInApp(channel: NotificationChannel): boolean {
  return channel !== 'email';
}
