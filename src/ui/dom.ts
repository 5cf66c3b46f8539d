// DOM building for text that comes from hostile sources (news pages, Telegram posts): every string
// goes in as a text node, never as markup. No markup is ever built from strings anywhere in the UI.

type Child = Node | string | number | null | undefined | false

export type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>

/** Creates an element; string children become text nodes, `on*` attributes become listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value)
    else if (name === 'href' && typeof value === 'string' && !isSafeHref(value)) continue
    // Through the CSSOM: the CSP forbids style attributes in markup, not styles set from script.
    else if (name === 'style') element.style.cssText = String(value)
    else element.setAttribute(name, value === true ? '' : String(value))
  }
  append(element, ...children)
  return element
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)))
  }
}

/** Only same-origin paths and fragments, or http(s) links: never `javascript:` or `data:` from a source's URL. */
export function isSafeHref(href: string): boolean {
  return /^(#|\/(?!\/)|https?:\/\/)/i.test(href.trim())
}

export function clear(element: Element): void {
  while (element.firstChild) element.removeChild(element.firstChild)
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`ui: no #${id} in the page`)
  return element as T
}

/** "3,386 km²" with a sign when asked. */
export function formatKm2(value: number, signed = false): string {
  const text = `${Math.abs(value).toLocaleString('en-US', { maximumFractionDigits: value !== 0 && Math.abs(value) < 10 ? 1 : 0 })} km²`
  if (!signed) return value < 0 ? `−${text}` : text
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : `±${text}`
}
