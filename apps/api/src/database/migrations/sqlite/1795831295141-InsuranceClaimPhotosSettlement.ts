import { MigrationInterface, QueryRunner } from "typeorm";

export class InsuranceClaimPhotosSettlement1795831295141 implements MigrationInterface {
    name = 'InsuranceClaimPhotosSettlement1795831295141'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "insurance_claim_photo" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "claimId" integer NOT NULL, "uploaderUserId" integer NOT NULL, "storageName" varchar(64) NOT NULL, "fileName" varchar(200) NOT NULL, "contentType" varchar(40) NOT NULL, "sizeBytes" integer NOT NULL, "sha256" varchar(64) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_insurance_claim_photo_storage" ON "insurance_claim_photo" ("storageName") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_photo_claim" ON "insurance_claim_photo" ("claimId", "id") `);
        await queryRunner.query(`CREATE TABLE "insurance_settled_day" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enrollmentId" integer NOT NULL, "day" date NOT NULL, "ruleId" integer, "checkedIn" boolean NOT NULL, "hired" boolean NOT NULL, "workerFen" integer NOT NULL, "employerFen" integer NOT NULL, "governmentFen" integer NOT NULL, "settledAt" datetime(6) NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_insurance_settled_day" ON "insurance_settled_day" ("enrollmentId", "day") `);
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_worker_user"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_reporter"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_county"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_enrollment"`);
        await queryRunner.query(`CREATE TABLE "temporary_insurance_claim" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enrollmentId" integer NOT NULL, "workerId" integer NOT NULL, "workerUserId" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "reportedByUserId" integer NOT NULL, "accidentAt" datetime(6) NOT NULL, "place" varchar(200) NOT NULL, "description" varchar(2000) NOT NULL, "injuries" varchar(1000) NOT NULL, "status" varchar(12) NOT NULL, "statusReason" varchar(500), "insurerClaimNo" varchar(64), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "employerUserId" integer)`);
        await queryRunner.query(`INSERT INTO "temporary_insurance_claim"("id", "enrollmentId", "workerId", "workerUserId", "countyCode", "reportedByUserId", "accidentAt", "place", "description", "injuries", "status", "statusReason", "insurerClaimNo", "createdAt", "updatedAt") SELECT "id", "enrollmentId", "workerId", "workerUserId", "countyCode", "reportedByUserId", "accidentAt", "place", "description", "injuries", "status", "statusReason", "insurerClaimNo", "createdAt", "updatedAt" FROM "insurance_claim"`);
        await queryRunner.query(`DROP TABLE "insurance_claim"`);
        await queryRunner.query(`ALTER TABLE "temporary_insurance_claim" RENAME TO "insurance_claim"`);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_worker_user" ON "insurance_claim" ("workerUserId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_reporter" ON "insurance_claim" ("reportedByUserId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_county" ON "insurance_claim" ("countyCode", "status", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_enrollment" ON "insurance_claim" ("enrollmentId") `);
        await queryRunner.query(`DROP INDEX "UQ_insurance_enrollment_idempotency"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_enrollment_worker"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_enrollment_requester"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_enrollment_county"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_enrollment_status"`);
        await queryRunner.query(`DROP INDEX "UQ_insurance_enrollment_reference"`);
        await queryRunner.query(`CREATE TABLE "temporary_insurance_enrollment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "reference" varchar(32) NOT NULL, "productId" integer NOT NULL, "productSnapshot" text NOT NULL, "workerId" integer NOT NULL, "workerUserId" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "requestedByUserId" integer NOT NULL, "idempotencyKey" varchar(64) NOT NULL, "employerId" integer, "hireId" integer, "startDate" date NOT NULL, "endDate" date NOT NULL, "days" integer NOT NULL, "occupationClass" integer NOT NULL, "premiumFen" integer NOT NULL, "workerShareFen" integer NOT NULL, "employerShareFen" integer NOT NULL, "governmentShareFen" integer NOT NULL, "dailySplit" text NOT NULL, "status" varchar(12) NOT NULL, "policyNo" varchar(64), "failureReason" varchar(200), "submitAttempts" integer NOT NULL DEFAULT (0), "lastSubmittedAt" datetime(6), "issuedAt" datetime(6), "cancelledAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "settledDays" integer NOT NULL DEFAULT (0), "settledWorkerShareFen" integer NOT NULL DEFAULT (0), "settledEmployerShareFen" integer NOT NULL DEFAULT (0), "settledGovernmentShareFen" integer NOT NULL DEFAULT (0))`);
        await queryRunner.query(`INSERT INTO "temporary_insurance_enrollment"("id", "reference", "productId", "productSnapshot", "workerId", "workerUserId", "countyCode", "requestedByUserId", "idempotencyKey", "employerId", "hireId", "startDate", "endDate", "days", "occupationClass", "premiumFen", "workerShareFen", "employerShareFen", "governmentShareFen", "dailySplit", "status", "policyNo", "failureReason", "submitAttempts", "lastSubmittedAt", "issuedAt", "cancelledAt", "createdAt", "updatedAt") SELECT "id", "reference", "productId", "productSnapshot", "workerId", "workerUserId", "countyCode", "requestedByUserId", "idempotencyKey", "employerId", "hireId", "startDate", "endDate", "days", "occupationClass", "premiumFen", "workerShareFen", "employerShareFen", "governmentShareFen", "dailySplit", "status", "policyNo", "failureReason", "submitAttempts", "lastSubmittedAt", "issuedAt", "cancelledAt", "createdAt", "updatedAt" FROM "insurance_enrollment"`);
        await queryRunner.query(`DROP TABLE "insurance_enrollment"`);
        await queryRunner.query(`ALTER TABLE "temporary_insurance_enrollment" RENAME TO "insurance_enrollment"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_insurance_enrollment_idempotency" ON "insurance_enrollment" ("requestedByUserId", "idempotencyKey") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_enrollment_worker" ON "insurance_enrollment" ("workerId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_enrollment_requester" ON "insurance_enrollment" ("requestedByUserId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_enrollment_county" ON "insurance_enrollment" ("countyCode", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_enrollment_status" ON "insurance_enrollment" ("status", "lastSubmittedAt") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_insurance_enrollment_reference" ON "insurance_enrollment" ("reference") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_employer" ON "insurance_claim" ("employerUserId", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_employer"`);
        await queryRunner.query(`DROP INDEX "UQ_insurance_enrollment_reference"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_enrollment_status"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_enrollment_county"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_enrollment_requester"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_enrollment_worker"`);
        await queryRunner.query(`DROP INDEX "UQ_insurance_enrollment_idempotency"`);
        await queryRunner.query(`ALTER TABLE "insurance_enrollment" RENAME TO "temporary_insurance_enrollment"`);
        await queryRunner.query(`CREATE TABLE "insurance_enrollment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "reference" varchar(32) NOT NULL, "productId" integer NOT NULL, "productSnapshot" text NOT NULL, "workerId" integer NOT NULL, "workerUserId" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "requestedByUserId" integer NOT NULL, "idempotencyKey" varchar(64) NOT NULL, "employerId" integer, "hireId" integer, "startDate" date NOT NULL, "endDate" date NOT NULL, "days" integer NOT NULL, "occupationClass" integer NOT NULL, "premiumFen" integer NOT NULL, "workerShareFen" integer NOT NULL, "employerShareFen" integer NOT NULL, "governmentShareFen" integer NOT NULL, "dailySplit" text NOT NULL, "status" varchar(12) NOT NULL, "policyNo" varchar(64), "failureReason" varchar(200), "submitAttempts" integer NOT NULL DEFAULT (0), "lastSubmittedAt" datetime(6), "issuedAt" datetime(6), "cancelledAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`INSERT INTO "insurance_enrollment"("id", "reference", "productId", "productSnapshot", "workerId", "workerUserId", "countyCode", "requestedByUserId", "idempotencyKey", "employerId", "hireId", "startDate", "endDate", "days", "occupationClass", "premiumFen", "workerShareFen", "employerShareFen", "governmentShareFen", "dailySplit", "status", "policyNo", "failureReason", "submitAttempts", "lastSubmittedAt", "issuedAt", "cancelledAt", "createdAt", "updatedAt") SELECT "id", "reference", "productId", "productSnapshot", "workerId", "workerUserId", "countyCode", "requestedByUserId", "idempotencyKey", "employerId", "hireId", "startDate", "endDate", "days", "occupationClass", "premiumFen", "workerShareFen", "employerShareFen", "governmentShareFen", "dailySplit", "status", "policyNo", "failureReason", "submitAttempts", "lastSubmittedAt", "issuedAt", "cancelledAt", "createdAt", "updatedAt" FROM "temporary_insurance_enrollment"`);
        await queryRunner.query(`DROP TABLE "temporary_insurance_enrollment"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_insurance_enrollment_reference" ON "insurance_enrollment" ("reference") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_enrollment_status" ON "insurance_enrollment" ("status", "lastSubmittedAt") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_enrollment_county" ON "insurance_enrollment" ("countyCode", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_enrollment_requester" ON "insurance_enrollment" ("requestedByUserId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_enrollment_worker" ON "insurance_enrollment" ("workerId", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_insurance_enrollment_idempotency" ON "insurance_enrollment" ("requestedByUserId", "idempotencyKey") `);
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_enrollment"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_county"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_reporter"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_worker_user"`);
        await queryRunner.query(`ALTER TABLE "insurance_claim" RENAME TO "temporary_insurance_claim"`);
        await queryRunner.query(`CREATE TABLE "insurance_claim" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enrollmentId" integer NOT NULL, "workerId" integer NOT NULL, "workerUserId" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "reportedByUserId" integer NOT NULL, "accidentAt" datetime(6) NOT NULL, "place" varchar(200) NOT NULL, "description" varchar(2000) NOT NULL, "injuries" varchar(1000) NOT NULL, "status" varchar(12) NOT NULL, "statusReason" varchar(500), "insurerClaimNo" varchar(64), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`INSERT INTO "insurance_claim"("id", "enrollmentId", "workerId", "workerUserId", "countyCode", "reportedByUserId", "accidentAt", "place", "description", "injuries", "status", "statusReason", "insurerClaimNo", "createdAt", "updatedAt") SELECT "id", "enrollmentId", "workerId", "workerUserId", "countyCode", "reportedByUserId", "accidentAt", "place", "description", "injuries", "status", "statusReason", "insurerClaimNo", "createdAt", "updatedAt" FROM "temporary_insurance_claim"`);
        await queryRunner.query(`DROP TABLE "temporary_insurance_claim"`);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_enrollment" ON "insurance_claim" ("enrollmentId") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_county" ON "insurance_claim" ("countyCode", "status", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_reporter" ON "insurance_claim" ("reportedByUserId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_insurance_claim_worker_user" ON "insurance_claim" ("workerUserId", "id") `);
        await queryRunner.query(`DROP INDEX "UQ_insurance_settled_day"`);
        await queryRunner.query(`DROP TABLE "insurance_settled_day"`);
        await queryRunner.query(`DROP INDEX "IDX_insurance_claim_photo_claim"`);
        await queryRunner.query(`DROP INDEX "UQ_insurance_claim_photo_storage"`);
        await queryRunner.query(`DROP TABLE "insurance_claim_photo"`);
    }

}
