// What the server says as it starts: JSON lines under systemd (no terminal), with the facts an operator needs
// and no password, even the demo's.
import { describe, expect, it } from 'vitest'
import { createLogger } from '../../server/src/errors/request-log.ts'
import { reportStart } from '../../server/src/observe/startup-log.ts'

const report = {
  url: 'http://localhost:4000',
  database: 'embedded PGlite in ./data/pglite',
  startMs: 812,
  localOnly: true,
  appliedMigrations: ['20261124112615_init'],
  createdAdmin: null,
  demoAccounts: [
    { login: 'east.staff', password: 'Demo@2026', role: 'STAFF', unitName: '东部园区', name: '刘芳' },
  ] as never,
}

describe('the start-up report', () => {
  it('is JSON lines when standard output is no terminal, without the demo password or names', () => {
    const lines: string[] = []
    reportStart(createLogger({ write: (line) => void lines.push(line) }, 'info'), report, false)
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(parsed[0]).toMatchObject({
      level: 30,
      url: 'http://localhost:4000',
      database: 'embedded PGlite in ./data/pglite',
      startMs: 812,
      msg: '人才项目全周期 ready on http://localhost:4000 (embedded PGlite in ./data/pglite, 812 ms)',
    })
    expect(parsed.find((line) => line.migrations)).toMatchObject({ migrations: ['20261124112615_init'] })
    expect(parsed.find((line) => line.demoAccounts)).toMatchObject({
      demoAccounts: [{ login: 'east.staff', role: 'STAFF', unit: '东部园区' }],
    })
    expect(lines.join('')).not.toContain('Demo@2026')
    expect(lines.join('')).not.toContain('刘芳')
  })
})
