import { MigrationInterface, QueryRunner } from "typeorm";

export class Checkins1795828062018 implements MigrationInterface {
    name = 'Checkins1795828062018'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "checkin" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "marketId" integer NOT NULL, "workerId" integer NOT NULL, "day" varchar(10) NOT NULL, "checkedInAt" datetime(6) NOT NULL, "kind" varchar(8) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "IDX_checkin_day_market" ON "checkin" ("day", "marketId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_checkin_worker_market_day" ON "checkin" ("workerId", "marketId", "day") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "UQ_checkin_worker_market_day"`);
        await queryRunner.query(`DROP INDEX "IDX_checkin_day_market"`);
        await queryRunner.query(`DROP TABLE "checkin"`);
    }

}
