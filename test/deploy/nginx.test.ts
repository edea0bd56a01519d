// The usual intranet shape, as deploy/ installs it: one PostgreSQL database migrated once by the migrations
// unit, two server instances (talent-pipeline@<port>), and Debian's nginx in front running
// deploy/nginx/talent-pipeline.conf with a self-signed certificate. Through https on nginx the office signs
// in and a staff member logs a lead; each process then reads it directly with the same session.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import https from 'node:https'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { uuidv7 } from 'uuidv7'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../e2e/harness.ts'
import { ChangePassword, CreateUnit, CreateUser } from '../support/account-documents.ts'
import { graphql } from '../support/graphql.ts'
import { createCountyDatabase, type CountyDatabase } from './county-database.ts'
import { countySettings, runMigrationsUnit, startInstance, type Instance } from './instances.ts'
import { startNginx, type RunningProxy } from './nginx-proxy.ts'
import { isMissing, nginxPath } from './tools.ts'
import { Browser, send, streamingFetch } from './web-client.ts'
import { idsUntil, subscribe } from '../support/live.ts'

const Login = graphql(`
  mutation DeployLogin($login: String!, $password: String!) {
    login(login: $login, password: $password) { login }
  }
`)
const Me = graphql(`
  query DeployMe { me { login } }
`)
const CreateLead = graphql(`
  mutation DeployCreateLead($input: CreateLeadInput!) {
    createLead(input: $input) { id uuid title }
  }
`)
const ReadProject = graphql(`
  query DeployReadProject($id: ID!) {
    node(id: $id) { ... on Project { title stage talent { name } unit { name } } }
  }
`)
const AuditEntries = graphql(`
  query DeployAuditEntries($entityId: String!) {
    auditLog(first: 10, filter: { entityId: $entityId }) { edges { node { action address } } }
  }
`)

const admin = { login: 'office.admin', password: 'Harbour-Light-2026' }
const staffLogin = 'north.staff'
const staffPassword = 'Field-Notes-2026'
/** The staff member's browser connects from here; nginx and the servers talk over 127.0.0.1. */
const staffAddress = '127.0.0.2'
/** What a client may write itself: never to be taken as its address. */
const spoofed = { 'x-forwarded-for': '203.0.113.9' }
const hashedAsset = '/assets/app-D4x9Kq2L.js'
const assetText = `export const rows = [${Array.from({ length: 400 }, (_, row) => `'第${row}行'`).join(', ')}]\n`

describe.skipIf(isMissing(nginxPath, 'the nginx smoke test (apt-get install nginx)'))(
  'two servers behind nginx',
  () => {
    let folder: string
    let database: CountyDatabase
    let servers: Instance[] = []
    let proxy: RunningProxy
    let office: Browser
    let staff: Browser
    let lead: { id: string; uuid: string; title: string }

    beforeAll(async () => {
      folder = await mkdtemp(path.join(tmpdir(), 'talent-deploy-'))
      // A built client's shape: the page, the service worker, the manifest and one hashed asset.
      const client = path.join(folder, 'client')
      await mkdir(path.join(client, 'assets'), { recursive: true })
      await writeFile(
        path.join(client, 'index.html'),
        '<!doctype html><title>人才项目全周期</title><div id="root"></div>',
      )
      await writeFile(path.join(client, 'sw.js'), 'self.addEventListener("fetch", () => {})')
      await writeFile(path.join(client, 'manifest.webmanifest'), '{"name":"人才项目全周期"}')
      await writeFile(path.join(client, hashedAsset), assetText)
      database = await createCountyDatabase('proxy')
      const files = countySettings(database, admin, { CLIENT_DIR: client, ESCALATION_MINUTES: '0' })
      await runMigrationsUnit(files)
      const [first, second, http, secure] = await Promise.all([freePort(), freePort(), freePort(), freePort()])
      proxy = await startNginx(folder, { http: http, https: secure, upstreams: [first, second] })
      // One after the other: the first one creates the administrator on the empty database.
      servers = [await startInstance(first, files)]
      servers.push(await startInstance(second, files))
      office = new Browser({ ca: proxy.certificate })
      staff = new Browser({ ca: proxy.certificate, localAddress: staffAddress })
    }, 300_000)

    afterAll(async () => {
      await proxy?.stop()
      for (const server of servers) await server.stop()
      await database?.drop()
      if (folder) await rm(folder, { recursive: true, force: true })
    })

    it('sends plain HTTP to HTTPS, keeping the path', async () => {
      const answer = await send(`${proxy.httpUrl}/projects/42?tab=activity`)
      expect(answer.status).toBe(301)
      expect(answer.headers.location).toBe('https://127.0.0.1/projects/42?tab=activity')
    })

    it('signs in through nginx with a Secure cookie, and a new staff member logs a lead', async () => {
      const signedIn = await office.request(proxy.httpsUrl, Login, admin)
      expect(signedIn.data?.login.login).toBe(admin.login)
      expect(signedIn.answer.headers['set-cookie']?.[0]).toMatch(/; Secure/i)
      const park = await office.request(proxy.httpsUrl, CreateUnit, {
        input: { clientMutationId: uuidv7(), code: 'NORTH_PARK', name: '北部园区', kind: 'PARK' },
      })
      const account = await office.request(proxy.httpsUrl, CreateUser, {
        input: {
          clientMutationId: uuidv7(),
          login: staffLogin,
          name: '北园专员',
          role: 'STAFF',
          unitId: park.data!.createUnit.uuid,
        },
      })
      const oneTimePassword = account.data?.createUser.oneTimePassword
      expect(oneTimePassword).toEqual(expect.any(String))

      await staff.request(proxy.httpsUrl, Login, { login: staffLogin, password: oneTimePassword! }, spoofed)
      const changed = await staff.request(proxy.httpsUrl, ChangePassword, {
        currentPassword: oneTimePassword!,
        newPassword: staffPassword,
      })
      expect(changed.errors).toBeUndefined()
      const created = await staff.request(
        proxy.httpsUrl,
        CreateLead,
        {
          input: {
            clientMutationId: uuidv7(),
            projectId: uuidv7(),
            talentId: uuidv7(),
            talentName: '林青',
            employer: '浙江大学',
            sourceChannel: 'TALENT_AMBASSADOR',
          },
        },
        spoofed,
      )
      expect(created.errors).toBeUndefined()
      lead = created.data!.createLead
    })

    it('reads the lead from each process directly, with the session begun through nginx', async () => {
      for (const server of servers) {
        const read = await staff.request(server.url, ReadProject, { id: lead.id })
        expect(read.data?.node, server.url).toEqual({
          title: lead.title,
          stage: 'LEAD',
          talent: { name: '林青' },
          unit: { name: '北部园区' },
        })
      }
    })

    it('gives a request nginx’s id, in its access log, in the answer and in the server’s log line', async () => {
      // A client's own id is not trusted to name the request: nginx's replaces it.
      const me = await staff.request(proxy.httpsUrl, Me, {}, { 'x-request-id': 'chosen-by-the-client' })
      expect(me.data?.me?.login).toBe(staffLogin)
      const requestId = me.answer.headers['x-request-id']
      expect(requestId).toMatch(/^[0-9a-f]{32}$/)
      const nginxLines = () =>
        proxy
          .accessLog()
          .split('\n')
          .filter((line) => line.endsWith(` ${requestId}`))
      await expect.poll(() => nginxLines().length).toBe(1)
      const serverLines = () =>
        servers
          // Whole lines only (the last may still be coming), and of those the JSON ones: the log.
          .flatMap((server) => server.run.output().split('\n').slice(0, -1))
          .flatMap((line) => (line.startsWith('{') ? [JSON.parse(line) as Record<string, unknown>] : []))
          .filter((entry) => entry.requestId === requestId)
      await expect
        .poll(serverLines)
        .toEqual([expect.objectContaining({ msg: 'request', operation: 'DeployMe', status: 200 })])
    })

    it('records the address nginx saw the staff member at, not the one their request claimed', async () => {
      const entries = await office.request(servers[1]!.url, AuditEntries, { entityId: lead.uuid })
      expect(entries.data?.auditLog.edges.map(({ node }) => node)).toEqual([
        { action: 'createLead', address: staffAddress },
      ])
    })

    it('streams a board subscription through nginx as events happen on either process', async () => {
      // nginx picks the process; a lead logged directly on each one means one of them is the other process,
      // whose change reaches this stream only through PostgreSQL. A buffering proxy would hold the events back.
      const board = await subscribe(
        streamingFetch(proxy.httpsUrl, { ca: proxy.certificate, localAddress: staffAddress }),
        staff.cookie,
        'subscription { boardChanged { ids reread } }',
      )
      try {
        for (const server of servers) {
          const created = await staff.request(server.url, CreateLead, {
            input: {
              clientMutationId: uuidv7(),
              projectId: uuidv7(),
              talentId: uuidv7(),
              talentName: `林青 ${server.url.slice(-4)}`,
              employer: '浙江大学',
              sourceChannel: 'TALENT_AMBASSADOR',
            },
          })
          expect(created.errors).toBeUndefined()
          const heard = await idsUntil(board, created.data!.createLead.id)
          expect(heard.ended, server.url).toBe(false)
        }
      } finally {
        board.close()
      }
    })

    it('passes the server’s cache headers on, and compresses API answers but not the built assets', async () => {
      const cacheControl = async (pathname: string) => {
        const answer = await send(`${proxy.httpsUrl}${pathname}`, { ca: proxy.certificate })
        expect(answer.status, pathname).toBe(200)
        return answer.headers['cache-control']
      }
      expect(await cacheControl(hashedAsset)).toBe('public, max-age=31536000, immutable')
      for (const pathname of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/projects/42'])
        expect(await cacheControl(pathname), pathname).toBe('no-cache')

      const gzip = { 'accept-encoding': 'gzip' }
      const asset = await send(`${proxy.httpsUrl}${hashedAsset}`, { ca: proxy.certificate, headers: gzip })
      expect(asset.headers['content-encoding']).toBeUndefined()
      expect(asset.body.toString('utf8')).toBe(assetText)
      const raw = await send(`${proxy.httpsUrl}/graphql`, {
        ca: proxy.certificate,
        method: 'POST',
        headers: { ...gzip, 'content-type': 'application/json', cookie: office.cookie },
        body: JSON.stringify({ query: '{ auditLogActions { action label } }' }),
      })
      expect(raw.headers['content-encoding']).toBe('gzip')
      expect(JSON.parse(gunzipSync(raw.body).toString('utf8')).data.auditLogActions.length).toBeGreaterThan(5)
    })

    it('passes a request just under the server’s 16 MB, and answers a larger one as the server would', async () => {
      const padding = 'x'.repeat(15 * 1024 * 1024)
      const underLimit = await send(`${proxy.httpsUrl}/graphql`, {
        ca: proxy.certificate,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', variables: { padding } }),
      })
      expect(JSON.parse(underLimit.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } })

      // Only the start of a 17 MB body: nginx answers from the announced length, before reading it.
      const overLimit = await new Promise<{ status: number; type?: string; body: string }>((resolve, reject) => {
        const request = https.request(`${proxy.httpsUrl}/graphql`, {
          method: 'POST',
          ca: proxy.certificate,
          agent: false,
          headers: { 'content-type': 'application/json', 'content-length': 17 * 1024 * 1024 },
        })
        request.on('response', (response) => {
          let body = ''
          response.on('data', (chunk) => (body += chunk))
          response.on('end', () => {
            request.destroy()
            resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body })
          })
        })
        request.on('error', reject)
        request.write('{"query":"mutation')
      })
      expect(overLimit.status).toBe(413)
      expect(overLimit.type).toBe('application/json')
      expect(JSON.parse(overLimit.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE')
    })

    it('keeps answering through the other process while one stops (a restart, an upgrade)', async () => {
      const stopped = servers.shift()!
      expect(await stopped.stop()).toBe(0)
      for (let request = 0; request < 4; request++) {
        const me = await staff.request(proxy.httpsUrl, Me, {})
        expect(me.data?.me?.login).toBe(staffLogin)
      }
    })
  },
)
