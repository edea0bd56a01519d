// A unit's completion per indicator as horizontal bars, read on a 375 px phone: three axis labels (0%, 50%,
// 100%…) rather than one every ten percent run together, long indicator names broken onto lines rather than
// cut, and the 时间进度 line (share of the year gone) to read each bar against, with its value at its top.
import { t } from '../i18n/index.ts'
import type { IndicatorScore } from './data.ts'

/** Room for an indicator name on two lines beside its bar. */
export const unitChartRowHeight = 44
const nameWidth = 112
const tenths = (share: number) => Math.round(share * 1000) / 10

export function unitChartOption(indicators: IndicatorScore[], elapsedShare: number) {
  const elapsed = tenths(elapsedShare)
  return {
    // Room above the plot for the 时间进度 label.
    grid: { left: 8, right: 40, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: number) => `${value}%` },
    xAxis: {
      type: 'value',
      min: 0,
      // Whole fifties, at least 100%: ticks at 0, 50, 100 (150…) only.
      max: (extent: { max: number }) => Math.max(100, Math.ceil(Math.max(extent.max, elapsed) / 50) * 50),
      interval: 50,
      axisLabel: { formatter: '{value}%', hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: indicators.map((indicator) => indicator.name),
      axisLabel: { width: nameWidth, overflow: 'break', lineHeight: 16 },
    },
    series: [
      {
        name: t('leader.series.completion'),
        type: 'bar',
        barMaxWidth: 22,
        data: indicators.map((indicator) => ({
          value: tenths(indicator.completion ?? 0),
          itemStyle: { color: indicator.lagging ? '#c0362c' : '#1a7f4b' },
        })),
        label: { show: true, position: 'right', formatter: '{c}%' },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#5d6b7a', type: 'dashed', width: 1.5 },
          // The category axis runs top to bottom (inverse): the line starts at the top, where its label goes.
          label: { position: 'start', formatter: `${t('leader.series.elapsed')} {c}%` },
          data: [{ xAxis: elapsed }],
        },
      },
    ],
  }
}
