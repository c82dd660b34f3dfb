import type { CaseStage } from '@accord/contracts';
import type { ApiTestContext } from './api-app';
import { taiwanId, type Member } from './firm';

export interface DebtSpec {
  creditorId: string;
  outstandingFen: number;
  overdueFen?: number;
  overdueSince?: string;
}

/**
 * A consenting client, a case with the given debts (principal = outstanding; overdue defaults to the
 * whole amount), moved through `moveTo` in order. Answers the case and debt ids.
 */
export async function openCase(
  api: ApiTestContext,
  owner: Member,
  options: { serial: number; debts: DebtSpec[]; moveTo?: CaseStage[]; fullName?: string },
): Promise<{ caseId: string; debtIds: string[] }> {
  const client = await api
    .http()
    .post('/api/clients')
    .set(owner.auth)
    .send({
      fullName: options.fullName ?? '周文華',
      idType: 'tw_national_id',
      idNumber: taiwanId(options.serial),
      consentPurposes: ['debt_negotiation'],
    })
    .expect(201);
  const opened = await api
    .http()
    .post('/api/cases')
    .set(owner.auth)
    .send({ clientId: client.body.id, overdueReason: 'job_loss' })
    .expect(201);
  const caseId = opened.body.id as string;
  const debtIds: string[] = [];
  for (const debt of options.debts) {
    const created = await api
      .http()
      .post('/api/debts')
      .set(owner.auth)
      .send({
        caseId,
        creditorId: debt.creditorId,
        principalFen: debt.outstandingFen,
        outstandingFen: debt.outstandingFen,
        overdueFen: debt.overdueFen ?? debt.outstandingFen,
        ...(debt.overdueSince ? { overdueSince: debt.overdueSince } : {}),
      })
      .expect(201);
    debtIds.push(created.body.id as string);
  }
  for (const to of options.moveTo ?? []) {
    await api
      .http()
      .post(`/api/cases/${caseId}/transition`)
      .set(owner.auth)
      .send({ to, reason: '進行中' })
      .expect(200);
  }
  return { caseId, debtIds };
}

/**
 * A consenting client with one small debt, whose case has just entered the documents stage, so its
 * checklist exists. Answers the case id.
 */
export async function caseInDocuments(
  api: ApiTestContext,
  owner: Member,
  creditorId: string,
  serial: number,
): Promise<string> {
  const { caseId } = await openCase(api, owner, {
    serial,
    debts: [{ creditorId, outstandingFen: 100000 }],
    moveTo: ['documents'],
  });
  return caseId;
}

/** Creditors of the seeded catalog by product or name, as the tests refer to them. */
export async function catalogCreditors(
  api: ApiTestContext,
  admin: Member,
): Promise<{ huabei: string; card: string }> {
  const creditors = await api
    .http()
    .get('/api/creditors')
    .query({ perPage: 100 })
    .set(admin.auth)
    .expect(200);
  const find = (test: (c: { product: string; name: string }) => boolean) =>
    (creditors.body.data as { id: string; product: string; name: string }[]).find(test)?.id as string;
  return { huabei: find((c) => c.product === 'huabei'), card: find((c) => c.name === '招商銀行信用卡') };
}

/** Records the client's consent for the case's client as `purposes` (an empty list withdraws it). */
export async function setConsent(
  api: ApiTestContext,
  owner: Member,
  caseId: string,
  consentPurposes: string[],
): Promise<void> {
  const detail = await api.http().get(`/api/cases/${caseId}`).set(owner.auth).expect(200);
  const client = await api.http().get(`/api/clients/${detail.body.clientId}`).set(owner.auth).expect(200);
  await api
    .http()
    .patch(`/api/clients/${client.body.id}`)
    .set(owner.auth)
    .send({ consentPurposes, version: client.body.version })
    .expect(200);
}
