export * from './creditor.entity';
export * from './creditors.module';
export * from './creditors.service';
export * from './seed/creditor-catalog.seed';
export * from './lpr-rate.entity';
export * from './lpr-rates.service';
export * from './views/customer-service-contact.view';
export * from './views/lpr-rate.view';
