// Draws a list a row per frame. On a slow phone, laying out a screenful of Chinese text at once is a
// long task that holds up the first tap; row by row, every frame stays short and the top rows show first.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js'

/** How many of `total()` rows to draw now: one more each animation frame until all are drawn. */
export function createFrameByFrameCount(total: Accessor<number>): Accessor<number> {
  const [drawn, setDrawn] = createSignal(0)
  let frame = 0
  const step = () => {
    const next = Math.min(total(), drawn() + 1)
    setDrawn(next)
    frame = next < total() ? requestAnimationFrame(step) : 0
  }
  createEffect(() => {
    if (total() < drawn()) setDrawn(total())
    else if (total() > drawn() && frame === 0) frame = requestAnimationFrame(step)
  })
  onCleanup(() => cancelAnimationFrame(frame))
  return drawn
}
