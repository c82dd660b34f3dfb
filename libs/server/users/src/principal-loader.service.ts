import { secondFactorRequired } from '@accord/domain';
import { APP_CONFIG, type AppConfig, type Principal, type PrincipalLoader } from '@accord/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class PrincipalLoaderService implements PrincipalLoader {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async load(userId: string): Promise<(Principal & { active: boolean }) | null> {
    const user = await this.users.findOne({
      where: { id: userId },
      select: {
        id: true,
        email: true,
        role: true,
        teamId: true,
        tokenVersion: true,
        active: true,
        mustChangePassword: true,
        totpEnrolledAt: true,
        secondFactorExempt: true,
      },
    });
    if (!user) return null;
    const { totpEnrolledAt: _enrolledAt, secondFactorExempt: _exempt, ...principal } = user;
    return { ...principal, mustEnrolSecondFactor: mustEnrol(user, this.config) };
  }
}

/** The firm's rule for one account, as the sign-in answer and every request's guard read it. */
export function mustEnrol(
  user: Pick<User, 'role' | 'totpEnrolledAt' | 'secondFactorExempt'>,
  config: Pick<AppConfig, 'SECOND_FACTOR_FOR_OFFICERS'>,
): boolean {
  return secondFactorRequired(
    { role: user.role, enrolled: user.totpEnrolledAt !== null, exempt: user.secondFactorExempt },
    { forOfficers: config.SECOND_FACTOR_FOR_OFFICERS },
  );
}
