import type { common as english } from '../en/common';

export const common: typeof english = {
  app: {
    title: 'Accord 协商案件管理',
    tagline: '债务协商案件管理系统',
  },
  roles: {
    admin: '系统管理员',
    manager: '主管',
    officer: '经办人',
  },
  locales: {
    'zh-TW': '繁体中文（台湾）',
    'zh-CN': '简体中文',
    en: '英文',
  },
  officer: '经办人',
  list_separator: '、',
  label_separator: '：',
  labelled: '%{label}：%{value}',
  amounts: {
    invalid: '请输入不小于 0、最多两位小数的金额，例如 2000 或 1234.50。',
    invalid_rate: '请输入不小于 0、最多四位小数的百分比，例如 0.05 或 0.035。',
  },
};
