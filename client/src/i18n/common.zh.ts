// The app's common words (sign-in, projects, stages, sources, sync, updates) in zh-CN. `{name}` marks a value
// filled in by `t(key, { name })`. Each area's own words are in its messages.ts. The names of stages, statuses
// and sources are the ones the server writes (@talent/rules/labels).
import { projectStatusLabels, sourceChannelLabels, stageLabels } from '@talent/rules/labels'

export const commonZh = {
  'app.name': '人才项目全周期',
  'common.loading': '加载中…',
  'common.cancel': '取消',
  'common.close': '关闭',
  'common.discard': '放弃',
  'common.saveFailed': '无法保存到本机：{message}',
  'common.signedOut': '请先登录',

  'account.settings.link': '设置',

  // The kinds of notice, for every screen that names one (settings, the office's delivery log, the inbox).
  'notice.kind.FOLLOW_UP_DUE': '跟进到期',
  'notice.kind.PROJECT_ASSIGNED': '项目分配给我',
  'notice.kind.PROJECT_MEMBER_ADDED': '被加入项目',
  'notice.kind.SUPPORT_ASSIGNED': '诉求交我办理',
  'notice.kind.SUPPORT_REASSIGNED': '诉求转办',
  'notice.kind.SUPPORT_ESCALATED': '诉求升级督办',
  'notice.kind.SUPPORT_RESOLVED': '诉求已办结',
  'notice.kind.SUPPORT_REOPENED': '诉求重新打开',
  'notice.kind.CLAIM_CONFLICT': '认领冲突',
  'notice.kind.REPORT_ISSUED': '通报已发布',
  'notice.kind.REPORT_REMINDER': '报送提醒',
  'notice.kind.ACCOUNT_LOCKED': '账号被锁定',
  'notice.kind.DIGEST': '每日汇总',

  'login.subtitle': '县人才办 · 人才项目全周期管理',
  'login.account': '账号',
  'login.accountHint': '手机号或用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.offline': '当前离线，联网后才能登录',
  'login.failed': '登录失败，请稍后再试',
  'login.lockNotice.title': '自您上次登录以来，有人多次用错误密码尝试登录您的账号，已被暂时锁定在外：',
  'login.lockNotice.item': '{time}，来自 {address}，连续失败 {failures} 次',
  'login.lockNotice.advice': '如果不是您本人，请修改密码并告知人才办。',
  'login.lockNotice.dismiss': '知道了',

  'projects.title': '我的项目',
  'projects.empty': '还没有项目。点下方“新线索”登记第一条。',
  'projects.loadMore': '加载更多',
  'projects.offlineCached': '离线中，显示的是上次同步的数据',
  'projects.loadFailed': '项目列表加载失败：{message}',
  'projects.unsynced': '未同步',
  'projects.syncFailed': '同步失败',
  'projects.newLead': '新线索',

  'sync.online': '在线',
  'sync.offline': '离线',
  'sync.pending': '{count} 条待同步',
  'sync.allSynced': '已全部同步',
  'sync.failed': '{count} 条同步失败',
  'sync.syncing': '正在同步…',
  'sync.waitingBehind': '等待前一条失败的记录处理',

  'offline.ready': '可离线 ✓',
  'offline.notReady': '可离线 ✗',
  'offline.preparing': '正在准备离线…',
  'offline.readyHelp': '本应用已可在无网络时打开。离线登记的线索会保存在本机，联网后自动同步。',
  'screenError.title': '页面没有打开',
  'screenError.notStored': '这个页面还没有存到本机，需要联网打开一次。本机保存的线索和待同步的记录都还在。',
  'screenError.failed': '页面出错了。本机保存的线索和待同步的记录都还在。',
  'screenError.reload': '重新加载',
  'screenError.home': '回到首页',

  'update.available': '有新版本可用',
  'update.reload': '更新',
  'update.later': '稍后',
  'update.offlineReady': '已可离线使用',

  'logout.button': '退出登录',
  'logout.offline': '当前离线，联网后才能退出登录',

  'stage.LEAD': stageLabels.LEAD,
  'stage.CONTACTED': stageLabels.CONTACTED,
  'stage.VISITED': stageLabels.VISITED,
  'stage.NEGOTIATING': stageLabels.NEGOTIATING,
  'stage.SIGNED': stageLabels.SIGNED,
  'stage.LANDED': stageLabels.LANDED,
  'stage.OPERATING': stageLabels.OPERATING,

  'status.ACTIVE': projectStatusLabels.ACTIVE,
  'status.ON_HOLD': projectStatusLabels.ON_HOLD,
  'status.LOST': projectStatusLabels.LOST,

  'source.INVESTMENT_STAFF': sourceChannelLabels.INVESTMENT_STAFF,
  'source.TALENT_AMBASSADOR': sourceChannelLabels.TALENT_AMBASSADOR,
  'source.REFERRAL': sourceChannelLabels.REFERRAL,
  'source.TECH_TOWN_LEADERS': sourceChannelLabels.TECH_TOWN_LEADERS,
  'source.UNIVERSITY': sourceChannelLabels.UNIVERSITY,
  'source.AGENCY': sourceChannelLabels.AGENCY,
  'source.EVENT': sourceChannelLabels.EVENT,
  'source.SELF_RECOMMENDED': sourceChannelLabels.SELF_RECOMMENDED,
  'source.OTHER': sourceChannelLabels.OTHER,

  'error.unknown': '出现未知错误，请稍后再试',
  'error.internal': '服务器内部错误，请稍后再试；联系管理员时请告知请求编号 {requestId}',
} as const

export type BaseKey = keyof typeof commonZh
