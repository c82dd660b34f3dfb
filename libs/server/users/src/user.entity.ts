import type { Locale, Role, UserView } from '@accord/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  fullName!: string;

  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'text' })
  locale!: Locale;

  @Column({ type: 'integer' })
  tokenVersion!: number;

  /** An admin set the password (a reset): the person must choose their own before anything else. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  /** Set once a second factor's first code was confirmed; its secret is read by SecondFactorService only. */
  @Column({ type: 'timestamptz', nullable: true })
  totpEnrolledAt!: Date | null;

  /** Not asked to enrol a second factor until it has one (the demo logins); never a real firm's account. */
  @Column({ type: 'boolean', default: false })
  secondFactorExempt!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', insert: false })
  updatedAt!: Date;

  @Column({ type: 'integer', insert: false })
  version!: number;
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    teamId: user.teamId,
    active: user.active,
    locale: user.locale,
    lastSignInAt: user.lastSignInAt ? user.lastSignInAt.toISOString() : null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    version: user.version,
  };
}
