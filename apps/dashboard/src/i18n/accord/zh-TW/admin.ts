import type { admin as english } from '../en/admin';

export const admin: typeof english = {
  users: {
    password_help: '至少 12 個字元、不是常見密碼、不包含電子郵件或姓名。對方首次登入時須設定自己的密碼。',
    reset_password: '重設密碼',
    reset_password_help: '留空則維持目前的密碼。對方下次登入時須設定自己的密碼。',
    no_team: '未分配團隊',
  },
  teams: {
    member_list: '團隊成員',
    no_manager: '未指定主管',
  },
  audit: {
    system_actor: '系統',
    actions: {
      auth: {
        signed_in: '登入',
        signed_out: '登出',
        sign_in_failed: '登入失敗',
        password_changed: '變更自己的密碼',
        password_change_failed: '目前密碼輸入錯誤',
        second_factor_enrolled: '設定第二道驗證',
        session_ended: '結束工作階段',
        refresh_token_reused: '工作階段因登入被重複使用而結束',
      },
      user: {
        created: '建立使用者',
        updated: '更新使用者',
        second_factor_reset: '重設第二道驗證',
      },
      security_settings: {
        updated: '變更登入安全規則',
      },
      team: {
        created: '建立團隊',
        updated: '更新團隊',
        deleted: '刪除團隊',
      },
      client: {
        created: '建立客戶',
        updated: '更新客戶',
        identifiers_revealed: '檢視完整證件號碼與電話',
      },
      creditor: {
        created: '建立債權人',
        updated: '更新債權人',
      },
      case: {
        opened: '建立案件',
        updated: '更新案件',
        stage_changed: '案件階段變更',
        reassigned: '案件改派',
      },
      debt: {
        added: '新增債務',
        updated: '更新債務',
        removed: '刪除債務',
      },
      calendar_feed: {
        created: '建立行事曆網址',
        revoked: '停用行事曆網址',
      },
      court_matter: {
        recorded: '記錄法院程序',
        updated: '修改法院程序',
      },
      court_event: {
        recorded: '記錄法院事件',
        updated: '修改法院事件',
      },
      court_deadline: {
        completed: '記錄期限已提出或不提出',
      },
      creditor_demand: {
        recorded: '記錄債權人催收或客戶承認',
      },
      court_calendar: {
        day_set: '標記法院行事曆日期',
        day_removed: '移除法院行事曆日期',
      },
      lpr_rate: {
        created: '新增 LPR 利率',
        updated: '修改 LPR 利率',
        deleted: '刪除 LPR 利率',
      },
      seed: {
        demo_firm: '建立示範事務所資料',
      },
      document: {
        receive: '文件標記為已收到',
        verify: '文件審核通過',
        reject: '退回文件',
        waive: '文件免附',
        file_uploaded: '上傳文件檔案',
        file_downloaded: '檢視或下載文件檔案',
      },
      document_template: {
        created: '建立文件範本',
        updated: '更新文件範本',
      },
      upload_link: {
        created: '建立上傳連結',
        revoked: '停用上傳連結',
      },
      financial_statement: {
        recorded: '填寫財務狀況',
      },
      contact: {
        logged: '新增聯繫紀錄',
        updated: '更新聯繫紀錄',
      },
      proposal: {
        drafted: '擬定方案',
        updated: '更新方案',
        accepted: '記錄債權人接受方案',
      },
      payment: {
        recorded: '登錄繳款',
        proof_uploaded: '上傳繳款證明',
        proof_downloaded: '檢視或下載繳款證明',
      },
      reminder: {
        retried: '重新發送失敗的提醒',
      },
      reminder_settings: {
        updated: '變更提醒設定',
      },
    },
    entity_types: {
      user: '使用者',
      team: '團隊',
      system: '系統',
      client: '客戶',
      creditor: '債權人',
      case: '案件',
      debt: '債務',
      lpr_rate: 'LPR 利率',
      court_matter: '法院程序',
      court_event: '法院事件',
      creditor_demand: '催收與承認',
      court_calendar_day: '法院行事曆日期',
      document_requirement: '文件清單項目',
      document_file: '文件檔案',
      document_template: '文件範本',
      upload_link: '上傳連結',
      financial_statement: '財務狀況說明',
      contact: '聯繫紀錄',
      proposal: '方案',
      payment: '繳款',
      payment_proof: '繳款證明',
      reminder: '提醒',
      reminder_settings: '提醒設定',
    },
  },
};
