import { clientsWithIdentifiers, type ClientsService } from '@accord/server-clients';
import { type Principal } from '@accord/server-core';
import { officerScope, userNameOf } from '@accord/server-users';
import type { EntityManager } from 'typeorm';
import type { ExistingClient, ImportProblem } from './import-problem.view';
import type { ImportClientGroup } from './import-rows';

export interface DuplicateCounts {
  /** Rows matching a client the person may see (details given). */
  inScope: number;
  /** Rows matching a client outside the person's cases (only the fact is given). */
  outsideScope: number;
  /** Rows whose phone an earlier row of the file already has. */
  withinFile: number;
}

interface Taken {
  id: string;
  id_number_hash: string;
  phone_hash: string | null;
}

/**
 * The file's rows whose ID number or phone is already on file. The import must refuse them all, but a
 * preview must not become a way to learn who the firm's clients are: a client the person may see is named
 * (their own, or their team's for a manager), any other is only "already a client of the firm".
 */
export async function findDuplicates(
  manager: EntityManager,
  clients: ClientsService,
  principal: Principal,
  groups: ImportClientGroup[],
  hashes: { id: string[]; phone: (string | null)[] },
): Promise<{ problems: ImportProblem[]; counts: DuplicateCounts }> {
  const taken: Taken[] = await clientsWithIdentifiers(
    manager,
    hashes.id,
    hashes.phone.filter((p): p is string => !!p),
  );
  const byId = new Map(taken.map((t) => [t.id_number_hash, t.id]));
  const byPhone = new Map(taken.filter((t) => t.phone_hash).map((t) => [t.phone_hash as string, t.id]));
  const visible = await visibleClients(
    manager,
    clients,
    principal,
    taken.map((t) => t.id),
  );
  const problems: ImportProblem[] = [];
  const counts: DuplicateCounts = { inScope: 0, outsideScope: 0, withinFile: 0 };
  const phonesInFile = new Set<string>();
  groups.forEach((group, i) => {
    const found: ImportProblem[] = [];
    const onFile = (field: 'idNumber' | 'phone', clientId: string, code: string, message: string) => {
      const existing = visible.get(clientId);
      if (existing) found.push({ row: group.firstRow, field, code, message, existing });
      // One line per row whatever matched: which of its fields did is not the person's to learn.
      else if (!found.some((p) => p.code === 'DUPLICATE_OUTSIDE_SCOPE'))
        found.push({
          row: group.firstRow,
          field,
          code: 'DUPLICATE_OUTSIDE_SCOPE',
          message: 'Already a client of the firm; ask your manager',
        });
    };
    const idClient = byId.get(hashes.id[i]);
    if (idClient)
      onFile('idNumber', idClient, 'CLIENT_EXISTS', 'A client with this ID number already exists');
    const phone = hashes.phone[i];
    if (phone && byPhone.has(phone)) {
      onFile('phone', byPhone.get(phone) as string, 'PHONE_EXISTS', 'Another client already has this phone');
    } else if (phone && phonesInFile.has(phone)) {
      found.push({
        row: group.firstRow,
        field: 'phone',
        code: 'PHONE_EXISTS',
        message: 'An earlier row of this file has this phone',
      });
      counts.withinFile++;
    }
    if (phone) phonesInFile.add(phone);
    if (found.some((p) => p.code === 'DUPLICATE_OUTSIDE_SCOPE')) counts.outsideScope++;
    else if (found.some((p) => p.existing)) counts.inScope++;
    problems.push(...found);
  });
  return { problems, counts };
}

/** Of these clients, those the person may see, with what names them to that person. */
async function visibleClients(
  manager: EntityManager,
  clients: ClientsService,
  principal: Principal,
  ids: string[],
): Promise<Map<string, ExistingClient>> {
  if (!ids.length) return new Map();
  // The case named must be one the person may see too: a client of theirs can have a case elsewhere.
  const cases = officerScope(principal, 'vc.officer_id');
  const rows: ExistingClient[] = await clients
    .scoped(principal, manager)
    .select('cl.id', 'clientId')
    .addSelect('cl.full_name', 'fullName')
    .addSelect(userNameOf('cl.officer_id'), 'officerName')
    .addSelect(
      `(SELECT vc.reference FROM cases vc WHERE vc.client_id = cl.id AND ${cases.sql}
         ORDER BY vc.opened_on DESC, vc.reference DESC LIMIT 1)`,
      'caseReference',
    )
    .andWhere('cl.id = ANY(:ids)', { ids, ...cases.params })
    .getRawMany();
  return new Map(rows.map((r) => [r.clientId, r]));
}
