// An area of the app keeps its messages in one file, both languages side by side, so a screen and its
// words change together; zh-CN.ts and en.ts gather the areas.
export function defineMessages<K extends string>(zhCN: Record<K, string>, en: NoInfer<Record<K, string>>) {
  return { zhCN, en }
}
