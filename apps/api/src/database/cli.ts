import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig } from '../config/config';
import { staffInviteCommand, StaffInviteRefused, STAFF_INVITE_USAGE } from '../staff/staff-invite.command';
import { pendingSchemaChanges } from './schema-check';
import { seedDemoData } from './seeds/demo.seed';

/** `node dist/database/cli.js migrate|seed|check|staff-invite …` against DATABASE_URL. */
async function main(command: string | undefined, args: string[]): Promise<number> {
  if (!['migrate', 'seed', 'check', 'staff-invite'].includes(command ?? '')) {
    console.error(`usage: cli.js migrate | seed | check\n       ${STAFF_INVITE_USAGE.replace('usage: ', '')}`);
    return 64;
  }
  const config = loadConfig({ ...process.env, DB_MIGRATE_ON_START: 'false', DB_SEED_DEMO: 'false' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const dataSource = app.get(DataSource);
    if (command === 'migrate') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'the schema is up to date');
    } else if (command === 'staff-invite') {
      try {
        console.log((await staffInviteCommand(app, args)).join('\n'));
      } catch (error) {
        if (!(error instanceof StaffInviteRefused)) throw error;
        console.error(error.message);
        return 64;
      }
    } else if (command === 'seed') {
      console.log((await seedDemoData(dataSource, app)) ?? 'the database already has markets: nothing seeded');
    } else {
      const pending = await pendingSchemaChanges(dataSource);
      if (pending.length) {
        console.error(`the schema differs from the entities; a migration is missing:\n${pending.join(';\n')}`);
        return 1;
      }
      console.log('the schema matches the entities');
    }
    return 0;
  } finally {
    await app.close();
  }
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
