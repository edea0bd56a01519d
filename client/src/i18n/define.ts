// An area of the app keeps its words in its own messages.ts (zh-CN, the product's language, which defines
// the keys) and messages.en.ts beside it: the English is loaded only when someone chooses it, so a phone
// in Chinese never downloads it (client/BUDGETS.md, initial JS).
export function defineMessages<K extends string>(zhCN: Record<K, string>) {
  return { zhCN }
}

/** An area's English: every key of its Chinese catalogue and no other. */
export type EnglishOf<Area extends { zhCN: Record<string, string> }> = Record<keyof Area['zhCN'], string>
