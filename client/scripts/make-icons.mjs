// Draws the app icons (public/icons/*.png, public/favicon.svg) with no dependency and no network:
// a white 人 on the theme colour, rasterised from distance functions with 4×4 supersampling.
// Run `pnpm --filter client icons` after changing the drawing; the PNGs are committed.
import { deflateSync } from 'node:zlib'
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const theme = { background: [15, 95, 168], accent: [245, 180, 40], ink: [255, 255, 255] }

// Strokes of 人 in a unit square: [x0, y0, cx, cy, x1, y1] quadratic curves, and their width.
const strokes = [
  [0.5, 0.2, 0.46, 0.6, 0.2, 0.8],
  [0.48, 0.42, 0.6, 0.68, 0.82, 0.8],
]
const strokeWidth = 0.1
const dot = { x: 0.74, y: 0.26, r: 0.065 }

function quadPoints([x0, y0, cx, cy, x1, y1], steps = 48) {
  const points = []
  for (let i = 0; i <= steps; i++) {
    const t = i / steps
    const u = 1 - t
    points.push([u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1])
  }
  return points
}
const polylines = strokes.map((stroke) => quadPoints(stroke))
const pad = strokeWidth / 2
const boxes = polylines.map((line) => {
  const xs = line.map(([x]) => x)
  const ys = line.map(([, y]) => y)
  return [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad]
})

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

function inGlyph(x, y) {
  for (const [index, line] of polylines.entries()) {
    const [x0, y0, x1, y1] = boxes[index]
    if (x < x0 || x > x1 || y < y0 || y > y1) continue
    for (let i = 1; i < line.length; i++)
      if (segmentDistance(x, y, line[i - 1], line[i]) <= strokeWidth / 2) return 'ink'
  }
  if (Math.hypot(x - dot.x, y - dot.y) <= dot.r) return 'accent'
  return null
}

function inRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius)
  const cy = Math.min(Math.max(y, radius), 1 - radius)
  return Math.hypot(x - cx, y - cy) <= radius
}

/** shape: 'rounded' (transparent corners), 'full' (square, for maskable and Apple). scale shrinks the glyph. */
function draw(size, { shape, scale }) {
  const pixels = Buffer.alloc(size * size * 4)
  const samples = 4
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0]
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size
          const y = (py + (sy + 0.5) / samples) / size
          if (shape === 'rounded' && !inRoundedSquare(x, y, 0.22)) continue
          const part = inGlyph(0.5 + (x - 0.5) / scale, 0.5 + (y - 0.5) / scale)
          const colour = part ? theme[part] : theme.background
          sum[0] += colour[0]
          sum[1] += colour[1]
          sum[2] += colour[2]
          sum[3] += 255
        }
      }
      const n = samples * samples
      const covered = sum[3] / 255
      const offset = (py * size + px) * 4
      for (let c = 0; c < 3; c++) pixels[offset + c] = covered ? Math.round(sum[c] / covered) : 0
      pixels[offset + 3] = Math.round(sum[3] / n)
    }
  }
  return png(size, pixels)
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buffer) {
  let c = 0xffffffff
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
function png(size, rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function favicon() {
  const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`
  const path = ([x0, y0, cx, cy, x1, y1]) => `M${x0 * 64} ${y0 * 64}Q${cx * 64} ${cy * 64} ${x1 * 64} ${y1 * 64}`
  // The title names the picture where it is shown alone (opened as a file, read by a screen reader).
  const parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    '<title>人才项目全周期</title>',
    `<rect width="64" height="64" rx="14" fill="${hex(theme.background)}"/>`,
    `<path d="${strokes.map(path).join('')}" fill="none" stroke="#fff" stroke-width="${strokeWidth * 64}"`,
    ' stroke-linecap="round"/>',
    `<circle cx="${dot.x * 64}" cy="${dot.y * 64}" r="${dot.r * 64}" fill="${hex(theme.accent)}"/>`,
    '</svg>\n',
  ]
  return parts.join('')
}

const publicDir = fileURLToPath(new URL('../public/', import.meta.url))
mkdirSync(`${publicDir}icons`, { recursive: true })
const outputs = {
  'icons/icon-192.png': draw(192, { shape: 'rounded', scale: 1 }),
  'icons/icon-512.png': draw(512, { shape: 'rounded', scale: 1 }),
  'icons/maskable-512.png': draw(512, { shape: 'full', scale: 0.72 }),
  'icons/apple-touch-icon-180.png': draw(180, { shape: 'full', scale: 0.8 }),
}
for (const [name, data] of Object.entries(outputs)) writeFileSync(publicDir + name, data)
writeFileSync(`${publicDir}favicon.svg`, favicon())
console.log(`Wrote ${Object.keys(outputs).join(', ')} and favicon.svg to ${publicDir}`)
