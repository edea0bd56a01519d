// Dragging a card to another stage with pointer events alone. A mouse picks the card up once it moves; a
// finger must rest on it first (a long press), so that swiping still scrolls the board. The tap menu
// ("移动到…") does the same without dragging, for keyboards and screen readers.
import { createSignal, onCleanup } from 'solid-js'
import type { Stage } from '../graphql.ts'

export interface ColumnBox {
  stage: Stage
  left: number
  right: number
  top: number
  bottom: number
}

/** The column under a point, or null when the point is over none of them. */
export function columnAt(x: number, y: number, columns: readonly ColumnBox[]): Stage | null {
  return columns.find((box) => x >= box.left && x < box.right && y >= box.top && y < box.bottom)?.stage ?? null
}

/** Where the board's columns are on screen now (they move as the board scrolls). */
export function columnBoxes(board: HTMLElement): ColumnBox[] {
  return [...board.querySelectorAll<HTMLElement>('[data-stage-column]')].map((column) => {
    const rect = column.getBoundingClientRect()
    return {
      stage: column.dataset.stageColumn as Stage,
      left: rect.left,
      right: rect.right,
      top: rect.top,
      bottom: rect.bottom,
    }
  })
}

export interface DragState {
  projectId: string
  x: number
  y: number
  over: Stage | null
}

export const longPressMs = 450
const mouseSlop = 6
const touchSlop = 10
const edge = 36

export function createCardDrag(options: {
  board: () => HTMLElement | undefined
  onDrop: (projectId: string, stage: Stage) => void
}) {
  const [drag, setDrag] = createSignal<DragState | null>(null)
  let stop: (() => void) | undefined
  onCleanup(() => stop?.())

  function start(event: PointerEvent, projectId: string) {
    if (event.button !== 0 || stop) return
    const touch = event.pointerType !== 'mouse'
    const from = { x: event.clientX, y: event.clientY }
    let at = from
    let picked = false
    let frame = 0
    const over = () => {
      const board = options.board()
      return board ? columnAt(at.x, at.y, columnBoxes(board)) : null
    }
    const show = () => setDrag({ projectId, x: at.x, y: at.y, over: over() })
    const pick = () => {
      picked = true
      show()
      navigator.vibrate?.(15)
      frame = requestAnimationFrame(scrollNearEdges)
    }
    // Holding a card near the board's edge scrolls it, so that a far column can be reached on a phone.
    const scrollNearEdges = () => {
      const board = options.board()
      if (board) {
        const rect = board.getBoundingClientRect()
        const step = at.x < rect.left + edge ? -12 : at.x > rect.right - edge ? 12 : 0
        if (step) {
          board.scrollLeft += step
          show()
        }
      }
      frame = requestAnimationFrame(scrollNearEdges)
    }
    const timer = touch ? setTimeout(pick, longPressMs) : undefined
    const moved = (limit: number) => Math.hypot(at.x - from.x, at.y - from.y) > limit

    const onMove = (move: PointerEvent) => {
      if (move.pointerId !== event.pointerId) return
      at = { x: move.clientX, y: move.clientY }
      if (picked) return show()
      if (touch && moved(touchSlop))
        end() // the finger is scrolling, not holding
      else if (!touch && moved(mouseSlop)) pick()
    }
    const onUp = (up: PointerEvent) => {
      if (up.pointerId !== event.pointerId) return
      const target = picked ? over() : null
      if (picked) swallowNextClick()
      end()
      if (target) options.onDrop(projectId, target)
    }
    // Once the card is held, the finger moves it rather than scrolling the page.
    const holdStill = (touchMove: TouchEvent) => {
      if (picked && touchMove.cancelable) touchMove.preventDefault()
    }
    const onKey = (key: KeyboardEvent) => key.key === 'Escape' && end()
    const end = () => {
      clearTimeout(timer)
      cancelAnimationFrame(frame)
      window.removeEventListener('pointermove', onMove)
      window.removeEventListener('pointerup', onUp)
      window.removeEventListener('pointercancel', end)
      window.removeEventListener('touchmove', holdStill)
      window.removeEventListener('keydown', onKey)
      setDrag(null)
      stop = undefined
    }
    window.addEventListener('pointermove', onMove)
    window.addEventListener('pointerup', onUp)
    window.addEventListener('pointercancel', end)
    window.addEventListener('touchmove', holdStill, { passive: false })
    window.addEventListener('keydown', onKey)
    stop = end
  }

  return { drag, start }
}

/** The click that ends a drag must not also open the card's menu or link. */
function swallowNextClick() {
  const swallow = (click: MouseEvent) => {
    click.preventDefault()
    click.stopPropagation()
  }
  window.addEventListener('click', swallow, { capture: true, once: true })
  setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0)
}
