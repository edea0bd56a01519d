import { defineMessages } from '../i18n/define.ts'

// 我的设置: the language and the way to the password change. A lazy area: only this screen needs them.
export const settingsMessages = defineMessages({
  'settings.title': '我的设置',
  'settings.language': '语言',
  'settings.language.hint': '界面、服务器提示和导出的表格都用这种语言',
  'settings.language.zh-CN': '中文',
  'settings.language.en': 'English',
  'settings.saved': '已保存',
  'settings.offline': '当前离线：本机已改用该语言，联网后请再选一次以保存到账号',
  'settings.password': '修改密码',
})
