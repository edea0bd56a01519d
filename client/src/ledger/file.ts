// A chosen file as the server takes it: base64 of its bytes (the server reads .xlsx and .csv in any of the
// encodings ledgers come in, so the phone does not look inside).
export const maxFileBytes = 10 * 1024 * 1024

export function base64OfFile(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'))
    reader.readAsDataURL(file)
  })
}

/** 1 → A, 27 → AA: columns as the spreadsheet names them. */
export function columnLetter(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}
