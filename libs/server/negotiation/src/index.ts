export * from './contact.entity';
export * from './contacts.service';
export * from './financial-statement.entity';
export * from './financial-statements.service';
export * from './negotiation.module';
export * from './seed/demo-statements.seed';
export * from './proposal.entity';
export * from './proposals.service';
