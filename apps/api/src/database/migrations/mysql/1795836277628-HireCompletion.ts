import { MigrationInterface, QueryRunner } from "typeorm";

export class HireCompletion1795836277628 implements MigrationInterface {
    name = 'HireCompletion1795836277628'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`hire\` ADD \`completedAt\` datetime(6) NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`hire\` DROP COLUMN \`completedAt\``);
    }

}
