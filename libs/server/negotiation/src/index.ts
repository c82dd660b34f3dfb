export * from './financial-statement.entity';
export * from './financial-statements.service';
export * from './negotiation.module';
export * from './seed/demo-statements.seed';
