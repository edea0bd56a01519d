// Headers every answer carries, and the Content-Security-Policy of the PWA's pages. The built index.html
// has one inline script (client/build/preload-first-screens.ts starts the first screen's downloads while
// the page is parsed); rather than allow inline scripts, the policy names that script by its hash, read
// from the index.html being served — a new build copied in place gets its own hash.
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}

/** The text of each inline `<script>` (one without `src`), as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const scripts = html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)
  return [...scripts].filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes ?? '')).map(([, , body]) => body ?? '')
}

export function contentSecurityPolicy(html: string): string {
  const hashes = inlineScripts(html).map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`)
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    // Solid's templates and ECharts' tooltips write style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/** The policy for the shell in `clientDir`, recomputed only when index.html changes on disk. */
export function pagePolicy(clientDir: string): () => string {
  const file = path.join(clientDir, 'index.html')
  let seen = ''
  let policy = contentSecurityPolicy('')
  return () => {
    try {
      const stats = statSync(file)
      const version = `${stats.mtimeMs}:${stats.size}`
      if (version !== seen) {
        policy = contentSecurityPolicy(readFileSync(file, 'utf8'))
        seen = version
      }
    } catch {
      // No shell on disk (not built, or being replaced): the strictest policy, no inline script.
    }
    return policy
  }
}
