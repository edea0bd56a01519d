// Copies the packages the bundled server loads at run time, with everything they depend on, from the workspace's
// pnpm store into a plain node_modules folder (no symlinks): what `npm install --omit=dev` would have put there,
// for these few packages only. Optional dependencies come along when installed: @node-rs/argon2's binary for
// this machine's platform (linux-x64-gnu on the build machine) is one.
import { cpSync, existsSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'

/** Not needed to run: source maps and type declarations. */
const leftOut = /(\.map|\.d\.[cm]?ts)$/

/** The folder of package `name` as Node would resolve it from `fromDir`, or null. */
function findPackage(name, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name, 'package.json')
    if (existsSync(candidate)) return path.dirname(realpathSync(candidate))
    if (path.dirname(dir) === dir) return null
  }
}

function readManifest(dir) {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
}

/**
 * Copies `names` (resolved from `fromDir`) and their dependencies into `nodeModules`; a second version of a
 * package goes inside the folder of the package that needs it, as npm would nest it. Returns the copied
 * packages as `name@version`.
 */
export function copyPackages(names, fromDir, nodeModules) {
  /** name → version placed at the top of nodeModules */
  const top = new Map()
  const copied = []
  const queue = names.map((name) => ({ name, fromDir, into: nodeModules, optional: false }))
  while (queue.length) {
    const { name, fromDir: from, into, optional } = queue.shift()
    const source = findPackage(name, from)
    if (!source) {
      if (optional) continue
      throw new Error(`${name} is needed at run time but is not installed (run pnpm install)`)
    }
    const manifest = readManifest(source)
    const placedVersion = top.get(name)
    if (placedVersion === manifest.version) continue
    const target = placedVersion === undefined ? path.join(nodeModules, name) : path.join(into, 'node_modules', name)
    if (placedVersion === undefined) top.set(name, manifest.version)
    else if (existsSync(target)) continue
    cpSync(source, target, {
      recursive: true,
      dereference: true,
      filter: (file) => !leftOut.test(file) && !path.relative(source, file).split(path.sep).includes('node_modules'),
    })
    copied.push(`${name}@${manifest.version}`)
    const needs = (deps, isOptional) =>
      Object.keys(deps ?? {}).map((dep) => ({ name: dep, fromDir: source, into: target, optional: isOptional }))
    queue.push(...needs(manifest.dependencies, false), ...needs(manifest.optionalDependencies, true))
  }
  return copied.sort()
}
