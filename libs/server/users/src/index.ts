export * from './jobs/record-sign-in.job';
export * from './password';
export * from './seed/demo-users.seed';
export * from './team.entity';
export * from './user.entity';
export * from './users-worker.module';
export * from './users.module';
export * from './tables';
