// The first screen's chunks start downloading while the page is parsed, not once the app has started and
// its router has matched the path: a small inline script adds <link rel="modulepreload"> (and the
// screen's stylesheet) for the path being opened. Vite's loader finds them there and does not add them
// again. The script comes first in <head>: after a stylesheet it would wait for it. A path not listed
// here, or a wrong guess, only loses that head start.
import type { Plugin } from 'vite'

interface Chunk {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  imports: string[]
  viteMetadata?: { importedCss: Set<string> }
}

/** `screens`: path → the module of its screen (as `lazy()` imports it), relative to the client folder. */
export function preloadFirstScreens(screens: Record<string, string>): Plugin {
  return {
    name: 'preload-first-screens',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk') as unknown as Chunk[]
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
        const files: Record<string, string[]> = {}
        for (const [pathname, module] of Object.entries(screens)) {
          const screen = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${module}`))
          if (!screen) throw new Error(`preload-first-screens: no chunk is the screen ${module}`)
          // The entry chunk is loaded by the page itself.
          const needed = new Set<string>()
          const visit = (chunk: Chunk | undefined) => {
            if (!chunk || chunk.isEntry || needed.has(chunk.fileName)) return
            needed.add(chunk.fileName)
            for (const name of chunk.imports) visit(byName.get(name))
          }
          visit(screen)
          const css = [...needed].flatMap((name) => [...(byName.get(name)?.viteMetadata?.importedCss ?? [])])
          files[pathname] = [...needed, ...css].map((name) => `/${name}`)
        }
        const script =
          `(function(){var l=${JSON.stringify(files)}[location.pathname]||[];` +
          "for(var i=0;i<l.length;i++){var e=document.createElement('link');" +
          "if(/\\.css$/.test(l[i]))e.rel='stylesheet';else{e.rel='modulepreload';e.crossOrigin=''}" +
          'e.href=l[i];document.head.appendChild(e)}})()'
        return { html, tags: [{ tag: 'script', children: script, injectTo: 'head-prepend' }] }
      },
    },
  }
}
