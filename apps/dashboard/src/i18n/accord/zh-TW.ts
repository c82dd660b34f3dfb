import type { AccordMessages } from '../types';

export const accordZhTW: AccordMessages = {
  accord: {
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
    home: {
      greeting: '%{name}，您好',
      signed_in_as: '目前身分：%{role}',
      coming_soon: '此頁面會隨 Accord 逐步充實，後續版本將陸續加入內容。',
      officer: {
        title: '今日工作',
        body: '您承辦的案件、即將到期的期限與今天的提醒將顯示在這裡，讓每天一開始就知道該處理什麼。',
      },
      manager: {
        title: '團隊工作量',
        body: '每位承辦人的案件量、逾期事項與需要關注的案件將顯示在這裡，方便您平衡團隊的工作。',
      },
      admin: {
        title: '事務所管理',
        body: '使用者、團隊與稽核紀錄位於左側選單。事務所設定與背景作業的狀態也將顯示在這裡。',
      },
    },
    users: {
      password_help: '至少 12 個字元。',
      reset_password: '重設密碼',
      reset_password_help: '留空則維持目前的密碼。至少 12 個字元。',
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
        },
        user: {
          created: '建立使用者',
          updated: '更新使用者',
        },
        team: {
          created: '建立團隊',
          updated: '更新團隊',
          deleted: '刪除團隊',
        },
        seed: {
          demo_firm: '建立示範事務所資料',
        },
      },
      entity_types: {
        user: '使用者',
        team: '團隊',
        system: '系統',
      },
    },
    errors: {
      VALIDATION_FAILED: '部分欄位內容有誤，請檢查。',
      MALFORMED_JSON: '無法讀取此要求。',
      PAYLOAD_TOO_LARGE: '要求的內容過大。',
      UNAUTHENTICATED: '請登入後繼續。',
      INVALID_CREDENTIALS: '電子郵件或密碼不正確。',
      TOKEN_REVOKED: '您的工作階段已結束，請重新登入。',
      FORBIDDEN: '您沒有執行此操作的權限。',
      NOT_FOUND: '此筆資料不存在。',
      ROUTE_NOT_FOUND: '此網址不存在。',
      STALE_VERSION: '您開啟這筆資料後，已有其他人修改過。請重新載入頁面查看最新內容，再重新進行您的修改。',
      EMAIL_TAKEN: '此電子郵件地址已被使用。',
      TEAM_NAME_TAKEN: '已有相同名稱的團隊。',
      TEAM_HAS_MEMBERS: '此團隊仍有承辦人，請先將他們移至其他團隊。',
      MANAGER_ALREADY_LEADS_TEAM: '這位主管已負責另一個團隊。',
      INVALID_TEAM_MANAGER: '團隊主管必須是已啟用且角色為主管的使用者。',
      CANNOT_DISABLE_SELF: '您無法停用自己的帳號。',
      CONFLICT: '此變更與目前的資料衝突，請重新載入頁面後再試一次。',
      TOO_MANY_SIGN_IN_ATTEMPTS: '登入失敗次數過多，請於 %{retryAfterSeconds} 秒後再試。',
      TOO_MANY_REQUESTS: '要求次數過多，請稍候再試。',
      UNPROCESSABLE: '無法執行此要求。',
      SERVICE_UNAVAILABLE: '服務暫時無法使用，請稍後再試。',
      INTERNAL_ERROR: '伺服器發生未預期的錯誤，請再試一次。',
    },
  },
  resources: {
    users: {
      name: '使用者',
      fields: {
        fullName: '姓名',
        email: '電子郵件',
        role: '角色',
        teamId: '團隊',
        locale: '介面語言',
        active: '啟用',
        lastSignInAt: '最後登入',
        createdAt: '建立時間',
        updatedAt: '更新時間',
        password: '密碼',
      },
    },
    teams: {
      name: '團隊',
      fields: {
        name: '名稱',
        managerId: '主管',
        memberCount: '成員人數',
        createdAt: '建立時間',
        updatedAt: '更新時間',
      },
    },
    'audit-log': {
      name: '稽核紀錄',
      fields: {
        at: '時間',
        action: '動作',
        actorId: '操作者',
        entity: '資料',
        entityType: '資料類型',
        entityId: '資料編號',
        subject: '相關對象',
        ip: 'IP 位址',
        requestId: '請求編號',
        details: '詳細內容',
      },
    },
  },
};
