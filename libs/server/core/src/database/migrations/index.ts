import { UsersTeamsAudit1764057600000 } from './1764057600000-users-teams-audit';
import { ClientsCreditorsCases1764144000000 } from './1764144000000-clients-creditors-cases';

/** Listed explicitly, in order: a glob would make TypeORM require() raw .ts files under Vitest. */
export const migrations = [UsersTeamsAudit1764057600000, ClientsCreditorsCases1764144000000];
