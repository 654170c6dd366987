import { randomUUID } from 'node:crypto';
import { ACTORS, isoDay, type ActorName } from '../../test/support/case-driver';
import { householdRequest } from '../../test/support/fixtures';
import { request, type HttpReply } from '../../test/support/http';
import type { CaseState } from '@avrr/domain';
import { sleep } from './services';

/** One answer (or none) the load got, labelled with the fault in force when it was sent. */
export interface Sample {
  fault: string;
  status: string;
  ms: number;
}

/** An action the API acknowledged with a 2xx: it must be in the workflow's state and the read model at the end. */
export interface Acked {
  caseId: string;
  step: string;
  /** The fault in force when it was acknowledged. */
  fault: string;
  check: Check;
}

/** Whether a case state (the workflow's, or the read model's copy of it) shows the action, exactly once. */
export type Check = (state: Partial<CaseState>) => boolean;
interface Step {
  name: string;
  path: string;
  as: ActorName;
  body: unknown;
  check: Check;
}

// A client gives up well after the slowest honest answer, so that a hang is measured rather than waited out.
const CLIENT_PATIENCE_MS = 30_000;
// How long a client keeps retrying one action (with the same Idempotency-Key) through a fault.
const STEP_PATIENCE_MS = 120_000;
const STEP_PAUSE_MS = 300;

/** A transfer the API confirmed with a 2xx: its asset, its posting and its status must be there, once, at the end. */
export interface AckedTransfer {
  caseId: string;
  assetId: string;
  transferId: string;
  idempotencyKey: string;
  amountMinor: string;
  fault: string;
}

/** What each case moves through finance: savings declared, verified, sent by mobile money and confirmed. */
const SAVINGS_MINOR = '150000';

/**
 * A steady, bounded load: `clients` counsellors, logistics and finance officers each drive cases from intake to a
 * booked flight with the household's savings transferred, retrying a 503 or a refused connection with the same
 * Idempotency-Key, and reading the case between steps.
 */
export class Load {
  readonly samples: Sample[] = [];
  readonly acked: Acked[] = [];
  readonly transfers: AckedTransfer[] = [];
  readonly cases: Array<{ id: string; people: string[] }> = [];
  readonly refusals: string[] = [];
  /** Requests that got no answer for another reason than a refused connection, with the reason. */
  readonly networkErrors: string[] = [];
  fault = 'warm-up';
  private running = true;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly baseUrl: () => string,
    private readonly clients: number,
    private readonly maxCases: number,
  ) {}

  start(): void {
    this.loops = Array.from({ length: this.clients }, () => this.loop());
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async send(method: string, path: string, as: ActorName, body?: unknown, key?: string) {
    const fault = this.fault;
    const began = Date.now();
    try {
      const reply = await request(
        this.baseUrl(),
        method,
        path,
        body,
        { ...ACTORS[as], ...(key ? { 'Idempotency-Key': key } : {}) },
        AbortSignal.timeout(CLIENT_PATIENCE_MS),
      );
      this.samples.push({ fault, status: String(reply.status), ms: Date.now() - began });
      return reply;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      const status = (error as Error).name === 'TimeoutError' ? 'hung' : (cause ?? 'network');
      if (status !== 'ECONNREFUSED')
        this.networkErrors.push(
          `${this.fault} (sent during ${fault}): ${method} ${path}: ${String((error as { cause?: unknown }).cause ?? error)}`,
        );
      // A request cut off by a fault belongs to the fault in force when it failed (an API killed mid-request).
      this.samples.push({ fault: this.fault, status, ms: Date.now() - began });
      return undefined;
    }
  }

  /** Sends until answered 2xx, or a 4xx other than "not ready yet"; the same key on every attempt. */
  private async until2xx(
    method: string,
    path: string,
    as: ActorName,
    body: unknown,
    key: string = randomUUID(),
  ): Promise<HttpReply['body']> {
    const deadline = Date.now() + STEP_PATIENCE_MS;
    while (this.running || Date.now() < deadline) {
      const reply = await this.send(method, path, as, body, key);
      if (reply && reply.status < 300) return reply.body;
      // 409: the workflow is still starting (intake during an outage); 503 and no answer: a fault.
      if (reply && reply.status !== 503 && reply.status !== 409) {
        this.refusals.push(`${path} ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`);
        return undefined;
      }
      if (Date.now() > deadline) {
        this.refusals.push(`${path}: still ${reply?.status ?? 'unanswered'} after ${STEP_PATIENCE_MS} ms`);
        return undefined;
      }
      await sleep(500);
    }
    return undefined;
  }

  private async loop(): Promise<void> {
    while (this.running && this.cases.length < this.maxCases) {
      const opened = await this.until2xx('POST', '/cases', 'counsellor', householdRequest());
      if (!opened) continue;
      const people: Array<{ id: string; dateOfBirth: string; vulnerabilities: string[] }> = [
        opened.principal,
        ...opened.household,
      ];
      this.cases.push({ id: opened.id, people: people.map((p) => p.id) });
      for (const step of lifecycle(people)) {
        if (!this.running) return;
        const done = await this.until2xx('POST', `/cases/${opened.id}/${step.path}`, step.as, step.body);
        if (!done) break;
        this.acked.push({ caseId: opened.id, step: step.name, fault: this.fault, check: step.check });
        await this.send('GET', `/cases/${opened.id}`, 'supervisor');
        await this.send('GET', `/cases/${opened.id}/timeline`, 'supervisor');
        // A steady pace rather than as fast as it goes, so that the cases last through every fault.
        await sleep(STEP_PAUSE_MS);
      }
      if (this.running) await this.savings(opened.id, people[0].id);
    }
  }

  /** The principal's savings: declared, verified, instructed, initiated and confirmed, each step keyed. */
  private async savings(caseId: string, personId: string): Promise<void> {
    const base = `/cases/${caseId}`;
    // A read of the money after each step, as the lifecycle reads the case.
    const readBack = () => this.send('GET', `${base}/assets`, 'finance');
    const asset = await this.until2xx('POST', `${base}/assets`, 'counsellor', {
      personId,
      kind: 'bank_savings',
      amountMinor: SAVINGS_MINOR,
      currency: 'XOF',
      evidenceDocuments: ['doc:bank-statement'],
    });
    if (!asset) return;
    await readBack();
    if (!(await this.until2xx('POST', `${base}/assets/${asset.id}/verify`, 'finance', {}))) return;
    await readBack();
    const idempotencyKey = randomUUID();
    const transfer = await this.until2xx(
      'POST',
      `${base}/assets/${asset.id}/transfers`,
      'finance',
      {
        destinationKind: 'mobile_money',
        destination: { operator: 'Orange Money', number: '+221 77 123 45 67' },
        amountMinor: SAVINGS_MINOR,
        currency: 'XOF',
      },
      idempotencyKey,
    );
    if (!transfer) return;
    await readBack();
    if (!(await this.until2xx('POST', `${base}/transfers/${transfer.id}/initiate`, 'finance', {}))) return;
    await readBack();
    const confirmed = await this.until2xx('POST', `${base}/transfers/${transfer.id}/confirm`, 'finance', {
      providerReference: `OM-${transfer.id.slice(0, 8)}`,
    });
    if (confirmed)
      this.transfers.push({
        caseId,
        assetId: asset.id,
        transferId: transfer.id,
        idempotencyKey,
        amountMinor: SAVINGS_MINOR,
        fault: this.fault,
      });
  }
}

/** From counselling to a booked flight, for the standard household (a mother and two children, one with medical needs). */
function lifecycle(people: Array<{ id: string; dateOfBirth: string; vulnerabilities: string[] }>): Step[] {
  const adults = people.filter((p) => p.dateOfBirth < `${Number(isoDay(0).slice(0, 4)) - 18}${isoDay(0).slice(4)}`);
  const departs = new Date(Date.now() + 10 * 86_400_000);
  departs.setUTCHours(10, 0, 0, 0);
  const steps: Step[] = [
    {
      name: 'counselling',
      path: 'counselling-sessions',
      as: 'counsellor',
      body: {
        heldOn: isoDay(0),
        language: 'fr',
        interpreter: null,
        optionsDiscussed: ['legal_stay', 'onward_migration', 'return'],
        countryInformationProvided: true,
        informedChoiceConfirmed: true,
      },
      // Exactly one: a retried action must never act twice.
      check: (s) => s.counselling?.sessions?.length === 1,
    },
    {
      name: 'screening',
      path: 'screening',
      as: 'counsellor',
      body: { eligible: true, asylumClaimPending: false, fearOfReturn: false },
      check: (s) => s.screening != null && s.screening.eligible !== false,
    },
  ];
  for (const p of adults)
    steps.push({
      name: 'consent',
      path: 'consents',
      as: 'counsellor',
      body: {
        personId: p.id,
        formVersion: 'AVRR-DECL-2026-01',
        language: 'fr',
        signedOn: isoDay(0),
        witness: 'Jeanne Roux',
        signedBy: 'self',
        shareDataWithPartner: true,
      },
      check: (s) => s.consents?.[p.id]?.length === 1,
    });
  for (const p of people) {
    steps.push({
      name: 'document-request',
      path: 'travel-documents/requests',
      as: 'logistics',
      body: { personId: p.id, consulate: 'Consulate General of Senegal, Paris' },
      check: (s) => s.travelDocuments?.[p.id] != null,
    });
    steps.push({
      name: 'document-issued',
      path: 'travel-documents/issued',
      as: 'logistics',
      body: {
        personId: p.id,
        documentType: 'emergency_travel_document',
        number: `ETD-${p.id.slice(0, 6)}`,
        expiresOn: isoDay(365),
      },
      check: (s) => s.travelDocuments?.[p.id]?.held?.number === `ETD-${p.id.slice(0, 6)}`,
    });
  }
  for (const p of people.filter((p) => p.vulnerabilities.includes('medical_needs')))
    steps.push({
      name: 'medical',
      path: 'medical-clearances',
      as: 'logistics',
      body: { personId: p.id, fitToTravel: true, certificateValidUntil: isoDay(60), escortRequired: false },
      check: (s) => s.medical?.[p.id] != null,
    });
  steps.push({
    name: 'booking',
    path: 'booking',
    as: 'logistics',
    body: {
      reference: 'XK7P2Q',
      segments: [
        {
          from: 'CDG',
          to: 'DSS',
          carrier: 'AF',
          flightNumber: '718',
          departsAt: departs.toISOString(),
          arrivesAt: new Date(departs.getTime() + 6 * 3_600_000).toISOString(),
        },
      ],
      passengerIds: people.map((p) => p.id),
    },
    check: (s) => s.booking?.reference === 'XK7P2Q',
  });
  return steps;
}
