import { UsersTeamsAudit1764057600000 } from './1764057600000-users-teams-audit';

/** Listed explicitly, in order: a glob would make TypeORM require() raw .ts files under Vitest. */
export const migrations = [UsersTeamsAudit1764057600000];
