import type { EnglishOf } from '../../i18n/define.ts'
import type { officeDeliveryMessages } from './messages.ts'

export const officeDeliveryMessagesEn: EnglishOf<typeof officeDeliveryMessages> = {
  'office.deliveries.title': 'Notice deliveries',
  'office.deliveries.tile': 'Push and external-channel deliveries; retry a failed one now',
  'office.deliveries.status': 'Status',
  'office.deliveries.anyStatus': 'Any status',
  'office.deliveries.status.FAILED': 'Failed',
  'office.deliveries.status.PENDING': 'Waiting',
  'office.deliveries.status.SENT': 'Sent',
  'office.deliveries.channel': 'Channel',
  'office.deliveries.anyChannel': 'Any channel',
  'office.deliveries.channel.WEB_PUSH': 'Push',
  'office.deliveries.channel.WEBHOOK': 'External channel',
  'office.deliveries.attempts': '{count} attempts',
  'office.deliveries.next': 'Next attempt {at}',
  'office.deliveries.sentAt': 'Sent {at}',
  'office.deliveries.retry': 'Retry now',
  'office.deliveries.retried': 'Retry scheduled: it goes out within a minute',
  'office.deliveries.none': 'No deliveries',
  'office.deliveries.more': 'Show more',
  'office.deliveries.offline': 'The delivery log needs a connection; you are offline',
  'office.webhook.title': 'External notice channel (WeCom, DingTalk, SMS gateway)',
  'office.webhook.hint':
    'Each notice is a signed JSON POST to this address, which the gateway passes on; ' +
    'the operations manual shows how to check the signature.',
  'office.webhook.url': 'Receiving address',
  'office.webhook.secret': 'Signing secret',
  'office.webhook.secretKeep': 'Set ({hint}); leave empty to keep it',
  'office.webhook.enabled': 'Switched on',
  'office.webhook.defaultKinds': 'For people who have not chosen, these notices go by this channel',
  'office.webhook.saved': 'Saved',
}
