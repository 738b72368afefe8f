import { MigrationInterface, QueryRunner } from "typeorm";

export class Postings1795830138848 implements MigrationInterface {
    name = 'Postings1795830138848'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "application" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "postingId" integer NOT NULL, "workerId" integer NOT NULL, "employerId" integer NOT NULL, "kind" varchar(12) NOT NULL, "status" varchar(12) NOT NULL, "cancelReason" varchar(500), "hireId" integer, "decidedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_application_worker" ON "application" ("workerId", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_application_posting_worker" ON "application" ("postingId", "workerId") `);
        await queryRunner.query(`CREATE TABLE "hire" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "postingId" integer NOT NULL, "workerId" integer NOT NULL, "employerId" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "trade" varchar(40) NOT NULL, "payAmountFen" integer NOT NULL, "payUnit" varchar(8) NOT NULL, "settlement" varchar(16) NOT NULL, "startDate" date NOT NULL, "endDate" date NOT NULL, "address" varchar(200) NOT NULL, "lat" decimal(9,6) NOT NULL, "lng" decimal(9,6) NOT NULL, "workHours" varchar(100) NOT NULL, "agreementText" text NOT NULL, "agreementHash" varchar(64), "workerConfirmedAt" datetime(6), "employerConfirmedAt" datetime(6), "paymentStatus" varchar(8) NOT NULL DEFAULT ('pending'), "paymentReportedAt" datetime(6), "cancelledAt" datetime(6), "cancelledBy" integer, "cancelReason" varchar(500), "noShow" boolean NOT NULL DEFAULT (0), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_hire_posting" ON "hire" ("postingId") `);
        await queryRunner.query(`CREATE INDEX "IDX_hire_employer" ON "hire" ("employerId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_hire_worker_dates" ON "hire" ("workerId", "startDate", "endDate") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_hire_application" ON "hire" ("applicationId") `);
        await queryRunner.query(`CREATE TABLE "rating" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "hireId" integer NOT NULL, "fromSide" varchar(8) NOT NULL, "subjectType" varchar(8) NOT NULL, "subjectId" integer NOT NULL, "score" integer NOT NULL, "tags" text NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_rating_subject" ON "rating" ("subjectType", "subjectId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_rating_hire_side" ON "rating" ("hireId", "fromSide") `);
        await queryRunner.query(`CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer, "event" varchar(40) NOT NULL, "payload" text NOT NULL, "status" varchar(12) NOT NULL DEFAULT ('pending'), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(200), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "claimedAt" datetime(6), "sentAt" datetime(6))`);
        await queryRunner.query(`CREATE INDEX "IDX_notification_user" ON "notification" ("userId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_notification_status" ON "notification" ("status", "id") `);
        await queryRunner.query(`CREATE TABLE "subscribe_credit" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "openid" varchar(64) NOT NULL, "templateId" varchar(64) NOT NULL, "credits" integer NOT NULL DEFAULT (0), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_subscribe_credit_openid_template" ON "subscribe_credit" ("openid", "templateId") `);
        await queryRunner.query(`CREATE TABLE "posting_report" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "postingId" integer NOT NULL, "reporterUserId" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "reason" varchar(12) NOT NULL, "detail" varchar(500), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_posting_report_county" ON "posting_report" ("countyCode", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_posting_report_reporter" ON "posting_report" ("postingId", "reporterUserId") `);
        await queryRunner.query(`CREATE TABLE "posting" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "employerId" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "trade" varchar(40) NOT NULL, "title" varchar(60) NOT NULL, "description" varchar(2000) NOT NULL, "headcount" integer NOT NULL, "filledCount" integer NOT NULL DEFAULT (0), "payAmountFen" integer NOT NULL, "payUnit" varchar(8) NOT NULL, "settlement" varchar(16) NOT NULL, "address" varchar(200) NOT NULL, "lat" decimal(9,6) NOT NULL, "lng" decimal(9,6) NOT NULL, "latCell" integer NOT NULL, "startDate" date NOT NULL, "durationDays" integer NOT NULL, "endDate" date NOT NULL, "workHours" varchar(100) NOT NULL, "requirements" varchar(1000), "contactPhone" varchar(20) NOT NULL, "validUntil" datetime(6) NOT NULL, "status" varchar(16) NOT NULL, "statusReason" varchar(500), "reviewNotes" text, "reviewedAt" datetime(6), "reviewedBy" integer, "publishedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_posting_county_status" ON "posting" ("countyCode", "status") `);
        await queryRunner.query(`CREATE INDEX "IDX_posting_employer" ON "posting" ("employerId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_posting_status_valid_until" ON "posting" ("status", "validUntil") `);
        await queryRunner.query(`CREATE INDEX "IDX_posting_status_cell" ON "posting" ("status", "latCell", "lng", "lat", "validUntil", "employerId", "trade", "payAmountFen", "payUnit", "settlement", "publishedAt") `);
        await queryRunner.query(`CREATE TABLE "worker_trade" ("workerId" integer NOT NULL, "tradeCode" varchar(40) NOT NULL, "lat" decimal(9,6), "lng" decimal(9,6), "latCell" integer, PRIMARY KEY ("workerId", "tradeCode"))`);
        await queryRunner.query(`CREATE INDEX "IDX_worker_trade_cell" ON "worker_trade" ("tradeCode", "latCell", "lng", "lat") `);
        // Workers registered before this migration: fill the candidates index from their trades.
        const workers: { id: number; trades: string; lat: string | number | null; lng: string | number | null }[] = await queryRunner.query(`SELECT "id", "trades", "lat", "lng" FROM "worker" WHERE "anonymisedAt" IS NULL`);
        for (const worker of workers) {
            for (const tradeCode of new Set(JSON.parse(worker.trades) as string[])) {
                // latCellOf (@lingong/shared), written out: migrations must not depend on application code.
                const latCell = worker.lat === null ? null : Math.floor(Number(worker.lat) * 20);
                await queryRunner.query(`INSERT INTO "worker_trade" ("workerId", "tradeCode", "lat", "lng", "latCell") VALUES (?, ?, ?, ?, ?)`, [worker.id, tradeCode, worker.lat, worker.lng, latCell]);
            }
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_worker_trade_cell"`);
        await queryRunner.query(`DROP TABLE "worker_trade"`);
        await queryRunner.query(`DROP INDEX "IDX_posting_status_cell"`);
        await queryRunner.query(`DROP INDEX "IDX_posting_status_valid_until"`);
        await queryRunner.query(`DROP INDEX "IDX_posting_employer"`);
        await queryRunner.query(`DROP INDEX "IDX_posting_county_status"`);
        await queryRunner.query(`DROP TABLE "posting"`);
        await queryRunner.query(`DROP INDEX "UQ_posting_report_reporter"`);
        await queryRunner.query(`DROP INDEX "IDX_posting_report_county"`);
        await queryRunner.query(`DROP TABLE "posting_report"`);
        await queryRunner.query(`DROP INDEX "UQ_subscribe_credit_openid_template"`);
        await queryRunner.query(`DROP TABLE "subscribe_credit"`);
        await queryRunner.query(`DROP INDEX "IDX_notification_status"`);
        await queryRunner.query(`DROP INDEX "IDX_notification_user"`);
        await queryRunner.query(`DROP TABLE "notification"`);
        await queryRunner.query(`DROP INDEX "UQ_rating_hire_side"`);
        await queryRunner.query(`DROP INDEX "IDX_rating_subject"`);
        await queryRunner.query(`DROP TABLE "rating"`);
        await queryRunner.query(`DROP INDEX "UQ_hire_application"`);
        await queryRunner.query(`DROP INDEX "IDX_hire_worker_dates"`);
        await queryRunner.query(`DROP INDEX "IDX_hire_employer"`);
        await queryRunner.query(`DROP INDEX "IDX_hire_posting"`);
        await queryRunner.query(`DROP TABLE "hire"`);
        await queryRunner.query(`DROP INDEX "UQ_application_posting_worker"`);
        await queryRunner.query(`DROP INDEX "IDX_application_worker"`);
        await queryRunner.query(`DROP TABLE "application"`);
    }

}
