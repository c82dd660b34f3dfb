import type { ApiTestContext } from './api-app';
import type { Member } from './firm';

/** A proposal drafted and submitted to the creditor (version 2), as the officer sends it. */
export async function submittedProposal(
  api: ApiTestContext,
  owner: Member,
  body: Record<string, unknown>,
): Promise<string> {
  const drafted = await api.http().post('/api/proposals').set(owner.auth).send(body).expect(201);
  await api
    .http()
    .patch(`/api/proposals/${drafted.body.id}`)
    .set(owner.auth)
    .send({ status: 'submitted', version: 1 })
    .expect(200);
  return drafted.body.id as string;
}

/** A proposal submitted and accepted by the creditor as it stands: answers its repayment plan's id. */
export async function acceptedPlan(
  api: ApiTestContext,
  owner: Member,
  body: Record<string, unknown>,
): Promise<string> {
  const id = await submittedProposal(api, owner, body);
  const accepted = await api
    .http()
    .post(`/api/proposals/${id}/accept`)
    .set(owner.auth)
    .send({ version: 2 })
    .expect(200);
  return accepted.body.planId as string;
}
