// Over 400 lines: one workflow function whose update handlers, timers and compensation share its state through
// closures; Temporal replays it as one unit, and split it would pass that state around.
import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  CancellationScope,
  condition,
  continueAsNew,
  currentUpdateInfo,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  type Actor,
  type CaseAction,
  type CaseAlert,
  type CaseStage,
  type CaseState,
  closeAsWithdrawn,
  decide,
  deriveStage,
  evolve,
  grantRoleRefusal,
  type HouseholdChange,
  householdEvent,
  initialCaseState,
  isTraffickingVictim,
  isUnaccompaniedChild,
  missingPreDepartureGates,
  pendingAlerts,
  SYSTEM_ACTOR,
  transferRoleRefusal,
  travellers,
  waitingFor,
  withdrawPendingTravelDocumentRequests,
} from '@avrr/domain';
import type { CaseActivities } from '../contracts/case-activities.contract';
import {
  CASE_ACTION_TYPES,
  type CaseActionRequest,
  caseActionUpdates,
  type CaseSnapshot,
  caseSnapshotQuery,
  REFUSAL_PREFIX,
  type ReturnCaseInput,
} from '../contracts/return-case.contract';
import { CASE_STAGE } from '../contracts/search-attributes';
import { evidenceRefusal } from './evidence-refusal';
import { payGrantTrancheUpdate, type TranchePaymentRequest } from '../contracts/grant.contract';
import {
  confirmAssetTransferUpdate,
  type ConfirmTransferRequest,
  initiateAssetTransferUpdate,
  type InitiateTransferRequest,
} from '../contracts/transfer.contract';

const activities = proxyActivities<CaseActivities>({
  startToCloseTimeout: '10 seconds',
  // Every activity is idempotent by key, so retrying until the database or Redis is back is always safe. Transient
  // errors (connection lost, 40001, 40P01, 57014, pool timeouts) back off to one try every 5 minutes, without limit;
  // errors retrying cannot fix fail at once, typed (apps/worker/src/activities/classify-failure.ts), and so do
  // refusals (`case_refused:<code>`).
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * The notification outbox's enqueue and the projection as local activities: each is one idempotent write (a job keyed
 * so that a repeat adds nothing; a timeline row keyed by its event, the read model moved only by a newer version), so
 * it runs inside the workflow task that asks for it. A re-run after a workflow task is retried or a worker dies
 * changes nothing. As a normal activity each cost the Temporal server an activity task, one more workflow task to
 * carry on and, for the projection, the whole case state through its history (docs/PERFORMANCE.md, P2/P3 CPU by
 * process, and "Eighth round"). Same timeout and retries as the other activities: a local activity retried for longer
 * than a minute waits on a timer between attempts, so a Redis or database outage still retries without limit.
 */
const localActivities = proxyLocalActivities<Pick<CaseActivities, 'notify' | 'recordCaseEvent'>>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/** Update ids remembered across continue-as-new, so a retried click is still recognised after it. */
const REMEMBERED_UPDATE_IDS = 500;

/**
 * The life of one return case, from intake to closure and possible reopening. Human actions arrive as updates,
 * checked by the pure domain rules before they enter history; timers send reminders and escalations.
 */
export async function returnCaseWorkflow(input: ReturnCaseInput): Promise<void> {
  const { timings } = input;
  let state: CaseState = input.carriedOver?.state ?? initialCaseState(input.opening);
  let stage: CaseStage = input.carriedOver?.stage ?? 'intake';
  const applied = new Set<string>(input.carriedOver?.appliedUpdateIds ?? []);
  /** Asset transfer steps running now: the withdrawal's stop-transfers step waits until there are none. */
  let transferStepsRunning = 0;

  // The workflow's own clock: deterministic on replay.
  const clock = () => new Date();
  const now = () => clock().toISOString();
  const today = () => now().slice(0, 10);
  const snapshot = (): CaseSnapshot => {
    const next = waitingFor(state, timings, now());
    return { stage, waitingFor: next.what, dueAt: next.dueAt, state };
  };
  const data = (extra: Record<string, string> = {}): Record<string, string> => ({
    reference: state.reference,
    countryOfReturn: state.countryOfReturn,
    ...extra,
  });

  /**
   * Local activities run one at a time. Two at once (the intake's projection and a first update's, both in the first
   * workflow task) resolved in the order they finished on the first run but in the order they were scheduled on
   * replay, so the commands after them came out in another order and the replay failed (TMPRL1100, found by
   * `npm run chaos`). One at a time, each resolves before the next starts, the same on both.
   */
  let localTurn: Promise<unknown> = Promise.resolve();
  const oneLocalAtATime = <T>(run: () => Promise<T>): Promise<T> => {
    // Added after cases were already running: their history up to now replays as it ran.
    if (!patched('local-activities-one-at-a-time')) return run();
    const mine = localTurn.then(run);
    localTurn = mine.catch(() => undefined);
    return mine;
  };

  /** Writes the timeline entry and the read model for the state as it is now. */
  const project = async (
    eventKey: string,
    type: string,
    actor: Actor,
    details: Record<string, unknown>,
    occurredAt = now(),
    household?: HouseholdChange,
  ) => {
    const newStage = state.closed ? 'closed' : deriveStage(state, today());
    if (newStage !== stage) {
      stage = newStage;
      upsertSearchAttributes([{ key: CASE_STAGE, value: stage }]);
    }
    const view = snapshot();
    // Added after cases were already running: a projection that fails for good flags the case instead of failing it.
    const flagging = patched('projection-failure-needs-attention');
    // A projection that succeeds after a flag brings the read model level with the workflow, so it clears the flag.
    // A failed side effect's flag is not the projection's to clear (the read model was never behind for it).
    const flag = flagging && !state.needsAttention?.sideEffect ? state.needsAttention : undefined;
    const projected = flag ? { ...state, needsAttention: null } : state;
    // Added after cases were already running: their history up to now replays with the normal activity.
    const local = patched('project-as-local-activity');
    try {
      const event: Parameters<typeof activities.recordCaseEvent>[0] = {
        caseId: state.caseId,
        eventKey,
        type,
        actor: actor.name,
        actorRole: actor.role,
        occurredAt,
        details,
        ...(household ? { household } : {}),
        readModel: {
          version: state.version,
          stage,
          waitingFor: view.waitingFor,
          dueAt: view.dueAt,
          onProtectionHold: state.protectionHold.active,
          outcome: state.closed?.outcome ?? null,
          state: projected as unknown as Record<string, unknown>,
        },
      };
      if (local) await oneLocalAtATime(() => localActivities.recordCaseEvent(event));
      else await activities.recordCaseEvent(event);
      // Updates may have moved the state on while the projection ran: clear the flag on the state as it is now,
      // never put back the state as it was before the await.
      if (flag && state.needsAttention === flag) state = { ...state, needsAttention: null };
    } catch (error) {
      const failure = flagging ? permanentFailure(error) : undefined;
      if (!failure) throw error;
      await flagNeedsAttention(eventKey, type, failure);
    }
  };

  /**
   * The workflow moves on with its state; the read model stays at its last good version, flagged with the reason, and
   * the case goes to a supervisor. If even the flag cannot be written, the flag lives in the workflow's state (the
   * snapshot query shows it) and the next projection carries it.
   */
  const flagNeedsAttention = async (
    eventKey: string,
    type: string,
    failure: ApplicationFailure,
    sideEffect = false,
  ) => {
    const reason = `${failure.type}: ${failure.message}`.slice(0, 1000);
    const flagKey = `${eventKey}:needs-attention`;
    state = {
      ...state,
      needsAttention: { reason, since: now(), eventKey: flagKey, ...(sideEffect ? { sideEffect: true as const } : {}) },
    };
    try {
      await activities.flagNeedsAttention({
        caseId: state.caseId,
        eventKey: flagKey,
        occurredAt: now(),
        reason,
        failedEventType: type,
      });
    } catch (error) {
      if (!permanentFailure(error)) throw error;
    }
  };

  /**
   * An email after an accepted action or for an alert. A failure retrying cannot fix (the case's row gone, data
   * the outbox refuses) flags the case for a supervisor instead of failing the action, or the whole workflow when
   * an alert sends it. Transient failures still retry.
   */
  const notify = async (input: Parameters<typeof activities.notify>[0]): Promise<void> => {
    try {
      // Added after cases were already running: their history up to now replays with the normal activity.
      if (patched('notify-as-local-activity')) await oneLocalAtATime(() => localActivities.notify(input));
      else await activities.notify(input);
    } catch (error) {
      // Added after cases were already running: the patch is asked for only when such a failure happens.
      const failure = permanentFailure(error);
      if (!failure || !patched('side-effect-failure-needs-attention')) throw error;
      await flagNeedsAttention(input.key.replace(`${state.caseId}:`, ''), `notify:${input.template}`, failure, true);
    }
  };

  const validate = (type: CaseAction['type'], request: CaseActionRequest): void => {
    const id = currentUpdateInfo()?.id;
    if (id && applied.has(id)) return; // a retried click: the handler answers with the current state
    if (request?.action?.type !== type) {
      throw ApplicationFailure.create({
        type: `${REFUSAL_PREFIX}bad_request`,
        message: `Expected a ${type} action.`,
        nonRetryable: true,
      });
    }
    const refusal = decide(state, request.action, {
      actor: request.actor,
      now: now(),
      followUpsRequired: timings.followUpMonths.length,
      finalReportRequired: timings.finalReportRequired === true,
      informationAcknowledgementRequired: input.requirements?.informationAcknowledgement === true,
    });
    if (refusal) {
      throw ApplicationFailure.create({
        type: `${REFUSAL_PREFIX}${refusal.code}`,
        message: refusal.message,
        nonRetryable: true,
        details: refusal.details ? [refusal.details] : [],
      });
    }
    const missingPaper = evidenceRefusal(request);
    if (missingPaper) throw missingPaper;
  };

  const handle = async (request: CaseActionRequest): Promise<CaseSnapshot> => {
    const updateId = currentUpdateInfo()?.id ?? `${request.action.type}:${state.version}`;
    if (applied.has(updateId)) return snapshot();
    applied.add(updateId);
    const before = state;
    const action = asRecorded(request.action);
    state = evolve(state, action, request.actor, now());
    // A supervisor acting on the case has seen a failed side effect's flag (My work sent the case to them).
    if (state.needsAttention?.sideEffect && request.actor.role === 'supervisor')
      state = { ...state, needsAttention: null };
    if (request.action.type === 'amend_household') {
      // Its own event type, and the household rows of the case file written with it (issue 14, part 2).
      const { type, details } = householdEvent(request.action);
      await project(updateId, type, request.actor, details, now(), request.action.change);
    } else {
      await project(updateId, action.type, request.actor, { ...action });
    }
    await followUp(before, request, updateId);
    return snapshot();
  };

  /** Side effects of an accepted action: messages to the people who must act, and compensation. */
  const followUp = async (before: CaseState, request: CaseActionRequest, updateId: string): Promise<void> => {
    const { action } = request;
    if (state.protectionHold.active && !before.protectionHold.active) {
      await notify({
        key: `${updateId}:hold`,
        caseId: state.caseId,
        audience: ['supervisor', 'counsellor'],
        template: 'protection_hold_placed',
        data: data({ reasons: state.protectionHold.reasons.join('; ') }),
      });
      // Added after cases were already running: a hold placed before it replays with its requests left open.
      if (patched('hold-withdraws-consulate-requests')) {
        const withdrawn = withdrawPendingTravelDocumentRequests(state, 'a protection requirement is open');
        if (withdrawn.personIds.length > 0) {
          state = withdrawn.state;
          await project(
            `${updateId}:consulate-requests-withdrawn`,
            'travel_document_requests_withdrawn',
            SYSTEM_ACTOR,
            {
              personIds: withdrawn.personIds,
              reason: 'a protection requirement is open',
            },
          );
        }
      }
    }
    if (state.stranded && !before.stranded && action.type === 'refuse_travel_document') {
      await notify({
        key: `${updateId}:stranded`,
        caseId: state.caseId,
        audience: ['supervisor', 'logistics_officer'],
        template: 'case_stranded',
        data: data({ reason: action.reason }),
      });
    }
    if (action.type === 'book_travel' || action.type === 'rebook_travel') {
      const booking = state.booking!;
      const last = booking.segments[booking.segments.length - 1];
      await notify({
        key: `${updateId}:booked`,
        caseId: state.caseId,
        audience: ['partner_focal_point'],
        template: 'travel_booked',
        data: data({
          bookingReference: booking.reference,
          itinerary: booking.segments
            .map((s) => `${s.carrier}${s.flightNumber} ${s.from}-${s.to} ${s.departsAt}`)
            .join(', '),
          arrivesAt: last.arrivesAt,
          destination: last.to,
        }),
      });
    }
    if (action.type === 'submit_plan') {
      await notify({
        key: `${updateId}:plan`,
        caseId: state.caseId,
        audience: ['supervisor'],
        template: 'plan_submitted',
        data: data(),
      });
    }
    // Added after cases were already running (issue 17): the partner, told of the travel, hears when it falls through,
    // and, told of the case, when it closes; such actions recorded before this change replay without the message.
    const toldOfTravel = (action.type === 'record_no_show' || action.type === 'cancel_booking') && before.booking;
    const toldOfCase = action.type === 'close_case' && before.preArrivalNoticeSentAt;
    if ((toldOfTravel || toldOfCase) && patched('partner-told-of-travel-changes')) {
      const bookingReference = before.booking?.reference ?? '';
      await notify({
        key: `${updateId}:partner`,
        caseId: state.caseId,
        audience: ['partner_focal_point'],
        template:
          action.type === 'record_no_show'
            ? 'travel_no_show'
            : action.type === 'cancel_booking'
              ? 'travel_cancelled'
              : 'case_closed',
        data: data(action.type === 'close_case' ? { outcome: action.outcome } : { bookingReference }),
      });
    }
    // New update types: recorded histories never reach these, so they replay unchanged without a patch.
    if (action.type === 'submit_final_report' || action.type === 'return_final_report') {
      const submitted = action.type === 'submit_final_report';
      await notify({
        key: `${updateId}:final-report`,
        caseId: state.caseId,
        audience: submitted ? ['supervisor'] : ['partner_focal_point'],
        template: submitted ? 'final_report_submitted' : 'final_report_returned',
        data: data(submitted ? {} : { reason: action.reason }),
      });
    }
    // Added after cases were already running: milestones recorded before it release nothing here.
    if (action.type === 'record_milestone' && patched('grant-tranches-on-milestones')) {
      const released = await activities.releaseGrantTranches({
        caseId: state.caseId,
        milestones: (state.milestones ?? []).map((m) => m.kind),
      });
      if (released.length > 0) {
        state = { ...state, version: state.version + 1 };
        await project(`${updateId}:grant-release`, 'grant_tranches_released', SYSTEM_ACTOR, {
          milestone: action.kind,
          tranches: released,
        });
      }
    }
    if (action.type === 'withdraw_consent') await compensateWithdrawal(updateId);
    await sendPreArrivalNoticeWhenDue();
  };

  /**
   * Undoes what is under way after consent is withdrawn. Each step is an activity in history, so a crash in the
   * middle resumes at the next step; none is skipped and none repeated.
   */
  const compensateWithdrawal = async (updateId: string): Promise<void> => {
    const withdrawal = state.withdrawal!;
    const step = async (name: string, run: () => Promise<Record<string, unknown>>) => {
      const details = await run();
      state = {
        ...state,
        version: state.version + 1,
        withdrawal: { ...withdrawal, completedSteps: [...(state.withdrawal?.completedSteps ?? []), name] },
      };
      await project(`${updateId}:${name}`, `withdrawal_${name.replace(/-/g, '_')}`, SYSTEM_ACTOR, details);
    };
    if (state.booking?.status === 'booked') {
      const booking = state.booking;
      await step('cancel-booking', async () => {
        await activities.cancelBooking({
          key: `${updateId}:cancel-booking`,
          caseId: state.caseId,
          bookingReference: booking.reference,
          reason: 'consent withdrawn',
        });
        state = evolve(state, { type: 'cancel_booking', reason: 'consent withdrawn' }, SYSTEM_ACTOR, now());
        state = { ...state, withdrawal };
        return { bookingReference: booking.reference };
      });
    }
    // Added after cases were already running: withdrawals recorded before it replay without this step.
    if (patched('withdrawal-stops-transfers')) {
      // Added after withdrawals were already recorded: a transfer step accepted before the withdrawal finishes first,
      // so the step sees every transfer as it is left (the validators refuse new ones while the case is withdrawn).
      if (patched('asset-transfers-in-workflow')) await condition(() => transferStepsRunning === 0);
      await step('stop-transfers', async () => {
        const outcome = await activities.stopPendingTransfers({
          caseId: state.caseId,
          reason: 'consent withdrawn',
          by: withdrawal.by.name,
        });
        // The timeline says which transfers were cancelled and which stand (already under way or confirmed).
        return { cancelled: outcome.cancelled, standing: outcome.standing };
      });
    }
    if (state.preArrivalNoticeSentAt) {
      await step('notify-partner', async () => {
        await notify({
          key: `${updateId}:notify-partner`,
          caseId: state.caseId,
          audience: ['partner_focal_point'],
          template: 'consent_withdrawn',
          data: data({ reason: withdrawal.reason }),
        });
        return {};
      });
    }
    state = closeAsWithdrawn(state, now());
    await project(`${updateId}:closed`, 'case_closed', withdrawal.by, {
      outcome: 'withdrawn',
      reason: withdrawal.reason,
    });
    // Added after cases were already running: a withdrawal recorded before this change replays without the message.
    if (patched('withdrawal-confirmed-to-counsellor')) {
      await notify({
        key: `${updateId}:confirm-counsellor`,
        caseId: state.caseId,
        audience: ['counsellor'],
        template: 'withdrawal_completed',
        data: data({ steps: describeSteps(state.withdrawal?.completedSteps ?? []) }),
      });
    }
  };

  /** The partner hears of the case once consent and travel documents are in place, before anything is booked. */
  const sendPreArrivalNoticeWhenDue = async (): Promise<void> => {
    if (state.preArrivalNoticeSentAt || state.closed || state.withdrawal) return;
    if (!['pre_departure', 'booking', 'departure'].includes(deriveStage(state, today()))) return;
    // Added after cases were already running: a notice sent during a hold replays as it was sent.
    if (state.protectionHold.active && patched('no-partner-notice-during-hold')) return;
    // The notice goes to the partner's team address: it names a child or a trafficking victim only with that person's
    // consent to share data with the partner; the others' needs are in the case file, read by the partner under audit.
    const flagged = travellers(state).filter((p) => isUnaccompaniedChild(p) || isTraffickingVictim(p));
    const gates = flagged
      .filter((p) => state.dataSharingConsent[p.id])
      .map((p) => (isUnaccompaniedChild(p) ? `family assessment for ${p.name}` : `protection referral for ${p.name}`));
    if (flagged.some((p) => !state.dataSharingConsent[p.id]))
      gates.push('further reception needs recorded in the case file (sign in to read them)');
    state = { ...state, version: state.version + 1, preArrivalNoticeSentAt: now() };
    await notify({
      key: `${state.caseId}:pre-arrival-notice`,
      caseId: state.caseId,
      audience: ['partner_focal_point'],
      template: 'pre_arrival_notice',
      data: data({
        householdSize: String(travellers(state).length),
        regionOfReturn: input.opening.regionOfReturn,
        gates: gates.join('; '),
      }),
    });
    await project(`${state.caseId}:pre-arrival-notice`, 'pre_arrival_notice_sent', SYSTEM_ACTOR, {
      missingBeforeBooking: missingPreDepartureGates(state, today()),
    });
  };

  const fire = async (alert: CaseAlert): Promise<void> => {
    state = { ...state, version: state.version + 1, firedAlerts: [...state.firedAlerts, alert.key] };
    await notify({
      key: `${state.caseId}:${alert.key}`,
      caseId: state.caseId,
      audience: alert.audience,
      template: 'case_alert',
      data: data({ kind: alert.kind, what: alert.what, dueAt: alert.dueAt.slice(0, 16).replace('T', ' ') + ' UTC' }),
    });
    await project(`alert:${alert.key}`, alert.event ?? `${alert.kind}_sent`, SYSTEM_ACTOR, {
      what: alert.what,
      dueAt: alert.dueAt,
      to: alert.audience,
    });
  };

  /**
   * A grant tranche paid by the finance officer: the money is posted, then the payment recorded with its proof, each an
   * activity keyed by the tranche, so a crash between the two resumes at the second and nothing is paid twice.
   */
  const payTranche = async (request: TranchePaymentRequest) => {
    const input = { ...request, caseId: state.caseId };
    let paid;
    try {
      await activities.postTranchePayment(input);
      paid = await activities.confirmTranchePayment(input);
    } catch (error) {
      // A refusal of the rules (the tranche still waits on its milestone, another proof) fails the update, not the case.
      if (
        error instanceof ActivityFailure &&
        error.cause instanceof ApplicationFailure &&
        error.cause.type?.startsWith(REFUSAL_PREFIX)
      ) {
        throw ApplicationFailure.create({ type: error.cause.type, message: error.cause.message, nonRetryable: true });
      }
      throw error;
    }
    state = { ...state, version: state.version + 1 };
    await project(`grant-tranche:${paid.trancheId}:paid`, 'grant_tranche_paid', request.actor, { ...paid });
    return paid;
  };

  /** A refusal inside a money activity (a rule says no, under the row lock) fails the update, not the case. */
  const refusalsFailTheUpdate = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (
        error instanceof ActivityFailure &&
        error.cause instanceof ApplicationFailure &&
        error.cause.type?.startsWith(REFUSAL_PREFIX)
      ) {
        throw ApplicationFailure.create({ type: error.cause.type, message: error.cause.message, nonRetryable: true });
      }
      throw error;
    }
  };

  /** Runs an asset transfer's money step, counted so that the withdrawal's stop-transfers step waits for it. */
  const transferStep = async <T>(run: () => Promise<T>): Promise<T> => {
    transferStepsRunning++;
    try {
      return await refusalsFailTheUpdate(run);
    } finally {
      transferStepsRunning--;
    }
  };

  /** The finance officer sends a pending transfer to its provider: one activity keyed by the transfer and attempt. */
  const initiateTransfer = async (request: InitiateTransferRequest) => {
    const done = await transferStep(() => activities.initiateAssetTransfer({ ...request, caseId: state.caseId }));
    if (patched('asset-transfers-in-workflow')) {
      state = { ...state, version: state.version + 1 };
      await project(
        `asset-transfer:${done.transferId}:initiated:${done.attempt}`,
        'asset_transfer_initiated',
        request.actor,
        { ...done },
      );
    }
    return done;
  };

  /**
   * The finance officer confirms a transfer with its reference: the money is posted, then the transfer marked
   * confirmed, each an activity keyed by the transfer, so a crash between the two resumes at the second and the
   * money is recorded as paid out once.
   */
  const confirmTransfer = async (request: ConfirmTransferRequest) => {
    const input = { ...request, caseId: state.caseId };
    const done = await transferStep(async () => {
      await activities.postAssetTransfer(input);
      return activities.confirmAssetTransfer(input);
    });
    if (patched('asset-transfers-in-workflow')) {
      state = { ...state, version: state.version + 1 };
      await project(`asset-transfer:${done.transferId}:confirmed`, 'asset_transfer_confirmed', request.actor, {
        ...done,
      });
    }
    return done;
  };

  /** Refusals that need no database: the role, the request's shape, and a withdrawn consent. They never enter history. */
  const validateTransferStep = (
    command: 'initiate' | 'confirm',
    request: { transferId?: unknown; actor?: Actor; providerReference?: unknown },
  ) => {
    const refuse = (code: string, message: string) =>
      ApplicationFailure.create({ type: `${REFUSAL_PREFIX}${code}`, message, nonRetryable: true });
    const roleRefusal = transferRoleRefusal((request?.actor ?? { role: 'unknown' }) as Pick<Actor, 'role'>, command);
    if (roleRefusal) throw refuse(roleRefusal.code, roleRefusal.message);
    if (typeof request?.transferId !== 'string') throw refuse('bad_request', 'A transfer step names its transfer.');
    if (
      command === 'confirm' &&
      (typeof request.providerReference !== 'string' || request.providerReference.trim() === '')
    ) {
      throw refuse('provider_reference_required', 'A transfer is confirmed with the bank or provider reference.');
    }
    // Transfers not yet initiated are cancelled when consent is withdrawn; none is sent afterwards.
    if (command === 'initiate' && state.withdrawal) {
      throw refuse(
        'consent_withdrawn',
        'Consent was withdrawn; transfers not yet initiated are cancelled and none is sent now.',
      );
    }
    // An initiated transfer stands and can be confirmed, but not while the withdrawal's steps run: a moment later.
    if (command === 'confirm' && state.withdrawal && !state.closed) {
      throw refuse(
        'withdrawal_in_progress',
        'Consent was withdrawn and the case is being closed; confirm the transfer in a moment.',
      );
    }
  };

  setHandler(initiateAssetTransferUpdate, initiateTransfer, {
    validator: (request) => validateTransferStep('initiate', request),
  });
  setHandler(confirmAssetTransferUpdate, confirmTransfer, {
    validator: (request) => validateTransferStep('confirm', request),
  });
  setHandler(payGrantTrancheUpdate, payTranche, {
    validator: (request) => {
      const refusal = grantRoleRefusal(request?.actor ?? { role: 'unknown' }, 'pay');
      if (refusal)
        throw ApplicationFailure.create({
          type: `${REFUSAL_PREFIX}${refusal.code}`,
          message: refusal.message,
          nonRetryable: true,
        });
      if (
        typeof request.trancheId !== 'string' ||
        typeof request.proof?.reference !== 'string' ||
        request.proof.reference.trim() === ''
      ) {
        throw ApplicationFailure.create({
          type: `${REFUSAL_PREFIX}bad_request`,
          message: 'A payment names its tranche and its proof of payment.',
          nonRetryable: true,
        });
      }
    },
  });
  setHandler(caseSnapshotQuery, snapshot);
  for (const type of CASE_ACTION_TYPES) {
    setHandler(caseActionUpdates[type], handle, { validator: (request) => validate(type, request) });
  }

  if (!input.carriedOver) {
    // Intake happened when the counsellor opened the case; actions may already be arriving, so date it then.
    await project(
      'intake',
      'intake_recorded',
      { id: input.counsellor.email, name: input.counsellor.name, role: 'counsellor' },
      {
        reference: state.reference,
        hostOffice: state.hostOffice,
        countryOfReturn: state.countryOfReturn,
        householdSize: state.people.length,
      },
      input.opening.openedAt,
    );
    await notify({
      key: `${state.caseId}:case-assigned`,
      caseId: state.caseId,
      audience: ['counsellor'],
      template: 'case_assigned',
      data: data({ hostOffice: state.hostOffice, counsellorName: input.counsellor.name }),
    });
    if (state.protectionHold.active) {
      await notify({
        key: `${state.caseId}:intake-hold`,
        caseId: state.caseId,
        audience: ['supervisor', 'counsellor'],
        template: 'protection_hold_placed',
        data: data({ reasons: state.protectionHold.reasons.join('; ') }),
      });
    }
  }

  /**
   * The timer of the next alert, kept while its due time stands: an action that leaves the due time as it was no
   * longer cancels the timer and starts another (two commands and two events).
   */
  let alarm: { at: number; rang: boolean; scope: CancellationScope } | undefined;
  const setAlarm = (at: number) => {
    if (alarm && alarm.at === at && !alarm.rang) return alarm;
    dropAlarm();
    const scope = new CancellationScope();
    const set = { at, rang: false, scope };
    scope
      .run(() => sleep(at - clock().getTime()))
      .then(
        () => (set.rang = true),
        () => undefined, // cancelled: the due time moved, or no alert is pending any more
      );
    alarm = set;
    return set;
  };
  const dropAlarm = () => {
    if (alarm && !alarm.rang) alarm.scope.cancel();
    alarm = undefined;
  };

  // The case sleeps between actions and alerts; a closed case stays open for a reopening for a while, then ends.
  for (;;) {
    const version = state.version;
    if (state.closed) {
      dropAlarm();
      const reopened = await condition(() => state.version !== version, timings.closedCaseReopenWindowMs);
      if (!reopened) break;
      continue;
    }
    const next = pendingAlerts(state, timings)[0];
    if (next && Date.parse(next.at) <= clock().getTime()) {
      await fire(next);
      continue;
    }
    const wake = () => state.version !== version || workflowInfo().continueAsNewSuggested;
    // Added after cases were already running: their history up to now replays with a timer per wait.
    if (next && patched('alert-timer-kept')) {
      const set = setAlarm(Date.parse(next.at));
      await condition(() => wake() || set.rang);
      if (!wake()) await fire(next);
    } else if (next) {
      const changed = await condition(wake, Date.parse(next.at) - clock().getTime());
      if (!changed) await fire(next);
    } else {
      dropAlarm();
      await condition(wake);
    }
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof returnCaseWorkflow>({
        ...input,
        carriedOver: { state, stage, appliedUpdateIds: [...applied].slice(-REMEMBERED_UPDATE_IDS) },
      });
    }
  }
  await condition(allHandlersFinished);
}

/** The non-retryable failure of an activity that is not a refusal of the rules: retrying it can never succeed. */
function permanentFailure(error: unknown): ApplicationFailure | undefined {
  // A normal activity's failure reaches the workflow wrapped in an ActivityFailure; a local activity's arrives as the
  // activity's own error, unwrapped (so a permanent failure of one failed the whole workflow before this).
  const cause = error instanceof ActivityFailure ? error.cause : error;
  if (!(cause instanceof ApplicationFailure)) return undefined;
  return cause.nonRetryable && !cause.type?.startsWith(REFUSAL_PREFIX) ? cause : undefined;
}

function describeSteps(steps: string[]): string {
  const words: Record<string, string> = {
    'cancel-booking': 'the booking was cancelled',
    'stop-transfers': 'transfers not yet under way were cancelled',
    'notify-partner': 'the partner was told',
  };
  return steps.length > 0 ? steps.map((s) => words[s] ?? s).join('; ') : 'nothing was under way';
}

/**
 * The action as this run applies it. A hold review says when its day begins in the reviewer's time zone since the
 * patch below; a worker from before the patch read the day as beginning at midnight UTC, so a review it applied
 * replays without that instant (and its timer) whatever the API sent.
 */
function asRecorded(action: CaseAction): CaseAction {
  if (action.type !== 'review_protection_hold' || action.nextReviewAt === undefined) return action;
  if (patched('hold-review-in-reviewers-time-zone')) return action;
  const { nextReviewAt: _dropped, ...recorded } = action;
  return recorded;
}
