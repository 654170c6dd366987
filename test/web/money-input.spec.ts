// A prefilled amount must read back to the minor units it came from, in every language the web app speaks.
import { amountInput, parseAmount } from '../../apps/web/src/money';

describe('an amount prefilled in a form', () => {
  it.each([
    ['en', 120050, 'EUR', '1200.50'],
    ['fr', 120050, 'EUR', '1200,50'],
    ['ar', 250000, 'XOF', undefined],
    ['ar', 30075, 'EUR', undefined],
    ['en', 9007199254740991, 'XOF', '9007199254740991'],
  ])('in %s, %d minor units of %s read back exactly', (language, minor, currency, shown) => {
    const typed = amountInput(minor, currency, language);
    if (shown !== undefined) expect(typed).toBe(shown);
    expect(parseAmount(typed, currency, language)).toEqual({ ok: true, minor: BigInt(minor) });
  });
});
