/**
 * Which links are files. Sites name attachments anything (`附件1.pdf`, `P020260213….pdf`,
 * `2026年部门预算.xls`) and serve some from scripts (`downfile.jsp?filename=….pdf`), so a link is a
 * file when its path or a query value ends in a file extension, or when its text names one or says
 * 附件/下载. After the request, the response has the last word (`fileResponse`).
 */

/** Extensions of the files disclosures are published as, lowercase, without the dot. */
export const DEFAULT_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'wps', 'et', 'zip', 'rar', '7z', 'ofd'] as const;

/** Link text that announces a file without naming its type (`附件`, `点击下载`). */
export const DEFAULT_LINK_TEXT = '附件|下载';

export interface AttachmentRules {
  readonly extensions: readonly string[];
  /** A regular expression (source) over the link text. */
  readonly linkText: string;
}

/** What a link says it is. `by: url`: its path or a query value names a file type; `by: text`: only its text does, or says 附件/下载. */
export interface FileLink {
  readonly by: 'url' | 'text';
  /** The extension the URL or text names (`pdf`), or null when the text only says 附件/下载. */
  readonly extension: string | null;
}

const extensionIn = (s: string, exts: readonly string[]): string | null => {
  const m = /\.([a-z0-9]{1,5})\s*$/i.exec(s);
  const e = m?.[1]!.toLowerCase();
  return e && exts.includes(e) ? e : null;
};

/** Whether a link is to a file, and which type it names. Null for a link to a page. */
export function fileLink(u: URL, text: string, rules: AttachmentRules): FileLink | null {
  let path = u.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed escape: the raw path still shows the extension
  }
  const byPath = extensionIn(path, rules.extensions);
  if (byPath) return { by: 'url', extension: byPath };
  for (const v of u.searchParams.values()) {
    const e = extensionIn(v, rules.extensions);
    if (e) return { by: 'url', extension: e };
  }
  const byText = extensionIn(text, rules.extensions);
  if (byText) return { by: 'text', extension: byText };
  if (text && new RegExp(rules.linkText).test(text)) return { by: 'text', extension: null };
  return null;
}

/**
 * Whether a response is a file rather than a page: its bytes are not HTML, or the server says
 * `Content-Disposition: attachment`. (An HTML body served for a `.pdf` link is a page that claims
 * to be a file — an error page, a login wall — and the caller records it as such.)
 */
export function fileResponse(format: string, contentDisposition: string | null): boolean {
  if (format !== 'html') return true;
  return /^\s*attachment\b/i.test(contentDisposition ?? '');
}
