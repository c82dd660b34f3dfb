import { mergeAreas } from '../merge-areas';
import { account } from './account';
import { admin } from './admin';
import { cases } from './cases';
import { clients } from './clients';
import { common } from './common';
import { court } from './court';
import { courtAgenda } from './court-agenda';
import { creditRecord } from './credit-record';
import { debts } from './debts';
import { documents } from './documents';
import { errors } from './errors';
import { importExport } from './import-export';
import { negotiation } from './negotiation';
import { reminders } from './reminders';
import { repayment } from './repayment';
import { resources } from './resources';
import { statements } from './statements';
import { timeline } from './timeline';
import { workload } from './workload';

/**
 * Accord's own messages in English, one file per area of the work. Their shape is the reference for
 * zh-TW and zh-CN (see ../../types.ts), whose area files each take the shape of the English one.
 */
export const accordEn = {
  accord: mergeAreas(
    common,
    cases,
    timeline,
    clients,
    debts,
    statements,
    negotiation,
    repayment,
    creditRecord,
    court,
    documents,
    reminders,
    importExport,
    workload,
    courtAgenda,
    admin,
    account,
    errors,
  ),
  resources,
};
