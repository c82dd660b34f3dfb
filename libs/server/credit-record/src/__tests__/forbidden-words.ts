/**
 * Words that promise what nobody can do with a true credit record: wash it, erase the overdue, "repair"
 * the credit record. No text shown to clients or staff may carry them (DOMAIN.md, Credit record).
 */
export const FALSE_PROMISES = /洗白|消除逾期|修復征信|修复征信|erase|clean your record/i;

/** The credit-record stage is never "repair" in any language (DESIGN.md): 修復, 修复, repair. */
export const REPAIR = /修復|修复|repair/i;
