export * from './document-file.entity';
export * from './document-files.service';
export * from './document-requirement.entity';
export * from './document-requirements.service';
export * from './document-template.entity';
export * from './documents.module';
export * from './seed/document-templates.seed';
export * from './seed/demo-files.seed';
