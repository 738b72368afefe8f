import { MigrationInterface, QueryRunner } from "typeorm";

export class Checkins1795828062018 implements MigrationInterface {
    name = 'Checkins1795828062018'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`checkin\` (\`id\` int NOT NULL AUTO_INCREMENT, \`marketId\` int NOT NULL, \`workerId\` int NOT NULL, \`day\` varchar(10) NOT NULL, \`checkedInAt\` datetime(6) NOT NULL, \`kind\` varchar(8) NOT NULL, INDEX \`IDX_checkin_day_market\` (\`day\`, \`marketId\`), UNIQUE INDEX \`UQ_checkin_worker_market_day\` (\`workerId\`, \`marketId\`, \`day\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`UQ_checkin_worker_market_day\` ON \`checkin\``);
        await queryRunner.query(`DROP INDEX \`IDX_checkin_day_market\` ON \`checkin\``);
        await queryRunner.query(`DROP TABLE \`checkin\``);
    }

}
