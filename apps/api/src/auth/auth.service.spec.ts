import { hashPassword } from '@avrr/persistence';
import { UNKNOWN_USER_HASH } from './auth.service';

// The fields of an argon2 hash: $type$version$parameters$salt$digest.
const costOf = (hash: string) => hash.split('$').slice(1, 4).join('$');

describe('the hash an unknown email is verified against', () => {
  it("has the cost of every account's password, so a wrong email takes as long as a wrong password", async () => {
    expect(costOf(UNKNOWN_USER_HASH)).toBe(costOf(await hashPassword('any password')));
    expect(costOf(UNKNOWN_USER_HASH)).toMatch(/^argon2id\$v=19\$m=\d+,p=\d+,t=\d+$/);
  });
});
