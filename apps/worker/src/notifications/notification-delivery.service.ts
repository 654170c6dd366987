import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { wantsEmail, wantsInApp } from '@avrr/domain';
import { NotificationJobPayload, NotificationOutbox, renderNotification } from '@avrr/messaging';
import { CaseRepository, NotificationInboxRepository } from '@avrr/persistence';
import { MailTransport } from './mail-transport';
import { NotificationRecipients } from './notification-recipients';

/** Recording a sent email is retried for about 30 s, longer than a database restart (BullMQ renews the job's lock). */
const RECORD_ATTEMPTS = 30;
const RECORD_RETRY_MS = 1_000;

/**
 * The two steps of a notification: an audience job becomes one job per person (each retried, and dead-lettered, on
 * its own); a person's job writes their inbox row and sends their email as they chose, each at most once per key.
 */
@Injectable()
export class NotificationDelivery {
  private readonly logger = new Logger(NotificationDelivery.name);

  constructor(
    private readonly cases: CaseRepository,
    private readonly recipients: NotificationRecipients,
    private readonly outbox: NotificationOutbox,
    private readonly inbox: NotificationInboxRepository,
    private readonly mail: MailTransport,
  ) {}

  async fanOut(job: NotificationJobPayload): Promise<{ recipients: number }> {
    const found = await this.cases.findAddressees(job.caseId);
    if (!found) throw new UnrecoverableError(`case ${job.caseId} not found`);
    const targets = await this.recipients.resolve(found, job.audience!);
    for (const target of targets) {
      const { audience: _a, ...rest } = job;
      const who = 'userId' in target ? target.userId : target.to;
      // The key names the person, so a retried fan-out queues nobody twice (BullMQ keeps one job per id).
      await this.outbox.enqueue({ ...rest, ...target, key: `${job.key}:${who}` });
    }
    return { recipients: targets.length };
  }

  async deliver(job: NotificationJobPayload): Promise<{ messageId?: string; inApp?: boolean }> {
    if (!job.userId) return { messageId: await this.send(job, job.to!, 'en') };
    const recipient = await this.inbox.recipientWithPreferences(job.userId);
    // Deactivated since the job was queued: they no longer work here, and hear nothing.
    if (!recipient) return {};
    const { account, preferences } = recipient;
    const channel = preferences.channels[job.template];
    const row = await this.inbox.record(job.userId, job.key, {
      caseId: job.caseId,
      kind: job.template,
      data: job.data,
      inApp: wantsInApp(channel),
    });
    if (!wantsEmail(channel) || row.emailed) return { inApp: wantsInApp(channel) };
    const messageId = await this.send(job, account.email, preferences.emailLanguage);
    await this.recordEmailed(row.id, job.key);
    return { messageId, inApp: wantsInApp(channel) };
  }

  /**
   * Once the email has gone, a failure to record it must not fail the job: its retry would send the email again (seen
   * when PostgreSQL stopped between the two). So the record is retried here, while the job keeps its lock, and given
   * up with an error in the log if the database stays away.
   */
  private async recordEmailed(rowId: string, key: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.inbox.markEmailed(rowId);
      } catch (error) {
        if (attempt >= RECORD_ATTEMPTS) {
          this.logger.error(`sent ${key} but could not record it: ${(error as Error).message}`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, RECORD_RETRY_MS));
      }
    }
  }

  private async send(job: NotificationJobPayload, to: string, language: 'en' | 'fr' | 'ar'): Promise<string> {
    const { subject, text } = renderNotification(job.template, job.data, language);
    const messageId = await this.mail.send({
      to,
      subject,
      text,
      headers: { 'X-Case-Id': job.caseId, 'X-Notification-Key': job.key },
    });
    this.logger.log(`sent ${job.template} for case ${job.caseId} (${job.key})`);
    return messageId;
  }
}
