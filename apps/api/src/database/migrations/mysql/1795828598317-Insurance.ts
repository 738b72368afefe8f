import { MigrationInterface, QueryRunner } from "typeorm";

export class Insurance1795828598317 implements MigrationInterface {
    name = 'Insurance1795828598317'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`insurance_claim\` (\`id\` int NOT NULL AUTO_INCREMENT, \`enrollmentId\` int NOT NULL, \`workerId\` int NOT NULL, \`workerUserId\` int NOT NULL, \`countyCode\` varchar(6) NOT NULL, \`reportedByUserId\` int NOT NULL, \`accidentAt\` datetime(6) NOT NULL, \`place\` varchar(200) NOT NULL, \`description\` varchar(2000) NOT NULL, \`injuries\` varchar(1000) NOT NULL, \`status\` varchar(12) NOT NULL, \`statusReason\` varchar(500) NULL, \`insurerClaimNo\` varchar(64) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_insurance_claim_enrollment\` (\`enrollmentId\`), INDEX \`IDX_insurance_claim_county\` (\`countyCode\`, \`status\`, \`id\`), INDEX \`IDX_insurance_claim_reporter\` (\`reportedByUserId\`, \`id\`), INDEX \`IDX_insurance_claim_worker_user\` (\`workerUserId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`insurance_coverage_day\` (\`id\` int NOT NULL AUTO_INCREMENT, \`workerId\` int NOT NULL, \`day\` date NOT NULL, \`enrollmentId\` int NOT NULL, INDEX \`IDX_insurance_coverage_day_enrollment\` (\`enrollmentId\`), UNIQUE INDEX \`UQ_insurance_coverage_day_worker_day\` (\`workerId\`, \`day\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`insurance_enrollment\` (\`id\` int NOT NULL AUTO_INCREMENT, \`reference\` varchar(32) NOT NULL, \`productId\` int NOT NULL, \`productSnapshot\` text NOT NULL, \`workerId\` int NOT NULL, \`workerUserId\` int NOT NULL, \`countyCode\` varchar(6) NOT NULL, \`requestedByUserId\` int NOT NULL, \`idempotencyKey\` varchar(64) NOT NULL, \`employerId\` int NULL, \`hireId\` int NULL, \`startDate\` date NOT NULL, \`endDate\` date NOT NULL, \`days\` int NOT NULL, \`occupationClass\` int NOT NULL, \`premiumFen\` int NOT NULL, \`workerShareFen\` int NOT NULL, \`employerShareFen\` int NOT NULL, \`governmentShareFen\` int NOT NULL, \`dailySplit\` text NOT NULL, \`status\` varchar(12) NOT NULL, \`policyNo\` varchar(64) NULL, \`failureReason\` varchar(200) NULL, \`submitAttempts\` int NOT NULL DEFAULT '0', \`lastSubmittedAt\` datetime(6) NULL, \`issuedAt\` datetime(6) NULL, \`cancelledAt\` datetime(6) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_insurance_enrollment_reference\` (\`reference\`), INDEX \`IDX_insurance_enrollment_status\` (\`status\`, \`lastSubmittedAt\`), INDEX \`IDX_insurance_enrollment_county\` (\`countyCode\`, \`id\`), INDEX \`IDX_insurance_enrollment_requester\` (\`requestedByUserId\`, \`id\`), INDEX \`IDX_insurance_enrollment_worker\` (\`workerId\`, \`id\`), UNIQUE INDEX \`UQ_insurance_enrollment_idempotency\` (\`requestedByUserId\`, \`idempotencyKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`insurance_product\` (\`id\` int NOT NULL AUTO_INCREMENT, \`insurer\` varchar(100) NOT NULL, \`insurerHotline\` varchar(20) NOT NULL, \`planCode\` varchar(40) NOT NULL, \`name\` varchar(100) NOT NULL, \`pricePerDayFen\` int NOT NULL, \`minAge\` int NOT NULL, \`maxAge\` int NOT NULL, \`occupationClasses\` text NOT NULL, \`cover\` text NOT NULL, \`terms\` text NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_insurance_product_plan_code\` (\`planCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`insurance_subsidy_rule\` (\`id\` int NOT NULL AUTO_INCREMENT, \`countyCode\` varchar(6) NOT NULL, \`productId\` int NULL, \`name\` varchar(100) NOT NULL, \`condition\` varchar(24) NOT NULL, \`workerShareBp\` int NOT NULL, \`employerShareBp\` int NOT NULL, \`governmentShareBp\` int NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_insurance_subsidy_rule_county\` (\`countyCode\`, \`active\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_insurance_subsidy_rule_county\` ON \`insurance_subsidy_rule\``);
        await queryRunner.query(`DROP TABLE \`insurance_subsidy_rule\``);
        await queryRunner.query(`DROP INDEX \`UQ_insurance_product_plan_code\` ON \`insurance_product\``);
        await queryRunner.query(`DROP TABLE \`insurance_product\``);
        await queryRunner.query(`DROP INDEX \`UQ_insurance_enrollment_idempotency\` ON \`insurance_enrollment\``);
        await queryRunner.query(`DROP INDEX \`IDX_insurance_enrollment_worker\` ON \`insurance_enrollment\``);
        await queryRunner.query(`DROP INDEX \`IDX_insurance_enrollment_requester\` ON \`insurance_enrollment\``);
        await queryRunner.query(`DROP INDEX \`IDX_insurance_enrollment_county\` ON \`insurance_enrollment\``);
        await queryRunner.query(`DROP INDEX \`IDX_insurance_enrollment_status\` ON \`insurance_enrollment\``);
        await queryRunner.query(`DROP INDEX \`UQ_insurance_enrollment_reference\` ON \`insurance_enrollment\``);
        await queryRunner.query(`DROP TABLE \`insurance_enrollment\``);
        await queryRunner.query(`DROP INDEX \`UQ_insurance_coverage_day_worker_day\` ON \`insurance_coverage_day\``);
        await queryRunner.query(`DROP INDEX \`IDX_insurance_coverage_day_enrollment\` ON \`insurance_coverage_day\``);
        await queryRunner.query(`DROP TABLE \`insurance_coverage_day\``);
        await queryRunner.query(`DROP INDEX \`IDX_insurance_claim_worker_user\` ON \`insurance_claim\``);
        await queryRunner.query(`DROP INDEX \`IDX_insurance_claim_reporter\` ON \`insurance_claim\``);
        await queryRunner.query(`DROP INDEX \`IDX_insurance_claim_county\` ON \`insurance_claim\``);
        await queryRunner.query(`DROP INDEX \`IDX_insurance_claim_enrollment\` ON \`insurance_claim\``);
        await queryRunner.query(`DROP TABLE \`insurance_claim\``);
    }

}
