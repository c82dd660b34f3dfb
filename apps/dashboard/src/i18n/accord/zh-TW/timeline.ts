import type { timeline as english } from '../en/timeline';

export const timeline: typeof english = {
  timeline: {
    empty: '尚無任何紀錄。',
    more: '再顯示 %{smart_count} 筆',
    reason: '理由：%{reason}',
    plans_ended: '%{smart_count} 個未還清的還款計劃已終止',
    reminders_cancelled: '已取消 %{smart_count} 則排定的提醒',
    plans_resumed: '已恢復 %{smart_count} 個還款計劃',
    plans_still_ended: '%{smart_count} 個還款計劃維持終止',
    approval: '主管核准：%{reason}',
    checklist_added: '新增需求：%{kinds}',
    checklist_removed: '不再需要：%{kinds}',
    kinds: {
      case: {
        opened: '建立案件',
        updated: '更新案件',
        stage_changed: '階段變更',
        reassigned: '改派承辦人',
        reopened: '重新開啟案件',
      },
      client: {
        consent_withdrawn: '客戶撤回同意',
      },
      debt: {
        added: '新增債務',
        updated: '更新債務',
        removed: '刪除債務',
      },
      documents: {
        checklist_updated: '文件清單更新',
      },
      document: {
        receive: '收到文件',
        verify: '文件審核通過',
        reject: '退回文件',
        waive: '文件免附',
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
        submitted: '提交方案',
        countered: '債權人還價',
        rejected: '債權人拒絕方案',
        withdrawn: '撤回方案',
        accepted: '債權人接受方案',
        limit_exception_approved: '主管核准超過債權人上限的方案',
      },
      payment: {
        recorded: '登錄繳款',
      },
      credit_entry: {
        recorded: '記錄信用報告項目',
        updated: '更正信用報告項目',
        removed: '刪除信用報告項目',
      },
      credit_dispute: {
        prepared: '準備異議申請',
        updated: '修改異議申請',
        filed: '提出異議申請',
        answered: '異議申請已回覆',
        withdrawn: '撤回異議申請',
      },
      credit_record: {
        nothing_to_dispute: '信用報告無可異議之處',
      },
      court_matter: {
        recorded: '記錄法院案件',
        updated: '修改法院案件',
      },
      court_event: {
        recorded: '記錄法院進度',
        updated: '修改法院進度',
      },
      court_deadline: {
        completed: '法院期限已處理',
      },
      creditor_demand: {
        recorded: '記錄債權人催收',
      },
    },
  },
};
