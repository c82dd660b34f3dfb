/**
 * The columns of a client-and-debts CSV, with the header names accepted for each (English codes and
 * what staff write in zh-TW and zh-CN). One row is one debt; rows with the same ID number are one client.
 */
export const IMPORT_COLUMNS = {
  fullName: ['full_name', 'name', '姓名', '客戶姓名', '客户姓名'],
  idType: ['id_type', '證件類型', '证件类型'],
  idNumber: ['id_number', '證件號碼', '证件号码', '身分證字號', '身份证号', '身分證號碼'],
  phone: ['phone', '電話', '电话', '手機', '手机'],
  email: ['email', '電子郵件', '电子邮件', '電郵'],
  address: ['address', '地址'],
  consent: ['consent', '同意', '個資同意', '个人信息同意'],
  officerEmail: ['officer_email', '承辦人', '承办人', '承辦人信箱', '承办人邮箱'],
  overdueReason: ['overdue_reason', '逾期原因'],
  creditor: ['creditor', '債權人', '债权人'],
  accountReference: ['account', 'account_reference', '帳號', '账号', '卡號', '卡号'],
  principal: ['principal', '本金'],
  principalNote: ['principal_note', '本金說明', '本金说明'],
  outstanding: ['outstanding', '未償金額', '未偿金额', '欠款金額', '欠款金额'],
  overdue: ['overdue', '逾期金額', '逾期金额'],
  overdueSince: ['overdue_since', '逾期日', '逾期日期', '首次逾期日'],
} as const;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;
export const REQUIRED_COLUMNS: ImportColumn[] = ['fullName', 'idNumber', 'creditor', 'outstanding'];

export const ID_TYPE_WORDS: Record<string, string> = {
  cn_resident_id: 'cn_resident_id',
  居民身分證: 'cn_resident_id',
  居民身份证: 'cn_resident_id',
  中國居民身分證: 'cn_resident_id',
  中国居民身份证: 'cn_resident_id',
  tw_national_id: 'tw_national_id',
  身分證: 'tw_national_id',
  台灣身分證: 'tw_national_id',
  台湾身份证: 'tw_national_id',
  passport: 'passport',
  護照: 'passport',
  护照: 'passport',
  other: 'other',
  其他: 'other',
};

export const REASON_WORDS: Record<string, string> = {
  job_loss: 'job_loss',
  失業: 'job_loss',
  失业: 'job_loss',
  illness: 'illness',
  疾病: 'illness',
  生病: 'illness',
  business_failure: 'business_failure',
  生意失敗: 'business_failure',
  經營失敗: 'business_failure',
  生意失败: 'business_failure',
  经营失败: 'business_failure',
  family_emergency: 'family_emergency',
  家庭變故: 'family_emergency',
  家庭變故或急難: 'family_emergency',
  家庭变故: 'family_emergency',
  other: 'other',
  其他: 'other',
};

export const YES = new Set(['yes', 'y', 'true', '1', '是', '同意', 'v']);
export const NO = new Set(['', 'no', 'n', 'false', '0', '否', '不同意']);
