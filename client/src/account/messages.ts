import { defineMessages } from '../i18n/define.ts'

// 我的设置 (the language, the way to the password change) and 修改密码. A lazy area: only these screens need
// them.
export const settingsMessages = defineMessages({
  'settings.title': '我的设置',
  'settings.language': '语言',
  'settings.language.hint': '界面、服务器提示和导出的表格都用这种语言',
  'settings.language.zh-CN': '中文',
  'settings.language.en': 'English',
  'settings.saved': '已保存',
  'settings.offline': '当前离线：本机已改用该语言，联网后请再选一次以保存到账号',
  'settings.password': '修改密码',
  'settings.notices.link': '通知设置',
  'settings.notices.title': '通知设置',
  'settings.notices.inbox': '所有通知都会出现在站内通知中；这里选择哪些还要推送到手机或经人才办接入的渠道发送。',
  'settings.notices.kind': '通知',
  'settings.notices.push': '推送',
  'settings.notices.webhook': '政务微信等',
  'settings.notices.noChannels': '目前没有可用的站外渠道，通知只在站内显示。',
  'settings.notices.quiet': '免打扰时段',
  'settings.notices.quietOn': '开启免打扰',
  'settings.notices.quietStart': '开始',
  'settings.notices.quietEnd': '结束',
  'settings.notices.quietHint': '按县里时间；其间的通知等到结束后再送出，账号被锁定的通知除外。',
  'settings.notices.save': '保存通知设置',
  'settings.notices.saving': '正在保存…',
  'settings.notices.offline': '当前离线，联网后才能保存通知设置',

  'account.password.title': '修改密码',
  'account.password.forced': '您正在使用管理员给的一次性密码，请先设置自己的密码再继续。',
  'account.password.oneTime': '一次性密码',
  'account.password.current': '当前密码',
  'account.password.new': '新密码',
  'account.password.rule': '至少 10 位，须同时包含字母和数字，不能包含账号',
  'account.password.again': '再次输入新密码',
  'account.password.mismatch': '两次输入的新密码不一致',
  'account.password.issue.tooShort': '密码至少 {min} 位',
  'account.password.issue.tooLong': '密码不能超过 128 位',
  'account.password.issue.lettersAndDigits': '密码须同时包含字母和数字',
  'account.password.issue.containsLogin': '密码不能包含账号',
  'account.password.offline': '当前离线，联网后才能修改密码',
  'account.password.submit': '保存新密码',
  'account.password.saving': '正在保存…',

  // 在此手机接收推送 (push-toggle.tsx): every way it cannot work says so, and that the inbox still has it all.
  'settings.push.title': '推送提醒',
  'settings.push.toggle': '在此手机接收推送',
  'settings.push.hint': '开启后，新的提醒会推送到这台手机的通知栏；无论是否开启，提醒都在应用内的收件箱中。',
  'settings.push.working': '正在开启推送…',
  'settings.push.on': '已开启：新的提醒会推送到这台手机',
  'settings.push.off': '已关闭：这台手机不再收到推送',
  'settings.push.unsupported': '此浏览器不能接收推送提醒。提醒仍会显示在应用内的收件箱中。',
  'settings.push.inAppBrowser':
    '微信、政务微信、钉钉等应用内置的浏览器不能接收推送。请用手机自带的浏览器打开本应用；提醒仍会显示在应用内的收件箱中。',
  'settings.push.denied':
    '本应用的通知已被拒绝。请在浏览器的网站设置中允许通知后再试；提醒仍会显示在应用内的收件箱中。',
  'settings.push.unreachable':
    '这台手机连不上它的推送服务（政务内网或没有谷歌服务的手机上常见），暂时不能接收推送。提醒仍会显示在应用内的收件箱中。',
  'settings.push.offline': '当前离线，联网后才能开启推送；提醒仍会显示在应用内的收件箱中。',
})
