import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type AlertAudience,
  type NotificationKind,
  type NotificationPreferences,
  type Role,
  withDefaultPreferences,
} from '@avrr/domain';

/** A person a notification reaches, found from the accounts by role and by the case's office or organisation. */
export interface NotificationRecipient {
  id: string;
  email: string;
  role: Role;
}

/** What a case tells about who it concerns. */
export interface CaseAddressees {
  counsellorEmail: string;
  hostOffice: string;
  partnerOrganisationId: string | null;
}

export interface InboxRow {
  id: string;
  caseId: string | null;
  kind: NotificationKind;
  data: Record<string, string>;
  createdAt: string;
  readAt: string | null;
}

/** Keyset position in an inbox: the last row of the previous page, its time as PostgreSQL wrote it (exact). */
export interface InboxCursor {
  createdAt: string;
  id: string;
}

const TEXT = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Notifications to people: who a notification reaches, one row per recipient and key (the inbox, and the proof that a
 * retried job already emailed them), and each person's choices. Every read and write takes the person's id.
 */
@Injectable()
export class NotificationInboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The active accounts an audience names on a case: its counsellor (the account with the case's counsellor address),
   * supervisors and logistics officers of its host office, focal points of its partner organisation.
   */
  async recipients(audience: AlertAudience, c: CaseAddressees): Promise<NotificationRecipient[]> {
    const where: Record<AlertAudience, [string, unknown]> = {
      counsellor: [`lower(email) = lower($2)`, c.counsellorEmail],
      supervisor: [`$2 = ANY(offices)`, c.hostOffice],
      logistics_officer: [`$2 = ANY(offices)`, c.hostOffice],
      partner_focal_point: [`partner_organisation_id = $2`, c.partnerOrganisationId],
    };
    const [condition, value] = where[audience];
    if (value === null) return [];
    return this.dataSource.query(
      `SELECT id, email, role FROM user_account WHERE active AND role = $1 AND ${condition} ORDER BY email`,
      [audience, value],
    );
  }

  /**
   * The active account and its notification preferences (the defaults if none were saved), in one query: the worker
   * reads both for every notification it delivers to a person.
   */
  async recipientWithPreferences(
    userId: string,
  ): Promise<{ account: NotificationRecipient; preferences: NotificationPreferences } | null> {
    const [row] = await this.dataSource.query(
      `SELECT a.id, a.email, a.role, p.email_language AS "emailLanguage", p.channels, p.digest
       FROM user_account a LEFT JOIN notification_preference p ON p.user_id = a.id
       WHERE a.id = $1 AND a.active`,
      [userId],
    );
    if (!row) return null;
    const { id, email, role, ...stored } = row;
    // No saved preferences leaves their columns null, which the defaults fill as they fill a missing row.
    return { account: { id, email, role }, preferences: withDefaultPreferences(stored) };
  }

  async preferences(userId: string): Promise<NotificationPreferences> {
    const [row] = await this.dataSource.query(
      `SELECT email_language AS "emailLanguage", channels, digest FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return withDefaultPreferences(row ?? null);
  }

  async savePreferences(userId: string, p: NotificationPreferences): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preference (user_id, email_language, channels, digest) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET email_language = EXCLUDED.email_language, channels = EXCLUDED.channels,
         digest = EXCLUDED.digest, updated_at = now()`,
      [userId, p.emailLanguage, JSON.stringify(p.channels), p.digest],
    );
  }

  /**
   * The row for this person and key, written once: a retried job finds the row it wrote before, and whether the email
   * already went. One statement: on a conflict the update that changes nothing returns the existing row (DO NOTHING
   * would return none), and a key is written again only when its job is retried.
   */
  async record(
    userId: string,
    key: string,
    n: { caseId: string; kind: NotificationKind; data: Record<string, string>; inApp: boolean },
  ): Promise<{ id: string; emailed: boolean }> {
    const [row] = await this.dataSource.query(
      `INSERT INTO user_notification (user_id, notification_key, case_id, kind, data, in_app)
       VALUES ($1, $2, (SELECT id FROM return_case WHERE id = $3), $4, $5, $6)
       ON CONFLICT (user_id, notification_key) DO UPDATE SET notification_key = EXCLUDED.notification_key
       RETURNING id, emailed_at IS NOT NULL AS emailed`,
      [userId, key, n.caseId, n.kind, JSON.stringify(n.data), n.inApp],
    );
    return row;
  }

  async markEmailed(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE user_notification SET emailed_at = now() WHERE id = $1`, [id]);
  }

  async inbox(
    userId: string,
    limit: number,
    after?: InboxCursor,
  ): Promise<{ items: InboxRow[]; next: InboxCursor | null; unread: number }> {
    const params: unknown[] = [userId];
    let keyset = '';
    if (after) {
      params.push(after.createdAt, after.id);
      keyset = ` AND (created_at, id) < ($2::timestamptz, $3::uuid)`;
    }
    params.push(limit + 1);
    const rows: InboxRow[] = await this.dataSource.query(
      `SELECT id, case_id AS "caseId", kind, data, ${TEXT('created_at')} AS "createdAt",
              CASE WHEN read_at IS NULL THEN NULL ELSE ${TEXT('read_at')} END AS "readAt"
         FROM user_notification WHERE user_id = $1 AND in_app${keyset}
        ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
      unread: await this.unread(userId),
    };
  }

  async unread(userId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM user_notification WHERE user_id = $1 AND in_app AND read_at IS NULL`,
      [userId],
    );
    return n;
  }

  /** False when the person has no such notification (another person's id reads as absent). */
  async markRead(userId: string, id: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `UPDATE user_notification SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 AND in_app
       RETURNING id`,
      [id, userId],
    );
    return (rows[0] as unknown[]).length > 0;
  }

  async markAllRead(userId: string): Promise<number> {
    const [, count] = await this.dataSource.query(
      `UPDATE user_notification SET read_at = now() WHERE user_id = $1 AND in_app AND read_at IS NULL`,
      [userId],
    );
    return count as number;
  }

  /** The active staff who chose the daily digest. */
  async digestSubscribers(): Promise<
    Array<NotificationRecipient & { offices: string[]; partnerOrganisationId: string | null }>
  > {
    return this.dataSource.query(
      `SELECT u.id, u.email, u.role, u.offices, u.partner_organisation_id AS "partnerOrganisationId"
         FROM notification_preference p JOIN user_account u ON u.id = p.user_id
        WHERE p.digest AND u.active ORDER BY u.id`,
    );
  }

  /** True when this person's digest for this day has gone already; claims the day otherwise. */
  async digestSent(userId: string, day: string): Promise<boolean> {
    await this.dataSource.query(
      `INSERT INTO notification_digest (user_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [userId, day],
    );
    const [row] = await this.dataSource.query(
      `SELECT emailed_at IS NOT NULL AS sent FROM notification_digest WHERE user_id = $1 AND day = $2`,
      [userId, day],
    );
    return row.sent;
  }

  async markDigestSent(userId: string, day: string): Promise<void> {
    await this.dataSource.query(`UPDATE notification_digest SET emailed_at = now() WHERE user_id = $1 AND day = $2`, [
      userId,
      day,
    ]);
  }
}
