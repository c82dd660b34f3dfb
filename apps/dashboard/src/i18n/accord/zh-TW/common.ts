import type { common as english } from '../en/common';

export const common: typeof english = {
  app: {
    title: 'Accord 協商案件管理',
    tagline: '債務協商案件管理系統',
  },
  roles: {
    admin: '系統管理員',
    manager: '主管',
    officer: '承辦人',
  },
  locales: {
    'zh-TW': '繁體中文（台灣）',
    'zh-CN': '簡體中文',
    en: '英文',
  },
  officer: '承辦人',
  list_separator: '、',
  label_separator: '：',
  labelled: '%{label}：%{value}',
  amounts: {
    invalid: '請輸入 0 以上、最多兩位小數的金額，例如 2000 或 1234.50。',
    invalid_rate: '請輸入 0 以上、最多四位小數的百分比，例如 0.05 或 0.035。',
  },
};
