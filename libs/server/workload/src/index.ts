export * from './officer-day.service';
export * from './officer-day.queries';
export * from './workload.module';
export * from './team-workload.service';
export * from './workload-worker.module';
export * from './tables';
