// Web Push in the PWA's service worker, imported by the worker Workbox generates (vite.config.ts,
// workbox.importScripts), so the precache it builds stays Workbox's own. A push carries one notice as JSON
// ({ title, body, url, noticeId }: server/src/notify/web-push/send.ts); opening its notification brings the app
// to the notice's object. Plain JavaScript: it runs as it is in the worker, with no build step of its own.
/* global self, clients */

const appIcon = '/icons/icon-192.png'

/** The notice a push carries; a push the worker cannot read still says something rather than nothing. */
function noticeOf(data) {
  let notice = {}
  try {
    notice = data ? data.json() : {}
  } catch {
    notice = { body: data ? data.text() : '' }
  }
  return {
    title: typeof notice.title === 'string' && notice.title ? notice.title : '人才项目全周期',
    body: typeof notice.body === 'string' ? notice.body : '',
    url: typeof notice.url === 'string' && notice.url ? notice.url : '/',
    noticeId: typeof notice.noticeId === 'string' ? notice.noticeId : undefined,
  }
}

/** The notice's address inside the app; anything pointing elsewhere opens the app's start instead. */
function appUrl(url) {
  const target = new URL(url, self.location.origin)
  return target.origin === self.location.origin ? target.href : new URL('/', self.location.origin).href
}

self.addEventListener('push', (event) => {
  const notice = noticeOf(event.data)
  event.waitUntil(
    self.registration.showNotification(notice.title, {
      body: notice.body,
      // One notification per notice: the same notice pushed twice (a retried delivery) replaces itself.
      tag: notice.noticeId,
      icon: appIcon,
      badge: appIcon,
      data: { url: appUrl(notice.url), noticeId: notice.noticeId },
    }),
  )
})

/**
 * Brings the app to `url`: an open window of it is focused and navigated there, else a new one is opened.
 * Focusing is allowed only in answer to a real click, so a refused focus does not stop the navigation.
 */
async function openNotice(url) {
  const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true })
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin)
  if (!open) return clients.openWindow(url)
  await open.focus().catch(() => undefined)
  return open.navigate(url)
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const url = event.notification.data?.url || new URL('/', self.location.origin).href
  event.waitUntil(openNotice(url))
})
