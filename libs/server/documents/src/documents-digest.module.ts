import { DigestSources, RemindersWorkerModule } from '@accord/server-reminders';
import { Module, type OnModuleInit } from '@nestjs/common';

/** The worker's part of documents: the papers due today on an officer's open cases, for the digest. */
@Module({ imports: [RemindersWorkerModule] })
export class DocumentsDigestModule implements OnModuleInit {
  constructor(private readonly digest: DigestSources) {}

  onModuleInit(): void {
    this.digest.register('documents', async (manager, { officerId, date }) => {
      const [{ count }] = await manager.query(
        `SELECT count(*)::int AS count FROM document_requirements d JOIN cases c ON c.id = d.case_id
          WHERE c.officer_id = $1 AND c.stage <> 'closed'
            AND d.status IN ('requested', 'rejected') AND d.due_on = $2::date`,
        [officerId, date],
      );
      return count as number;
    });
  }
}
