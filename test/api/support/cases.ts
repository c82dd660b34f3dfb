import type { ApiTestContext } from './api-app';
import { taiwanId, type Member } from './firm';

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
  const client = await api
    .http()
    .post('/api/clients')
    .set(owner.auth)
    .send({
      fullName: '周文華',
      idType: 'tw_national_id',
      idNumber: taiwanId(serial),
      consentPurposes: ['debt_negotiation'],
    })
    .expect(201);
  const opened = await api
    .http()
    .post('/api/cases')
    .set(owner.auth)
    .send({ clientId: client.body.id, overdueReason: 'illness' })
    .expect(201);
  await api
    .http()
    .post('/api/debts')
    .set(owner.auth)
    .send({
      caseId: opened.body.id,
      creditorId,
      principalFen: 100000,
      outstandingFen: 100000,
      overdueFen: 100000,
    })
    .expect(201);
  await api
    .http()
    .post(`/api/cases/${opened.body.id}/transition`)
    .set(owner.auth)
    .send({ to: 'documents', reason: '開始收件' })
    .expect(200);
  return opened.body.id as string;
}
