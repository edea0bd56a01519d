// A signed-out user's reminders must not keep arriving on a phone someone else may now hold. Ending the
// browser's subscription is enough, and needs no session: its push service refuses the server's next push
// (404/410) and the server deletes the subscription then (server/src/notify/web-push/send.ts).
export async function endPushHere(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker?.getRegistration()
    const subscription = await registration?.pushManager?.getSubscription()
    await subscription?.unsubscribe()
  } catch {
    // No service worker or push here: nothing was subscribed.
  }
}
