import { Injectable, Logger } from '@nestjs/common';
import { caseScopeFor, type DigestLine, isAllowed, type Principal, renderDigest } from '@avrr/domain';
import { NotificationInboxRepository, WorkQueueRepository } from '@avrr/persistence';
import { MailTransport } from './mail-transport';

const DAY_MS = 86_400_000;
/** As many cases as an email can usefully list; the count in the subject says when there are more. */
const DIGEST_LIMIT = 50;

/**
 * One email a day to each person who chose the digest: what waits on them, from the same query as "My work". Each
 * person's day is claimed in `notification_digest`, so a second run that day (a retry, a second worker) sends nothing.
 * The lines name the case and its due date only: the words of what it waits for are shown in the app, where the
 * reader's role decides what they may read.
 */
@Injectable()
export class NotificationDigest {
  private readonly logger = new Logger(NotificationDigest.name);

  constructor(
    private readonly inbox: NotificationInboxRepository,
    private readonly work: WorkQueueRepository,
    private readonly mail: MailTransport,
  ) {}

  async sendAll(now = new Date()): Promise<{ sent: number }> {
    const day = now.toISOString().slice(0, 10);
    let sent = 0;
    for (const person of await this.inbox.digestSubscribers()) {
      if (!isAllowed(person.role, 'work.read')) continue;
      if (await this.inbox.digestSent(person.id, day)) continue;
      const principal: Principal = {
        userId: person.id,
        name: person.email,
        role: person.role,
        offices: person.offices,
        countries: [],
        partnerOrganisationId: person.partnerOrganisationId,
      };
      const page = await this.work.page(caseScopeFor(principal), person.role, now, 7 * DAY_MS, DIGEST_LIMIT);
      // Nothing waits on them: no email, and the day stays open for a later run.
      if (page.items.length === 0) continue;
      const lines: DigestLine[] = page.items.map(({ entity }) => ({
        reference: entity.reference,
        dueAt: entity.dueAt?.toISOString() ?? null,
        overdue: entity.dueAt !== null && entity.dueAt < now,
      }));
      const { emailLanguage } = await this.inbox.preferences(person.id);
      const { subject, text } = renderDigest(lines, page.counts.total, emailLanguage);
      await this.mail.send({
        to: person.email,
        subject,
        text,
        headers: { 'X-Notification-Key': `digest:${person.id}:${day}` },
      });
      await this.inbox.markDigestSent(person.id, day);
      sent += 1;
    }
    this.logger.log(`daily digest for ${day}: ${sent} sent`);
    return { sent };
  }
}
