import { MigrationInterface, QueryRunner } from "typeorm";

export class Insurance1795828598317 implements MigrationInterface {
    name = 'Insurance1795828598317'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "insurance_claim" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enrollmentId" integer NOT NULL, "workerId" integer NOT NULL, "workerUserId" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "reportedByUserId" integer NOT NULL, "accidentAt" datetime(6) NOT NULL, "place" varchar(200) NOT NULL, "description" varchar(2000) NOT NULL, "injuries" varchar(1000) NOT NULL, "status" varchar(12) NOT NULL, "statusReason" varchar(500), "insurerClaimNo" varchar(64), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_enrollment" ON "insurance_claim" ("enrollmentId") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_county" ON "insurance_claim" ("countyCode", "status", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_reporter" ON "insurance_claim" ("reportedByUserId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_worker_user" ON "insurance_claim" ("workerUserId", "id") `);
        await queryRunner.query(`CREATE TABLE "insurance_coverage_day" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "workerId" integer NOT NULL, "day" date NOT NULL, "enrollmentId" integer NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_coverage_day_enrollment" ON "insurance_coverage_day" ("enrollmentId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_insurance_coverage_day_worker_day" ON "insurance_coverage_day" ("workerId", "day") `);
        await queryRunner.query(`CREATE TABLE "insurance_enrollment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "reference" varchar(32) NOT NULL, "productId" integer NOT NULL, "productSnapshot" text NOT NULL, "workerId" integer NOT NULL, "workerUserId" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "requestedByUserId" integer NOT NULL, "idempotencyKey" varchar(64) NOT NULL, "employerId" integer, "hireId" integer, "startDate" date NOT NULL, "endDate" date NOT NULL, "days" integer NOT NULL, "occupationClass" integer NOT NULL, "premiumFen" integer NOT NULL, "workerShareFen" integer NOT NULL, "employerShareFen" integer NOT NULL, "governmentShareFen" integer NOT NULL, "dailySplit" text NOT NULL, "status" varchar(12) NOT NULL, "policyNo" varchar(64), "failureReason" varchar(200), "submitAttempts" integer NOT NULL DEFAULT (0), "lastSubmittedAt" datetime(6), "issuedAt" datetime(6), "cancelledAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_insurance_enrollment_reference" ON "insurance_enrollment" ("reference") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_enrollment_status" ON "insurance_enrollment" ("status", "lastSubmittedAt") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_enrollment_county" ON "insurance_enrollment" ("countyCode", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_enrollment_requester" ON "insurance_enrollment" ("requestedByUserId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_enrollment_worker" ON "insurance_enrollment" ("workerId", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_insurance_enrollment_idempotency" ON "insurance_enrollment" ("requestedByUserId", "idempotencyKey") `);
        await queryRunner.query(`CREATE TABLE "insurance_product" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "insurer" varchar(100) NOT NULL, "insurerHotline" varchar(20) NOT NULL, "planCode" varchar(40) NOT NULL, "name" varchar(100) NOT NULL, "pricePerDayFen" integer NOT NULL, "minAge" integer NOT NULL, "maxAge" integer NOT NULL, "occupationClasses" text NOT NULL, "cover" text NOT NULL, "terms" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_insurance_product_plan_code" ON "insurance_product" ("planCode") `);
        await queryRunner.query(`CREATE TABLE "insurance_subsidy_rule" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "countyCode" varchar(6) NOT NULL, "productId" integer, "name" varchar(100) NOT NULL, "condition" varchar(24) NOT NULL, "workerShareBp" integer NOT NULL, "employerShareBp" integer NOT NULL, "governmentShareBp" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_subsidy_rule_county" ON "insurance_subsidy_rule" ("countyCode", "active") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_insurance_subsidy_rule_county"`);
        await queryRunner.query(`DROP TABLE "insurance_subsidy_rule"`);
        await queryRunner.query(`DROP INDEX "UQ_insurance_product_plan_code"`);
        await queryRunner.query(`DROP TABLE "insurance_product"`);
        await queryRunner.query(`DROP INDEX "UQ_insurance_enrollment_idempotency"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_enrollment_worker"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_enrollment_requester"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_enrollment_county"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_enrollment_status"`);
        await queryRunner.query(`DROP INDEX "UQ_insurance_enrollment_reference"`);
        await queryRunner.query(`DROP TABLE "insurance_enrollment"`);
        await queryRunner.query(`DROP INDEX "UQ_insurance_coverage_day_worker_day"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_coverage_day_enrollment"`);
        await queryRunner.query(`DROP TABLE "insurance_coverage_day"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_worker_user"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_reporter"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_county"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_enrollment"`);
        await queryRunner.query(`DROP TABLE "insurance_claim"`);
    }

}
