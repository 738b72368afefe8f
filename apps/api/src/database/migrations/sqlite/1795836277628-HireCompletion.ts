import { MigrationInterface, QueryRunner } from "typeorm";

export class HireCompletion1795836277628 implements MigrationInterface {
    name = 'HireCompletion1795836277628'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "UQ_hire_application"`);
        await queryRunner.query(`DROP INDEX "IDX_hire_worker_dates"`);
        await queryRunner.query(`DROP INDEX "IDX_hire_employer"`);
        await queryRunner.query(`DROP INDEX "IDX_hire_posting"`);
        await queryRunner.query(`CREATE TABLE "temporary_hire" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "postingId" integer NOT NULL, "workerId" integer NOT NULL, "employerId" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "trade" varchar(40) NOT NULL, "payAmountFen" integer NOT NULL, "payUnit" varchar(8) NOT NULL, "settlement" varchar(16) NOT NULL, "startDate" date NOT NULL, "endDate" date NOT NULL, "address" varchar(200) NOT NULL, "lat" decimal(9,6) NOT NULL, "lng" decimal(9,6) NOT NULL, "workHours" varchar(100) NOT NULL, "agreementText" text NOT NULL, "agreementHash" varchar(64), "workerConfirmedAt" datetime(6), "employerConfirmedAt" datetime(6), "paymentStatus" varchar(8) NOT NULL DEFAULT ('pending'), "paymentReportedAt" datetime(6), "cancelledAt" datetime(6), "cancelledBy" integer, "cancelReason" varchar(500), "noShow" boolean NOT NULL DEFAULT (0), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "completedAt" datetime(6))`);
        await queryRunner.query(`INSERT INTO "temporary_hire"("id", "applicationId", "postingId", "workerId", "employerId", "countyCode", "trade", "payAmountFen", "payUnit", "settlement", "startDate", "endDate", "address", "lat", "lng", "workHours", "agreementText", "agreementHash", "workerConfirmedAt", "employerConfirmedAt", "paymentStatus", "paymentReportedAt", "cancelledAt", "cancelledBy", "cancelReason", "noShow", "createdAt", "updatedAt") SELECT "id", "applicationId", "postingId", "workerId", "employerId", "countyCode", "trade", "payAmountFen", "payUnit", "settlement", "startDate", "endDate", "address", "lat", "lng", "workHours", "agreementText", "agreementHash", "workerConfirmedAt", "employerConfirmedAt", "paymentStatus", "paymentReportedAt", "cancelledAt", "cancelledBy", "cancelReason", "noShow", "createdAt", "updatedAt" FROM "hire"`);
        await queryRunner.query(`DROP TABLE "hire"`);
        await queryRunner.query(`ALTER TABLE "temporary_hire" RENAME TO "hire"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_hire_application" ON "hire" ("applicationId") `);
        await queryRunner.query(`CREATE INDEX "IDX_hire_worker_dates" ON "hire" ("workerId", "startDate", "endDate") `);
        await queryRunner.query(`CREATE INDEX "IDX_hire_employer" ON "hire" ("employerId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_hire_posting" ON "hire" ("postingId") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_hire_posting"`);
        await queryRunner.query(`DROP INDEX "IDX_hire_employer"`);
        await queryRunner.query(`DROP INDEX "IDX_hire_worker_dates"`);
        await queryRunner.query(`DROP INDEX "UQ_hire_application"`);
        await queryRunner.query(`ALTER TABLE "hire" RENAME TO "temporary_hire"`);
        await queryRunner.query(`CREATE TABLE "hire" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "postingId" integer NOT NULL, "workerId" integer NOT NULL, "employerId" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "trade" varchar(40) NOT NULL, "payAmountFen" integer NOT NULL, "payUnit" varchar(8) NOT NULL, "settlement" varchar(16) NOT NULL, "startDate" date NOT NULL, "endDate" date NOT NULL, "address" varchar(200) NOT NULL, "lat" decimal(9,6) NOT NULL, "lng" decimal(9,6) NOT NULL, "workHours" varchar(100) NOT NULL, "agreementText" text NOT NULL, "agreementHash" varchar(64), "workerConfirmedAt" datetime(6), "employerConfirmedAt" datetime(6), "paymentStatus" varchar(8) NOT NULL DEFAULT ('pending'), "paymentReportedAt" datetime(6), "cancelledAt" datetime(6), "cancelledBy" integer, "cancelReason" varchar(500), "noShow" boolean NOT NULL DEFAULT (0), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`INSERT INTO "hire"("id", "applicationId", "postingId", "workerId", "employerId", "countyCode", "trade", "payAmountFen", "payUnit", "settlement", "startDate", "endDate", "address", "lat", "lng", "workHours", "agreementText", "agreementHash", "workerConfirmedAt", "employerConfirmedAt", "paymentStatus", "paymentReportedAt", "cancelledAt", "cancelledBy", "cancelReason", "noShow", "createdAt", "updatedAt") SELECT "id", "applicationId", "postingId", "workerId", "employerId", "countyCode", "trade", "payAmountFen", "payUnit", "settlement", "startDate", "endDate", "address", "lat", "lng", "workHours", "agreementText", "agreementHash", "workerConfirmedAt", "employerConfirmedAt", "paymentStatus", "paymentReportedAt", "cancelledAt", "cancelledBy", "cancelReason", "noShow", "createdAt", "updatedAt" FROM "temporary_hire"`);
        await queryRunner.query(`DROP TABLE "temporary_hire"`);
        await queryRunner.query(`CREATE INDEX "IDX_hire_posting" ON "hire" ("postingId") `);
        await queryRunner.query(`CREATE INDEX "IDX_hire_employer" ON "hire" ("employerId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_hire_worker_dates" ON "hire" ("workerId", "startDate", "endDate") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_hire_application" ON "hire" ("applicationId") `);
    }

}
