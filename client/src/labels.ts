// Chinese (or English) names of the schema's enums, from the message catalogue.
import { t } from './i18n/index.ts'
import type { ProjectStatus, SourceChannel, Stage } from './graphql.ts'
import type { DataSource } from '@talent/rules/enums'

// The lists are the schema's, in its order (sources in the order staff meet them most often).
export { dataSources, sourceChannels, stages } from '@talent/rules/enums'

export const stageLabel = (stage: Stage) => t(`stage.${stage}`)
export const statusLabel = (status: ProjectStatus) => t(`status.${status}`)
export const sourceLabel = (channel: SourceChannel) => t(`source.${channel}`)
export const dataSourceLabel = (source: DataSource) => t(`dataSource.${source}`)
