import { MigrationInterface, QueryRunner } from "typeorm";

export class Complaints1795828542398 implements MigrationInterface {
    name = 'Complaints1795828542398'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`calendar_exception\` (\`id\` int NOT NULL AUTO_INCREMENT, \`date\` date NOT NULL, \`scopeCode\` varchar(6) NOT NULL, \`working\` tinyint NOT NULL, \`reason\` varchar(200) NOT NULL, \`createdBy\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_calendar_exception_scope_date\` (\`scopeCode\`, \`date\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`complaint_event\` (\`id\` int NOT NULL AUTO_INCREMENT, \`complaintId\` int NOT NULL, \`actorUserId\` int NULL, \`actorRole\` varchar(12) NOT NULL, \`action\` varchar(20) NOT NULL, \`fromStatus\` varchar(16) NULL, \`toStatus\` varchar(16) NULL, \`reason\` varchar(2000) NULL, \`internal\` tinyint NOT NULL, \`data\` text NULL, \`at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_complaint_event_complaint\` (\`complaintId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`complaint_evidence\` (\`id\` int NOT NULL AUTO_INCREMENT, \`complaintId\` int NOT NULL, \`uploaderUserId\` int NOT NULL, \`uploaderRole\` varchar(12) NOT NULL, \`storageName\` varchar(64) NOT NULL, \`fileName\` varchar(200) NOT NULL, \`contentType\` varchar(40) NOT NULL, \`sizeBytes\` int NOT NULL, \`sha256\` varchar(64) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_complaint_evidence_storage\` (\`storageName\`), INDEX \`IDX_complaint_evidence_complaint\` (\`complaintId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`complaint_reminder\` (\`id\` int NOT NULL AUTO_INCREMENT, \`complaintId\` int NOT NULL, \`countyCode\` varchar(6) NOT NULL, \`operatorUserId\` int NULL, \`kind\` varchar(12) NOT NULL, \`dueOn\` date NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_complaint_reminder_operator\` (\`operatorUserId\`, \`id\`), UNIQUE INDEX \`UQ_complaint_reminder\` (\`complaintId\`, \`kind\`, \`dueOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`complaint\` (\`id\` int NOT NULL AUTO_INCREMENT, \`complainantUserId\` int NOT NULL, \`anonymous\` tinyint NOT NULL, \`complainantName\` varchar(50) NULL, \`complainantPhone\` varchar(20) NULL, \`category\` varchar(20) NOT NULL, \`respondentEmployerId\` int NULL, \`respondentName\` varchar(100) NOT NULL, \`respondentAddress\` varchar(200) NULL, \`respondentPersonInCharge\` varchar(50) NULL, \`facts\` text NOT NULL, \`request\` varchar(1000) NOT NULL, \`amountFen\` int NULL, \`periodFrom\` date NULL, \`periodTo\` date NULL, \`postingId\` int NULL, \`hireId\` int NULL, \`countyCode\` varchar(6) NOT NULL, \`status\` varchar(16) NOT NULL, \`submittedOn\` date NOT NULL, \`acceptanceDueOn\` date NOT NULL, \`decidedOn\` date NULL, \`acceptedOn\` date NULL, \`resolutionDueOn\` date NULL, \`extended\` tinyint NOT NULL DEFAULT 0, \`resolvedOn\` date NULL, \`nextDueOn\` date NULL, \`overdue\` tinyint NOT NULL DEFAULT 0, \`referredTo\` varchar(100) NULL, \`recoveredFen\` int NULL, \`assignedOperatorId\` int NULL, \`source\` varchar(8) NOT NULL, \`dedupeHash\` varchar(64) NOT NULL, \`dedupeSlot\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_complaint_hire\` (\`hireId\`), UNIQUE INDEX \`UQ_complaint_dedupe\` (\`complainantUserId\`, \`dedupeHash\`, \`dedupeSlot\`), INDEX \`IDX_complaint_overdue_scan\` (\`status\`, \`nextDueOn\`), INDEX \`IDX_complaint_complainant\` (\`complainantUserId\`, \`id\`), INDEX \`IDX_complaint_county_submitted\` (\`countyCode\`, \`submittedOn\`), INDEX \`IDX_complaint_county_due\` (\`countyCode\`, \`nextDueOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_complaint_county_due\` ON \`complaint\``);
        await queryRunner.query(`DROP INDEX \`IDX_complaint_county_submitted\` ON \`complaint\``);
        await queryRunner.query(`DROP INDEX \`IDX_complaint_complainant\` ON \`complaint\``);
        await queryRunner.query(`DROP INDEX \`IDX_complaint_overdue_scan\` ON \`complaint\``);
        await queryRunner.query(`DROP INDEX \`UQ_complaint_dedupe\` ON \`complaint\``);
        await queryRunner.query(`DROP INDEX \`UQ_complaint_hire\` ON \`complaint\``);
        await queryRunner.query(`DROP TABLE \`complaint\``);
        await queryRunner.query(`DROP INDEX \`UQ_complaint_reminder\` ON \`complaint_reminder\``);
        await queryRunner.query(`DROP INDEX \`IDX_complaint_reminder_operator\` ON \`complaint_reminder\``);
        await queryRunner.query(`DROP TABLE \`complaint_reminder\``);
        await queryRunner.query(`DROP INDEX \`IDX_complaint_evidence_complaint\` ON \`complaint_evidence\``);
        await queryRunner.query(`DROP INDEX \`UQ_complaint_evidence_storage\` ON \`complaint_evidence\``);
        await queryRunner.query(`DROP TABLE \`complaint_evidence\``);
        await queryRunner.query(`DROP INDEX \`IDX_complaint_event_complaint\` ON \`complaint_event\``);
        await queryRunner.query(`DROP TABLE \`complaint_event\``);
        await queryRunner.query(`DROP INDEX \`UQ_calendar_exception_scope_date\` ON \`calendar_exception\``);
        await queryRunner.query(`DROP TABLE \`calendar_exception\``);
    }

}
