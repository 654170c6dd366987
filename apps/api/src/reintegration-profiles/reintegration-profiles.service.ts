import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import {
  type Actor,
  CASE_STAGES,
  type CaseStage,
  DomainError,
  type FieldViolation,
  type FollowUpRecord,
  roundScoreForDisplay,
  scoreSustainabilitySurvey,
  type SustainabilityScores,
} from '@avrr/domain';
import { SustainabilityWeightSets } from '@avrr/config';
import {
  CaseRepository,
  type CaseScope,
  FollowUpSurveyEntity,
  FollowUpSurveyRepository,
  type ReturnCaseEntity,
  SkillsProfileEntity,
  SkillsProfileRepository,
  skillsProfileGaps,
  SurveyAlreadyRecordedError,
} from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import { RequestValidationError } from '../common/request-validation.error';
import { PutSkillsProfileDto, SkillsProfileView } from './dto/skills-profile.dto';
import { RecordSurveyDto, SurveyView } from './dto/survey.dto';

const ARRIVAL = CASE_STAGES.indexOf('arrival');

/** Who may write the skills profile at this stage: the counsellor before arrival, the partner from arrival on. */
export function skillsProfileWriterRefusal(stage: CaseStage, role: Actor['role']): DomainError | null {
  if (stage === 'closed') {
    return new DomainError('case_closed', 'The case is closed: reopen it before changing the skills profile.');
  }
  const afterArrival = CASE_STAGES.indexOf(stage) >= ARRIVAL;
  if (!afterArrival && role === 'counsellor') return null;
  if (afterArrival && role === 'partner_focal_point') return null;
  const who = `A ${role.replace(/_/g, ' ')}`;
  if (role === 'partner_focal_point') {
    return new DomainError(
      'role_not_allowed',
      `${who} cannot record the skills profile before the returnee's arrival; the counsellor keeps it until then.`,
    );
  }
  if (role === 'counsellor') {
    return new DomainError(
      'role_not_allowed',
      `${who} cannot change the skills profile from the arrival on; the partner focal point completes it.`,
    );
  }
  return new DomainError(
    'role_not_allowed',
    `${who} cannot record the skills profile: the counsellor does before arrival, the partner focal point from arrival on.`,
  );
}

@Injectable()
export class ReintegrationProfilesService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly profiles: SkillsProfileRepository,
    private readonly surveys: FollowUpSurveyRepository,
    private readonly weightSets: SustainabilityWeightSets,
    private readonly audit: AuditService,
  ) {}

  async getProfile(caseId: string, personId: string, scope: CaseScope): Promise<SkillsProfileView> {
    await this.loadPerson(caseId, personId, scope);
    const found = await this.profiles.findForPerson(caseId, personId, scope);
    if (!found) {
      throw new NotFoundException({
        code: 'skills_profile_not_found',
        message: 'No skills profile has been recorded for this person yet.',
      });
    }
    return toProfileView(found);
  }

  async putProfile(
    caseId: string,
    personId: string,
    dto: PutSkillsProfileDto,
    actor: Actor,
    scope: CaseScope,
  ): Promise<SkillsProfileView> {
    const returnCase = await this.loadPerson(caseId, personId, scope);
    const refusal = skillsProfileWriterRefusal(returnCase.stage, actor.role);
    if (refusal) throw refusal;

    const occupations = (dto.occupations ?? []).map((o) => ({ iscoCode: o.iscoCode, years: o.years }));
    const unknown = new Set(await this.profiles.unknownUnitGroups(occupations.map((o) => o.iscoCode)));
    const violations: FieldViolation[] = occupations.flatMap((o, i) =>
      unknown.has(o.iscoCode)
        ? [{ field: `occupations.${i}.iscoCode`, reason: `"${o.iscoCode}" is not an ISCO-08 unit group` }]
        : [],
    );
    if (violations.length > 0) throw new RequestValidationError(violations);

    const saved = await this.profiles.save(
      {
        caseId,
        personId,
        occupations,
        skills: dto.skills ?? [],
        iscedLevel: dto.iscedLevel ?? null,
        languages: dto.languages ?? [],
        drivingLicence: dto.drivingLicence ?? null,
        monthsAbroad: dto.monthsAbroad ?? null,
        preferredRegion: dto.preferredRegion ?? null,
        wants: dto.wants ?? null,
        updatedBy: actor.id,
        updatedByRole: actor.role,
      },
      scope,
      (em) => this.audit.recordIn(em, {}),
    );
    if (!saved) throw personNotFound(caseId, personId);
    return toProfileView(saved);
  }

  async recordSurvey(
    caseId: string,
    visitNumber: number,
    dto: RecordSurveyDto,
    actor: Actor,
    scope: CaseScope,
  ): Promise<SurveyView> {
    const returnCase = await this.loadCase(caseId, scope);
    if (actor.role !== 'partner_focal_point') {
      throw new DomainError(
        'role_not_allowed',
        `A ${actor.role.replace(/_/g, ' ')} cannot record a sustainability survey; the partner focal point does.`,
      );
    }
    const followUps = ((returnCase.state?.followUps ?? []) as FollowUpRecord[]).filter(
      (f) => f.visitNumber === visitNumber,
    );
    if (followUps.length === 0) {
      throw new DomainError(
        'follow_up_not_recorded',
        `Follow-up visit ${visitNumber} is not recorded on this case: record the visit first, then its survey.`,
        { visitNumber },
      );
    }

    const weightSet = this.weightSets.current;
    let scored: SustainabilityScores;
    try {
      scored = scoreSustainabilitySurvey(weightSet, dto.answers);
    } catch (error) {
      throw toSurveyHttpError(error);
    }

    try {
      const saved = await this.surveys.insert(
        {
          caseId,
          visitNumber,
          answers: dto.answers,
          questionnaireVersion: scored.questionnaireVersion,
          weightSetVersion: scored.weightSetVersion,
          scores: scored.scores,
          recordedBy: actor.id,
          recordedByRole: actor.role,
        },
        scope,
        (em) => this.audit.recordIn(em, {}),
      );
      if (!saved) throw caseNotFound(caseId);
      return toSurveyView(saved);
    } catch (error) {
      if (error instanceof SurveyAlreadyRecordedError) {
        throw new DomainError(
          'survey_already_recorded',
          `The survey of follow-up visit ${visitNumber} is already recorded; a recorded survey is never replaced.`,
          { visitNumber },
        );
      }
      throw error;
    }
  }

  async listSurveys(caseId: string, scope: CaseScope): Promise<SurveyView[]> {
    await this.loadCase(caseId, scope);
    return (await this.surveys.listForCase(caseId, scope)).map(toSurveyView);
  }

  private async loadCase(caseId: string, scope: CaseScope): Promise<ReturnCaseEntity> {
    const found = await this.cases.findById(caseId, scope);
    // Out of scope reads as absent, as for GET /cases/:id.
    if (!found) throw caseNotFound(caseId);
    return found;
  }

  private async loadPerson(caseId: string, personId: string, scope: CaseScope): Promise<ReturnCaseEntity> {
    const found = await this.loadCase(caseId, scope);
    if (!found.people.some((p) => p.id === personId)) throw personNotFound(caseId, personId);
    return found;
  }
}

const caseNotFound = (caseId: string) => new DomainError('case_not_found', `No case ${caseId} that you can see.`);
const personNotFound = (caseId: string, personId: string) =>
  new NotFoundException({ code: 'person_not_in_case', message: `No person ${personId} in case ${caseId}.` });

/** Domain refusals of the scorer as HTTP: bad answers are 400 by field, a too-incomplete dimension 422. */
function toSurveyHttpError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  if (error.code === 'survey_answers_invalid') {
    const violations = (error.details?.violations ?? []) as FieldViolation[];
    return new RequestValidationError(violations.map((v) => ({ field: `answers.${v.field}`, reason: v.reason })));
  }
  if (error.code === 'survey_dimension_incomplete') {
    const dimensions = (error.details?.dimensions ?? []) as Array<{
      dimension: string;
      missingWeightShare: number;
      missingIndicators: string[];
    }>;
    return new UnprocessableEntityException({
      code: error.code,
      message: error.message,
      violations: dimensions.map((d) => ({
        field: `dimensions.${d.dimension}`,
        reason: `${Math.round(d.missingWeightShare * 1000) / 10}% of its weight is unanswered (${d.missingIndicators.join(', ')})`,
      })),
    });
  }
  // A weight set refused at scoring time cannot happen: the sets were validated at boot.
  return error;
}

function toProfileView(p: SkillsProfileEntity): SkillsProfileView {
  const missing = skillsProfileGaps(p);
  return {
    caseId: p.caseId,
    personId: p.personId,
    occupations: p.occupations,
    skills: p.skills,
    iscedLevel: p.iscedLevel,
    languages: p.languages,
    drivingLicence: p.drivingLicence,
    monthsAbroad: p.monthsAbroad,
    preferredRegion: p.preferredRegion,
    wants: p.wants,
    complete: missing.length === 0,
    missing,
    updatedBy: p.updatedBy,
    updatedByRole: p.updatedByRole,
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}

function toSurveyView(s: FollowUpSurveyEntity): SurveyView {
  const score = (value: number) => ({ score: value, display: roundScoreForDisplay(value) });
  return {
    caseId: s.caseId,
    visitNumber: s.visitNumber,
    questionnaireVersion: s.questionnaireVersion,
    weightSetVersion: s.weightSetVersion,
    scores: {
      economic: score(s.economicScore),
      social: score(s.socialScore),
      psychosocial: score(s.psychosocialScore),
      composite: score(s.compositeScore),
    },
    answers: s.answers as Record<string, string | null>,
    recordedBy: s.recordedBy,
    recordedAt: s.recordedAt.toISOString(),
  };
}
