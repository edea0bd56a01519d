// One start of a server command for the release bench: spawned in a process group of its own, timed to its first
// /healthz 200, its resident memory read from /proc (the node process serving, and every process of the group:
// `npm start` is npm, scripts/run.mjs, tsx's launcher and the server), a few requests as a signed-in user, stopped.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { sleep } from '../timing.ts'

export interface Start {
  command: string
  args: string[]
  cwd: string
  env: Record<string, string | undefined>
  port: number
}

export interface StartFigures {
  /** spawn to the first /healthz 200, ms */
  startMs: number
  /** resident memory, MB: the largest process of the group (the server) and the group's sum */
  afterStart: { server: number; group: number }
  afterRequests: { server: number; group: number }
}

/** RSS of every process in process group `group`, in MB. */
function groupMemory(group: number): { server: number; group: number } {
  const sizes: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // Fields after the command's closing parenthesis: state ppid pgrp …
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
      if (pgrp !== group) continue
      const rss = readFileSync(`/proc/${entry}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)
      if (rss) sizes.push(Number(rss[1]) / 1024)
    } catch {
      // The process ended while being read.
    }
  }
  return { server: Math.max(0, ...sizes), group: sizes.reduce((sum, size) => sum + size, 0) }
}

const projectsPage = `{ projects(first: 20) { edges { node { id title stage talent { name } owner { name } } } } }`

async function useAsStaff(base: string) {
  const post = (query: string, variables: Record<string, string>, cookie = '') =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1', cookie },
      body: JSON.stringify({ query, variables }),
    })
  const signIn = await post('mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }', {
    l: 'east.staff',
    p: 'Demo@2026',
  })
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  if (!cookie.startsWith('tp_session=')) throw new Error(`Signing in failed: ${await signIn.text()}`)
  for (let i = 0; i < 10; i++) {
    for (const query of [projectsPage, '{ me { login role unit { name } } }']) {
      const body = (await (await post(query, {}, cookie)).json()) as { errors?: unknown }
      if (body.errors) throw new Error(`A request failed: ${JSON.stringify(body.errors)}`)
    }
    await fetch(`${base}/`).then((response) => response.text())
  }
}

function signal(group: number, name: NodeJS.Signals) {
  try {
    process.kill(-group, name)
  } catch {
    // Nothing left in the group.
  }
}

export async function measureStart(start: Start): Promise<StartFigures> {
  const base = `http://127.0.0.1:${start.port}`
  const began = performance.now()
  const child = spawn(start.command, start.args, {
    cwd: start.cwd,
    env: { ...start.env, PORT: String(start.port) },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let errors = ''
  child.stderr.on('data', (chunk) => (errors += chunk))
  const group = child.pid as number
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${start.command} exited (${child.exitCode}):\n${errors}`)
      const healthy = await fetch(`${base}/healthz`).then(
        (response) => response.status === 200,
        () => false,
      )
      if (healthy) break
      if (performance.now() - began > 180_000) throw new Error(`${start.command} did not answer within 180 s`)
      await sleep(20)
    }
    const startMs = performance.now() - began
    await sleep(500)
    const afterStart = groupMemory(group)
    await useAsStaff(base)
    await sleep(500)
    return { startMs, afterStart, afterRequests: groupMemory(group) }
  } finally {
    signal(group, 'SIGTERM')
    // npm may exit before its children: wait until the whole group is gone, then make sure of it.
    const deadline = performance.now() + 10_000
    while (groupMemory(group).group > 0 && performance.now() < deadline) await sleep(50)
    signal(group, 'SIGKILL')
  }
}
