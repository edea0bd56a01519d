// Cross-origin requests. The PWA is served by this same server, so by default no other origin may read an
// answer: a foreign Origin gets no Access-Control-Allow-Origin at all (and never one with credentials,
// which would let any page act with a signed-in user's cookie). CORS_ORIGINS names the exceptions.
import type { YogaServerOptions } from 'graphql-yoga'

type CorsOption = NonNullable<YogaServerOptions<object, object>['cors']>

/** `CORS_ORIGINS=https://a.example,https://b.example` → the origins, normalised (no trailing slash, lower case). */
export function allowedOrigins(setting: string | undefined): string[] {
  return (setting ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, '').toLowerCase())
    .filter(Boolean)
}

export function corsPolicy(origins: readonly string[]): CorsOption {
  const allowed = new Set(origins)
  return (request: Request) => {
    const origin = request.headers.get('origin')?.toLowerCase()
    if (!origin || !allowed.has(origin)) return false
    return { origin: request.headers.get('origin')!, credentials: true }
  }
}
