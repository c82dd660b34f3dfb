import 'reflect-metadata';
import { seedDemoCases } from '@accord/server-cases';
import { seedDemoCourt } from '@accord/server-court';
import { seedDemoCreditRecord } from '@accord/server-credit-record';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { seedDemoChecklists, seedDemoFiles, seedDocumentTemplates } from '@accord/server-documents';
import { seedDemoContacts, seedDemoPlans, seedDemoStatements } from '@accord/server-negotiation';
import { ReminderSettingsService } from '@accord/server-reminders';
import { TeamWorkloadService } from '@accord/server-workload';
import {
  Clock,
  ConfigError,
  createObjectStorage,
  dataSourceOptions,
  FieldCipher,
  grantRuntimeRole,
  parseConfig,
  runtimeRoleOf,
} from '@accord/server-core';
import { calendarDateIn } from '@accord/domain';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoUsers } from '@accord/server-users';
import { DataSource } from 'typeorm';
import { seedDemoReminders } from './seed/demo-reminders.seed';

/**
 * `node cli.js migrate` applies pending migrations as the owner (DATABASE_MIGRATION_URL) and grants the
 * runtime role its rights; `node cli.js seed` adds the demo firm to an empty one; `node cli.js
 * workload-snapshot` works out the firm-wide workload now. Seeding and the snapshot run as the runtime role.
 */
async function main(command: string | undefined): Promise<void> {
  const config = parseConfig(process.env);
  const migrating = command === 'migrate';
  // Migrations and seeds may rewrite big tables: the request-sized statement timeout does not apply.
  const db = new DataSource({
    ...dataSourceOptions({
      ...config,
      DATABASE_URL: (migrating && config.DATABASE_MIGRATION_URL) || config.DATABASE_URL,
      DATABASE_STATEMENT_TIMEOUT_MS: 0,
    }),
    logging: ['error'],
  });
  await db.initialize();
  try {
    if (migrating) {
      const applied = await db.runMigrations({ transaction: 'each' });
      process.stdout.write(`migrations applied: ${applied.length}\n`);
      const role = runtimeRoleOf(config);
      if (role) {
        const runner = db.createQueryRunner();
        try {
          await grantRuntimeRole((sql, parameters) => runner.query(sql, parameters), {
            role,
            queueOnPostgres: !config.REDIS_URL,
          });
        } finally {
          await runner.release();
        }
        process.stdout.write(`runtime role ${role}: rows and sequences, audit_log insert and read only\n`);
      } else {
        process.stdout.write(
          'note: the API and worker use the role that owns the schema; set DATABASE_MIGRATION_URL to an owner role so they run with less\n',
        );
      }
    } else if (command === 'seed') {
      // Each feature seeds only what is empty, so running the quick start again keeps everyone's data.
      const users = await seedDemoUsers(db);
      const creditors = await seedCreditorCatalog(db);
      const cases = await seedDemoCases(db, new FieldCipher(config), config.FIRM_TIME_ZONE);
      const templates = await seedDocumentTemplates(db);
      const today = calendarDateIn(new Date(), config.FIRM_TIME_ZONE);
      const storage = createObjectStorage(config);
      const checklists = await seedDemoChecklists(db, today);
      const files = await seedDemoFiles(db, storage);
      const statements = await seedDemoStatements(db);
      const plans = await seedDemoPlans(db, storage, today);
      const contacts = await seedDemoContacts(db, today, config.FIRM_TIME_ZONE);
      const reminders = await seedDemoReminders(db, config, today);
      // After the reminders seed (which seeds only into an empty reminders table): the credit record
      // writes its disputes' reminders itself, in the transaction that writes the disputes.
      const creditRecord = await seedDemoCreditRecord(db, config, today);
      // Likewise: court events write their hearing and deadline reminders in the transaction that writes them.
      const court = await seedDemoCourt(db, config, today);
      const seeded = [
        users.seeded && 'users and teams',
        creditors.seeded && 'creditor catalog',
        cases.seeded && 'clients and cases',
        templates.seeded && 'document templates',
        checklists.seeded && 'checklists',
        files.seeded && 'documents',
        statements.seeded && 'financial statements',
        plans.seeded && 'repayment plans',
        contacts.seeded && 'contacts',
        reminders.seeded && 'reminders',
        creditRecord.seeded && 'credit records',
        court.seeded && 'court matters and calendar',
      ].filter(Boolean);
      process.stdout.write(
        seeded.length
          ? `demo firm seeded: ${seeded.join(', ')}\n`
          : 'demo firm already present: not seeded again\n',
      );
      process.stdout.write(
        `demo logins (password ${DEMO_PASSWORD}):\n${DEMO_LOGINS.map((l) => `  ${l.role.padEnd(8)} ${l.email}  ${l.fullName}`).join('\n')}\n`,
      );
    } else if (command === 'workload-snapshot') {
      // What the worker does every minute, on demand: after a bulk load, or where no worker runs.
      const team = new TeamWorkloadService(db, new ReminderSettingsService(db, config), new Clock());
      const report = await team.refreshFirmSnapshot();
      process.stdout.write(
        `firm-wide workload worked out: ${report.officers.length} officers, as of ${report.asOf}\n`,
      );
    } else {
      throw new Error(`unknown command "${command}": use migrate, seed or workload-snapshot`);
    }
  } finally {
    await db.destroy();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
