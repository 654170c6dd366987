// Column blocks that several entities share (assets, transfers, grants, links, profiles), written once so their
// names, types and transformers cannot drift apart. Each decorator gives exactly the column it replaces: same name,
// type and options, so the schema (and `npm run migration:generate`) sees no change.
//
// Why decorators and not TypeORM embedded entities: an embedded type moves the fields under a property
// (`grant.money.amountMinor`), which every repository, mapper and raw query reads today as `amountMinor`; the
// decorators remove the repetition without changing what the rest of the code sees.
import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';
import { BIGINT_MINOR_UNITS } from './ledger/ledger-line.entity';

/** Money, part one: an exact amount in minor units (BIGINT in the database, bigint in TypeScript). */
export const AmountMinorColumn = () =>
  Column({ name: 'amount_minor', type: 'bigint', transformer: BIGINT_MINOR_UNITS });

/** Money, part two: its ISO 4217 currency code. */
export const CurrencyColumn = () => Column({ type: 'char', length: 3 });

/** Who did something: a user id or a named system actor. */
export const ActorColumn = (name: string, options: { nullable?: boolean } = {}) =>
  Column({ name, type: 'varchar', length: 200, ...(options.nullable ? { nullable: true } : {}) });

/** When the row was created, set by the database. */
export const CreatedAtColumn = () => CreateDateColumn({ name: 'created_at', type: 'timestamptz' });

/** When the row last changed, set on every update. */
export const UpdatedAtColumn = () => UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' });
