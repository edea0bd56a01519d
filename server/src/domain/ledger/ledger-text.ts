// The text of an uploaded .csv. Excel in China saves "CSV" in the system code page (GBK) unless the user
// picks "CSV UTF-8", which adds a byte-order mark; others write plain UTF-8. A byte sequence that is not
// valid UTF-8 is read as GBK (GB 18030, of which GBK is a subset), the only other encoding seen in practice.
const utf8Bom = [0xef, 0xbb, 0xbf]

export type CsvEncoding = 'utf-8' | 'gbk' | 'utf-16le'

export function detectCsvEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (utf8Bom.every((byte, i) => bytes[i] === byte)) return 'utf-8'
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return 'utf-8'
  } catch {
    return 'gbk'
  }
}

/** The file's text with any byte-order mark removed. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const encoding = detectCsvEncoding(bytes)
  // TextDecoder drops the BOM of its own encoding (ignoreBOM defaults to false).
  return { text: new TextDecoder(encoding).decode(bytes), encoding }
}
