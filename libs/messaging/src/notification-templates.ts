// Pure: imported by workflow contracts, so no Node or framework imports here.
export const NOTIFICATION_TEMPLATES = ['case_assigned'] as const;
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
};

export function renderNotification(template: NotificationTemplate, data: Record<string, string>): RenderedNotification {
  return RENDERERS[template](data);
}
