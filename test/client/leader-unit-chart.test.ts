// The unit's indicator chart as it must read on a 375 px phone: few axis labels, whole indicator names, and
// the 时间进度 line to read lagging against. The option is what ECharts draws; its layout is checked here and
// in Chromium by the leader e2e test.
import { describe, expect, it } from 'vitest'
import { unitChartOption } from '../../client/src/leader/unit-chart.ts'
import { scores } from './leader-fixtures.ts'

const west = scores.units[0]!.indicators as never[]

describe('a unit’s indicator chart', () => {
  it('draws the 时间进度 line at the share of the year gone, labelled with its value', () => {
    const option = unitChartOption(west, 0.9167)
    const line = option.series[0]!.markLine
    expect(line.data).toEqual([{ xAxis: 91.7 }])
    expect(line.label.formatter).toBe('时间进度 {c}%')
    // The line's label sits above the plot: the grid leaves room for it.
    expect(option.grid.top).toBeGreaterThanOrEqual(24)
  })

  it('puts an axis label every 50%, up to the largest bar or the line, so that labels do not run together', () => {
    const option = unitChartOption(west, 0.9167)
    expect(option.xAxis.interval).toBe(50)
    expect(option.xAxis.max({ max: 75 })).toBe(100)
    expect(option.xAxis.max({ max: 130 })).toBe(150)
    expect(unitChartOption(west, 1.2).xAxis.max({ max: 60 })).toBe(150)
  })

  it('breaks long indicator names onto lines instead of cutting them', () => {
    const option = unitChartOption(west, 0.5)
    expect(option.yAxis.data).toEqual(['新增人才项目线索', '人才项目签约'])
    expect(option.yAxis.axisLabel.overflow).toBe('break')
  })
})
