export * from './creditor.entity';
export * from './creditors.module';
export * from './creditors.service';
export * from './seed/creditor-catalog.seed';
