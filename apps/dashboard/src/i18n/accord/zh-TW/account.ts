import type { account as english } from '../en/account';

export const account: typeof english = {
  own_password: {
    title: '密碼',
    help: '至少 12 個字元，用一句話最好記。不能是最常見的密碼，也不能包含您的電子郵件或姓名。不要求數字或符號。',
    current: '目前的密碼',
    new: '新密碼',
    repeat: '再輸入一次新密碼',
    not_the_same: '兩次輸入的新密碼不同。',
    save: '變更密碼',
    saved: '密碼已變更，您在其他裝置上的登入都已結束。',
    must_title: '請設定您自己的密碼',
    must_help: '您登入所用的密碼是管理員設定的。請先設定只有您知道的密碼，再繼續使用。',
    problems: {
      too_short: '少於 12 個字元。',
      too_long: '超過 128 個字元。',
      common: '是最常見的 10,000 個密碼之一。',
      contains_email: '包含您的電子郵件地址。',
      contains_name: '包含您的姓名。',
      unchanged: '與目前的密碼相同。',
    },
  },
};
