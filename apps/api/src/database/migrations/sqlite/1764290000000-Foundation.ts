import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1764290000000 implements MigrationInterface {
    name = 'Foundation1764290000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "actorUserId" integer, "action" varchar(64) NOT NULL, "entityType" varchar(32) NOT NULL, "entityId" integer NOT NULL, "countyCode" varchar(6), "reason" varchar(500), "data" text, "at" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_audit_event_actor" ON "audit_event" ("actorUserId") `);
        await queryRunner.query(`CREATE INDEX "IDX_audit_event_entity" ON "audit_event" ("entityType", "entityId") `);
        await queryRunner.query(`CREATE TABLE "employer" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(12) NOT NULL, "name" varchar(100) NOT NULL, "creditCode" varchar(18), "contactName" varchar(50) NOT NULL, "phone" varchar(20) NOT NULL, "address" varchar(200) NOT NULL, "countyCode" varchar(6) NOT NULL, "status" varchar(16) NOT NULL, "statusReason" varchar(500), "statusChangedAt" datetime(6), "statusChangedBy" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_employer_user" ON "employer" ("userId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_employer_credit_code" ON "employer" ("creditCode") `);
        await queryRunner.query(`CREATE INDEX "IDX_employer_county_status" ON "employer" ("countyCode", "status") `);
        await queryRunner.query(`CREATE TABLE "market" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "type" varchar(12) NOT NULL, "countyCode" varchar(6) NOT NULL, "address" varchar(200) NOT NULL, "lat" decimal(9,6) NOT NULL, "lng" decimal(9,6) NOT NULL, "openingHours" varchar(11) NOT NULL, "services" text NOT NULL, "phone" varchar(20) NOT NULL, "trades" text NOT NULL, "status" varchar(8) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_market_county" ON "market" ("countyCode") `);
        await queryRunner.query(`CREATE INDEX "IDX_market_location" ON "market" ("lat", "lng") `);
        await queryRunner.query(`CREATE TABLE "pii_access_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "actorUserId" integer, "subjectUserId" integer NOT NULL, "field" varchar(32) NOT NULL, "purpose" varchar(100) NOT NULL, "at" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_pii_access_log_subject" ON "pii_access_log" ("subjectUserId") `);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "openid" varchar(64) NOT NULL, "unionid" varchar(64), "roles" text NOT NULL, "countyCode" varchar(6), "phone" varchar(20), "phoneVerifiedAt" datetime(6), "lastLoginAt" datetime(6), "closedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_openid" ON "app_user" ("openid") `);
        await queryRunner.query(`CREATE TABLE "consent_record" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "scope" varchar(40) NOT NULL, "version" varchar(32) NOT NULL, "agreedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "withdrawnAt" datetime(6))`);
        await queryRunner.query(`CREATE INDEX "IDX_consent_record_user" ON "consent_record" ("userId") `);
        await queryRunner.query(`CREATE TABLE "worker" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "realName" varchar(50) NOT NULL, "idCipher" varchar(200), "idHash" varchar(64), "idMasked" varchar(18), "birthDate" date, "gender" varchar(6), "phone" varchar(20), "phoneVerified" boolean NOT NULL DEFAULT (0), "trades" text NOT NULL, "countyCode" varchar(6) NOT NULL, "lat" decimal(9,6), "lng" decimal(9,6), "locationUpdatedAt" datetime(6), "consentVersion" varchar(32) NOT NULL, "consentAt" datetime(6) NOT NULL, "anonymisedAt" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_worker_user" ON "worker" ("userId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_worker_id_hash" ON "worker" ("idHash") `);
        await queryRunner.query(`CREATE INDEX "IDX_worker_location" ON "worker" ("lat", "lng") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_worker_location"`);
        await queryRunner.query(`DROP INDEX "UQ_worker_id_hash"`);
        await queryRunner.query(`DROP INDEX "UQ_worker_user"`);
        await queryRunner.query(`DROP TABLE "worker"`);
        await queryRunner.query(`DROP INDEX "IDX_consent_record_user"`);
        await queryRunner.query(`DROP TABLE "consent_record"`);
        await queryRunner.query(`DROP INDEX "UQ_app_user_openid"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP INDEX "IDX_pii_access_log_subject"`);
        await queryRunner.query(`DROP TABLE "pii_access_log"`);
        await queryRunner.query(`DROP INDEX "IDX_market_location"`);
        await queryRunner.query(`DROP INDEX "IDX_market_county"`);
        await queryRunner.query(`DROP TABLE "market"`);
        await queryRunner.query(`DROP INDEX "IDX_employer_county_status"`);
        await queryRunner.query(`DROP INDEX "UQ_employer_credit_code"`);
        await queryRunner.query(`DROP INDEX "UQ_employer_user"`);
        await queryRunner.query(`DROP TABLE "employer"`);
        await queryRunner.query(`DROP INDEX "IDX_audit_event_entity"`);
        await queryRunner.query(`DROP INDEX "IDX_audit_event_actor"`);
        await queryRunner.query(`DROP TABLE "audit_event"`);
    }

}
