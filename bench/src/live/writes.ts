// The writes the subscribers hear: a field worker's follow-up (StaffLogActivity, as the phone's outbox sends
// it, built by the load's Actor) on one of the projects the subscribers read, sent to one server process.
import http from 'node:http'
import { clientRequest } from '../load/documents.ts'
import { Actor, type Call, type LoadUser } from '../load/workload.ts'

const agent = new http.Agent({ keepAlive: true })

function send(port: number, user: LoadUser, call: Call): Promise<Record<string, unknown> | null> {
  const request = clientRequest(call.operation, call.variables, {
    'x-graphql-yoga-csrf': '1',
    cookie: `tp_session=${user.token}`,
    ...(call.outboxOwner ? { 'x-outbox-owner': call.outboxOwner } : {}),
  })
  return new Promise((resolve, reject) => {
    const sent = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: request.path,
        method: request.method,
        headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body ?? '') },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          const answer = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] }
          if (response.statusCode !== 200 || answer.errors)
            reject(new Error(`${call.operation}: ${text.slice(0, 300)}`))
          else resolve(answer.data ?? null)
        })
      },
    )
    sent.on('error', reject)
    sent.end(request.body)
  })
}

/** Logs a follow-up on `project` as its owner `user`, through the server on `port`. */
export async function logFollowUp(port: number, user: LoadUser, project: string): Promise<void> {
  await new Actor({ ...user, projects: [project] }, (call) => send(port, user, call)).logFollowUp()
}

export const globalId = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64')
