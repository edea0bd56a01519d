// 下载 Excel: the server sends the issued report's workbook as base64 inside GraphQL; the phone turns it
// into a file with the report's Chinese name. A workbook fetched once stays in the cache (reports are
// frozen), so it downloads again offline.
import type { Client } from '@urql/core'
import { errorMessage, isNetworkFailure } from '../urql/errors.ts'
import { t } from '../i18n/index.ts'
import { ReportWorkbookQuery } from './queries.ts'

/** Bytes of a base64 string, as a Blob of `type`. */
export function blobOfBase64(base64: string, type: string): Blob {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type })
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // The browser reads the blob after click() returns: let it go only later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Downloads report `uuid`'s workbook; null when done, else what to tell the user. */
export async function downloadWorkbook(client: Client, uuid: string): Promise<string | null> {
  const result = await client.query(ReportWorkbookQuery, { id: uuid }, { requestPolicy: 'cache-first' }).toPromise()
  const file = result.data?.reportWorkbook
  if (file) {
    saveBlob(blobOfBase64(file.contentBase64, file.contentType), file.fileName)
    return null
  }
  if (isNetworkFailure(result.error)) return t('leader.report.downloadOffline')
  return t('leader.report.downloadFailed', { message: errorMessage(result.error, t('error.unknown')) })
}
