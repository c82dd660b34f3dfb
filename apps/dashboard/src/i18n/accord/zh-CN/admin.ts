import type { admin as english } from '../en/admin';

export const admin: typeof english = {
  users: {
    password_help: '至少 12 个字符、不是常见密码、不包含电子邮箱或姓名。对方首次登录时须设置自己的密码。',
    reset_password: '重置密码',
    reset_password_help: '留空则保留当前密码。对方下次登录时须设置自己的密码。',
    no_team: '未分配团队',
  },
  teams: {
    member_list: '团队成员',
    no_manager: '未指定主管',
  },
  audit: {
    system_actor: '系统',
    actions: {
      auth: {
        signed_in: '登录',
        signed_out: '退出登录',
        sign_in_failed: '登录失败',
        password_changed: '修改自己的密码',
        password_change_failed: '当前密码输入错误',
        second_factor_enrolled: '设置第二道验证',
        session_ended: '结束会话',
        refresh_token_reused: '会话因登录被重复使用而结束',
      },
      user: {
        created: '新建用户',
        updated: '更新用户',
        second_factor_reset: '重置第二道验证',
      },
      security_settings: {
        updated: '修改登录安全规则',
      },
      team: {
        created: '新建团队',
        updated: '更新团队',
        deleted: '删除团队',
      },
      client: {
        created: '新建客户',
        updated: '更新客户',
        identifiers_revealed: '查看完整证件号码与电话',
      },
      creditor: {
        created: '新建债权人',
        updated: '更新债权人',
      },
      case: {
        opened: '新建案件',
        updated: '更新案件',
        stage_changed: '案件阶段变更',
        reassigned: '案件改派',
      },
      debt: {
        added: '添加债务',
        updated: '更新债务',
        removed: '删除债务',
      },
      calendar_feed: {
        created: '创建日历网址',
        revoked: '停用日历网址',
      },
      court_matter: {
        recorded: '记录法院程序',
        updated: '修改法院程序',
      },
      court_event: {
        recorded: '记录法院事件',
        updated: '修改法院事件',
      },
      court_deadline: {
        completed: '记录期限已提出或不提出',
      },
      creditor_demand: {
        recorded: '记录债权人催收或客户承认',
      },
      court_calendar: {
        day_set: '标记法院日历日期',
        day_removed: '移除法院日历日期',
      },
      lpr_rate: {
        created: '新增 LPR 利率',
        updated: '修改 LPR 利率',
        deleted: '删除 LPR 利率',
      },
      seed: {
        demo_firm: '创建示范事务所数据',
      },
      document: {
        receive: '材料标记为已收到',
        verify: '材料审核通过',
        reject: '退回材料',
        waive: '材料免交',
        file_uploaded: '上传材料文件',
        file_downloaded: '查看或下载材料文件',
      },
      document_template: {
        created: '创建材料模板',
        updated: '更新材料模板',
      },
      upload_link: {
        created: '生成上传链接',
        revoked: '停用上传链接',
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
        updated: '更新方案',
        accepted: '记录债权人接受方案',
      },
      payment: {
        recorded: '登记还款',
        proof_uploaded: '上传还款凭证',
        proof_downloaded: '查看或下载还款凭证',
      },
      reminder: {
        retried: '重新发送失败的提醒',
      },
      reminder_settings: {
        updated: '更改提醒设置',
      },
    },
    entity_types: {
      user: '用户',
      team: '团队',
      system: '系统',
      client: '客户',
      creditor: '债权人',
      case: '案件',
      debt: '债务',
      lpr_rate: 'LPR 利率',
      court_matter: '法院程序',
      court_event: '法院事件',
      creditor_demand: '催收与承认',
      court_calendar_day: '法院日历日期',
      document_requirement: '材料清单条目',
      document_file: '材料文件',
      document_template: '材料模板',
      upload_link: '上传链接',
      financial_statement: '财务状况说明',
      contact: '联系记录',
      proposal: '方案',
      payment: '还款',
      payment_proof: '还款凭证',
      reminder: '提醒',
      reminder_settings: '提醒设置',
    },
  },
};
