import type { AccordMessages } from '../types';

export const accordZhCN: AccordMessages = {
  accord: {
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
    home: {
      greeting: '%{name}，您好',
      signed_in_as: '当前身份：%{role}',
      coming_soon: '此页面会随 Accord 逐步完善，后续版本将陆续加入内容。',
      officer: {
        title: '今日工作',
        body: '您经办的案件、即将到期的期限和今天的提醒将显示在这里，让每天一开始就知道该处理什么。',
      },
      manager: {
        title: '团队工作量',
        body: '每位经办人的案件量、逾期事项和需要关注的案件将显示在这里，方便您平衡团队的工作。',
      },
      admin: {
        title: '事务所管理',
        body: '用户、团队和审计日志位于左侧菜单。事务所设置和后台任务的状态也将显示在这里。',
      },
    },
    users: {
      password_help: '至少 12 个字符。',
      reset_password: '重置密码',
      reset_password_help: '留空则保留当前密码。至少 12 个字符。',
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
        },
        user: {
          created: '新建用户',
          updated: '更新用户',
        },
        team: {
          created: '新建团队',
          updated: '更新团队',
          deleted: '删除团队',
        },
        seed: {
          demo_firm: '创建示范事务所数据',
        },
      },
      entity_types: {
        user: '用户',
        team: '团队',
        system: '系统',
      },
    },
    errors: {
      VALIDATION_FAILED: '部分字段内容有误，请检查。',
      MALFORMED_JSON: '无法读取此请求。',
      PAYLOAD_TOO_LARGE: '请求的内容过大。',
      UNAUTHENTICATED: '请登录后继续。',
      INVALID_CREDENTIALS: '电子邮箱或密码不正确。',
      TOKEN_REVOKED: '您的会话已结束，请重新登录。',
      FORBIDDEN: '您没有执行此操作的权限。',
      NOT_FOUND: '该条数据不存在。',
      ROUTE_NOT_FOUND: '该网址不存在。',
      STALE_VERSION: '您打开这条数据后，已有其他人修改过。请刷新页面查看最新内容，再重新进行您的修改。',
      EMAIL_TAKEN: '该电子邮箱地址已被使用。',
      TEAM_NAME_TAKEN: '已有同名的团队。',
      TEAM_HAS_MEMBERS: '该团队仍有经办人，请先将他们调到其他团队。',
      MANAGER_ALREADY_LEADS_TEAM: '这位主管已负责另一个团队。',
      INVALID_TEAM_MANAGER: '团队主管必须是已启用且角色为主管的用户。',
      CANNOT_DISABLE_SELF: '您不能停用自己的账号。',
      CONFLICT: '此修改与当前数据冲突，请刷新页面后重试。',
      TOO_MANY_SIGN_IN_ATTEMPTS: '登录失败次数过多，请在 %{retryAfterSeconds} 秒后重试。',
      TOO_MANY_REQUESTS: '请求过于频繁，请稍后重试。',
      UNPROCESSABLE: '无法执行此请求。',
      SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后重试。',
      INTERNAL_ERROR: '服务器发生意外错误，请重试。',
    },
  },
  resources: {
    users: {
      name: '用户',
      fields: {
        fullName: '姓名',
        email: '电子邮箱',
        role: '角色',
        teamId: '团队',
        locale: '界面语言',
        active: '启用',
        lastSignInAt: '最后登录',
        createdAt: '创建时间',
        updatedAt: '更新时间',
        password: '密码',
      },
    },
    teams: {
      name: '团队',
      fields: {
        name: '名称',
        managerId: '主管',
        memberCount: '成员人数',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
    },
    'audit-log': {
      name: '审计日志',
      fields: {
        at: '时间',
        action: '操作',
        actorId: '操作人',
        entity: '数据',
        entityType: '数据类型',
        entityId: '数据编号',
        subject: '相关对象',
        ip: 'IP 地址',
        requestId: '请求编号',
        details: '详细内容',
      },
    },
  },
};
