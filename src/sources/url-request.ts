import type { FailureReason, FetchSettings } from './url-types.js';

/** What one HTTP request (one hop of a redirect chain) came to. */
export type Hop =
  | { readonly kind: 'ok'; readonly status: number; readonly headers: Headers; readonly body: Uint8Array }
  | { readonly kind: 'not-modified'; readonly headers: Headers }
  | { readonly kind: 'redirect'; readonly status: number; readonly location: string | null }
  | { readonly kind: 'failed'; readonly reason: FailureReason; readonly status: number | null; readonly message: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The cause Node's fetch wraps a network error in ("fetch failed" says nothing). */
function networkMessage(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  const cause = err.cause;
  if (cause?.code || cause?.message) return [cause.code, cause.message].filter(Boolean).join(': ');
  return err.message;
}

/**
 * One request with global fetch: redirects are not followed here (the caller checks each
 * Location's scheme and counts hops), the body is read under the size cap, and the whole of it —
 * connecting, headers and body — under the timeout. Never throws.
 */
export async function requestOnce(url: URL, headers: Record<string, string>, s: FetchSettings, responded: () => void = () => undefined): Promise<Hop> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, s.timeoutMs);
  const timeout = (): Hop => ({ kind: 'failed', reason: 'timeout', status: null, message: `no complete response within ${s.timeoutMs / 1000} s` });
  try {
    let res: Response;
    try {
      res = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });
      responded();
    } catch (e) {
      return timedOut ? timeout() : { kind: 'failed', reason: 'network', status: null, message: networkMessage(e) };
    }
    if (REDIRECTS.has(res.status)) {
      await res.body?.cancel().catch(() => undefined);
      return { kind: 'redirect', status: res.status, location: res.headers.get('location') };
    }
    if (res.status === 304) {
      await res.body?.cancel().catch(() => undefined);
      return { kind: 'not-modified', headers: res.headers };
    }
    if (res.status < 200 || res.status > 299) {
      await res.body?.cancel().catch(() => undefined);
      return { kind: 'failed', reason: 'http-status', status: res.status, message: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` };
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > s.maxBytes) {
      controller.abort();
      return {
        kind: 'failed',
        reason: 'too-large',
        status: res.status,
        message: `Content-Length ${declared} bytes is over the cap of ${s.maxBytes} bytes; not downloaded`,
      };
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (res.body) {
      const reader = res.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > s.maxBytes) {
            controller.abort();
            return { kind: 'failed', reason: 'too-large', status: res.status, message: `download aborted past the cap of ${s.maxBytes} bytes` };
          }
          chunks.push(value);
        }
      } catch (e) {
        return timedOut
          ? timeout()
          : { kind: 'failed', reason: 'network', status: res.status, message: `body cut off after ${total} bytes: ${networkMessage(e)}` };
      }
    }
    return { kind: 'ok', status: res.status, headers: res.headers, body: Buffer.concat(chunks) };
  } finally {
    clearTimeout(timer);
  }
}
