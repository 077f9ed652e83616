import { z } from 'zod';

/** How one group of URLs is fetched. Defaults are polite to a government web server (one request a second). */
export const HttpOptions = z
  .object({
    /** Least time between the starts of two requests to one host, in seconds. */
    minIntervalSeconds: z.number().min(0).max(3600).default(1),
    /** Requests in flight at once to one host. */
    perHostConcurrency: z.number().int().min(1).max(16).default(2),
    /** Time limit of one request (headers and body), in seconds. */
    timeoutSeconds: z.number().positive().max(3600).default(60),
    /** Largest body kept, in bytes; a download past it is aborted. */
    maxBytes: z
      .number()
      .int()
      .positive()
      .default(50 * 1024 * 1024),
    /** Redirects followed (to http or https only) before the URL fails. */
    maxRedirects: z.number().int().min(0).max(20).default(5),
    userAgent: z.string().min(1).default('gongkai/0.1 (government disclosure reader)'),
  })
  .strict();
export type HttpOptions = z.infer<typeof HttpOptions>;
