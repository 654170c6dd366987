// Over 400 lines: the questionnaire's fifteen indicators as data, beside the scoring that reads them.
/**
 * Scoring of the reintegration sustainability survey, modelled on IOM's Reintegration Sustainability Survey
 * (MEASURE project, Samuel Hall / IOM 2017): 15 indicators over the economic, social and psychosocial dimensions.
 *
 * - The questionnaire (questions, answer options and their recoding) is versioned data, `SUSTAINABILITY_QUESTIONNAIRE`.
 *   Each option sits at a position from 0 to 1 on the question's own scale; a reversed item is a question asked in
 *   the negative ("how often did you have to eat less?"), so its recoded value is 1 minus the position.
 * - The weights are configuration, not code: a versioned weight set (JSON under `config/sustainability-weights/`)
 *   passed in by the caller and validated here. A published weight set is never edited; a new one gets a new version.
 * - A dimension score is the weighted mean of its answered indicators, the weights renormalised over what was
 *   answered. A dimension whose unanswered weight exceeds the set's `maxMissingWeightShare` is refused. The composite
 *   is the weighted sum of the three dimension scores with the set's dimension weights.
 * - Precision: scores are returned and meant to be stored at full double precision (clamped into [0, 1] against
 *   float drift); round only for display, with `roundScoreForDisplay` (3 decimals).
 */
import { DomainError, type FieldViolation } from '../errors/domain-error';

export const SUSTAINABILITY_DIMENSIONS = ['economic', 'social', 'psychosocial'] as const;
export type SustainabilityDimension = (typeof SUSTAINABILITY_DIMENSIONS)[number];

/** One answer option. `value` is its position on the question's own scale; `null` means "not applicable" (missing). */
export interface SurveyAnswerOption {
  code: string;
  label: string;
  value: number | null;
}

export interface SustainabilityIndicator {
  id: string;
  dimension: SustainabilityDimension;
  question: string;
  /** True when the question is asked in the negative: the recoded value is 1 - the option's value. */
  reversed: boolean;
  options: readonly SurveyAnswerOption[];
}

export interface SustainabilityQuestionnaire {
  version: string;
  indicators: readonly SustainabilityIndicator[];
}

/** Answer options at evenly spaced positions from 0 to 1 (first 0, last 1), in the order given. */
function scale(...options: ReadonlyArray<readonly [code: string, label: string]>): SurveyAnswerOption[] {
  return options.map(([code, label], i) => ({ code, label, value: i / (options.length - 1) }));
}

/** One row of the questionnaire: id, question, options, and whether it is asked in the negative. */
type IndicatorRow = readonly [id: string, question: string, options: readonly SurveyAnswerOption[], asked?: 'reversed'];

/** The indicators of one dimension, from its rows. */
function indicatorsOf(dimension: SustainabilityDimension, rows: readonly IndicatorRow[]): SustainabilityIndicator[] {
  return rows.map(([id, question, options, asked]) => ({
    id,
    dimension,
    question,
    reversed: asked === 'reversed',
    options,
  }));
}

const FREQUENCY = scale(
  ['never', 'Never'],
  ['rarely', 'Rarely'],
  ['sometimes', 'Sometimes'],
  ['often', 'Often'],
  ['very_often', 'Very often'],
);
const QUALITY = scale(
  ['very_poor', 'Very poor'],
  ['poor', 'Poor'],
  ['fair', 'Fair'],
  ['good', 'Good'],
  ['very_good', 'Very good'],
);
const NONE_SOME_ALL = scale(['none', 'None of them'], ['some', 'Some of them'], ['all', 'All of them']);

/**
 * The questionnaire, version `rss-2017-v1`: 5 indicators per dimension, worded after the IOM survey. Changing a
 * question or a recoding means a new version (and weight sets that name it), never an edit of this one.
 */
export const SUSTAINABILITY_QUESTIONNAIRE: SustainabilityQuestionnaire = {
  version: 'rss-2017-v1',
  indicators: [
    ...indicatorsOf('economic', [
      [
        'income_sources',
        'How many regular sources of income does your household have?',
        scale(['none', 'None'], ['one', 'One'], ['two_or_more', 'Two or more']),
      ],
      [
        'work_or_productive_assets',
        'Are you working, or do you own productive assets (land, livestock, tools, a business)?',
        scale(
          ['neither', 'Neither'],
          ['occasional_work_or_assets', 'Occasional work, or some productive assets'],
          ['regular_work_or_business', 'Regular work or an own business'],
        ),
      ],
      [
        'debt',
        "How large are your household's debts compared with what it spends in a month?",
        scale(
          ['none', 'No debts'],
          ['under_one_month', 'Less than one month of spending'],
          ['one_to_three_months', 'One to three months'],
          ['three_to_six_months', 'Three to six months'],
          ['over_six_months', 'More than six months'],
        ),
        'reversed',
      ],
      [
        'food_reduction',
        'In the last month, how often did your household have to eat less or cheaper food for lack of money?',
        FREQUENCY,
        'reversed',
      ],
      [
        'economic_satisfaction',
        'How satisfied are you with your current economic situation?',
        scale(
          ['very_dissatisfied', 'Very dissatisfied'],
          ['dissatisfied', 'Dissatisfied'],
          ['neutral', 'Neither satisfied nor dissatisfied'],
          ['satisfied', 'Satisfied'],
          ['very_satisfied', 'Very satisfied'],
        ),
      ],
    ]),
    ...indicatorsOf('social', [
      ['housing_access', "How would you rate your household's access to adequate housing?", QUALITY],
      [
        'children_schooling',
        'Do the school-age children of your household go to school?',
        [...NONE_SOME_ALL, { code: 'no_school_age_children', label: 'No school-age children', value: null }],
      ],
      [
        'justice_access',
        'How would you rate access to justice and law enforcement (police, courts, mediation) where you live?',
        QUALITY,
      ],
      ['identity_documents', 'Do you and the members of your household hold identity documents?', NONE_SOME_ALL],
      ['health_access', 'How would you rate access to health services where you live?', QUALITY],
    ]),
    ...indicatorsOf('psychosocial', [
      [
        'community_participation',
        'How often do you take part in social or community activities (celebrations, associations, worship)?',
        FREQUENCY,
      ],
      [
        'discrimination',
        'How often do you feel discriminated against or treated badly in your community?',
        FREQUENCY,
        'reversed',
      ],
      [
        'distress',
        'How often do you feel anger, sadness, fear, stress or hopelessness that affects your daily life?',
        FREQUENCY,
        'reversed',
      ],
      [
        'remigration_need',
        'Do you feel you need to migrate again to make a living or to be safe?',
        scale(['no', 'No'], ['not_sure', 'Not sure'], ['yes', 'Yes']),
        'reversed',
      ],
      [
        'support_network',
        'If you needed help, could you count on people around you (family, friends, community)?',
        scale(['no_one', 'No one'], ['a_few', 'A few people'], ['many', 'Many people']),
      ],
    ]),
  ],
};

/** A versioned weight set, as kept in `config/sustainability-weights/<version>.json`. */
export interface SustainabilityWeightSet {
  version: string;
  /** The questionnaire version the weights are for. */
  questionnaire: string;
  /** A dimension is refused when more than this share of its indicator weight is unanswered (0 <= x < 1). */
  maxMissingWeightShare: number;
  /** Per dimension: its weight in the composite (the three sum to 1) and its indicator weights (summing to 1). */
  dimensions: Record<SustainabilityDimension, { weight: number; indicators: Record<string, number> }>;
  /** Free text kept with the set (source, status); not used in scoring. */
  note?: string;
  illustrative?: boolean;
}

/** Raw answers: the chosen option code per indicator id. Absent, `null` or `undefined` means not answered. */
export type SustainabilityAnswers = Readonly<Record<string, string | null | undefined>>;

export interface SustainabilityDimensionScore {
  /** The weighted mean of the answered indicators, in [0, 1]. */
  score: number;
  /** The dimension's weight in the composite. */
  weight: number;
  /** Share of the dimension's indicator weight that was unanswered (or not applicable), in [0, 1]. */
  missingWeightShare: number;
  /** Indicators with a positive weight that were unanswered or not applicable, in questionnaire order. */
  missingIndicators: string[];
}

export interface SustainabilityScores {
  weightSetVersion: string;
  questionnaireVersion: string;
  /** The four scores to store with the follow-up, full precision, each in [0, 1]. */
  scores: { economic: number; social: number; psychosocial: number; composite: number };
  dimensions: Record<SustainabilityDimension, SustainabilityDimensionScore>;
  /** The recoded value (0 to 1, reversal applied) of every answered indicator, weighted or not. */
  recoded: Record<string, number>;
}

/** Weights that should sum to 1 may be off by this much (decimal weights such as 0.15 + 0.25 are not exact). */
export const SURVEY_WEIGHT_SUM_TOLERANCE = 1e-6;
/** A missing share within this of the threshold counts as at the threshold (0.15 + 0.25 is 0.4, not refused). */
const THRESHOLD_EPSILON = 1e-9;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWeight = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Every reason the raw weight set (parsed JSON) cannot be used with the questionnaire; empty when it can. */
export function validateSustainabilityWeightSet(
  raw: unknown,
  questionnaire: SustainabilityQuestionnaire = SUSTAINABILITY_QUESTIONNAIRE,
): FieldViolation[] {
  const violations: FieldViolation[] = [];
  const bad = (field: string, reason: string) => violations.push({ field, reason });
  if (!isRecord(raw)) return [{ field: '', reason: 'must be an object' }];

  if (typeof raw.version !== 'string' || raw.version.trim() === '') bad('version', 'must be a non-empty string');
  if (raw.questionnaire !== questionnaire.version) {
    bad(
      'questionnaire',
      `must be "${questionnaire.version}", the questionnaire being scored (got ${JSON.stringify(raw.questionnaire)})`,
    );
  }
  const max = raw.maxMissingWeightShare;
  if (typeof max !== 'number' || !Number.isFinite(max) || max < 0 || max >= 1) {
    bad('maxMissingWeightShare', 'must be a number from 0 (nothing may be missing) up to, but not including, 1');
  }
  if (!isRecord(raw.dimensions)) {
    bad('dimensions', 'must be an object with economic, social and psychosocial');
    return violations;
  }
  const dims = raw.dimensions;
  for (const key of Object.keys(dims)) {
    if (!(SUSTAINABILITY_DIMENSIONS as readonly string[]).includes(key)) bad(`dimensions.${key}`, 'is not a dimension');
  }
  const indicatorById = new Map(questionnaire.indicators.map((i) => [i.id, i]));
  let dimensionSum = 0;
  for (const dim of SUSTAINABILITY_DIMENSIONS) {
    const d = dims[dim];
    if (!isRecord(d)) {
      bad(`dimensions.${dim}`, 'is missing');
      continue;
    }
    if (!isWeight(d.weight)) bad(`dimensions.${dim}.weight`, 'must be a non-negative number');
    else dimensionSum += d.weight;
    if (!isRecord(d.indicators)) {
      bad(`dimensions.${dim}.indicators`, 'must be an object of indicator id to weight');
      continue;
    }
    let indicatorSum = 0;
    for (const [id, w] of Object.entries(d.indicators)) {
      const field = `dimensions.${dim}.indicators.${id}`;
      const indicator = indicatorById.get(id);
      if (!indicator) bad(field, `is not an indicator of questionnaire ${questionnaire.version}`);
      else if (indicator.dimension !== dim) bad(field, `belongs to the ${indicator.dimension} dimension`);
      if (!isWeight(w)) bad(field, 'must be a non-negative number');
      else indicatorSum += w;
    }
    if (Math.abs(indicatorSum - 1) > SURVEY_WEIGHT_SUM_TOLERANCE) {
      bad(
        `dimensions.${dim}.indicators`,
        `weights must sum to 1 (they sum to ${Number(indicatorSum.toPrecision(12))})`,
      );
    }
  }
  if (Math.abs(dimensionSum - 1) > SURVEY_WEIGHT_SUM_TOLERANCE) {
    bad('dimensions', `the dimension weights must sum to 1 (they sum to ${Number(dimensionSum.toPrecision(12))})`);
  }
  return violations;
}

/** The weight set, checked; throws `survey_weight_set_invalid` (with the violations) otherwise. */
export function parseSustainabilityWeightSet(
  raw: unknown,
  questionnaire: SustainabilityQuestionnaire = SUSTAINABILITY_QUESTIONNAIRE,
): SustainabilityWeightSet {
  const violations = validateSustainabilityWeightSet(raw, questionnaire);
  if (violations.length > 0) {
    const version = isRecord(raw) && typeof raw.version === 'string' ? ` "${raw.version}"` : '';
    throw new DomainError(
      'survey_weight_set_invalid',
      `The sustainability weight set${version} cannot be used: ${violations.map((v) => `${v.field} ${v.reason}`.trim()).join('; ')}.`,
      { violations },
    );
  }
  return raw as unknown as SustainabilityWeightSet;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Scores one follow-up survey. Throws `survey_weight_set_invalid` for a bad weight set, `survey_answers_invalid`
 * for an unknown indicator or option, and `survey_dimension_incomplete` (naming each such dimension) when a
 * dimension has more than `maxMissingWeightShare` of its weight unanswered.
 */
export function scoreSustainabilitySurvey(
  weightSet: SustainabilityWeightSet,
  answers: SustainabilityAnswers,
  questionnaire: SustainabilityQuestionnaire = SUSTAINABILITY_QUESTIONNAIRE,
): SustainabilityScores {
  const set = parseSustainabilityWeightSet(weightSet, questionnaire);
  const indicatorById = new Map(questionnaire.indicators.map((i) => [i.id, i]));

  const recoded: Record<string, number> = {};
  const violations: FieldViolation[] = [];
  for (const [id, code] of Object.entries(answers)) {
    if (code === null || code === undefined) continue;
    const indicator = indicatorById.get(id);
    if (!indicator) {
      violations.push({ field: id, reason: `is not an indicator of questionnaire ${questionnaire.version}` });
      continue;
    }
    const option = indicator.options.find((o) => o.code === code);
    if (!option) {
      const allowed = indicator.options.map((o) => o.code).join(', ');
      violations.push({ field: id, reason: `has no answer "${String(code)}" (one of: ${allowed})` });
      continue;
    }
    if (option.value !== null) recoded[id] = indicator.reversed ? 1 - option.value : option.value;
  }
  if (violations.length > 0) {
    throw new DomainError(
      'survey_answers_invalid',
      `The survey answers cannot be scored: ${violations.map((v) => `${v.field} ${v.reason}`).join('; ')}.`,
      { violations },
    );
  }

  const dimensions = {} as Record<SustainabilityDimension, SustainabilityDimensionScore>;
  const refused: Array<{
    dimension: SustainabilityDimension;
    missingWeightShare: number;
    missingIndicators: string[];
  }> = [];
  for (const dim of SUSTAINABILITY_DIMENSIONS) {
    const { weight, indicators } = set.dimensions[dim];
    let total = 0;
    let answered = 0;
    let weighted = 0;
    const missingIndicators: string[] = [];
    // Questionnaire order, so that sums (and any float rounding in them) do not depend on the JSON key order.
    for (const indicator of questionnaire.indicators) {
      const w = indicators[indicator.id] ?? 0;
      if (indicator.dimension !== dim || w === 0) continue;
      total += w;
      const value = recoded[indicator.id];
      if (value === undefined) missingIndicators.push(indicator.id);
      else {
        answered += w;
        weighted += w * value;
      }
    }
    const missingWeightShare = total > 0 ? clamp01(1 - answered / total) : 1;
    if (answered === 0 || missingWeightShare > set.maxMissingWeightShare + THRESHOLD_EPSILON) {
      refused.push({ dimension: dim, missingWeightShare, missingIndicators });
      continue;
    }
    dimensions[dim] = { score: clamp01(weighted / answered), weight, missingWeightShare, missingIndicators };
  }
  if (refused.length > 0) {
    const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
    const parts = refused.map(
      (r) =>
        `the ${r.dimension} dimension has ${pct(r.missingWeightShare)} of its weight unanswered (${r.missingIndicators.join(', ')})`,
    );
    throw new DomainError(
      'survey_dimension_incomplete',
      `The survey cannot be scored with weight set "${set.version}": ${parts.join('; ')}; ` +
        `at most ${pct(set.maxMissingWeightShare)} may be missing.`,
      { weightSetVersion: set.version, maxMissingWeightShare: set.maxMissingWeightShare, dimensions: refused },
    );
  }

  let composite = 0;
  for (const dim of SUSTAINABILITY_DIMENSIONS) composite += dimensions[dim].weight * dimensions[dim].score;
  return {
    weightSetVersion: set.version,
    questionnaireVersion: questionnaire.version,
    scores: {
      economic: dimensions.economic.score,
      social: dimensions.social.score,
      psychosocial: dimensions.psychosocial.score,
      composite: clamp01(composite),
    },
    dimensions,
    recoded,
  };
}
