import { Injectable } from '@nestjs/common';
import { AlertAudience } from '@avrr/domain';
import { AppConfig } from '@avrr/config';
import { AccountsRepository, type CaseNotificationAddressees, NotificationInboxRepository } from '@avrr/persistence';

/** A person with an account (inbox, preferences, language), or a bare address when no account matches. */
export type NotificationTarget = { userId: string } | { to: string };

/**
 * Who a notification concerns, read when the worker processes it, so a reassignment or a new colleague changes every
 * later notification at once: the accounts of the audience's role in the case's host office (supervisors, logistics
 * officers), the counsellor's account, the focal points of the case's partner organisation.
 *
 * Configured addresses are only a fallback, for an audience with no active account on the case: the office would
 * otherwise hear nothing. A partner organisation without a focal point account gets its team address; a case without
 * an organisation, the country's configured address. Never a country-wide address another organisation reads when the
 * case has an organisation.
 */
@Injectable()
export class NotificationRecipients {
  constructor(
    private readonly inbox: NotificationInboxRepository,
    private readonly accounts: AccountsRepository,
    private readonly config: AppConfig,
  ) {}

  async resolve(found: CaseNotificationAddressees, audience: AlertAudience[]): Promise<NotificationTarget[]> {
    const targets = new Map<string, NotificationTarget>();
    for (const a of audience) {
      const people = await this.inbox.recipients(a, found);
      for (const p of people) targets.set(p.id, { userId: p.id });
      if (people.length === 0) for (const to of await this.fallback(found, a)) targets.set(to, { to });
    }
    return [...targets.values()];
  }

  private async fallback(found: CaseNotificationAddressees, audience: AlertAudience): Promise<string[]> {
    const { contacts } = this.config;
    if (audience === 'counsellor') return [found.counsellorEmail];
    if (audience === 'logistics_officer') return [contacts.logistics];
    if (audience === 'supervisor') return [contacts.supervisor];
    if (!found.partnerOrganisationId) {
      return [contacts.partnersByCountry[found.countryOfReturn] ?? contacts.partnerFallback];
    }
    const addresses = await this.accounts.partnerAddresses(found.partnerOrganisationId);
    // An organisation with nobody to read it: the fallback address, watched by the programme, rather than no email.
    return addresses.length ? addresses : [contacts.partnerFallback];
  }
}
