import { MigrationInterface, QueryRunner } from "typeorm";

export class ConsoleLogin1796697452665 implements MigrationInterface {
    name = 'ConsoleLogin1796697452665'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`auth_session\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`stage\` varchar(16) NOT NULL DEFAULT 'full', \`idleTimeoutSeconds\` int NULL, \`lastSeenAt\` datetime(6) NOT NULL, \`expiresAt\` datetime(6) NOT NULL, \`endedAt\` datetime(6) NULL, \`endReason\` varchar(16) NULL, \`ip\` varchar(64) NULL, \`userAgent\` varchar(255) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_auth_session_user\` (\`userId\`, \`endedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`console_login_ticket\` (\`id\` varchar(32) NOT NULL, \`expiresAt\` datetime(6) NOT NULL, \`approvedByUserId\` int NULL, \`approvedAt\` datetime(6) NULL, \`usedAt\` datetime(6) NULL, \`ip\` varchar(64) NULL, \`userAgent\` varchar(255) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`totp_credential\` (\`userId\` int NOT NULL, \`secretEncrypted\` varchar(255) NOT NULL, \`confirmedAt\` datetime(6) NULL, \`lastUsedStep\` int NOT NULL DEFAULT '0', \`recoveryCodeHashes\` text NULL, \`failedAttempts\` int NOT NULL DEFAULT '0', \`lockedUntil\` datetime(6) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (\`userId\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE INDEX \`IDX_audit_event_at\` ON \`audit_event\` (\`at\`)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_audit_event_at\` ON \`audit_event\``);
        await queryRunner.query(`DROP TABLE \`totp_credential\``);
        await queryRunner.query(`DROP TABLE \`console_login_ticket\``);
        await queryRunner.query(`DROP INDEX \`IDX_auth_session_user\` ON \`auth_session\``);
        await queryRunner.query(`DROP TABLE \`auth_session\``);
    }

}
