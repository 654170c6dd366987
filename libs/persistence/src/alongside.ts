import type { EntityManager } from 'typeorm';

/**
 * More work a repository's caller runs inside the repository's own transaction (an audit entry, for example), so
 * that the two commit or roll back together.
 */
export type Alongside = (em: EntityManager) => Promise<unknown>;
