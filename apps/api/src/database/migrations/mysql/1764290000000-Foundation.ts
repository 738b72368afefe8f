import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1764290000000 implements MigrationInterface {
    name = 'Foundation1764290000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`audit_event\` (\`id\` int NOT NULL AUTO_INCREMENT, \`actorUserId\` int NULL, \`action\` varchar(64) NOT NULL, \`entityType\` varchar(32) NOT NULL, \`entityId\` int NOT NULL, \`countyCode\` varchar(6) NULL, \`reason\` varchar(500) NULL, \`data\` text NULL, \`at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_audit_event_actor\` (\`actorUserId\`), INDEX \`IDX_audit_event_entity\` (\`entityType\`, \`entityId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`employer\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`kind\` varchar(12) NOT NULL, \`name\` varchar(100) NOT NULL, \`creditCode\` varchar(18) NULL, \`contactName\` varchar(50) NOT NULL, \`phone\` varchar(20) NOT NULL, \`address\` varchar(200) NOT NULL, \`countyCode\` varchar(6) NOT NULL, \`status\` varchar(16) NOT NULL, \`statusReason\` varchar(500) NULL, \`statusChangedAt\` datetime(6) NULL, \`statusChangedBy\` int NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_employer_user\` (\`userId\`), UNIQUE INDEX \`UQ_employer_credit_code\` (\`creditCode\`), INDEX \`IDX_employer_county_status\` (\`countyCode\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`market\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(100) NOT NULL, \`type\` varchar(12) NOT NULL, \`countyCode\` varchar(6) NOT NULL, \`address\` varchar(200) NOT NULL, \`lat\` decimal(9,6) NOT NULL, \`lng\` decimal(9,6) NOT NULL, \`openingHours\` varchar(11) NOT NULL, \`services\` text NOT NULL, \`phone\` varchar(20) NOT NULL, \`trades\` text NOT NULL, \`status\` varchar(8) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_market_county\` (\`countyCode\`), INDEX \`IDX_market_location\` (\`lat\`, \`lng\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`pii_access_log\` (\`id\` int NOT NULL AUTO_INCREMENT, \`actorUserId\` int NULL, \`subjectUserId\` int NOT NULL, \`field\` varchar(32) NOT NULL, \`purpose\` varchar(100) NOT NULL, \`at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_pii_access_log_subject\` (\`subjectUserId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`app_user\` (\`id\` int NOT NULL AUTO_INCREMENT, \`openid\` varchar(64) NOT NULL, \`unionid\` varchar(64) NULL, \`roles\` text NOT NULL, \`countyCode\` varchar(6) NULL, \`phone\` varchar(20) NULL, \`phoneVerifiedAt\` datetime(6) NULL, \`lastLoginAt\` datetime(6) NULL, \`closedAt\` datetime(6) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_app_user_openid\` (\`openid\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`consent_record\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`scope\` varchar(40) NOT NULL, \`version\` varchar(32) NOT NULL, \`agreedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`withdrawnAt\` datetime(6) NULL, INDEX \`IDX_consent_record_user\` (\`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`worker\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`realName\` varchar(50) NOT NULL, \`idCipher\` varchar(200) NULL, \`idHash\` varchar(64) NULL, \`idMasked\` varchar(18) NULL, \`birthDate\` date NULL, \`gender\` varchar(6) NULL, \`phone\` varchar(20) NULL, \`phoneVerified\` tinyint NOT NULL DEFAULT 0, \`trades\` text NOT NULL, \`countyCode\` varchar(6) NOT NULL, \`lat\` decimal(9,6) NULL, \`lng\` decimal(9,6) NULL, \`locationUpdatedAt\` datetime(6) NULL, \`consentVersion\` varchar(32) NOT NULL, \`consentAt\` datetime(6) NOT NULL, \`anonymisedAt\` datetime(6) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_worker_user\` (\`userId\`), UNIQUE INDEX \`UQ_worker_id_hash\` (\`idHash\`), INDEX \`IDX_worker_location\` (\`lat\`, \`lng\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_worker_location\` ON \`worker\``);
        await queryRunner.query(`DROP INDEX \`UQ_worker_id_hash\` ON \`worker\``);
        await queryRunner.query(`DROP INDEX \`UQ_worker_user\` ON \`worker\``);
        await queryRunner.query(`DROP TABLE \`worker\``);
        await queryRunner.query(`DROP INDEX \`IDX_consent_record_user\` ON \`consent_record\``);
        await queryRunner.query(`DROP TABLE \`consent_record\``);
        await queryRunner.query(`DROP INDEX \`UQ_app_user_openid\` ON \`app_user\``);
        await queryRunner.query(`DROP TABLE \`app_user\``);
        await queryRunner.query(`DROP INDEX \`IDX_pii_access_log_subject\` ON \`pii_access_log\``);
        await queryRunner.query(`DROP TABLE \`pii_access_log\``);
        await queryRunner.query(`DROP INDEX \`IDX_market_location\` ON \`market\``);
        await queryRunner.query(`DROP INDEX \`IDX_market_county\` ON \`market\``);
        await queryRunner.query(`DROP TABLE \`market\``);
        await queryRunner.query(`DROP INDEX \`IDX_employer_county_status\` ON \`employer\``);
        await queryRunner.query(`DROP INDEX \`UQ_employer_credit_code\` ON \`employer\``);
        await queryRunner.query(`DROP INDEX \`UQ_employer_user\` ON \`employer\``);
        await queryRunner.query(`DROP TABLE \`employer\``);
        await queryRunner.query(`DROP INDEX \`IDX_audit_event_entity\` ON \`audit_event\``);
        await queryRunner.query(`DROP INDEX \`IDX_audit_event_actor\` ON \`audit_event\``);
        await queryRunner.query(`DROP TABLE \`audit_event\``);
    }

}
