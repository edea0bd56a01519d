// The notice pipeline's shapes, as the Web Push channel reads them (server/src/notify/channels.ts).
export type { Channel, OutgoingNotice, SendResult as DeliveryResult } from '../channels.ts'
