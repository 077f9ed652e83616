/** How URLs are fetched: the spec's `http` options in milliseconds and bytes. */
export interface FetchSettings {
  /** Least time between the starts of two requests to one host, ms. */
  readonly minIntervalMs: number;
  /** Requests in flight at once to one host. */
  readonly perHostConcurrency: number;
  /** Time limit of one request, headers and body, ms. */
  readonly timeoutMs: number;
  /** Largest body kept, bytes (after content decoding). */
  readonly maxBytes: number;
  /** Redirects followed before the URL fails. */
  readonly maxRedirects: number;
  readonly userAgent: string;
}

/** Why a URL gave no file. */
export type FailureReason =
  /** Not an absolute URL. */
  | 'bad-url'
  /** Not http or https (ftp:, file:, data:, …), given or redirected to. */
  | 'scheme'
  /** The server answered with a status that is not a success, redirect or (conditional) 304. */
  | 'http-status'
  | 'too-many-redirects'
  | 'timeout'
  /** Content-Length or the bytes received went past `maxBytes`. */
  | 'too-large'
  /** DNS, connection refused or reset, TLS, a malformed response. */
  | 'network'
  /** The body could not be written to the downloads folder. */
  | 'write'
  /** A redirect led where the caller does not go (out of a crawl's scope, or disallowed by robots.txt). */
  | 'refused';

/** A URL whose body was downloaded now and kept as `<dir>/<sha256>.<ext>`. */
export interface UrlFetched {
  readonly kind: 'fetched';
  /** The URL as listed. */
  readonly url: string;
  /** The URL that answered, after redirects. */
  readonly finalUrl: string;
  readonly status: number;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly contentType: string | null;
  /** The Content-Disposition header (`attachment; filename=…`): a file served from a script URL says so here. */
  readonly contentDisposition: string | null;
  /** sha256 of the body, lowercase hex. */
  readonly sha256: string;
  readonly bytes: number;
  /** Where the body is kept: a name made of its hash, never one from the server. */
  readonly path: string;
  /** An earlier URL of the same call with the same bytes (the file is shared). */
  readonly duplicateOf: string | null;
}

/** A URL the server says has not changed (304): the file of the previous run is reused, not downloaded again. */
export interface UrlNotModified {
  readonly kind: 'not-modified';
  readonly url: string;
  readonly finalUrl: string;
  readonly status: 304;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly contentType: string | null;
  readonly sha256: string;
  readonly bytes: number;
  readonly path: string;
  readonly duplicateOf: string | null;
}

export interface UrlFailed {
  readonly kind: 'failed';
  readonly url: string;
  /** The URL of the request that failed (after redirects), when one was made. */
  readonly finalUrl: string | null;
  readonly reason: FailureReason;
  /** The HTTP status, when the server answered. */
  readonly status: number | null;
  readonly message: string;
}

/** Every URL yields one of these; the fetcher never throws for a URL. */
export type UrlResult = UrlFetched | UrlNotModified | UrlFailed;
