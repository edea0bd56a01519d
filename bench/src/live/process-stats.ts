// A server process's resident memory and CPU time, from /proc (Linux): what the live screens cost it.
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100

/** Resident set size in MiB (VmRSS). */
export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))
  if (!line) throw new Error(`no VmRSS for process ${pid}`)
  return Number(line.split(/\s+/)[1]) / 1024
}

/** User + system CPU time the process has used, in seconds (utime + stime of /proc/<pid>/stat). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
}
