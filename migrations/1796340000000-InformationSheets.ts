import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pre-departure information sheets (issue 16, part 2): one sheet per country of return, topic and language, kept in
 * versions. A version is never changed or removed once published (a trigger refuses it), because a case records which
 * version the returnee was given and must be able to show it later; a change is a new version.
 */
export class InformationSheets1796340000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "information_sheet" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "country_of_return" character(2) NOT NULL,
        "topic" character varying(32) NOT NULL,
        "language" character varying(8) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_information_sheet" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_information_sheet_country_topic_language" UNIQUE ("country_of_return", "topic", "language"),
        CONSTRAINT "CHK_information_sheet_topic" CHECK ("topic" IN ('reception', 'reintegration_assistance', 'health', 'documents', 'contacts'))
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "information_sheet_version" (
        "sheet_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "title" character varying(200) NOT NULL,
        "body" text NOT NULL,
        "published_by_id" uuid NOT NULL,
        "published_by_name" character varying(200) NOT NULL,
        "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_information_sheet_version" PRIMARY KEY ("sheet_id", "version"),
        CONSTRAINT "CHK_information_sheet_version_positive" CHECK ("version" > 0),
        CONSTRAINT "FK_information_sheet_version_sheet" FOREIGN KEY ("sheet_id") REFERENCES "information_sheet"("id") ON DELETE RESTRICT
      )`,
    );
    await queryRunner.query(`CREATE FUNCTION information_sheet_version_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'information sheet versions are immutable: publish a new version instead';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "information_sheet_version_immutable" BEFORE UPDATE OR DELETE ON "information_sheet_version" FOR EACH ROW EXECUTE FUNCTION information_sheet_version_refuse_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "information_sheet_version_immutable" ON "information_sheet_version"`);
    await queryRunner.query(`DROP FUNCTION information_sheet_version_refuse_change()`);
    await queryRunner.query(`DROP TABLE "information_sheet_version"`);
    await queryRunner.query(`DROP TABLE "information_sheet"`);
  }
}
