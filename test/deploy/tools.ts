// The Debian packages the deployment tests run (apt-get install nginx systemd openssl). scripts/run.mjs looks
// for the same files: missing under CI=true, the run fails; elsewhere these tests are skipped, saying why.
import { existsSync } from 'node:fs'

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
export const systemdAnalyzePath = process.env.SYSTEMD_ANALYZE_PATH ?? '/usr/bin/systemd-analyze'
export const opensslPath = process.env.OPENSSL_PATH ?? '/usr/bin/openssl'

/** True when `file` is not there, after saying which tests that leaves out. */
export function isMissing(file: string, tests: string): boolean {
  if (existsSync(file)) return false
  console.warn(`⚠ Not running ${tests}: no ${file}`)
  return true
}
