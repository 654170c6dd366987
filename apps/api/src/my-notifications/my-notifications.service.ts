import { Injectable, NotFoundException } from '@nestjs/common';
import { NOTIFICATION_KINDS, type Principal, withDefaultPreferences } from '@avrr/domain';
import { type InboxCursor, NotificationInboxRepository } from '@avrr/persistence';
import { RequestValidationError } from '../common/request-validation.error';
import type { InboxView, MarkedReadView, NotificationPreferencesDto } from './my-notifications.dto';

const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A person's own notifications and choices: every call is about the caller, and no one else's rows are reachable. */
@Injectable()
export class MyNotificationsService {
  constructor(private readonly inbox: NotificationInboxRepository) {}

  async page(me: Principal, limit: number, cursor?: string): Promise<InboxView> {
    const page = await this.inbox.inbox(me.userId, limit, cursor ? decodeCursor(cursor) : undefined);
    return { unread: page.unread, items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null };
  }

  async markRead(me: Principal, id: string): Promise<MarkedReadView> {
    if (!(await this.inbox.markRead(me.userId, id))) {
      throw new NotFoundException({ code: 'notification_not_found', message: `No notification ${id} in your inbox.` });
    }
    return { marked: 1, unread: await this.inbox.unread(me.userId) };
  }

  async markAllRead(me: Principal): Promise<MarkedReadView> {
    return { marked: await this.inbox.markAllRead(me.userId), unread: 0 };
  }

  async preferences(me: Principal): Promise<NotificationPreferencesDto> {
    const p = await this.inbox.preferences(me.userId);
    return {
      emailLanguage: p.emailLanguage,
      digest: p.digest,
      channels: NOTIFICATION_KINDS.map((kind) => ({ kind, channel: p.channels[kind] })),
    };
  }

  async savePreferences(me: Principal, dto: NotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    const seen = new Set<string>();
    dto.channels.forEach((c, i) => {
      if (seen.has(c.kind)) {
        throw new RequestValidationError([{ field: `channels.${i}.kind`, reason: `${c.kind} is chosen twice` }]);
      }
      seen.add(c.kind);
    });
    const channels = Object.fromEntries(dto.channels.map((c) => [c.kind, c.channel]));
    await this.inbox.savePreferences(
      me.userId,
      withDefaultPreferences({ emailLanguage: dto.emailLanguage, digest: dto.digest, channels }),
    );
    return this.preferences(me);
  }
}

function encodeCursor(c: InboxCursor): string {
  return Buffer.from(JSON.stringify([c.createdAt, c.id])).toString('base64url');
}

function decodeCursor(raw: string): InboxCursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) throw new Error('shape');
    const [createdAt, id] = decoded as unknown[];
    if (typeof createdAt !== 'string' || !STAMP.test(createdAt) || typeof id !== 'string' || !UUID.test(id))
      throw new Error('key');
    return { createdAt, id };
  } catch {
    throw new RequestValidationError([{ field: 'cursor', reason: 'is not a cursor this service issued' }]);
  }
}
