// Pure: imported by workflow contracts, so no Node or framework imports here. The words live in the domain's
// catalogue, which the web app shares for the inbox.
export {
  NOTIFICATION_KINDS as NOTIFICATION_TEMPLATES,
  type NotificationKind as NotificationTemplate,
  type RenderedNotification,
  renderNotification,
} from '@avrr/domain/notifications/notification-catalogue';
