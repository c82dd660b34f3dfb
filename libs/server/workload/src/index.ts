export * from './officer-day.service';
export * from './workload.module';
export * from './team-workload.service';
