// The notice pipeline's shapes, declared here until the pipeline (server/src/notify/) lands beside this folder:
// at the merge these become imports of its own types. Only what the Web Push channel reads is required.

/** A notice on its way out: what the user sees, and where opening it leads. */
export interface OutgoingNotice {
  noticeId: string
  userId: string
  kind: string
  title: string
  body: string
  /** A path in the app (`/projects/…`) or an absolute URL of it. */
  url: string
  createdAt: Date
}

/** What became of one delivery: `permanent` failures are not tried again. */
export interface DeliveryResult {
  ok: boolean
  status?: number
  error?: string
  permanent?: boolean
}

/** One way a notice leaves the server. The pipeline's delivery row is opaque to this channel. */
export interface Channel {
  channel: 'WEB_PUSH' | 'WEBHOOK'
  send(delivery: unknown, notice: OutgoingNotice): Promise<DeliveryResult>
}
