import { MigrationInterface, QueryRunner } from "typeorm";

export class ConsoleLogin1796697452665 implements MigrationInterface {
    name = 'ConsoleLogin1796697452665'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "auth_session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(16) NOT NULL, "stage" varchar(16) NOT NULL DEFAULT ('full'), "idleTimeoutSeconds" integer, "lastSeenAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL, "endedAt" datetime(6), "endReason" varchar(16), "ip" varchar(64), "userAgent" varchar(255), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_auth_session_user" ON "auth_session" ("userId", "endedAt") `);
        await queryRunner.query(`CREATE TABLE "console_login_ticket" ("id" varchar(32) PRIMARY KEY NOT NULL, "expiresAt" datetime(6) NOT NULL, "approvedByUserId" integer, "approvedAt" datetime(6), "usedAt" datetime(6), "ip" varchar(64), "userAgent" varchar(255), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE TABLE "totp_credential" ("userId" integer PRIMARY KEY NOT NULL, "secretEncrypted" varchar(255) NOT NULL, "confirmedAt" datetime(6), "lastUsedStep" integer NOT NULL DEFAULT (0), "recoveryCodeHashes" text, "failedAttempts" integer NOT NULL DEFAULT (0), "lockedUntil" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_audit_event_at" ON "audit_event" ("at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_audit_event_at"`);
        await queryRunner.query(`DROP TABLE "totp_credential"`);
        await queryRunner.query(`DROP TABLE "console_login_ticket"`);
        await queryRunner.query(`DROP INDEX "IDX_auth_session_user"`);
        await queryRunner.query(`DROP TABLE "auth_session"`);
    }

}
