#!/usr/bin/env node
// `pnpm release`: one archive, release/talent-pipeline-<version>.tar.gz, that runs with `node` alone — no registry,
// no pnpm, no TypeScript at run time. It unpacks to talent-pipeline-<version>/ holding:
//   server/main.js, server/cli.js (+ chunks)  the server bundled to JavaScript (scripts/release/bundle-server.mjs)
//   client/dist/                              the built PWA
//   prisma/schema.prisma, prisma/migrations/  what the schema engine applies at start-up
//   node_modules/                             the packages loaded at run time: Wasm engines, argon2's binary
//   package.json, INSTALL.md                  `"type": "module"`, and how to install and run it
//   deploy/                                   the systemd units and the nginx configuration (docs/operations.md)
// Options: --out <folder> (default release/), --reuse-client (use client/dist as it is: the caller built it).
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { bundleServer, runtimePackages } from './release/bundle-server.mjs'
import { copyPackages } from './release/copy-packages.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: { out: { type: 'string', default: path.join(root, 'release') }, 'reuse-client': { type: 'boolean' } },
})
const started = performance.now()
const { version, engines } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const name = `talent-pipeline-${version}`
const outDir = path.resolve(values.out)
const stage = path.join(outDir, name)
const archive = path.join(outDir, `${name}.tar.gz`)

function step(message) {
  console.log(`› ${message} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`)
}

rmSync(stage, { recursive: true, force: true })
rmSync(archive, { force: true })
mkdirSync(stage, { recursive: true })

if (!values['reuse-client']) {
  step('Building the PWA (client/dist)')
  // As production, whatever NODE_ENV the caller has: libraries drop code on NODE_ENV=test.
  run(process.execPath, [path.join(root, 'client/node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: path.join(root, 'client'),
    env: { ...process.env, NODE_ENV: 'production' },
  })
}
statSync(path.join(root, 'client/dist/index.html')) // fails plainly when the PWA was never built

step('Bundling the server (esbuild)')
await bundleServer(root, stage)

step('Copying the PWA, the migrations and the run-time packages')
cpSync(path.join(root, 'client/dist'), path.join(stage, 'client/dist'), { recursive: true })
cpSync(path.join(root, 'prisma/schema.prisma'), path.join(stage, 'prisma/schema.prisma'))
cpSync(path.join(root, 'prisma/migrations'), path.join(stage, 'prisma/migrations'), { recursive: true })
cpSync(path.join(root, 'deploy'), path.join(stage, 'deploy'), { recursive: true })
const packages = copyPackages(runtimePackages, path.join(root, 'server'), path.join(stage, 'node_modules'))
const manifest = {
  name: 'talent-pipeline',
  version,
  private: true,
  type: 'module',
  engines,
  scripts: { start: 'node server/main.js' },
  bundledPackages: packages,
}
writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
const install = readFileSync(path.join(root, 'scripts/release/INSTALL.md'), 'utf8')
writeFileSync(path.join(stage, 'INSTALL.md'), install.replaceAll('<version>', version))

step(`Packing ${path.relative(process.cwd(), archive)}`)
// Owned by root in the archive, whoever built it: unpacking as root must not hand the files to a stranger's uid.
run('tar', ['-czf', archive, '--owner=0', '--group=0', '--numeric-owner', '-C', outDir, name])
rmSync(stage, { recursive: true, force: true })
const megabytes = (statSync(archive).size / 1024 / 1024).toFixed(1)
step(`Done: ${archive} (${megabytes} MB; run-time packages ${packages.join(', ')})`)
