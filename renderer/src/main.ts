// Renderer entry: checks the bridge to main is there, puts the design tokens on the page, then mounts the app
// with its store and its languages.
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
// After App.vue, so the global sheet comes after the components' own (see theme/base.css).
import './theme/base.css'
import { getApi } from './api'
import { i18n } from './i18n'
import { initLanguage, windowStorage } from './language'
import { applyTokens } from './theme/tokens'

applyTokens(document.documentElement)
const root = document.getElementById('app')
try {
  getApi()
} catch (cause) {
  // Nothing else can work without main; say so on screen rather than leave a blank window.
  if (root) root.textContent = cause instanceof Error ? cause.message : String(cause)
  throw cause
}
// The language is set from the stored choice or the browser at once, then follows what main says of the OS.
void initLanguage(getApi(), windowStorage(), navigator.languages ?? [navigator.language])
// eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- ESLint's type service does not read .vue files (vue-tsc checks this type)
createApp(App).use(createPinia()).use(i18n).mount('#app')
