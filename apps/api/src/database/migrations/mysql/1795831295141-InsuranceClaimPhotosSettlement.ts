import { MigrationInterface, QueryRunner } from "typeorm";

export class InsuranceClaimPhotosSettlement1795831295141 implements MigrationInterface {
    name = 'InsuranceClaimPhotosSettlement1795831295141'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`insurance_claim_photo\` (\`id\` int NOT NULL AUTO_INCREMENT, \`claimId\` int NOT NULL, \`uploaderUserId\` int NOT NULL, \`storageName\` varchar(64) NOT NULL, \`fileName\` varchar(200) NOT NULL, \`contentType\` varchar(40) NOT NULL, \`sizeBytes\` int NOT NULL, \`sha256\` varchar(64) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_insurance_claim_photo_storage\` (\`storageName\`), INDEX \`IDX_insurance_claim_photo_claim\` (\`claimId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`insurance_settled_day\` (\`id\` int NOT NULL AUTO_INCREMENT, \`enrollmentId\` int NOT NULL, \`day\` date NOT NULL, \`ruleId\` int NULL, \`checkedIn\` tinyint NOT NULL, \`hired\` tinyint NOT NULL, \`workerFen\` int NOT NULL, \`employerFen\` int NOT NULL, \`governmentFen\` int NOT NULL, \`settledAt\` datetime(6) NOT NULL, UNIQUE INDEX \`UQ_insurance_settled_day\` (\`enrollmentId\`, \`day\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`ALTER TABLE \`insurance_claim\` ADD \`employerUserId\` int NULL`);
        await queryRunner.query(`ALTER TABLE \`insurance_enrollment\` ADD \`settledDays\` int NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE \`insurance_enrollment\` ADD \`settledWorkerShareFen\` int NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE \`insurance_enrollment\` ADD \`settledEmployerShareFen\` int NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE \`insurance_enrollment\` ADD \`settledGovernmentShareFen\` int NOT NULL DEFAULT '0'`);
        await queryRunner.query(`CREATE INDEX \`IDX_insurance_claim_employer\` ON \`insurance_claim\` (\`employerUserId\`, \`id\`)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_insurance_claim_employer\` ON \`insurance_claim\``);
        await queryRunner.query(`ALTER TABLE \`insurance_enrollment\` DROP COLUMN \`settledGovernmentShareFen\``);
        await queryRunner.query(`ALTER TABLE \`insurance_enrollment\` DROP COLUMN \`settledEmployerShareFen\``);
        await queryRunner.query(`ALTER TABLE \`insurance_enrollment\` DROP COLUMN \`settledWorkerShareFen\``);
        await queryRunner.query(`ALTER TABLE \`insurance_enrollment\` DROP COLUMN \`settledDays\``);
        await queryRunner.query(`ALTER TABLE \`insurance_claim\` DROP COLUMN \`employerUserId\``);
        await queryRunner.query(`DROP INDEX \`UQ_insurance_settled_day\` ON \`insurance_settled_day\``);
        await queryRunner.query(`DROP TABLE \`insurance_settled_day\``);
        await queryRunner.query(`DROP INDEX \`IDX_insurance_claim_photo_claim\` ON \`insurance_claim_photo\``);
        await queryRunner.query(`DROP INDEX \`UQ_insurance_claim_photo_storage\` ON \`insurance_claim_photo\``);
        await queryRunner.query(`DROP TABLE \`insurance_claim_photo\``);
    }

}
