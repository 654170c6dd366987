import type { EntityManager } from 'typeorm';

/**
 * More work a repository's caller runs inside the repository's own transaction (an audit entry, for example), so
 * that the two commit or roll back together. It is given what the repository wrote, when that is more than the caller
 * already knows.
 */
export type Alongside<T = void> = (em: EntityManager, written: T) => Promise<unknown>;
