import { MigrationInterface, QueryRunner } from "typeorm";

export class StaffInvitations1795838390234 implements MigrationInterface {
    name = 'StaffInvitations1795838390234'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "staff_invitation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "codeHash" varchar(64) NOT NULL, "role" varchar(16) NOT NULL, "countyCode" varchar(6), "createdByUserId" integer, "expiresAt" datetime(6) NOT NULL, "usedAt" datetime(6), "usedByUserId" integer, "revokedAt" datetime(6), "revokedByUserId" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_staff_invitation_code_hash" ON "staff_invitation" ("codeHash") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "UQ_staff_invitation_code_hash"`);
        await queryRunner.query(`DROP TABLE "staff_invitation"`);
    }

}
