import { taiwanIdFromSerial } from '@accord/domain';
import { bearer, createTeam, createUser, signIn, type TestUser } from '@accord/server-testing';
import type { ApiTestContext } from './api-app';

export interface Member {
  user: TestUser;
  token: string;
  auth: Record<string, string>;
}

export interface TestFirm {
  admin: Member;
  managerA: Member;
  officerA1: Member;
  officerA2: Member;
  managerB: Member;
  officerB1: Member;
  teamA: string;
  teamB: string;
}

/** Two teams, each with a manager and officers, and an admin: enough people to walk the access rules. */
export async function buildFirm(api: ApiTestContext): Promise<TestFirm> {
  const member = async (role: TestUser['role'], teamId: string | null): Promise<Member> => {
    const user = await createUser(api.app, { role, teamId });
    const token = await signIn(api.app, user.email);
    return { user, token, auth: bearer(token) };
  };
  const managerAUser = await createUser(api.app, { role: 'manager' });
  const managerBUser = await createUser(api.app, { role: 'manager' });
  const teamA = await createTeam(api.app, `A-${managerAUser.id.slice(0, 6)}`, managerAUser.id);
  const teamB = await createTeam(api.app, `B-${managerBUser.id.slice(0, 6)}`, managerBUser.id);
  const asMember = async (user: TestUser, teamId: string): Promise<Member> => {
    const token = await signIn(api.app, user.email);
    return { user: { ...user, teamId }, token, auth: bearer(token) };
  };
  return {
    admin: await member('admin', null),
    managerA: await asMember(managerAUser, teamA),
    officerA1: await member('officer', teamA),
    officerA2: await member('officer', teamA),
    managerB: await asMember(managerBUser, teamB),
    officerB1: await member('officer', teamB),
    teamA,
    teamB,
  };
}

/** A distinct, valid Taiwan ID for each number. */
export const taiwanId = (n: number): string => taiwanIdFromSerial(n);
