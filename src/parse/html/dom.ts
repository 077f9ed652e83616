/** The slice of the parsed DOM (domhandler nodes, as cheerio builds them) that the walkers use. */
export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

export const isElement = (n: DomNode): boolean => n.type === 'tag' || n.type === 'script' || n.type === 'style';
export const tagOf = (n: DomNode): string => (isElement(n) ? (n.name ?? '').toLowerCase() : '');

/** Elements whose content is never printed. */
export const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'object',
  'embed',
  'svg',
  'iframe',
  'select',
  'button',
  'input',
  'textarea',
]);

/** Elements that start a new line when rendered. */
export const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'body',
  'html',
]);

export const HEADING = /^h([1-6])$/;

/** True if any descendant satisfies `pred` (not the node itself). */
export function hasDescendant(n: DomNode, pred: (d: DomNode) => boolean): boolean {
  for (const c of n.children ?? []) {
    if (pred(c) || hasDescendant(c, pred)) return true;
  }
  return false;
}

/** Child elements with their CSS path segment (`tag:nth-of-type(k)`), in document order. */
export function* childElements(n: DomNode, parentPath: string): Generator<{ el: DomNode; path: string }> {
  const seen = new Map<string, number>();
  for (const c of n.children ?? []) {
    if (!isElement(c)) continue;
    const tag = tagOf(c);
    const k = (seen.get(tag) ?? 0) + 1;
    seen.set(tag, k);
    yield { el: c, path: `${parentPath} > ${tag}:nth-of-type(${k})` };
  }
}
