import { CaseHooks, CasePolicyService, CasesModule } from '@accord/server-cases';
import { ClientHooks, ClientsModule } from '@accord/server-clients';
import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentFile } from './document-file.entity';
import { DocumentFilesController } from './document-files.controller';
import { DocumentFilesService } from './document-files.service';
import { DocumentRequirement } from './document-requirement.entity';
import { DocumentRequirementsService } from './document-requirements.service';
import { DocumentTemplate } from './document-template.entity';
import { DocumentTemplatesService } from './document-templates.service';
import { DocumentRequirementsController, DocumentTemplatesController } from './documents.controller';
import { PublicUploadController, UploadLinksController } from './links/upload-links.controller';
import { UploadLinksService } from './links/upload-links.service';
import { RateLimiter } from '@accord/server-core';
import { RemindersModule } from '@accord/server-reminders';
import { DocumentReminders } from './document-reminders';

@Module({
  imports: [
    TypeOrmModule.forFeature([DocumentTemplate, DocumentRequirement, DocumentFile]),
    CasesModule,
    ClientsModule,
    RemindersModule,
  ],
  controllers: [
    DocumentTemplatesController,
    DocumentRequirementsController,
    DocumentFilesController,
    UploadLinksController,
    PublicUploadController,
  ],
  providers: [
    DocumentTemplatesService,
    DocumentRequirementsService,
    DocumentFilesService,
    UploadLinksService,
    RateLimiter,
    DocumentReminders,
  ],
  exports: [DocumentRequirementsService, DocumentFilesService],
})
export class DocumentsModule implements OnModuleInit {
  constructor(
    private readonly policy: CasePolicyService,
    private readonly hooks: CaseHooks,
    private readonly requirements: DocumentRequirementsService,
    private readonly clientHooks: ClientHooks,
    private readonly links: UploadLinksService,
  ) {}

  /**
   * Plugs the checklist into the case: built on entering documents, kept in line with the debts; tells the
   * case policy whether it is complete. A closed case or withdrawn consent ends the client's upload links.
   */
  onModuleInit(): void {
    this.policy.registerFacts(async (manager, caseId) => ({
      documentsComplete: await this.requirements.complete(manager, caseId),
    }));
    this.hooks.onStageEntered(async (manager, caseId, stage, actorId) => {
      if (stage === 'documents') await this.requirements.syncChecklist(manager, caseId, actorId);
      if (stage === 'closed') await this.links.revokeForCases(manager, [caseId], actorId);
    });
    this.clientHooks.onConsentWithdrawn(async (manager, caseIds, actorId) => {
      await this.links.revokeForCases(manager, caseIds, actorId);
    });
    this.hooks.onDebtsChanged((manager, caseId, actorId) =>
      this.requirements.syncChecklist(manager, caseId, actorId),
    );
  }
}
