import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard, type ThrottlerStorage } from '@nestjs/throttler';
import { UserThrottlerGuard } from './access.guards';

class CasesController {
  get(): void {}
  list(): void {}
}

const contextOf = (handler: () => void) =>
  ({ getClass: () => CasesController, getHandler: () => handler }) as unknown as ExecutionContext;

describe('UserThrottlerGuard', () => {
  const guard = new UserThrottlerGuard({ throttlers: [] }, {} as ThrottlerStorage, new Reflector());
  const key = (g: ThrottlerGuard, handler: () => void, suffix: string, name: string) =>
    (g as unknown as { generateKey: ThrottlerGuard['generateKey'] }).generateKey(contextOf(handler), suffix, name);
  const libraryKey = (handler: () => void, suffix: string, name: string) =>
    (ThrottlerGuard.prototype as unknown as { generateKey: ThrottlerGuard['generateKey'] }).generateKey.call(
      guard,
      contextOf(handler),
      suffix,
      name,
    );

  it('keys the counters as the library does (shared with every instance), each route and caller apart', () => {
    const { get, list } = CasesController.prototype;
    for (let i = 0; i < 2; i++) {
      expect(key(guard, get, 'user:1', 'api')).toBe(libraryKey(get, 'user:1', 'api'));
      expect(key(guard, list, 'user:1', 'api')).toBe(libraryKey(list, 'user:1', 'api'));
      expect(key(guard, get, 'user:2', 'api')).toBe(libraryKey(get, 'user:2', 'api'));
    }
    expect(
      new Set([
        key(guard, get, 'user:1', 'api'),
        key(guard, list, 'user:1', 'api'),
        key(guard, get, 'user:2', 'api'),
        key(guard, get, 'user:1', 'login'),
      ]).size,
    ).toBe(4);
  });
});
