// A chart box: ECharts drawn into it once it has a size, redrawn when its option changes and resized with
// the viewport. The chart is a picture to screen readers (role img, its label says what it shows); the
// table beside it holds the same numbers as text.
import { createEffect, createSignal, onCleanup, onMount, Show } from 'solid-js'
import type { ChartOption } from './echarts.ts'
import { t } from '../i18n/index.ts'

type EChart = ReturnType<typeof import('./echarts.ts')['init']>

export function Chart(props: {
  option: ChartOption
  label: string
  height: number
  testId?: string
  onSelect?: (index: number) => void
}) {
  let box!: HTMLDivElement
  const [chart, setChart] = createSignal<EChart | null>(null)
  // Offline before ECharts was ever loaded: no picture, the table beside it says the same.
  const [unavailable, setUnavailable] = createSignal(false)
  let observer: ResizeObserver | undefined
  let disposed = false

  onMount(() => {
    // No ResizeObserver (jsdom in the unit tests): no chart; the table says it all.
    if (typeof ResizeObserver === 'undefined') return
    observer = new ResizeObserver(([entry]) => {
      if (!entry || entry.contentRect.width === 0) return
      const drawn = chart()
      if (drawn) return drawn.resize()
      import('./echarts.ts').then(
        ({ init }) => {
          if (disposed || chart()) return
          const created = init(box, null, { renderer: 'svg' })
          created.on('click', (event) => props.onSelect?.(event.dataIndex))
          setChart(created)
        },
        () => setUnavailable(true),
      )
    })
    observer.observe(box)
  })

  createEffect(() => chart()?.setOption(props.option, true))

  onCleanup(() => {
    disposed = true
    observer?.disconnect()
    chart()?.dispose()
  })

  // ECharts owns the inner box: Solid puts nothing in it (it would clear the box when its content changes).
  return (
    <div
      class="chart"
      role="img"
      aria-label={props.label}
      data-testid={props.testId}
      style={{ height: unavailable() ? '0' : `${props.height}px` }}
    >
      <Show when={!chart() && !unavailable()}>
        <p class="chart-loading">{t('leader.chartLoading')}</p>
      </Show>
      <div class="chart-canvas" ref={box} />
    </div>
  )
}
