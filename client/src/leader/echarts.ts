// Only the parts of ECharts the leader screens draw with: bars, lines and the funnel, on SVG (crisp on a
// phone's screen and on paper). Loaded by chart.tsx once a chart box is on the screen.
import { init, use } from 'echarts/core'
import { BarChart, FunnelChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'

use([
  BarChart,
  FunnelChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
])

export { init }
export type { EChartsCoreOption as ChartOption } from 'echarts/core'
