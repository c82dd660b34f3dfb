import { AuditEntry } from './audit-entry.entity';

/** One page of the audit log and how many entries match in all. */
export class AuditEntryPage {
  data!: AuditEntry[];
  total!: number;
}
