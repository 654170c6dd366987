import { Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import { AppConfig } from '@avrr/config';
import type { CaseOpening, ProgrammeTimings } from '@avrr/domain';
import { type CaseRecord, CaseRepository } from '@avrr/persistence';
import { TemporalDeadline } from './temporal-deadline';
import {
  CASE_STAGE,
  COUNTRY_OF_RETURN,
  HOST_OFFICE,
  RETURN_CASE_WORKFLOW,
  ReturnCaseInput,
  TRACED_ON_REQUEST,
  WORKFLOW_TRACING_MEMO,
} from '@avrr/workflows';

/**
 * Starts a case's workflow and records that it runs. Safe to call any number of times for the same case:
 * the workflow id is the case's, a running workflow is reused and a finished one is never started again.
 */
@Injectable()
export class CaseWorkflowStarter {
  private readonly logger = new Logger(CaseWorkflowStarter.name);

  constructor(
    private readonly client: Client,
    private readonly cases: CaseRepository,
    private readonly config: AppConfig,
    private readonly deadline: TemporalDeadline,
  ) {}

  /** Starts the case's workflow unless it exists, and marks the case (and `entity`) started. */
  async ensureStarted(entity: CaseRecord, timings: ProgrammeTimings = this.config.timings): Promise<void> {
    const input = returnCaseInput(entity, timings, {
      informationAcknowledgement: this.config.preDepartureInformation.acknowledgementRequired,
    });
    try {
      await this.deadline.run('the workflow start', () =>
        this.client.workflow.start(RETURN_CASE_WORKFLOW, {
          workflowId: entity.workflowId,
          taskQueue: this.config.temporal.taskQueue,
          args: [input],
          // Workflow spans only for the calls that carry a trace (libs/workflows tracing interceptors).
          memo: { [WORKFLOW_TRACING_MEMO]: TRACED_ON_REQUEST },
          workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          typedSearchAttributes: [
            { key: CASE_STAGE, value: entity.stage },
            { key: COUNTRY_OF_RETURN, value: entity.countryOfReturn },
            { key: HOST_OFFICE, value: entity.hostOffice },
          ],
        }),
      );
    } catch (error) {
      // A case whose workflow already ran to its end is started: nothing to do.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      this.logger.debug(`workflow ${entity.workflowId} already exists`);
    }
    const marked = await this.cases.markWorkflowStarted(entity.id);
    // The caller answers with this entity: it now says what the row says, without reading the case again.
    if (marked) Object.assign(entity, marked);
  }
}

/** The workflow's input for a case as its row stands: the opening, the counsellor and the programme's rules now. */
export function returnCaseInput(
  entity: CaseRecord,
  timings: ProgrammeTimings,
  requirements: NonNullable<ReturnCaseInput['requirements']>,
): ReturnCaseInput {
  return {
    opening: caseOpening(entity),
    counsellor: { name: entity.counsellorName, email: entity.counsellorEmail },
    // Timings are fixed at start: a running case keeps the programme rules it began under.
    timings,
    requirements,
  };
}

/** A case's opening as its row stands: its office, return, people and documents, opened when the row was made. */
export function caseOpening(entity: CaseRecord, openedAt: Date = entity.createdAt): CaseOpening {
  return {
    caseId: entity.id,
    reference: entity.reference,
    hostOffice: entity.hostOffice,
    countryOfReturn: entity.countryOfReturn,
    regionOfReturn: entity.regionOfReturn,
    openedAt: openedAt.toISOString(),
    people: [...entity.people]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({
        id: p.id,
        name: `${p.givenNames} ${p.familyName}`,
        dateOfBirth: p.dateOfBirth,
        isPrincipal: p.position === 0,
        relationship: p.relationship,
        vulnerabilities: p.vulnerabilities,
        documents: (p.documents ?? []).map((d) => ({ type: d.type, number: d.number, expiresOn: d.expiresOn })),
      })),
  };
}
