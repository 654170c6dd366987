import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  type Actor,
  actorOf,
  caseScopeFor,
  type Principal,
  currentLinkStatus,
  DomainError,
  latestDayAnywhere,
  linkStepRefusal,
  type LinkStep,
  type MatchResult,
  rankOpportunities,
  rankReturnees,
  roundScoreForDisplay,
} from '@avrr/domain';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '@avrr/config';
import {
  DuplicateLinkError,
  IscoGroupRepository,
  OpportunityLinkEntity,
  OpportunityLinkRepository,
  OpportunityRepository,
  type CaseScope,
  type OpportunityScope,
  SkillsProfileRepository,
  toDomainSkillsProfile,
  toReintegrationOpportunity,
} from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import { CaseActionsService } from '../case-actions/case-actions.service';
import { CaseQueryService } from '../cases/case-query.service';
import { pseudonymName } from '../cases/case-visibility';
import { CreateLinkDto, LinkStepDto, LinkView, MatchView } from './dto/links.dto';

const PARTNER = 'partner_focal_point';

/** Matching returnees with open opportunities, and the partner's links between them. */
@Injectable()
export class ReintegrationLinksService {
  private titles?: Promise<Map<string, string>>;

  constructor(
    private readonly cases: CaseQueryService,
    private readonly profiles: SkillsProfileRepository,
    private readonly opportunities: OpportunityRepository,
    private readonly links: OpportunityLinkRepository,
    private readonly isco: IscoGroupRepository,
    private readonly actions: CaseActionsService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** This request's audit entry, written in the link's own transaction. */
  private readonly audited = (em: EntityManager) => this.audit.recordIn(em, {});

  /** The open opportunities in the case's country of return that fit this returnee best. */
  async matchesForPerson(caseId: string, personId: string, limit: number, scope: CaseScope): Promise<MatchView[]> {
    const entity = await this.cases.load(caseId, scope);
    this.person(entity.people, personId);
    const row = await this.profiles.findForPerson(caseId, personId, scope);
    if (!row)
      throw new DomainError('skills_profile_missing', 'This returnee has no skills profile yet; record it first.');
    const now = new Date();
    // The case's partner organisation links the returnee, so only its own opportunities are proposed.
    const owner: OpportunityScope = entity.partnerOrganisationId
      ? { partnerOrganisationId: entity.partnerOrganisationId }
      : {};
    const open = await this.opportunities.findOpen(now, owner, { country: entity.countryOfReturn });
    const titleOf = await this.titleLookup();
    const results = rankOpportunities(
      toDomainSkillsProfile(row),
      open,
      this.config.matchingWeights,
      now.toISOString(),
      { limit, titleOf },
    );
    const labels = new Map(open.map((o) => [o.id, o.title]));
    return results.map((r) => toView(r, r.opportunityId, labels.get(r.opportunityId) ?? ''));
  }

  /** The returnees bound for the opportunity's country whose profiles fit it best. */
  /** A partner sees the name of a returnee who consented to share data with them, otherwise their pseudonym. */
  async matchesForOpportunity(
    opportunityId: string,
    limit: number,
    principal: Principal,
    opportunityScope: OpportunityScope,
  ): Promise<MatchView[]> {
    const scope = caseScopeFor(principal);
    const row = await this.opportunities.findById(opportunityId, opportunityScope);
    if (!row)
      throw new NotFoundException({ code: 'opportunity_not_found', message: `No opportunity ${opportunityId}.` });
    const candidates = await this.profiles.completeProfilesBoundFor(row.country, scope);
    const titleOf = await this.titleLookup();
    const results = rankReturnees(
      toReintegrationOpportunity(row),
      candidates.map((c) => c.profile),
      this.config.matchingWeights,
      new Date().toISOString(),
      { limit, titleOf },
    );
    const pseudonymise = principal.role === 'partner_focal_point';
    const names = new Map(
      candidates.map((c) => [
        c.profile.id,
        pseudonymise && !c.sharesWithPartner ? pseudonymName(c.reference, c.position) : c.name,
      ]),
    );
    return results.map((r) => toView(r, r.profileId, names.get(r.profileId) ?? ''));
  }

  async listLinks(caseId: string, scope: CaseScope): Promise<LinkView[]> {
    await this.cases.load(caseId, scope);
    return (await this.links.listForCase(caseId)).map(toLinkView);
  }

  async propose(
    caseId: string,
    dto: CreateLinkDto,
    actor: Actor,
    scope: CaseScope,
    opportunityScope: OpportunityScope,
  ): Promise<LinkView> {
    this.partnerOnly(actor, 'link a returnee to an opportunity');
    const entity = await this.cases.loadOpen(caseId, scope);
    this.person(entity.people, dto.personId);
    const opportunity = await this.opportunities.findById(dto.opportunityId, opportunityScope);
    if (!opportunity)
      throw new NotFoundException({ code: 'opportunity_not_found', message: `No opportunity ${dto.opportunityId}.` });
    if (opportunity.country !== entity.countryOfReturn) {
      throw new DomainError(
        'opportunity_elsewhere',
        `The opportunity is in ${opportunity.country}, not in the country of return ${entity.countryOfReturn}.`,
      );
    }
    const first: LinkStep = { status: 'proposed', on: dto.on, note: dto.note ?? null };
    const refusal = linkStepRefusal([], 'proposed', dto.on, latestDay());
    if (refusal) throw refusal;
    try {
      return toLinkView(
        await this.links.create(
          {
            caseId,
            personId: dto.personId,
            opportunityId: dto.opportunityId,
            first,
            by: actor.name,
          },
          this.audited,
        ),
      );
    } catch (error) {
      if (error instanceof DuplicateLinkError) {
        throw new ConflictException({
          code: 'link_exists',
          message: 'This returnee is already linked to this opportunity.',
        });
      }
      throw error;
    }
  }

  /** Moves a link on; a placement in a job or apprenticeship is recorded on the case as a job placement milestone. */
  async step(caseId: string, linkId: string, dto: LinkStepDto, principal: Principal): Promise<LinkView> {
    const actor = actorOf(principal);
    const scope = caseScopeFor(principal);
    this.partnerOnly(actor, 'follow a link');
    await this.cases.loadOpen(caseId, scope);
    const link = await this.links.findInCase(caseId, linkId);
    if (!link) throw new NotFoundException({ code: 'link_not_found', message: `No link ${linkId} on this case.` });
    const step: LinkStep = { status: dto.status, on: dto.on, note: dto.note ?? null };
    const refusal = linkStepRefusal(link.history, dto.status, dto.on, latestDay());
    if (refusal) throw refusal;
    const opportunity = dto.status === 'placed' ? await this.opportunities.findById(link.opportunityId, {}) : null;
    const milestone = opportunity?.type === 'job' || opportunity?.type === 'apprenticeship';
    // A placement that records a milestone is audited after it, with the case's changes (the milestone is the
    // workflow's write, outside this transaction); any other step in the link's own transaction.
    if (!(await this.links.appendStep(link, step, actor.name, milestone ? undefined : this.audited))) {
      throw new ConflictException({
        code: 'link_changed',
        message: 'Someone changed this link at the same time; reload it and try again.',
      });
    }
    if (opportunity && milestone) {
      // Keyed by the link, so a retried request records the milestone once.
      await this.actions.execute(
        caseId,
        {
          type: 'record_milestone',
          kind: 'job_placement',
          personId: link.personId,
          achievedOn: dto.on,
          note: opportunity.title,
        },
        principal,
        `link-${link.id}-placed`,
      );
    }
    return toLinkView((await this.links.findInCase(caseId, linkId))!);
  }

  private partnerOnly(actor: Actor, what: string): void {
    if (actor.role !== PARTNER)
      throw new DomainError('role_not_allowed', `A ${actor.role.replace(/_/g, ' ')} cannot ${what}.`);
  }

  private person(people: Array<{ id: string }>, personId: string): void {
    if (!people.some((p) => p.id === personId)) {
      throw new NotFoundException({ code: 'person_not_found', message: `Person ${personId} is not in this case.` });
    }
  }

  private async titleLookup(): Promise<(code: string) => string | undefined> {
    this.titles ??= this.isco.titlesByCode();
    const titles = await this.titles;
    return (code) => titles.get(code);
  }
}

function toView(result: MatchResult, id: string, label: string): MatchView {
  return {
    id,
    label,
    score: roundScoreForDisplay(result.score),
    breakdown: result.breakdown.map((b) => ({
      component: b.component,
      value: roundScoreForDisplay(b.value),
      weight: b.weight,
      contribution: roundScoreForDisplay(b.contribution),
      explanation: b.explanation,
      reason: b.reason,
    })),
  };
}

function toLinkView(link: OpportunityLinkEntity): LinkView {
  return {
    id: link.id,
    personId: link.personId,
    opportunityId: link.opportunityId,
    status: currentLinkStatus(link.history) ?? link.status,
    history: link.history,
    version: link.version,
  };
}

/** The partner's step is a day of their time zone: it is in the future only past the latest day anywhere. */
function latestDay(): string {
  return latestDayAnywhere(new Date().toISOString());
}
