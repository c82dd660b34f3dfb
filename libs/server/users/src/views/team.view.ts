import type * as contracts from '@accord/contracts';

export class TeamView implements contracts.TeamView {
  /** @example "9b1e4d2c-7a3f-4c5e-b8d6-0f2a1c3e5d7b" */
  id!: string;
  name!: string;
  /** The user who manages the team; null while it has none. */
  managerId!: string | null;
  /** Active users in the team, whatever their role. */
  memberCount!: number;
  /** @example "2025-01-06T02:00:00.000Z" */
  createdAt!: string;
  /** @example "2025-03-11T08:30:00.000Z" */
  updatedAt!: string;
  /** Send it back with a change: a stale one answers 409. */
  version!: number;
}

/** One page of teams and how many there are in all. */
export class TeamPage implements contracts.ListResult<TeamView> {
  data!: TeamView[];
  total!: number;
}
