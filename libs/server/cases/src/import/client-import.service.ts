import { CURRENCY_OF_MARKET, ErrorCode, type Currency } from '@accord/contracts';
import { maskIdentifier, sumByCurrency } from '@accord/domain';
import { ClientsService, insertSealedClients, normalizePhone } from '@accord/server-clients';
import { activeCreditorsByName } from '@accord/server-creditors';
import { activeOfficersByEmail } from '@accord/server-users';
import {
  APP_CONFIG,
  AppError,
  AuditService,
  FieldCipher,
  RateLimiter,
  type AppConfig,
  type Principal,
  type RequestContext,
  FirmDay,
} from '@accord/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { refreshCaseTotals } from '../case-timeline';
import { maskAccountReference } from '../debts.service';
import { findDuplicates, type DuplicateCounts } from './import-duplicates';
import type { ImportPreview, ImportResult } from './client-import.view';
import type { ImportProblem } from './import-problem.view';
import { MAX_IMPORT_ROWS, parseClientImport, type ImportClientGroup } from './import-rows';

const CONSENT_ON_IMPORT = '{debt_negotiation,contact_creditors}';

interface Checked {
  rows: number;
  clients: ImportClientGroup[];
  problems: ImportProblem[];
  creditorIds: Map<string, string>;
  /** Each catalog creditor's currency (its market's), by lower-cased name, as its debts will be owed in. */
  creditorCurrencies: Map<string, Currency>;
  officerIds: Map<ImportClientGroup, string>;
  duplicates: DuplicateCounts;
}

/** A commit's transaction ends in one or the other: a refused file is audited after its rollback. */
type CommitOutcome = { refused: Checked } | { imported: ImportResult };

const HOUR_SECONDS = 3600;

/** What the audit log keeps of a checked file: its size and what was wrong, never a name or a number. */
const checkedSummary = (checked: Checked) => ({
  rows: checked.rows,
  clients: checked.clients.length,
  problems: checked.problems.length,
  duplicates: checked.duplicates,
});

/**
 * CSV import of clients with their debts: one case per client. Preview reads and checks everything
 * without writing; commit re-checks and then writes all of it in one transaction, or nothing.
 */
@Injectable()
export class ClientImportService {
  constructor(
    private readonly firmDay: FirmDay,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clients: ClientsService,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * Each check tells whether the file's people are already clients of the firm: a person gets a number
   * of them per hour, and each is audited, so a preview cannot become a bulk lookup.
   */
  private allowCheck(principal: Principal): Promise<void> {
    return this.limiter.hit(
      `client-import:${principal.id}`,
      this.config.IMPORT_CHECKS_PER_HOUR,
      HOUR_SECONDS,
    );
  }

  async preview(principal: Principal, text: string, context: RequestContext): Promise<ImportPreview> {
    await this.allowCheck(principal);
    const checked = await this.check(this.db.manager, principal, text);
    await this.audit.record(null, {
      actorId: principal.id,
      action: 'clients.import_previewed',
      entityType: 'client',
      context,
      details: checkedSummary(checked),
    });
    const outstanding = (debts: ImportClientGroup['debts']) => this.outstandingByCurrency(checked, debts);
    return {
      rows: checked.rows,
      clients: checked.clients.length,
      debts: checked.clients.reduce((n, c) => n + c.debts.length, 0),
      outstanding: outstanding(checked.clients.flatMap((c) => c.debts)),
      valid: checked.problems.length === 0,
      problems: checked.problems.slice(0, 1000),
      problemCount: checked.problems.length,
      sample: checked.clients.slice(0, 20).map((c) => ({
        row: c.firstRow,
        fullName: c.fullName,
        idNumberMasked: maskIdentifier(c.idNumber),
        debts: c.debts.length,
        outstanding: outstanding(c.debts),
      })),
    };
  }

  /**
   * What the debts owe per currency, each in its creditor's (yuan and Taiwan dollars are never added); a
   * debt whose creditor is not in the catalog has no currency yet and is left out (it is listed as a problem).
   */
  private outstandingByCurrency(checked: Checked, debts: ImportClientGroup['debts']) {
    const currencyOf = (d: ImportClientGroup['debts'][number]) =>
      checked.creditorCurrencies.get(d.creditorName.toLowerCase());
    return sumByCurrency(
      debts.filter((d) => currencyOf(d) !== undefined),
      (d) => currencyOf(d) as Currency,
      (d) => d.outstandingFen,
    );
  }

  async commit(principal: Principal, text: string, context: RequestContext): Promise<ImportResult> {
    await this.allowCheck(principal);
    const outcome = await this.db.transaction(async (manager): Promise<CommitOutcome> => {
      const checked = await this.check(manager, principal, text);
      if (checked.problems.length) return { refused: checked } as const;
      const today = this.today();
      const clients = checked.clients;
      const sealedIds = clients.map((c) => this.cipher.seal(c.idNumber));
      const phones = clients.map((c) => (c.phone ? normalizePhone(c.phone) : null));
      const sealedPhones = phones.map((p) => (p ? this.cipher.seal(p) : null));
      const clientRows = await insertSealedClients(
        manager,
        clients.map((c, i) => ({
          fullName: c.fullName,
          idType: c.idType,
          idCipher: sealedIds[i].cipher,
          idHash: sealedIds[i].hash,
          idMasked: maskIdentifier(c.idNumber),
          phoneCipher: sealedPhones[i]?.cipher ?? null,
          phoneHash: sealedPhones[i]?.hash ?? null,
          phoneMasked: phones[i] ? maskIdentifier(phones[i]) : null,
          keyId: sealedIds[i].keyId,
          email: c.email,
          address: c.address,
          consent: c.consent,
          officerId: checked.officerIds.get(c) as string,
        })),
        { purposes: CONSENT_ON_IMPORT, recordedBy: principal.id },
      );
      const clientIdByHash = new Map(clientRows.map((r) => [r.id_number_hash, r.id]));
      const clientIds = sealedIds.map((s) => clientIdByHash.get(s.hash) as string);
      const caseRows: { id: string; client_id: string }[] = await manager.query(
        `INSERT INTO cases (reference, client_id, officer_id, overdue_reason, litigation_risk, opened_on)
         SELECT next_case_reference($4), t.client_id, t.officer_id, t.reason, 'none', $5::date
           FROM unnest($1::uuid[], $2::uuid[], $3::text[]) WITH ORDINALITY AS t(client_id, officer_id, reason, ord)
          ORDER BY t.ord
         RETURNING id, client_id`,
        [
          clientIds,
          clients.map((c) => checked.officerIds.get(c)),
          clients.map((c) => c.overdueReason),
          today.slice(0, 4),
          today,
        ],
      );
      const caseIdByClient = new Map(caseRows.map((r) => [r.client_id, r.id]));
      const debts = clients.flatMap((c, i) =>
        c.debts.map((d) => ({ ...d, caseId: caseIdByClient.get(clientIds[i]) as string })),
      );
      await manager.query(
        `INSERT INTO debts (case_id, creditor_id, account_reference_masked, principal_fen, outstanding_fen, overdue_fen, overdue_since, principal_note)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[], $7::date[], $8::text[])`,
        [
          debts.map((d) => d.caseId),
          debts.map((d) => checked.creditorIds.get(d.creditorName.toLowerCase())),
          debts.map((d) => (d.accountReference ? maskAccountReference(d.accountReference) : null)),
          debts.map((d) => d.principalFen),
          debts.map((d) => d.outstandingFen),
          debts.map((d) => d.overdueFen),
          debts.map((d) => d.overdueSince),
          debts.map((d) => d.principalNote),
        ],
      );
      const caseIds = caseRows.map((r) => r.id);
      await refreshCaseTotals(manager, caseIds);
      await manager.query(
        `INSERT INTO case_events (case_id, actor_id, kind, details)
         SELECT id, $2, 'case.opened', jsonb_build_object('reference', reference, 'imported', true) FROM cases WHERE id = ANY($1)`,
        [caseIds, principal.id],
      );
      const summary = { clients: clients.length, cases: caseIds.length, debts: debts.length };
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'clients.imported',
        entityType: 'client',
        context,
        details: summary,
      });
      return { imported: summary } as const;
    });
    if ('imported' in outcome) return outcome.imported;
    // Written outside the rolled-back transaction: a refused import checked the file all the same.
    await this.audit.record(null, {
      actorId: principal.id,
      action: 'clients.import_refused',
      entityType: 'client',
      context,
      details: checkedSummary(outcome.refused),
    });
    throw new AppError(422, ErrorCode.ImportHasErrors, 'The file has problems: nothing was imported', {
      problemCount: outcome.refused.problems.length,
      problems: outcome.refused.problems.slice(0, 1000),
    });
  }

  private today(): string {
    return this.firmDay.today();
  }

  private async check(manager: EntityManager, principal: Principal, text: string): Promise<Checked> {
    const parsed = parseClientImport(text, this.today());
    if (parsed.rows > MAX_IMPORT_ROWS) {
      throw new AppError(413, ErrorCode.PayloadTooLarge, `At most ${MAX_IMPORT_ROWS} rows per import`, {
        rows: parsed.rows,
      });
    }
    const problems = [...parsed.problems];
    const creditors = await activeCreditorsByName(manager);
    const creditorIds = new Map(creditors.map((c) => [c.name, c.id]));
    const creditorCurrencies = new Map(creditors.map((c) => [c.name, CURRENCY_OF_MARKET[c.market]]));
    for (const client of parsed.clients) {
      for (const debt of client.debts) {
        if (!creditorIds.has(debt.creditorName.toLowerCase())) {
          problems.push({
            row: debt.row,
            field: 'creditor',
            code: 'CREDITOR_UNKNOWN',
            message: `No creditor "${debt.creditorName}" in the catalog`,
          });
        }
      }
    }
    const idHashes = parsed.clients.map((c) => this.cipher.hash(c.idNumber));
    const phoneHashes = parsed.clients.map((c) =>
      c.phone ? this.cipher.hash(normalizePhone(c.phone)) : null,
    );
    const duplicates = await findDuplicates(manager, this.clients, principal, parsed.clients, {
      id: idHashes,
      phone: phoneHashes,
    });
    problems.push(...duplicates.problems);
    const officerIds = await this.resolveOfficers(manager, principal, parsed.clients, problems);
    problems.sort((a, b) => a.row - b.row);
    return {
      rows: parsed.rows,
      clients: parsed.clients,
      problems,
      creditorIds,
      creditorCurrencies,
      officerIds,
      duplicates: duplicates.counts,
    };
  }

  /** An officer imports for themself; managers and admins name an officer (of their team) per client. */
  private async resolveOfficers(
    manager: EntityManager,
    principal: Principal,
    clients: ImportClientGroup[],
    problems: ImportProblem[],
  ): Promise<Map<ImportClientGroup, string>> {
    const result = new Map<ImportClientGroup, string>();
    if (principal.role === 'officer') {
      for (const client of clients) result.set(client, principal.id);
      return result;
    }
    const emails = [...new Set(clients.map((c) => c.officerEmail).filter((e): e is string => !!e))];
    const officers = await activeOfficersByEmail(manager, emails);
    const byEmail = new Map(
      officers
        .filter((o) => principal.role === 'admin' || o.team_id === principal.teamId)
        .map((o) => [o.email, o.id]),
    );
    for (const client of clients) {
      const id = client.officerEmail ? byEmail.get(client.officerEmail) : undefined;
      if (id) result.set(client, id);
      else {
        problems.push({
          row: client.firstRow,
          field: 'officerEmail',
          code: client.officerEmail ? 'OFFICER_UNKNOWN' : 'OFFICER_REQUIRED',
          message: client.officerEmail
            ? `No active officer ${client.officerEmail} in your team`
            : 'Name the officer (e-mail) who will handle this client',
        });
      }
    }
    return result;
  }
}
