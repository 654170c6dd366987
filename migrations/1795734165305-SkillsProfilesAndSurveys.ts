import { MigrationInterface, QueryRunner } from "typeorm";

// Skills profiles (one per returnee) and follow-up sustainability surveys (issue 6, sections 1 and 6). Generated
// with the TypeORM CLI; statements about other tables removed; the CHECK constraints come from the entities'
// @Check decorators; the trigger below is written by hand.
export class SkillsProfilesAndSurveys1795734165305 implements MigrationInterface {
    name = 'SkillsProfilesAndSurveys1795734165305'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "skills_profile" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "occupations" jsonb NOT NULL DEFAULT '[]', "skills" text array NOT NULL DEFAULT '{}', "isced_level" smallint, "languages" text array NOT NULL DEFAULT '{}', "driving_licence" boolean, "months_abroad" integer, "preferred_region" character varying(120), "wants" character varying(16), "updated_by" character varying(200) NOT NULL, "updated_by_role" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_skills_profile_languages" CHECK (array_to_string("languages", ',') ~ '^([a-z]{2}(,[a-z]{2})*)?$'), CONSTRAINT "ck_skills_profile_occupations_array" CHECK (jsonb_typeof("occupations") = 'array'), CONSTRAINT "ck_skills_profile_wants" CHECK ("wants" IS NULL OR "wants" IN ('job', 'training', 'business')), CONSTRAINT "ck_skills_profile_months_abroad" CHECK ("months_abroad" IS NULL OR "months_abroad" >= 0), CONSTRAINT "ck_skills_profile_isced_level" CHECK ("isced_level" IS NULL OR "isced_level" BETWEEN 0 AND 8), CONSTRAINT "PK_f5144e450e1e3d4cf9ccbf6cece" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_skills_profile_person" ON "skills_profile" ("person_id") `);
        await queryRunner.query(`CREATE INDEX "ix_skills_profile_case" ON "skills_profile" ("case_id") `);
        await queryRunner.query(`CREATE TABLE "follow_up_survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "visit_number" smallint NOT NULL, "answers" jsonb NOT NULL, "questionnaire_version" character varying(64) NOT NULL, "weight_set_version" character varying(64) NOT NULL, "economic_score" double precision NOT NULL, "social_score" double precision NOT NULL, "psychosocial_score" double precision NOT NULL, "composite_score" double precision NOT NULL, "recorded_by" character varying(200) NOT NULL, "recorded_by_role" character varying(32) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_follow_up_survey_scores" CHECK ("economic_score" BETWEEN 0 AND 1 AND "social_score" BETWEEN 0 AND 1 AND "psychosocial_score" BETWEEN 0 AND 1 AND "composite_score" BETWEEN 0 AND 1), CONSTRAINT "ck_follow_up_survey_answers_object" CHECK (jsonb_typeof("answers") = 'object'), CONSTRAINT "ck_follow_up_survey_visit_number" CHECK ("visit_number" >= 1), CONSTRAINT "PK_cf84ac69788b461c4a396f22167" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_follow_up_survey_visit" ON "follow_up_survey" ("case_id", "visit_number") `);
        await queryRunner.query(`ALTER TABLE "skills_profile" ADD CONSTRAINT "fk_skills_profile_case" FOREIGN KEY ("case_id") REFERENCES "return_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "skills_profile" ADD CONSTRAINT "fk_skills_profile_person" FOREIGN KEY ("person_id") REFERENCES "case_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "follow_up_survey" ADD CONSTRAINT "fk_follow_up_survey_case" FOREIGN KEY ("case_id") REFERENCES "return_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // A survey is a record: its answers and scores are never changed once written (a correction would be a
        // new, explicit mechanism). Not expressible in entity decorators.
        await queryRunner.query(`CREATE FUNCTION follow_up_survey_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'follow_up_survey rows are records: UPDATE is refused'
                    USING ERRCODE = 'restrict_violation';
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "follow_up_survey_no_update" BEFORE UPDATE ON "follow_up_survey" FOR EACH ROW EXECUTE FUNCTION follow_up_survey_refuse_update()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "follow_up_survey_no_update" ON "follow_up_survey"`);
        await queryRunner.query(`DROP FUNCTION follow_up_survey_refuse_update()`);
        await queryRunner.query(`ALTER TABLE "follow_up_survey" DROP CONSTRAINT "fk_follow_up_survey_case"`);
        await queryRunner.query(`ALTER TABLE "skills_profile" DROP CONSTRAINT "fk_skills_profile_person"`);
        await queryRunner.query(`ALTER TABLE "skills_profile" DROP CONSTRAINT "fk_skills_profile_case"`);
        await queryRunner.query(`DROP INDEX "public"."ux_follow_up_survey_visit"`);
        await queryRunner.query(`DROP TABLE "follow_up_survey"`);
        await queryRunner.query(`DROP INDEX "public"."ix_skills_profile_case"`);
        await queryRunner.query(`DROP INDEX "public"."ux_skills_profile_person"`);
        await queryRunner.query(`DROP TABLE "skills_profile"`);
    }

}
