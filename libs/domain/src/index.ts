export * from './dates';
export * from './id-number';
export * from './money';
export * from './overdue-bucket';
export * from './penalty';
export * from './lpr';
export * from './sign-in-throttle';
export * from './stage-machine';
export * from './document-checklist';
export * from './affordability';
export * from './statement-currency';
export * from './proposal-suggestions';
export * from './plan-charges';
export * from './repayment-schedule';
export * from './repayment-status';
export * from './proposal-status';
export * from './zoned-time';
export * from './reminder-plans';
export * as casePolicy from './case-policy';
export {
  ACTION_RULES,
  STAGE_CONDITIONS,
  type PolicyFacts,
  type ActionDetails,
  type Approval,
} from './case-policy';
export * from './passwords/password-policy';
export * from './passwords/totp-steps';
export * from './passwords/second-factor-required';
export * from './passwords/session-standing';
export * from './credit-record';
export * from './court';
