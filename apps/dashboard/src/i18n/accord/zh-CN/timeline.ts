import type { timeline as english } from '../en/timeline';

export const timeline: typeof english = {
  timeline: {
    empty: '暂无记录。',
    more: '再显示 %{smart_count} 条',
    reason: '理由：%{reason}',
    plans_ended: '%{smart_count} 个未还清的还款计划已终止',
    reminders_cancelled: '已取消 %{smart_count} 条排定的提醒',
    plans_resumed: '已恢复 %{smart_count} 个还款计划',
    plans_still_ended: '%{smart_count} 个还款计划维持终止',
    approval: '主管批准：%{reason}',
    checklist_added: '新增要求：%{kinds}',
    checklist_removed: '不再需要：%{kinds}',
    kinds: {
      case: {
        opened: '新建案件',
        updated: '更新案件',
        stage_changed: '阶段变更',
        reassigned: '改派经办人',
        reopened: '重新开启案件',
      },
      client: {
        consent_withdrawn: '客户撤回同意',
      },
      debt: {
        added: '添加债务',
        updated: '更新债务',
        removed: '删除债务',
      },
      documents: {
        checklist_updated: '材料清单更新',
      },
      document: {
        receive: '收到材料',
        verify: '材料审核通过',
        reject: '退回材料',
        waive: '材料免交',
      },
      financial_statement: {
        recorded: '填写财务状况',
      },
      contact: {
        logged: '新增联系记录',
        updated: '更新联系记录',
      },
      proposal: {
        drafted: '拟定方案',
        submitted: '提交方案',
        countered: '债权人还价',
        rejected: '债权人拒绝方案',
        withdrawn: '撤回方案',
        accepted: '债权人接受方案',
        limit_exception_approved: '主管批准超过债权人上限的方案',
      },
      payment: {
        recorded: '登记还款',
      },
      credit_entry: {
        recorded: '记录信用报告条目',
        updated: '更正信用报告条目',
        removed: '删除信用报告条目',
      },
      credit_dispute: {
        prepared: '准备异议申请',
        updated: '修改异议申请',
        filed: '提出异议申请',
        answered: '异议申请已答复',
        withdrawn: '撤回异议申请',
      },
      credit_record: {
        nothing_to_dispute: '信用报告无可异议之处',
      },
      court_matter: {
        recorded: '记录法院案件',
        updated: '修改法院案件',
      },
      court_event: {
        recorded: '记录法院进展',
        updated: '修改法院进展',
      },
      court_deadline: {
        completed: '法院期限已处理',
      },
      creditor_demand: {
        recorded: '记录债权人催收',
      },
    },
  },
};
