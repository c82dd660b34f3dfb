import type { Principal, PrincipalLoader } from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class PrincipalLoaderService implements PrincipalLoader {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

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
      },
    });
    return user ?? null;
  }
}
