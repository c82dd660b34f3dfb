export * from './case-event.entity';
export * from './case-stage.guard';
export * from './case-timeline';
export * from './case.entity';
export * from './cases.module';
export * from './cases.service';
export * from './debt.entity';
export * from './debts.service';
