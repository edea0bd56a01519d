import { defineMessages } from '../i18n/define.ts'

// The shell (bottom bar, the header's sync status, offline readiness, sign-out) speaks these, on every first
// screen. The 同步 and 搜索 screens' own words are in messages-screens.ts, which loads on first use.
export const syncMessages = defineMessages({
  'sync.nav.label': '主导航',
  'sync.nav.today': '今日',
  'sync.nav.myLeads': '我的线索',
  'sync.nav.newLead': '新线索',
  'sync.nav.search': '搜索',
  'sync.nav.sync': '同步',
  'sync.nav.pipeline': '看板',
  'sync.nav.overdue': '逾期',
  'sync.nav.requests': '诉求',
  'sync.nav.projects': '项目',
  'sync.header.status': '网络与同步状态',
  'sync.header.inbox': '通知',
  'sync.header.inboxUnread': '通知（{count} 条未读）',
  'sync.status.reading': '正在读取本机记录…',

  'sync.notFound.title': '找不到页面',
  'sync.notFound.body': '这个页面不存在，或者当前版本还没有它。',
  'sync.notFound.home': '回到首页',

  'sync.offline.title': '离线使用',
  'sync.offline.ready': '这部手机没有信号时也能打开本应用；离线登记的内容保存在本机，联网后自动发送。',
  'sync.offline.installing': '正在准备离线使用，请保持联网片刻。',
  'sync.offline.unsupported': '当前浏览器不能离线打开本应用（常见于微信、政务微信、钉钉等内置浏览器）。',
  'sync.offline.dropped': '当前浏览器在重新打开后没有保留离线数据，没有信号时将无法打开本应用。',
  'sync.offline.persisted': '本机存储已保留',
  'sync.offline.notPersisted': '存储空间不足时浏览器可能清除本机数据',
  'sync.offline.installed': '已安装到主屏幕',
  'sync.inApp.label': '离线使用提示',
  'sync.inApp.title': '您正在聊天软件的内置浏览器中。',
  'sync.inApp.noWorkerTitle': '当前浏览器不能离线使用。',
  'sync.inApp.short': '这里没有信号时打不开本应用，清理缓存还可能删除未同步的记录。请在系统浏览器中打开并安装。',
  'sync.inApp.body':
    '聊天软件的内置浏览器不支持离线使用，清理缓存或退出账号时可能删除本机数据。请按下面的步骤在系统浏览器中打开并安装。',
  'sync.inApp.how': '怎么做',
  'sync.inApp.hide': '收起',
  'sync.inApp.later': '稍后',
  'sync.help.openWeChat': '点右上角“···”，选择“在默认浏览器中打开”（iPhone 请用 Safari）。',
  'sync.help.openDingTalk': '点右上角“···”，选择“在浏览器打开”（iPhone 请用 Safari）。',
  'sync.help.openAny': '用系统浏览器打开本页（iPhone 用 Safari，安卓用 Chrome 或手机自带浏览器）。',
  'sync.help.install': '登录后，在浏览器菜单中选择“添加到主屏幕”或“安装应用”。',
  'sync.help.useIcon': '以后从主屏幕的图标打开：没有信号时也能登记线索。',
  'sync.help.linkLabel': '本应用的网址',
  'sync.help.copy': '复制链接',
  'sync.help.copied': '已复制，可粘贴到浏览器地址栏',
  'sync.help.copyFailed': '无法自动复制，请长按上面的网址手动复制',

  'sync.logout.title': '还有未同步的记录',
  'sync.logout.body':
    '还有 {count} 条记录未同步。退出后它们仍保存在这部手机上，要等 {name} 本人再次在这部手机上登录后才会继续同步。确定退出？',
})
