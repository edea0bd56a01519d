// A live stream must reach the phone event by event. nginx (deploy/nginx) buffers what a server answers until
// the buffer fills or the answer ends, which for a stream of small events means never; the header
// `X-Accel-Buffering: no` on an answer turns that off for that answer alone, and nginx does not pass it on.
// yoga's SSE answers do not set it themselves.
import type { Plugin } from 'graphql-yoga'

export const useUnbufferedStreams = (): Plugin => ({
  onResponse({ response }) {
    if (response.headers.get('content-type')?.startsWith('text/event-stream'))
      response.headers.set('x-accel-buffering', 'no')
  },
})
