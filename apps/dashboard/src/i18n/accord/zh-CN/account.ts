import type { account as english } from '../en/account';

export const account: typeof english = {
  own_password: {
    title: '密码',
    help: '至少 12 个字符，用一句话最好记。不能是最常见的密码，也不能包含您的电子邮箱或姓名。不要求数字或符号。',
    current: '当前密码',
    new: '新密码',
    repeat: '再输入一次新密码',
    not_the_same: '两次输入的新密码不同。',
    save: '修改密码',
    saved: '密码已修改，您在其他设备上的登录都已结束。',
    must_title: '请设置您自己的密码',
    must_help: '您登录所用的密码是管理员设置的。请先设置只有您知道的密码，再继续使用。',
    problems: {
      too_short: '少于 12 个字符。',
      too_long: '超过 128 个字符。',
      common: '是最常见的 10,000 个密码之一。',
      contains_email: '包含您的电子邮箱地址。',
      contains_name: '包含您的姓名。',
      unchanged: '与当前密码相同。',
    },
  },
};
