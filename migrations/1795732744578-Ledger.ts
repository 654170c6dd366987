import { MigrationInterface, QueryRunner } from "typeorm";

export class Ledger1795732744578 implements MigrationInterface {
    name = 'Ledger1795732744578'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "ledger_posting" ("id" BIGSERIAL NOT NULL, "idempotency_key" character varying(200) NOT NULL, "case_id" uuid NOT NULL, "description" character varying(500) NOT NULL, "conversion_from" character(3), "conversion_to" character(3), "conversion_rate" numeric, "conversion_source" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_ledger_posting_conversion" CHECK (("conversion_from" IS NULL AND "conversion_to" IS NULL AND "conversion_rate" IS NULL AND "conversion_source" IS NULL) OR ("conversion_from" IS NOT NULL AND "conversion_to" IS NOT NULL AND "conversion_rate" > 0 AND "conversion_source" <> '' AND "conversion_from" <> "conversion_to")), CONSTRAINT "PK_0d6f4298d11b8bc6ffb8acc0ea7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_ledger_posting_case" ON "ledger_posting" ("case_id", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_ledger_posting_idempotency_key" ON "ledger_posting" ("idempotency_key") `);
        await queryRunner.query(`CREATE TABLE "ledger_line" ("id" BIGSERIAL NOT NULL, "posting_id" bigint NOT NULL, "position" smallint NOT NULL, "account" character varying(100) NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, CONSTRAINT "ck_ledger_line_currency" CHECK ("currency" ~ '^[A-Z]{3}$'), CONSTRAINT "ck_ledger_line_amount_not_zero" CHECK ("amount_minor" <> 0), CONSTRAINT "PK_a19363079df6f58038f909718ab" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_ledger_line_account" ON "ledger_line" ("account", "currency") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_ledger_line_position" ON "ledger_line" ("posting_id", "position") `);
        await queryRunner.query(`ALTER TABLE "ledger_posting" ADD CONSTRAINT "fk_ledger_posting_case" FOREIGN KEY ("case_id") REFERENCES "return_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ledger_line" ADD CONSTRAINT "fk_ledger_line_posting" FOREIGN KEY ("posting_id") REFERENCES "ledger_posting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // Not expressible in entity decorators: the ledger is append-only, and a posting balances at commit.
        // Every change of a recorded posting or line is refused; a mistake is corrected by a new posting.
        await queryRunner.query(`CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the ledger is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
                    USING ERRCODE = 'restrict_violation', HINT = 'Correct a posting with a new posting.';
            END $$`);
        for (const table of ['ledger_posting', 'ledger_line']) {
            await queryRunner.query(`CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()`);
            await queryRunner.query(`CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()`);
        }
        // Lines are written with their posting, in the same (sub)transaction: no line can be added to a posting
        // recorded earlier, even one that would keep it balanced.
        await queryRunner.query(`CREATE FUNCTION ledger_line_with_its_posting() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM ledger_line l JOIN ledger_posting p ON p.id = l.posting_id
                               WHERE l.id = NEW.id AND l.xmin = p.xmin) THEN
                    RAISE EXCEPTION 'ledger posting % is closed: lines are written with their posting, in the same transaction', NEW.posting_id
                        USING ERRCODE = 'restrict_violation';
                END IF;
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "ledger_line_with_its_posting" AFTER INSERT ON "ledger_line" FOR EACH ROW EXECUTE FUNCTION ledger_line_with_its_posting()`);
        // At commit (deferred), every posting written in the transaction has at least two lines and they sum to
        // zero in every currency. Fires for the posting row (a posting without lines) and for each line.
        await queryRunner.query(`CREATE FUNCTION ledger_check_posting_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                pid bigint;
                line_count integer;
                unbalanced record;
            BEGIN
                IF TG_TABLE_NAME = 'ledger_posting' THEN
                    pid := NEW.id;
                ELSE
                    pid := NEW.posting_id;
                END IF;
                SELECT count(*) INTO line_count FROM ledger_line WHERE posting_id = pid;
                IF line_count < 2 THEN
                    RAISE EXCEPTION 'ledger posting % has % line(s): a posting has at least two', pid, line_count
                        USING ERRCODE = 'check_violation';
                END IF;
                SELECT currency, sum(amount_minor) AS total INTO unbalanced
                  FROM ledger_line WHERE posting_id = pid
                 GROUP BY currency HAVING sum(amount_minor) <> 0
                 ORDER BY currency LIMIT 1;
                IF FOUND THEN
                    RAISE EXCEPTION 'ledger posting % does not balance: its lines in % sum to %, not zero', pid, unbalanced.currency, unbalanced.total
                        USING ERRCODE = 'check_violation';
                END IF;
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE CONSTRAINT TRIGGER "ledger_posting_balanced" AFTER INSERT ON "ledger_posting" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_posting_balanced()`);
        await queryRunner.query(`CREATE CONSTRAINT TRIGGER "ledger_line_balanced" AFTER INSERT ON "ledger_line" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_posting_balanced()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "ledger_line_balanced" ON "ledger_line"`);
        await queryRunner.query(`DROP TRIGGER "ledger_posting_balanced" ON "ledger_posting"`);
        await queryRunner.query(`DROP FUNCTION ledger_check_posting_balanced()`);
        await queryRunner.query(`DROP TRIGGER "ledger_line_with_its_posting" ON "ledger_line"`);
        await queryRunner.query(`DROP FUNCTION ledger_line_with_its_posting()`);
        for (const table of ['ledger_line', 'ledger_posting']) {
            await queryRunner.query(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`);
            await queryRunner.query(`DROP TRIGGER "${table}_append_only" ON "${table}"`);
        }
        await queryRunner.query(`DROP FUNCTION ledger_refuse_change()`);
        await queryRunner.query(`ALTER TABLE "ledger_line" DROP CONSTRAINT "fk_ledger_line_posting"`);
        await queryRunner.query(`ALTER TABLE "ledger_posting" DROP CONSTRAINT "fk_ledger_posting_case"`);
        await queryRunner.query(`DROP INDEX "public"."ux_ledger_line_position"`);
        await queryRunner.query(`DROP INDEX "public"."ix_ledger_line_account"`);
        await queryRunner.query(`DROP TABLE "ledger_line"`);
        await queryRunner.query(`DROP INDEX "public"."ux_ledger_posting_idempotency_key"`);
        await queryRunner.query(`DROP INDEX "public"."ix_ledger_posting_case"`);
        await queryRunner.query(`DROP TABLE "ledger_posting"`);
    }

}
