import { MigrationInterface, QueryRunner } from "typeorm";

export class Postings1795830138848 implements MigrationInterface {
    name = 'Postings1795830138848'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`application\` (\`id\` int NOT NULL AUTO_INCREMENT, \`postingId\` int NOT NULL, \`workerId\` int NOT NULL, \`employerId\` int NOT NULL, \`kind\` varchar(12) NOT NULL, \`status\` varchar(12) NOT NULL, \`cancelReason\` varchar(500) NULL, \`hireId\` int NULL, \`decidedAt\` datetime(6) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_application_worker\` (\`workerId\`, \`id\`), UNIQUE INDEX \`UQ_application_posting_worker\` (\`postingId\`, \`workerId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`hire\` (\`id\` int NOT NULL AUTO_INCREMENT, \`applicationId\` int NOT NULL, \`postingId\` int NOT NULL, \`workerId\` int NOT NULL, \`employerId\` int NOT NULL, \`countyCode\` varchar(6) NOT NULL, \`trade\` varchar(40) NOT NULL, \`payAmountFen\` int NOT NULL, \`payUnit\` varchar(8) NOT NULL, \`settlement\` varchar(16) NOT NULL, \`startDate\` date NOT NULL, \`endDate\` date NOT NULL, \`address\` varchar(200) NOT NULL, \`lat\` decimal(9,6) NOT NULL, \`lng\` decimal(9,6) NOT NULL, \`workHours\` varchar(100) NOT NULL, \`agreementText\` text NOT NULL, \`agreementHash\` varchar(64) NULL, \`workerConfirmedAt\` datetime(6) NULL, \`employerConfirmedAt\` datetime(6) NULL, \`paymentStatus\` varchar(8) NOT NULL DEFAULT 'pending', \`paymentReportedAt\` datetime(6) NULL, \`cancelledAt\` datetime(6) NULL, \`cancelledBy\` int NULL, \`cancelReason\` varchar(500) NULL, \`noShow\` tinyint NOT NULL DEFAULT 0, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_hire_posting\` (\`postingId\`), INDEX \`IDX_hire_employer\` (\`employerId\`, \`id\`), INDEX \`IDX_hire_worker_dates\` (\`workerId\`, \`startDate\`, \`endDate\`), UNIQUE INDEX \`UQ_hire_application\` (\`applicationId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`rating\` (\`id\` int NOT NULL AUTO_INCREMENT, \`hireId\` int NOT NULL, \`fromSide\` varchar(8) NOT NULL, \`subjectType\` varchar(8) NOT NULL, \`subjectId\` int NOT NULL, \`score\` int NOT NULL, \`tags\` text NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_rating_subject\` (\`subjectType\`, \`subjectId\`), UNIQUE INDEX \`UQ_rating_hire_side\` (\`hireId\`, \`fromSide\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`notification\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NULL, \`event\` varchar(40) NOT NULL, \`payload\` text NOT NULL, \`status\` varchar(12) NOT NULL DEFAULT 'pending', \`attempts\` int NOT NULL DEFAULT '0', \`lastError\` varchar(200) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`claimedAt\` datetime(6) NULL, \`sentAt\` datetime(6) NULL, INDEX \`IDX_notification_user\` (\`userId\`, \`id\`), INDEX \`IDX_notification_status\` (\`status\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`subscribe_credit\` (\`id\` int NOT NULL AUTO_INCREMENT, \`openid\` varchar(64) NOT NULL, \`templateId\` varchar(64) NOT NULL, \`credits\` int NOT NULL DEFAULT '0', \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_subscribe_credit_openid_template\` (\`openid\`, \`templateId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`posting_report\` (\`id\` int NOT NULL AUTO_INCREMENT, \`postingId\` int NOT NULL, \`reporterUserId\` int NOT NULL, \`countyCode\` varchar(6) NOT NULL, \`reason\` varchar(12) NOT NULL, \`detail\` varchar(500) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_posting_report_county\` (\`countyCode\`, \`id\`), UNIQUE INDEX \`UQ_posting_report_reporter\` (\`postingId\`, \`reporterUserId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`posting\` (\`id\` int NOT NULL AUTO_INCREMENT, \`employerId\` int NOT NULL, \`countyCode\` varchar(6) NOT NULL, \`trade\` varchar(40) NOT NULL, \`title\` varchar(60) NOT NULL, \`description\` varchar(2000) NOT NULL, \`headcount\` int NOT NULL, \`filledCount\` int NOT NULL DEFAULT '0', \`payAmountFen\` int NOT NULL, \`payUnit\` varchar(8) NOT NULL, \`settlement\` varchar(16) NOT NULL, \`address\` varchar(200) NOT NULL, \`lat\` decimal(9,6) NOT NULL, \`lng\` decimal(9,6) NOT NULL, \`latCell\` int NOT NULL, \`startDate\` date NOT NULL, \`durationDays\` int NOT NULL, \`endDate\` date NOT NULL, \`workHours\` varchar(100) NOT NULL, \`requirements\` varchar(1000) NULL, \`contactPhone\` varchar(20) NOT NULL, \`validUntil\` datetime(6) NOT NULL, \`status\` varchar(16) NOT NULL, \`statusReason\` varchar(500) NULL, \`reviewNotes\` text NULL, \`reviewedAt\` datetime(6) NULL, \`reviewedBy\` int NULL, \`publishedAt\` datetime(6) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_posting_county_status\` (\`countyCode\`, \`status\`), INDEX \`IDX_posting_employer\` (\`employerId\`, \`id\`), INDEX \`IDX_posting_status_valid_until\` (\`status\`, \`validUntil\`), INDEX \`IDX_posting_status_cell\` (\`status\`, \`latCell\`, \`lng\`, \`lat\`, \`validUntil\`, \`employerId\`, \`trade\`, \`payAmountFen\`, \`payUnit\`, \`settlement\`, \`publishedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`worker_trade\` (\`workerId\` int NOT NULL, \`tradeCode\` varchar(40) NOT NULL, \`lat\` decimal(9,6) NULL, \`lng\` decimal(9,6) NULL, \`latCell\` int NULL, INDEX \`IDX_worker_trade_cell\` (\`tradeCode\`, \`latCell\`, \`lng\`, \`lat\`), PRIMARY KEY (\`workerId\`, \`tradeCode\`)) ENGINE=InnoDB`);
        // Workers registered before this migration: fill the candidates index from their trades.
        const workers: { id: number; trades: string; lat: string | number | null; lng: string | number | null }[] = await queryRunner.query(`SELECT \`id\`, \`trades\`, \`lat\`, \`lng\` FROM \`worker\` WHERE \`anonymisedAt\` IS NULL`);
        for (const worker of workers) {
            for (const tradeCode of new Set(JSON.parse(worker.trades) as string[])) {
                // latCellOf (@lingong/shared), written out: migrations must not depend on application code.
                const latCell = worker.lat === null ? null : Math.floor(Number(worker.lat) * 20);
                await queryRunner.query(`INSERT INTO \`worker_trade\` (\`workerId\`, \`tradeCode\`, \`lat\`, \`lng\`, \`latCell\`) VALUES (?, ?, ?, ?, ?)`, [worker.id, tradeCode, worker.lat, worker.lng, latCell]);
            }
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_worker_trade_cell\` ON \`worker_trade\``);
        await queryRunner.query(`DROP TABLE \`worker_trade\``);
        await queryRunner.query(`DROP INDEX \`IDX_posting_status_cell\` ON \`posting\``);
        await queryRunner.query(`DROP INDEX \`IDX_posting_status_valid_until\` ON \`posting\``);
        await queryRunner.query(`DROP INDEX \`IDX_posting_employer\` ON \`posting\``);
        await queryRunner.query(`DROP INDEX \`IDX_posting_county_status\` ON \`posting\``);
        await queryRunner.query(`DROP TABLE \`posting\``);
        await queryRunner.query(`DROP INDEX \`UQ_posting_report_reporter\` ON \`posting_report\``);
        await queryRunner.query(`DROP INDEX \`IDX_posting_report_county\` ON \`posting_report\``);
        await queryRunner.query(`DROP TABLE \`posting_report\``);
        await queryRunner.query(`DROP INDEX \`UQ_subscribe_credit_openid_template\` ON \`subscribe_credit\``);
        await queryRunner.query(`DROP TABLE \`subscribe_credit\``);
        await queryRunner.query(`DROP INDEX \`IDX_notification_status\` ON \`notification\``);
        await queryRunner.query(`DROP INDEX \`IDX_notification_user\` ON \`notification\``);
        await queryRunner.query(`DROP TABLE \`notification\``);
        await queryRunner.query(`DROP INDEX \`UQ_rating_hire_side\` ON \`rating\``);
        await queryRunner.query(`DROP INDEX \`IDX_rating_subject\` ON \`rating\``);
        await queryRunner.query(`DROP TABLE \`rating\``);
        await queryRunner.query(`DROP INDEX \`UQ_hire_application\` ON \`hire\``);
        await queryRunner.query(`DROP INDEX \`IDX_hire_worker_dates\` ON \`hire\``);
        await queryRunner.query(`DROP INDEX \`IDX_hire_employer\` ON \`hire\``);
        await queryRunner.query(`DROP INDEX \`IDX_hire_posting\` ON \`hire\``);
        await queryRunner.query(`DROP TABLE \`hire\``);
        await queryRunner.query(`DROP INDEX \`UQ_application_posting_worker\` ON \`application\``);
        await queryRunner.query(`DROP INDEX \`IDX_application_worker\` ON \`application\``);
        await queryRunner.query(`DROP TABLE \`application\``);
    }

}
