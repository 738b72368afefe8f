import { MigrationInterface, QueryRunner } from "typeorm";

export class StaffInvitations1795838390234 implements MigrationInterface {
    name = 'StaffInvitations1795838390234'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`staff_invitation\` (\`id\` int NOT NULL AUTO_INCREMENT, \`codeHash\` varchar(64) NOT NULL, \`role\` varchar(16) NOT NULL, \`countyCode\` varchar(6) NULL, \`createdByUserId\` int NULL, \`expiresAt\` datetime(6) NOT NULL, \`usedAt\` datetime(6) NULL, \`usedByUserId\` int NULL, \`revokedAt\` datetime(6) NULL, \`revokedByUserId\` int NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_staff_invitation_code_hash\` (\`codeHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`UQ_staff_invitation_code_hash\` ON \`staff_invitation\``);
        await queryRunner.query(`DROP TABLE \`staff_invitation\``);
    }

}
