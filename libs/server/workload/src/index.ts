export * from './officer-day.service';
export * from './workload.module';
