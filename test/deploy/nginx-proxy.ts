// Debian's nginx running deploy/nginx/talent-pipeline.conf as it is, but for the ports, the upstreams, the
// certificate and the access log's file: in the foreground, with its own prefix in a temporary folder (no root
// paths, no system nginx).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'
import { nginxPath, opensslPath } from './tools.ts'

export const siteConfig = path.resolve(import.meta.dirname, '../../deploy/nginx/talent-pipeline.conf')

export interface ProxyPorts {
  http: number
  https: number
  upstreams: [number, number]
}

export interface RunningProxy {
  httpsUrl: string
  httpUrl: string
  /** The self-signed certificate nginx presents, to trust in the test's client. */
  certificate: string
  /** The site's access log (its own format, with nginx's request id) as written so far. */
  accessLog: () => string
  output: () => string
  stop: () => Promise<void>
}

/** Each change must apply exactly once: a config that no longer has the line fails here, not later. */
function templated(text: string, changes: [string, string][]): string {
  return changes.reduce((result, [from, to]) => {
    const found = result.split(from).length - 1
    if (found !== 1) throw new Error(`${siteConfig} has "${from}" ${found} times, not once`)
    return result.replace(from, () => to)
  }, text)
}

function selfSignedCertificate(dir: string): { certificate: string; key: string } {
  const certificate = path.join(dir, 'talent-pipeline.crt')
  const key = path.join(dir, 'talent-pipeline.key')
  const made = spawnSync(
    opensslPath,
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2']
      .concat(['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'])
      .concat(['-keyout', key, '-out', certificate]),
    { encoding: 'utf8' },
  )
  if (made.status !== 0) throw new Error(`openssl could not make a certificate:\n${made.stderr}`)
  return { certificate, key }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

export async function startNginx(dir: string, ports: ProxyPorts): Promise<RunningProxy> {
  const { certificate, key } = selfSignedCertificate(dir)
  const accessLog = path.join(dir, 'site-access.log')
  const site = templated(readFileSync(siteConfig, 'utf8'), [
    ['listen 80;', `listen 127.0.0.1:${ports.http};`],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${ports.https} ssl http2;`],
    ['server 127.0.0.1:4001;', `server 127.0.0.1:${ports.upstreams[0]};`],
    ['server 127.0.0.1:4002;', `server 127.0.0.1:${ports.upstreams[1]};`],
    ['/etc/ssl/certs/talent-pipeline.crt', certificate],
    ['/etc/ssl/private/talent-pipeline.key', key],
    ['/var/log/nginx/access.log', accessLog],
  ])
  writeFileSync(path.join(dir, 'talent-pipeline.conf'), site)
  // The http block of Debian's /etc/nginx/nginx.conf, with every path in `dir`. As root, the workers run as
  // root too: the default user (nobody) could not write request bodies into this folder.
  const main = `
    daemon off;
    worker_processes 1;
    pid ${dir}/nginx.pid;
    error_log stderr warn;
    ${process.getuid?.() === 0 ? 'user root root;' : ''}
    events { worker_connections 256; }
    http {
      sendfile on;
      tcp_nopush on;
      types_hash_max_size 2048;
      default_type application/octet-stream;
      ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
      ssl_prefer_server_ciphers on;
      access_log ${dir}/access.log;
      gzip on;
      client_body_temp_path ${dir}/client_body;
      proxy_temp_path ${dir}/proxy;
      fastcgi_temp_path ${dir}/fastcgi;
      uwsgi_temp_path ${dir}/uwsgi;
      scgi_temp_path ${dir}/scgi;
      include ${dir}/talent-pipeline.conf;
    }
  `
  writeFileSync(path.join(dir, 'nginx.conf'), main)
  const nginx = spawn(nginxPath, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  nginx.stdout.on('data', (chunk) => (output += chunk))
  nginx.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => nginx.once('exit', () => resolve()))
  const stop = async () => {
    if (nginx.exitCode === null && nginx.signalCode === null) nginx.kill('SIGTERM')
    await exited
  }
  const deadline = Date.now() + 20_000
  while (!(await listening(ports.https))) {
    if (nginx.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`nginx did not start:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    httpsUrl: `https://127.0.0.1:${ports.https}`,
    httpUrl: `http://127.0.0.1:${ports.http}`,
    certificate: readFileSync(certificate, 'utf8'),
    accessLog: () => (existsSync(accessLog) ? readFileSync(accessLog, 'utf8') : ''),
    output: () => output,
    stop,
  }
}
