import { ConflictException, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { caseScopeFor, type Principal } from '@avrr/domain';
import { AppConfig } from '@avrr/config';
import { NotificationOutbox, withinRedisDeadline } from '@avrr/messaging';
import {
  AccountsRepository,
  type CaseAssignment,
  CaseRepository,
  type CaseRecord,
  TimelineRepository,
} from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import { CaseQueryService } from '../cases/case-query.service';
import { choosePartnerOrganisation } from '../cases/partner-assignment';
import { RequestValidationError } from '../common/request-validation.error';
import {
  AssigneeView,
  AssignmentOptionsView,
  CaseAssignmentView,
  PartnerOrganisationOptionView,
  ReassignCaseDto,
} from './dto/case-assignment.dto';

/**
 * A supervisor transfers a case to another office or reassigns it to another counsellor or partner organisation. The
 * case's row is the authority for who holds it (the workflow keeps the office it was opened at), so scope, "My work"
 * and every later email follow the moment the transaction commits; the timeline and the audit say so in the same
 * transaction.
 */
@Injectable()
export class CaseAssignmentService {
  private readonly logger = new Logger(CaseAssignmentService.name);

  constructor(
    private readonly queries: CaseQueryService,
    private readonly cases: CaseRepository,
    private readonly accounts: AccountsRepository,
    private readonly timeline: TimelineRepository,
    private readonly audit: AuditService,
    private readonly outbox: NotificationOutbox,
    private readonly config: AppConfig,
  ) {}

  async options(caseId: string, supervisor: Principal): Promise<AssignmentOptionsView> {
    const entity = await this.queries.load(caseId, caseScopeFor(supervisor));
    const [offices, counsellors, organisations] = await Promise.all([
      this.accounts.offices.find({ order: { code: 'ASC' } }),
      this.accounts.users.find({ where: { role: 'counsellor', active: true }, order: { displayName: 'ASC' } }),
      this.partnerOrganisations(entity.countryOfReturn),
    ]);
    return {
      offices: offices.map((o) => ({ code: o.code, name: o.name })),
      counsellors: counsellors.map((u) => ({ id: u.id, name: u.displayName, email: u.email, offices: u.offices })),
      partnerOrganisations: organisations,
    };
  }

  async partnerOrganisations(country?: string): Promise<PartnerOrganisationOptionView[]> {
    const found = country
      ? await this.accounts.organisationsCovering(country)
      : await this.accounts.partnerOrganisations.find({ order: { name: 'ASC' } });
    return found.map((o) => ({ id: o.id, name: o.name, countries: o.countries }));
  }

  async reassign(caseId: string, dto: ReassignCaseDto, supervisor: Principal): Promise<CaseAssignmentView> {
    const entity = await this.queries.loadOpen(caseId, caseScopeFor(supervisor));
    const before = assignmentOf(entity);
    const after = await this.target(entity, dto);
    if (sameAssignment(before, after)) {
      throw new ConflictException({
        code: 'assignment_unchanged',
        message: 'The case is already assigned so: name another office, counsellor or partner organisation.',
      });
    }
    const names = await this.organisationNames([before.partnerOrganisationId, after.partnerOrganisationId]);
    const beforeView = assigneeView(before, names);
    const afterView = assigneeView(after, names);
    const eventKey = `reassigned:${randomUUID()}`;
    const moved = await this.cases.reassign(caseId, before, after, async (em) => {
      await this.timeline.append(
        {
          caseId,
          eventKey,
          type: 'case_reassigned',
          actor: supervisor.name,
          actorRole: supervisor.role,
          occurredAt: new Date(),
          details: { ...changedFields(beforeView, afterView), reason: dto.reason },
        },
        em,
      );
      await this.audit.recordIn(em, {
        caseId,
        changes: [
          ...Object.entries(changedFields(beforeView, afterView)).map(([path, { from, to }]) => ({
            path,
            before: from,
            after: to,
          })),
          { path: 'reason', after: dto.reason },
        ],
      });
    });
    if (!moved) {
      throw new ConflictException({
        code: 'assignment_changed',
        message: 'Someone reassigned this case at the same time; read it again and retry.',
      });
    }
    const notified = await this.notify(entity, before, after, afterView, dto.reason, eventKey);
    return { caseId, before: beforeView, after: afterView, reason: dto.reason, notified };
  }

  /** The assignment the request asks for, each part checked; what it does not name stays as it is. */
  private async target(entity: CaseRecord, dto: ReassignCaseDto): Promise<CaseAssignment> {
    const hostOffice = dto.hostOffice ?? entity.hostOffice;
    if (dto.hostOffice && (await this.accounts.missingOffices([dto.hostOffice])).length > 0) {
      throw new RequestValidationError([{ field: 'hostOffice', reason: `is not an office of the programme` }]);
    }
    const counsellor = await this.counsellorFor(entity, hostOffice, dto.counsellorId);
    const partnerOrganisationId =
      dto.partnerOrganisationId === undefined
        ? entity.partnerOrganisationId
        : choosePartnerOrganisation(
            dto.partnerOrganisationId,
            await this.accounts.organisationsCovering(entity.countryOfReturn),
            entity.countryOfReturn,
          );
    return { hostOffice, ...counsellor, partnerOrganisationId };
  }

  /** The named counsellor, or the current one if they work at the (new) office: a case is never left to an outsider. */
  private async counsellorFor(
    entity: CaseRecord,
    hostOffice: string,
    counsellorId: string | undefined,
  ): Promise<Pick<CaseAssignment, 'counsellorName' | 'counsellorEmail'>> {
    if (counsellorId) {
      const user = await this.accounts.users.findOne({ where: { id: counsellorId } });
      if (!user || user.role !== 'counsellor' || !user.active) {
        throw new RequestValidationError([{ field: 'counsellorId', reason: 'is not an active counsellor' }]);
      }
      if (!user.offices.includes(hostOffice)) {
        throw new RequestValidationError([
          { field: 'counsellorId', reason: `${user.displayName} does not work at ${hostOffice}` },
        ]);
      }
      return { counsellorName: user.displayName, counsellorEmail: user.email };
    }
    if (hostOffice !== entity.hostOffice) {
      const current = await this.accounts.findUserByEmail(entity.counsellorEmail);
      if (!current || current.role !== 'counsellor' || !current.active || !current.offices.includes(hostOffice)) {
        throw new RequestValidationError([
          {
            field: 'counsellorId',
            reason: `is required: the case's counsellor (${entity.counsellorName}) does not work at ${hostOffice}`,
          },
        ]);
      }
    }
    return { counsellorName: entity.counsellorName, counsellorEmail: entity.counsellorEmail };
  }

  private async organisationNames(ids: Array<string | null>): Promise<Map<string, string>> {
    const wanted = ids.filter((id): id is string => id !== null);
    if (wanted.length === 0) return new Map();
    const found = await this.accounts.partnerOrganisations.find({ where: { id: In(wanted) } });
    return new Map(found.map((o) => [o.id, o.name]));
  }

  /**
   * Tells the new counsellor, and the new partner organisation once the pre-arrival notice has gone out (before it,
   * the notice itself will reach them). After the commit: if Redis does not answer, the reassignment stands and the
   * answer says nobody was told.
   */
  private async notify(
    entity: CaseRecord,
    before: CaseAssignment,
    after: CaseAssignment,
    afterView: AssigneeView,
    reason: string,
    eventKey: string,
  ): Promise<boolean> {
    const base = {
      reference: entity.reference,
      countryOfReturn: entity.countryOfReturn,
      hostOffice: after.hostOffice,
    };
    // Audiences, not addresses: the worker finds the accounts when it sends, from the committed row.
    const jobs: Array<{ audience: 'counsellor' | 'partner_focal_point'; data: Record<string, string> }> = [];
    if (after.counsellorEmail !== before.counsellorEmail || after.hostOffice !== before.hostOffice) {
      jobs.push({ audience: 'counsellor', data: { ...base, assignee: after.counsellorName, reason } });
    }
    const noticeSent = Boolean((entity.state as { preArrivalNoticeSentAt?: string } | null)?.preArrivalNoticeSentAt);
    if (after.partnerOrganisationId && after.partnerOrganisationId !== before.partnerOrganisationId && noticeSent) {
      const assignee = afterView.partnerOrganisationName ?? 'your organisation';
      jobs.push({ audience: 'partner_focal_point', data: { ...base, assignee, reason: '' } });
    }
    try {
      for (const job of jobs) {
        await withinRedisDeadline(
          'the reassignment email',
          this.config.deadlines.redisMs,
          this.outbox.enqueue({
            key: `${eventKey}:${job.audience}`,
            caseId: entity.id,
            audience: [job.audience],
            template: 'case_reassigned',
            data: job.data,
          }),
        );
      }
      return true;
    } catch (error) {
      this.logger.warn(`case ${entity.reference}: reassignment emails not queued: ${String(error)}`);
      return false;
    }
  }
}

function assignmentOf(c: CaseRecord): CaseAssignment {
  return {
    hostOffice: c.hostOffice,
    counsellorName: c.counsellorName,
    counsellorEmail: c.counsellorEmail,
    partnerOrganisationId: c.partnerOrganisationId,
  };
}

function sameAssignment(a: CaseAssignment, b: CaseAssignment): boolean {
  return (
    a.hostOffice === b.hostOffice &&
    a.counsellorEmail === b.counsellorEmail &&
    a.partnerOrganisationId === b.partnerOrganisationId
  );
}

function assigneeView(a: CaseAssignment, names: Map<string, string>): AssigneeView {
  return {
    ...a,
    partnerOrganisationName: a.partnerOrganisationId ? (names.get(a.partnerOrganisationId) ?? null) : null,
  };
}

/** What moved, as `{ from, to }` per field: the timeline's details and the audit's changes. */
function changedFields(before: AssigneeView, after: AssigneeView): Record<string, { from: unknown; to: unknown }> {
  const fields = ['hostOffice', 'counsellorName', 'partnerOrganisationName'] as const;
  return Object.fromEntries(
    fields.filter((f) => before[f] !== after[f]).map((f) => [f, { from: before[f], to: after[f] }]),
  );
}
