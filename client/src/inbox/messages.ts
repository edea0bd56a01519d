import { defineMessages } from '../i18n/define.ts'

// The inbox screen (inbox/inbox.tsx); the bell's words are the shell's (sync/messages.ts).
export const inboxMessages = defineMessages({
  'inbox.title': '通知',
  'inbox.markAll': '全部已读',
  'inbox.empty': '暂无通知。有人交办、转办、升级督办、指定你为负责人或跟进到期时，会在这里提醒你。',
  'inbox.unread': '未读',
  'inbox.loadMore': '加载更多',
  'inbox.loadFailed': '通知加载失败：{message}',
  'inbox.offlineCached': '离线中：显示上次读取的通知；标为已读会在联网后同步',
  'inbox.noLink': '此通知没有可打开的页面',
})
