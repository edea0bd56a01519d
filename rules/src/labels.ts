// The Chinese names of the schema's enums that the server writes (messages, the 台账) and the phone shows
// (its zh-CN catalogue takes them from here). Apart from the rules so that the phone's first screen, which
// needs the names, does not load the rules.
import type { ProjectStatus, SourceChannel, Stage, SupportStatus } from './enums.ts'

export const stageLabels: Record<Stage, string> = {
  LEAD: '线索',
  CONTACTED: '接洽',
  VISITED: '考察',
  NEGOTIATING: '洽谈',
  SIGNED: '签约',
  LANDED: '落地注册',
  OPERATING: '投产运营',
}

export const projectStatusLabels: Record<ProjectStatus, string> = { ACTIVE: '跟进中', ON_HOLD: '暂缓', LOST: '已流失' }

export const sourceChannelLabels: Record<SourceChannel, string> = {
  INVESTMENT_STAFF: '招商人员',
  TALENT_AMBASSADOR: '招才大使',
  REFERRAL: '朋友圈/熟人推荐',
  TECH_TOWN_LEADERS: '科技镇长团',
  UNIVERSITY: '高校院所',
  AGENCY: '中介/猎头',
  EVENT: '活动/赛事',
  SELF_RECOMMENDED: '人才自荐',
  OTHER: '其他',
}

export const supportStatusLabels: Record<SupportStatus, string> = {
  OPEN: '待交办',
  ASSIGNED: '已交办',
  IN_PROGRESS: '办理中',
  RESOLVED: '已办结',
  CLOSED: '已关闭',
  REJECTED: '已退回',
}
