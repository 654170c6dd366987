// Pure: imported by workflow contracts, so no Node or framework imports here.
export const NOTIFICATION_TEMPLATES = [
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
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

export interface RenderedNotification {
  subject: string;
  text: string;
}

type Renderer = (data: Record<string, string>) => RenderedNotification;

const RENDERERS: Record<NotificationTemplate, Renderer> = {
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
};

export function renderNotification(template: NotificationTemplate, data: Record<string, string>): RenderedNotification {
  return RENDERERS[template](data);
}
