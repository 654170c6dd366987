import { normaliseOccupationText } from '../occupation-text';
import type { ReintegrationOpportunity, OpportunityType } from './model';
import { Vocabulary } from './vocabulary';

const DAY_MS = 86_400_000;

export const TYPE_BIT: Readonly<Record<OpportunityType, number>> = {
  job: 1,
  apprenticeship: 2,
  vocational_training: 4,
  business_support: 8,
};
const normaliseLanguage = (raw: string) => raw.trim().toLowerCase();

export function parseExpiry(e: string): number {
  if (typeof e !== 'string') return Number.NEGATIVE_INFINITY;
  const ms = Date.parse(e);
  if (Number.isNaN(ms)) return Number.NEGATIVE_INFINITY;
  return e.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(e) ? ms + DAY_MS : ms;
}

/**
 * Opportunities prepared for matching: required skills, languages and regions normalised, de-duplicated and held as
 * integer ids in flat typed arrays, expiries parsed. Build it once when the list changes (an import, an edit) and
 * rank any number of returnees against it; `rankOpportunities` also takes a plain array and prepares it per call.
 * The catalogue is a snapshot: it reads places and codes from the opportunities given, and never changes them.
 */
export class OpportunityCatalogue {
  /** @internal */ readonly tags = new Vocabulary(normaliseOccupationText);
  /** @internal */ readonly langs = new Vocabulary(normaliseLanguage);
  /** @internal Opportunity k's required skill ids are skillIds[skillStart[k] .. skillStart[k + 1]). */
  readonly skillStart: Int32Array;
  /** @internal */ readonly skillIds: Int32Array;
  /** @internal */ readonly langStart: Int32Array;
  /** @internal */ readonly langIds: Int32Array;
  /** @internal */ readonly regionIds: Int32Array;
  /** @internal */ readonly typeBits: Uint8Array;
  /** @internal Epoch ms from which the opportunity is closed; -Infinity when the expiry cannot be read. */
  readonly closesAtMs: Float64Array;

  constructor(readonly opportunities: readonly ReintegrationOpportunity[]) {
    const n = opportunities.length;
    this.skillStart = new Int32Array(n + 1);
    this.langStart = new Int32Array(n + 1);
    this.regionIds = new Int32Array(n);
    this.typeBits = new Uint8Array(n);
    this.closesAtMs = new Float64Array(n);
    const skills: number[] = [];
    const langs: number[] = [];
    const expiries = new Map<string, number>(); // expiries repeat (often whole days): parse each text once
    for (let k = 0; k < n; k++) {
      const o = opportunities[k];
      pushDistinct(o.requiredSkills, this.tags, skills, this.skillStart[k]);
      this.skillStart[k + 1] = skills.length;
      pushDistinct(o.languages, this.langs, langs, this.langStart[k]);
      this.langStart[k + 1] = langs.length;
      this.regionIds[k] = this.tags.add(o.region ?? '');
      this.typeBits[k] = TYPE_BIT[o.type] ?? 0;
      let closesAt = expiries.get(o.expiresAt);
      if (closesAt === undefined) expiries.set(o.expiresAt, (closesAt = parseExpiry(o.expiresAt)));
      this.closesAtMs[k] = closesAt;
    }
    this.skillIds = Int32Array.from(skills);
    this.langIds = Int32Array.from(langs);
  }

  get size(): number {
    return this.opportunities.length;
  }

  /** Whether opportunity k takes people at `nowMs`: free places and not expired. */
  isOpen(k: number, nowMs: number): boolean {
    return this.opportunities[k].placesAvailable > 0 && nowMs < this.closesAtMs[k];
  }
}

/** Appends the distinct non-empty ids of `raws` to `out` (whose entries from `from` on belong to this opportunity). */
function pushDistinct(raws: readonly string[] | undefined, vocabulary: Vocabulary, out: number[], from: number): void {
  if (raws === undefined) return;
  for (let i = 0; i < raws.length; i++) {
    const id = vocabulary.add(raws[i]);
    if (id === 0) continue;
    let j = from;
    while (j < out.length && out[j] !== id) j++;
    if (j === out.length) out.push(id);
  }
}
