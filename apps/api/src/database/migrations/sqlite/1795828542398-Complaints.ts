import { MigrationInterface, QueryRunner } from "typeorm";

export class Complaints1795828542398 implements MigrationInterface {
    name = 'Complaints1795828542398'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "calendar_exception" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "date" date NOT NULL, "scopeCode" varchar(6) NOT NULL, "working" boolean NOT NULL, "reason" varchar(200) NOT NULL, "createdBy" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_calendar_exception_scope_date" ON "calendar_exception" ("scopeCode", "date") `);
        await queryRunner.query(`CREATE TABLE "complaint_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaintId" integer NOT NULL, "actorUserId" integer, "actorRole" varchar(12) NOT NULL, "action" varchar(20) NOT NULL, "fromStatus" varchar(16), "toStatus" varchar(16), "reason" varchar(2000), "internal" boolean NOT NULL, "data" text, "at" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_complaint_event_complaint" ON "complaint_event" ("complaintId", "id") `);
        await queryRunner.query(`CREATE TABLE "complaint_evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaintId" integer NOT NULL, "uploaderUserId" integer NOT NULL, "uploaderRole" varchar(12) NOT NULL, "storageName" varchar(64) NOT NULL, "fileName" varchar(200) NOT NULL, "contentType" varchar(40) NOT NULL, "sizeBytes" integer NOT NULL, "sha256" varchar(64) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_complaint_evidence_storage" ON "complaint_evidence" ("storageName") `);
        await queryRunner.query(`CREATE INDEX "IDX_complaint_evidence_complaint" ON "complaint_evidence" ("complaintId", "id") `);
        await queryRunner.query(`CREATE TABLE "complaint_reminder" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaintId" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "operatorUserId" integer, "kind" varchar(12) NOT NULL, "dueOn" date NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_complaint_reminder_operator" ON "complaint_reminder" ("operatorUserId", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_complaint_reminder" ON "complaint_reminder" ("complaintId", "kind", "dueOn") `);
        await queryRunner.query(`CREATE TABLE "complaint" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complainantUserId" integer NOT NULL, "anonymous" boolean NOT NULL, "complainantName" varchar(50), "complainantPhone" varchar(20), "category" varchar(20) NOT NULL, "respondentEmployerId" integer, "respondentName" varchar(100) NOT NULL, "respondentAddress" varchar(200), "respondentPersonInCharge" varchar(50), "facts" text NOT NULL, "request" varchar(1000) NOT NULL, "amountFen" integer, "periodFrom" date, "periodTo" date, "postingId" integer, "hireId" integer, "countyCode" varchar(6) NOT NULL, "status" varchar(16) NOT NULL, "submittedOn" date NOT NULL, "acceptanceDueOn" date NOT NULL, "decidedOn" date, "acceptedOn" date, "resolutionDueOn" date, "extended" boolean NOT NULL DEFAULT (0), "resolvedOn" date, "nextDueOn" date, "overdue" boolean NOT NULL DEFAULT (0), "referredTo" varchar(100), "recoveredFen" integer, "assignedOperatorId" integer, "source" varchar(8) NOT NULL, "dedupeHash" varchar(64) NOT NULL, "dedupeSlot" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_complaint_hire" ON "complaint" ("hireId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_complaint_dedupe" ON "complaint" ("complainantUserId", "dedupeHash", "dedupeSlot") `);
        await queryRunner.query(`CREATE INDEX "IDX_complaint_overdue_scan" ON "complaint" ("status", "nextDueOn") `);
        await queryRunner.query(`CREATE INDEX "IDX_complaint_complainant" ON "complaint" ("complainantUserId", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_complaint_county_submitted" ON "complaint" ("countyCode", "submittedOn") `);
        await queryRunner.query(`CREATE INDEX "IDX_complaint_county_due" ON "complaint" ("countyCode", "nextDueOn") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_complaint_county_due"`);
        await queryRunner.query(`DROP INDEX "IDX_complaint_county_submitted"`);
        await queryRunner.query(`DROP INDEX "IDX_complaint_complainant"`);
        await queryRunner.query(`DROP INDEX "IDX_complaint_overdue_scan"`);
        await queryRunner.query(`DROP INDEX "UQ_complaint_dedupe"`);
        await queryRunner.query(`DROP INDEX "UQ_complaint_hire"`);
        await queryRunner.query(`DROP TABLE "complaint"`);
        await queryRunner.query(`DROP INDEX "UQ_complaint_reminder"`);
        await queryRunner.query(`DROP INDEX "IDX_complaint_reminder_operator"`);
        await queryRunner.query(`DROP TABLE "complaint_reminder"`);
        await queryRunner.query(`DROP INDEX "IDX_complaint_evidence_complaint"`);
        await queryRunner.query(`DROP INDEX "UQ_complaint_evidence_storage"`);
        await queryRunner.query(`DROP TABLE "complaint_evidence"`);
        await queryRunner.query(`DROP INDEX "IDX_complaint_event_complaint"`);
        await queryRunner.query(`DROP TABLE "complaint_event"`);
        await queryRunner.query(`DROP INDEX "UQ_calendar_exception_scope_date"`);
        await queryRunner.query(`DROP TABLE "calendar_exception"`);
    }

}
