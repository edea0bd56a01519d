// Every string the user reads. `{name}` marks a value filled in by `t(key, { name })`. The app's common
// words are here; each area's own are in its messages.ts.
import { staffMessages } from '../staff/messages.ts'
import { managerMessages } from '../manager/messages.ts'
import { departmentMessages } from '../department/messages.ts'
import { syncMessages } from '../sync/messages.ts'
export const commonZh = {
  'app.name': '人才项目全周期',
  'common.loading': '加载中…',
  'common.cancel': '取消',
  'common.close': '关闭',
  'common.retry': '重试',
  'common.discard': '放弃',

  'login.subtitle': '县人才办 · 人才项目全周期管理',
  'login.account': '账号',
  'login.accountHint': '手机号或用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.offline': '当前离线，联网后才能登录',
  'login.failed': '登录失败，请稍后再试',

  'projects.title': '我的项目',
  'projects.empty': '还没有项目。点下方“新线索”登记第一条。',
  'projects.loadMore': '加载更多',
  'projects.offlineCached': '离线中，显示的是上次同步的数据',
  'projects.loadFailed': '项目列表加载失败：{message}',
  'projects.unsynced': '未同步',
  'projects.syncFailed': '同步失败',
  'projects.newLead': '新线索',

  'lead.title': '新线索',
  'lead.talentName': '人才姓名',
  'lead.phone': '手机号',
  'lead.phoneHint': '11 位大陆手机号',
  'lead.employer': '工作单位',
  'lead.field': '专业领域',
  'lead.sourceChannel': '线索来源',
  'lead.sourceChannelPlaceholder': '请选择',
  'lead.error.sourceChannel': '请选择线索来源',
  'lead.projectTitle': '项目名称',
  'lead.projectTitleHint': '不填则按“姓名（单位）项目”命名',
  'lead.note': '备注',
  'lead.submit': '保存线索',
  'lead.error.talentName': '请填写人才姓名',
  'lead.error.phone': '手机号格式不正确，应为 11 位大陆手机号',
  'lead.error.tooLong': '不能超过 {max} 个字',
  'lead.error.saveFailed': '无法保存到本机：{message}',
  'lead.signedOut': '请先登录',

  'sync.online': '在线',
  'sync.offline': '离线',
  'sync.pending': '{count} 条待同步',
  'sync.allSynced': '已全部同步',
  'sync.failed': '{count} 条同步失败',
  'sync.syncing': '正在同步…',
  'sync.details': '同步详情',
  'sync.failedItem': '{title}：{message}',
  'sync.discardConfirm': '放弃这条未同步的记录？放弃后无法恢复。',
  'sync.waitingBehind': '等待前一条失败的记录处理',

  'offline.ready': '可离线 ✓',
  'offline.notReady': '可离线 ✗',
  'offline.readyHelp': '本应用已可在无网络时打开。离线登记的线索会保存在本机，联网后自动同步。',
  'offline.notReadyHelp': '当前浏览器尚不能离线打开本应用。请在系统浏览器（如 Safari、Chrome）中打开本页并“添加到主屏幕”；微信、政务微信、钉钉等内置浏览器不支持离线，且清理缓存时可能删除本机数据。',

  'update.available': '有新版本可用',
  'update.reload': '更新',
  'update.later': '稍后',
  'update.offlineReady': '已可离线使用',

  'logout.button': '退出登录',
  'logout.unsyncedWarning': '还有 {count} 条记录未同步。退出后它们仍保存在本机，只有您再次登录时才会继续同步。确定退出？',
  'logout.offline': '当前离线，联网后才能退出登录',

  'stage.LEAD': '线索',
  'stage.CONTACTED': '接洽',
  'stage.VISITED': '考察',
  'stage.NEGOTIATING': '洽谈',
  'stage.SIGNED': '签约',
  'stage.LANDED': '落地注册',
  'stage.OPERATING': '投产运营',

  'status.ACTIVE': '跟进中',
  'status.ON_HOLD': '暂缓',
  'status.LOST': '已流失',

  'source.INVESTMENT_STAFF': '招商人员',
  'source.TALENT_AMBASSADOR': '招才大使',
  'source.REFERRAL': '朋友圈/熟人推荐',
  'source.TECH_TOWN_LEADERS': '科技镇长团',
  'source.UNIVERSITY': '高校院所',
  'source.AGENCY': '中介/猎头',
  'source.EVENT': '活动/赛事',
  'source.SELF_RECOMMENDED': '人才自荐',
  'source.OTHER': '其他',

  'error.unknown': '出现未知错误，请稍后再试',
} as const

export type BaseKey = keyof typeof commonZh

export const zhCN = {
  ...commonZh,
  ...staffMessages.zhCN,
  ...managerMessages.zhCN,
  ...departmentMessages.zhCN,
  ...syncMessages.zhCN,
}

export type MessageKey = keyof typeof zhCN
