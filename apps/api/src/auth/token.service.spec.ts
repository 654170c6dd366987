import { createSecretKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { Principal } from '@avrr/domain';
import { TokenService } from './token.service';

const key = createSecretKey(Buffer.from('a test secret of at least thirty-two bytes'));
const principal: Principal = {
  userId: 'user-1',
  name: 'Claire Martin',
  role: 'supervisor',
  offices: ['PARIS'],
  countries: [],
  partnerOrganisationId: null,
};

function tokens(expiresIn = 60): TokenService {
  return new TokenService(
    new JwtService({ privateKey: key, publicKey: key, signOptions: { algorithm: 'HS256', expiresIn } }),
  );
}

describe('TokenService', () => {
  afterEach(() => jest.restoreAllMocks());

  it('gives the same principal for a token it has already verified, and a frozen one', async () => {
    const service = tokens();
    const token = await service.sign(principal, 'session-1');
    const first = await service.verify(token);
    expect(first).toEqual({ ...principal, sessionId: 'session-1' });
    expect(await service.verify(token)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first!.offices)).toBe(true);
  });

  it('refuses a remembered token once it has expired', async () => {
    // jsonwebtoken and the remembered tokens both read the clock through Date.now.
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-04T08:00:00Z'));
    const service = tokens(60);
    const token = await service.sign(principal, 'session-1');
    expect(await service.verify(token)).not.toBeNull();
    now.mockReturnValue(Date.parse('2026-12-04T08:00:59Z'));
    expect(await service.verify(token)).not.toBeNull();
    now.mockReturnValue(Date.parse('2026-12-04T08:01:00Z'));
    expect(await service.verify(token)).toBeNull();
  });

  it('remembers no token it refused: a forged one stays refused', async () => {
    const service = tokens();
    const token = await service.sign(principal, 'session-1');
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await service.verify(forged)).toBeNull();
    expect(await service.verify(forged)).toBeNull();
    expect(await service.verify(token)).not.toBeNull();
  });
});

describe('TokenService: a password that must be changed', () => {
  it('carries the flag in the token only when it is set', async () => {
    const service = tokens();
    const restricted = await service.verify(await service.sign({ ...principal, mustChangePassword: true }, 's-1'));
    expect(restricted?.mustChangePassword).toBe(true);
    const ordinary = await service.verify(await service.sign(principal, 's-2'));
    expect(ordinary).not.toHaveProperty('mustChangePassword');
  });
});
