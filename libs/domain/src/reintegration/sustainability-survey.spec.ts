// Over 400 lines: hand-checked survey scores, each beside the answers it scores.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../errors/domain-error';
import { roundScoreForDisplay } from './score-rounding';
import {
  parseSustainabilityWeightSet,
  scoreSustainabilitySurvey,
  SUSTAINABILITY_DIMENSIONS,
  SUSTAINABILITY_QUESTIONNAIRE,
  type SustainabilityAnswers,
  type SustainabilityWeightSet,
  validateSustainabilityWeightSet,
} from './sustainability-survey';

const WEIGHTS_DIR = join(__dirname, '../../../../config/sustainability-weights');
const rawExample = (): any => JSON.parse(readFileSync(join(WEIGHTS_DIR, 'v1-example.json'), 'utf8'));
const EXAMPLE: SustainabilityWeightSet = parseSustainabilityWeightSet(rawExample());

/**
 * A fully answered survey. With the v1-example weights (economic 0.4, social 0.3, psychosocial 0.3):
 *
 * economic:     income_sources one 0.5 (w .2) | work regular 1 (w .25) | debt under_one_month 0.25 -> reversed 0.75 (w .15)
 *               | food_reduction sometimes 0.5 -> reversed 0.5 (w .2) | satisfaction satisfied 0.75 (w .2)
 *               = .1 + .25 + .1125 + .1 + .15 = 0.7125
 * social:       housing good 0.75 (w .25) | schooling some 0.5 (w .2) | justice fair 0.5 (w .15) | documents all 1 (w .2)
 *               | health poor 0.25 (w .2)
 *               = .1875 + .1 + .075 + .2 + .05 = 0.6125
 * psychosocial: participation often 0.75 | discrimination rarely 0.25 -> 0.75 | distress often 0.75 -> 0.25
 *               | remigration not_sure 0.5 -> 0.5 | support a_few 0.5, all w .2
 *               = .2 * (0.75 + 0.75 + 0.25 + 0.5 + 0.5) = .2 * 2.75 = 0.55
 * composite:    .4 * 0.7125 + .3 * 0.6125 + .3 * 0.55 = 0.285 + 0.18375 + 0.165 = 0.63375
 */
const FULL: SustainabilityAnswers = {
  income_sources: 'one',
  work_or_productive_assets: 'regular_work_or_business',
  debt: 'under_one_month',
  food_reduction: 'sometimes',
  economic_satisfaction: 'satisfied',
  housing_access: 'good',
  children_schooling: 'some',
  justice_access: 'fair',
  identity_documents: 'all',
  health_access: 'poor',
  community_participation: 'often',
  discrimination: 'rarely',
  distress: 'often',
  remigration_need: 'not_sure',
  support_network: 'a_few',
};

const without = (answers: SustainabilityAnswers, ...ids: string[]): SustainabilityAnswers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));

function domainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('the sustainability questionnaire', () => {
  it('has 15 indicators, 5 per dimension, with unique ids and options valued in [0, 1] or not applicable', () => {
    const { indicators } = SUSTAINABILITY_QUESTIONNAIRE;
    expect(indicators).toHaveLength(15);
    expect(new Set(indicators.map((i) => i.id)).size).toBe(15);
    for (const dim of SUSTAINABILITY_DIMENSIONS) expect(indicators.filter((i) => i.dimension === dim)).toHaveLength(5);
    for (const i of indicators) {
      expect(new Set(i.options.map((o) => o.code)).size).toBe(i.options.length);
      for (const o of i.options) if (o.value !== null) expect(o.value >= 0 && o.value <= 1).toBe(true);
      // Every item spans the whole scale, so a best answer recodes to 1 and a worst to 0.
      const values = i.options.map((o) => o.value).filter((v): v is number => v !== null);
      expect([Math.min(...values), Math.max(...values)]).toEqual([0, 1]);
    }
  });

  it('reverses exactly the negatively worded items', () => {
    const reversed = SUSTAINABILITY_QUESTIONNAIRE.indicators.filter((i) => i.reversed).map((i) => i.id);
    expect(reversed).toEqual(['debt', 'food_reduction', 'discrimination', 'distress', 'remigration_need']);
  });

  it('covers every indicator in the example weight set', () => {
    const weighted = SUSTAINABILITY_DIMENSIONS.flatMap((d) => Object.keys(EXAMPLE.dimensions[d].indicators)).sort();
    expect(weighted).toEqual(SUSTAINABILITY_QUESTIONNAIRE.indicators.map((i) => i.id).sort());
  });
});

describe('scoreSustainabilitySurvey', () => {
  it('scores a fully answered survey (hand-computed above)', () => {
    const result = scoreSustainabilitySurvey(EXAMPLE, FULL);
    expect(result.weightSetVersion).toBe('v1-example');
    expect(result.questionnaireVersion).toBe('rss-2017-v1');
    expect(result.scores.economic).toBeCloseTo(0.7125, 12);
    expect(result.scores.social).toBeCloseTo(0.6125, 12);
    expect(result.scores.psychosocial).toBeCloseTo(0.55, 12);
    expect(result.scores.composite).toBeCloseTo(0.63375, 12);
    for (const dim of SUSTAINABILITY_DIMENSIONS) {
      expect(result.dimensions[dim].missingWeightShare).toBe(0);
      expect(result.dimensions[dim].missingIndicators).toEqual([]);
    }
    expect(result.dimensions.economic.weight).toBe(0.4);
    // Rounded for display only: 0.6125 -> 0.613 (half up), 0.63375 -> 0.634.
    expect(roundScoreForDisplay(result.scores.social)).toBe(0.613);
    expect(roundScoreForDisplay(result.scores.composite)).toBe(0.634);
  });

  it('returns the recoded value of every answer, reversed items as 1 - position', () => {
    const { recoded } = scoreSustainabilitySurvey(EXAMPLE, FULL);
    expect(recoded).toEqual({
      income_sources: 0.5,
      work_or_productive_assets: 1,
      debt: 0.75,
      food_reduction: 0.5,
      economic_satisfaction: 0.75,
      housing_access: 0.75,
      children_schooling: 0.5,
      justice_access: 0.5,
      identity_documents: 1,
      health_access: 0.25,
      community_participation: 0.75,
      discrimination: 0.75,
      distress: 0.25,
      remigration_need: 0.5,
      support_network: 0.5,
    });
  });

  it.each([
    ['debt', 'none', 1],
    ['debt', 'over_six_months', 0],
    ['debt', 'three_to_six_months', 0.25],
    ['food_reduction', 'never', 1],
    ['food_reduction', 'very_often', 0],
    ['discrimination', 'often', 0.25],
    ['distress', 'never', 1],
    ['remigration_need', 'yes', 0],
    ['remigration_need', 'no', 1],
  ])('recodes the reversed item %s = %s to %d', (id, code, expected) => {
    expect(scoreSustainabilitySurvey(EXAMPLE, { ...FULL, [id]: code }).recoded[id]).toBe(expected);
  });

  it('moves the score the right way on a reversed item: no debt scores higher than heavy debt', () => {
    // debt weighs .15 of economic: from under_one_month (0.75) to none (1) adds .15 * .25 = 0.0375 -> 0.75;
    // to over_six_months (0) removes .15 * .75 = 0.1125 -> 0.6.
    expect(scoreSustainabilitySurvey(EXAMPLE, { ...FULL, debt: 'none' }).scores.economic).toBeCloseTo(0.75, 12);
    expect(scoreSustainabilitySurvey(EXAMPLE, { ...FULL, debt: 'over_six_months' }).scores.economic).toBeCloseTo(
      0.6,
      12,
    );
  });

  it('scores the best and worst answers to exactly 1 and 0', () => {
    const best: Record<string, string> = {};
    const worst: Record<string, string> = {};
    for (const i of SUSTAINABILITY_QUESTIONNAIRE.indicators) {
      const valued = i.options.filter((o) => o.value !== null);
      const lo = valued.reduce((a, b) => (b.value! < a.value! ? b : a));
      const hi = valued.reduce((a, b) => (b.value! > a.value! ? b : a));
      best[i.id] = i.reversed ? lo.code : hi.code;
      worst[i.id] = i.reversed ? hi.code : lo.code;
    }
    expect(scoreSustainabilitySurvey(EXAMPLE, best).scores).toEqual({
      economic: 1,
      social: 1,
      psychosocial: 1,
      composite: 1,
    });
    expect(scoreSustainabilitySurvey(EXAMPLE, worst).scores).toEqual({
      economic: 0,
      social: 0,
      psychosocial: 0,
      composite: 0,
    });
  });

  it('renormalises the weights over the answered indicators when answers are missing', () => {
    // Economic without debt (.15) and food_reduction (.2): missing .35 <= .4, answered weight .65.
    // (.2 * .5 + .25 * 1 + .2 * .75) / .65 = (.1 + .25 + .15) / .65 = .5 / .65 = 10/13 = 0.769230...
    // composite = .4 * 10/13 + .18375 + .165 = 0.307692... + 0.34875 = 0.656442...
    const result = scoreSustainabilitySurvey(EXAMPLE, without(FULL, 'debt', 'food_reduction'));
    expect(result.scores.economic).toBeCloseTo(10 / 13, 12);
    expect(result.dimensions.economic.missingWeightShare).toBeCloseTo(0.35, 12);
    expect(result.dimensions.economic.missingIndicators).toEqual(['debt', 'food_reduction']);
    expect(result.scores.social).toBeCloseTo(0.6125, 12);
    expect(result.scores.composite).toBeCloseTo(0.4 * (10 / 13) + 0.18375 + 0.165, 12);
    expect(result.recoded).not.toHaveProperty('debt');
  });

  it('treats null, undefined and "not applicable" answers as missing', () => {
    // Social without children_schooling (.2): (.1875 + .075 + .2 + .05) / .8 = .5125 / .8 = 0.640625.
    const expected = 0.640625;
    for (const answer of [null, undefined, 'no_school_age_children']) {
      const result = scoreSustainabilitySurvey(EXAMPLE, { ...FULL, children_schooling: answer });
      expect(result.scores.social).toBeCloseTo(expected, 12);
      expect(result.dimensions.social.missingIndicators).toEqual(['children_schooling']);
      expect(result.recoded).not.toHaveProperty('children_schooling');
    }
  });

  it('accepts a dimension missing exactly the threshold share (0.4)', () => {
    // Psychosocial without discrimination and distress: missing .2 + .2 = .4, not more than .4.
    // (.2 * .75 + .2 * .5 + .2 * .5) / .6 = .35 / .6 = 0.583333...
    const result = scoreSustainabilitySurvey(EXAMPLE, without(FULL, 'discrimination', 'distress'));
    expect(result.dimensions.psychosocial.missingWeightShare).toBeCloseTo(0.4, 12);
    expect(result.scores.psychosocial).toBeCloseTo(0.35 / 0.6, 12);
    // Economic without debt (.15) and work (.25): .15 + .25 is 0.4 in decimal, accepted despite binary rounding.
    expect(() => scoreSustainabilitySurvey(EXAMPLE, without(FULL, 'debt', 'work_or_productive_assets'))).not.toThrow();
  });

  it('refuses a dimension with more than the threshold share missing, naming the dimension', () => {
    // Economic without work (.25) and food_reduction (.2): missing .45 > .4.
    const error = domainError(() =>
      scoreSustainabilitySurvey(EXAMPLE, without(FULL, 'work_or_productive_assets', 'food_reduction')),
    );
    expect(error.code).toBe('survey_dimension_incomplete');
    expect(error.message).toContain('the economic dimension has 45% of its weight unanswered');
    expect(error.message).toContain('work_or_productive_assets, food_reduction');
    expect(error.message).toContain('at most 40% may be missing');
    expect(error.message).not.toContain('social');
    expect(error.details).toMatchObject({
      weightSetVersion: 'v1-example',
      dimensions: [{ dimension: 'economic', missingIndicators: ['work_or_productive_assets', 'food_reduction'] }],
    });
  });

  it('names every refused dimension, and refuses an empty survey', () => {
    const error = domainError(() =>
      scoreSustainabilitySurvey(
        EXAMPLE,
        without(FULL, 'discrimination', 'distress', 'support_network', 'housing_access', 'health_access'),
      ),
    );
    // psychosocial missing .6; social missing .25 + .2 = .45.
    expect(error.message).toContain('the social dimension has 45% of its weight unanswered');
    expect(error.message).toContain('the psychosocial dimension has 60% of its weight unanswered');
    const empty = domainError(() => scoreSustainabilitySurvey(EXAMPLE, {}));
    expect(empty.code).toBe('survey_dimension_incomplete');
    expect((empty.details!.dimensions as unknown[]).length).toBe(3);
  });

  it('takes the threshold from the weight set', () => {
    const strict = { ...rawExample(), version: 'strict', maxMissingWeightShare: 0 };
    expect(() => scoreSustainabilitySurvey(strict, FULL)).not.toThrow();
    expect(domainError(() => scoreSustainabilitySurvey(strict, without(FULL, 'support_network'))).message).toContain(
      'psychosocial dimension has 20% of its weight unanswered',
    );
  });

  it('ignores answers to indicators weighted 0, and does not count them as missing', () => {
    const raw = rawExample();
    raw.dimensions.economic.indicators = { income_sources: 0.5, work_or_productive_assets: 0.5 };
    const set = parseSustainabilityWeightSet({ ...raw, version: 'two-economic' });
    // Economic = .5 * .5 + .5 * 1 = 0.75 whatever debt says; debt still recoded.
    const result = scoreSustainabilitySurvey(set, without(FULL, 'food_reduction', 'economic_satisfaction'));
    expect(result.scores.economic).toBeCloseTo(0.75, 12);
    expect(result.dimensions.economic.missingWeightShare).toBe(0);
    expect(result.recoded.debt).toBe(0.75);
  });

  it('refuses unknown indicators and answer options, listing each', () => {
    const error = domainError(() => scoreSustainabilitySurvey(EXAMPLE, { ...FULL, debt: 'lots', happiness: 'high' }));
    expect(error.code).toBe('survey_answers_invalid');
    expect(error.message).toContain('debt has no answer "lots" (one of: none, under_one_month');
    expect(error.message).toContain('happiness is not an indicator of questionnaire rss-2017-v1');
  });

  it('does not depend on the key order of the weight set', () => {
    const raw = rawExample();
    const reordered = {
      ...raw,
      dimensions: {
        psychosocial: raw.dimensions.psychosocial,
        social: raw.dimensions.social,
        economic: raw.dimensions.economic,
      },
    };
    reordered.dimensions.economic = {
      indicators: Object.fromEntries(Object.entries(raw.dimensions.economic.indicators).reverse()),
      weight: 0.4,
    };
    expect(scoreSustainabilitySurvey(reordered, FULL)).toEqual(scoreSustainabilitySurvey(EXAMPLE, FULL));
  });
});

describe('weight set validation', () => {
  it('accepts the shipped example, marked illustrative', () => {
    expect(validateSustainabilityWeightSet(rawExample())).toEqual([]);
    expect(EXAMPLE.illustrative).toBe(true);
    expect(EXAMPLE.note).toMatch(/NOT the official IOM weights/);
  });

  const mutate = (change: (raw: any) => void) => {
    const raw = rawExample();
    change(raw);
    return raw;
  };

  it.each<[string, (raw: any) => void, string]>([
    [
      'a negative indicator weight',
      (r) => {
        r.dimensions.social.indicators.housing_access = -0.25;
        r.dimensions.social.indicators.health_access = 0.7;
      },
      'dimensions.social.indicators.housing_access must be a non-negative number',
    ],
    [
      'a negative dimension weight',
      (r) => {
        r.dimensions.economic.weight = -0.4;
        r.dimensions.social.weight = 1.1;
      },
      'dimensions.economic.weight must be a non-negative number',
    ],
    [
      'dimension weights not summing to 1',
      (r) => {
        r.dimensions.economic.weight = 0.5;
      },
      'the dimension weights must sum to 1 (they sum to 1.1)',
    ],
    [
      'indicator weights not summing to 1',
      (r) => {
        r.dimensions.psychosocial.indicators.distress = 0.3;
      },
      'dimensions.psychosocial.indicators weights must sum to 1',
    ],
    [
      'an unknown indicator id',
      (r) => {
        r.dimensions.social.indicators.drinking_water = 0;
      },
      'dimensions.social.indicators.drinking_water is not an indicator of questionnaire rss-2017-v1',
    ],
    [
      'an indicator in the wrong dimension',
      (r) => {
        r.dimensions.social.indicators.debt = 0;
      },
      'dimensions.social.indicators.debt belongs to the economic dimension',
    ],
    [
      'an unknown dimension',
      (r) => {
        r.dimensions.cultural = { weight: 0, indicators: {} };
      },
      'dimensions.cultural is not a dimension',
    ],
    [
      'a missing dimension',
      (r) => {
        delete r.dimensions.social;
        r.dimensions.economic.weight = 0.7;
      },
      'dimensions.social is missing',
    ],
    [
      'a threshold of 1 or more',
      (r) => {
        r.maxMissingWeightShare = 1;
      },
      'maxMissingWeightShare must be a number from 0',
    ],
    [
      'a missing threshold',
      (r) => {
        delete r.maxMissingWeightShare;
      },
      'maxMissingWeightShare must be a number from 0',
    ],
    [
      'another questionnaire',
      (r) => {
        r.questionnaire = 'rss-2019';
      },
      'questionnaire must be "rss-2017-v1"',
    ],
    [
      'no version',
      (r) => {
        r.version = ' ';
      },
      'version must be a non-empty string',
    ],
    [
      'a weight given as text',
      (r) => {
        r.dimensions.economic.indicators.debt = '0.15';
      },
      'dimensions.economic.indicators.debt must be a non-negative number',
    ],
  ])('refuses %s', (_name, change, reason) => {
    const raw = mutate(change);
    const error = domainError(() => parseSustainabilityWeightSet(raw));
    expect(error.code).toBe('survey_weight_set_invalid');
    expect(error.message).toContain(reason);
    // The scorer validates the set it is given too.
    expect(() => scoreSustainabilitySurvey(raw, FULL)).toThrow(DomainError);
  });

  it('refuses what is not an object', () => {
    expect(validateSustainabilityWeightSet(null)).toEqual([{ field: '', reason: 'must be an object' }]);
    expect(validateSustainabilityWeightSet([])).toEqual([{ field: '', reason: 'must be an object' }]);
  });

  it('tolerates decimal sums that are not exact in binary (0.1 + 0.2 + 0.7)', () => {
    const raw = mutate((r) => {
      r.dimensions = {
        economic: { weight: 0.1, indicators: r.dimensions.economic.indicators },
        social: { weight: 0.2, indicators: r.dimensions.social.indicators },
        psychosocial: { weight: 0.7, indicators: r.dimensions.psychosocial.indicators },
      };
    });
    expect(validateSustainabilityWeightSet(raw)).toEqual([]);
  });
});
