import { linkStepRefusal, LinkStep } from './opportunity-link';

const today = '2026-11-26';
const step = (status: LinkStep['status'], on: string): LinkStep => ({ status, on, note: null });

describe('links between a returnee and an opportunity', () => {
  it('start as proposed and move forward: referred, interview, placed', () => {
    const history: LinkStep[] = [];
    expect(linkStepRefusal(history, 'proposed', '2026-11-01', today)).toBeNull();
    history.push(step('proposed', '2026-11-01'));
    expect(linkStepRefusal(history, 'referred', '2026-11-03', today)).toBeNull();
    history.push(step('referred', '2026-11-03'));
    expect(linkStepRefusal(history, 'interview', '2026-11-10', today)).toBeNull();
    history.push(step('interview', '2026-11-10'));
    expect(linkStepRefusal(history, 'placed', '2026-11-20', today)).toBeNull();
  });

  it('can be declined before placement, and a placed or declined link is final', () => {
    expect(linkStepRefusal([step('proposed', '2026-11-01')], 'declined', '2026-11-02', today)).toBeNull();
    expect(linkStepRefusal([step('interview', '2026-11-01')], 'declined', '2026-11-02', today)).toBeNull();
    expect(linkStepRefusal([step('placed', '2026-11-01')], 'declined', '2026-11-02', today)?.message).toBe(
      'This link is placed; it cannot change any more.',
    );
    expect(linkStepRefusal([step('declined', '2026-11-01')], 'referred', '2026-11-02', today)?.code).toBe(
      'link_transition',
    );
  });

  it('does not go backwards or skip from proposed straight to placed', () => {
    expect(linkStepRefusal([step('interview', '2026-11-01')], 'referred', '2026-11-02', today)?.message).toBe(
      'An interview link can become placed or declined, not referred.',
    );
    expect(linkStepRefusal([step('proposed', '2026-11-01')], 'placed', '2026-11-02', today)?.code).toBe(
      'link_transition',
    );
  });

  it('refuses a date in the future or before the previous step', () => {
    expect(linkStepRefusal([step('proposed', '2026-11-01')], 'referred', '2026-12-01', today)?.code).toBe(
      'date_in_future',
    );
    expect(linkStepRefusal([step('proposed', '2026-11-10')], 'referred', '2026-11-09', today)?.code).toBe(
      'date_before_previous',
    );
  });

  it('must start as proposed', () => {
    expect(linkStepRefusal([], 'referred', '2026-11-01', today)?.code).toBe('link_not_proposed');
  });
});
