import type { TeamView } from '@accord/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'teams' })
export class Team {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  managerId!: string | null;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', insert: false })
  updatedAt!: Date;

  @Column({ type: 'integer', insert: false })
  version!: number;
}

export function toTeamView(team: Team, memberCount: number): TeamView {
  return {
    id: team.id,
    name: team.name,
    managerId: team.managerId,
    memberCount,
    createdAt: team.createdAt.toISOString(),
    updatedAt: team.updatedAt.toISOString(),
    version: team.version,
  };
}
