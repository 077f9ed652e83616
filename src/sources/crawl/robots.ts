import robotsModule from 'robots-parser';

/** The parser robots-parser exports. Its types declare an ES default export, but the package is CommonJS and exports the function itself. */
type Robot = ReturnType<typeof robotsModule.default>;
const robotsParser = robotsModule as unknown as typeof robotsModule.default;

/** The product token robots.txt groups are matched against: `gongkai/0.1 (…)` → `gongkai`. */
export const productToken = (userAgent: string): string => userAgent.trim().split(/[/\s]/)[0] || userAgent;

/**
 * One origin's robots.txt as RFC 9309 reads it: a 2xx body is parsed (robots-parser: groups,
 * longest match, `Allow` over `Disallow` on a tie, wildcards); a 4xx means no rules (everything is
 * allowed); a 5xx or no answer means the site could not say, and the crawler must assume
 * everything is disallowed.
 */
export class RobotsRules {
  private constructor(
    private readonly robot: Robot | null,
    private readonly everything: boolean,
    /** Why the rules are what they are, for the crawl's report: `robots.txt`, `HTTP 404: no rules`, … */
    readonly basis: string,
  ) {}

  /** False when the site could not say (the rules forbid everything only until it can). */
  get reachable(): boolean {
    return this.robot !== null || this.everything;
  }

  static parsed(robotsUrl: string, text: string): RobotsRules {
    return new RobotsRules(robotsParser(robotsUrl, text), true, 'robots.txt');
  }

  /** No robots.txt (4xx): everything is allowed. */
  static none(basis: string): RobotsRules {
    return new RobotsRules(null, true, basis);
  }

  /** robots.txt could not be read (5xx, timeout, network): nothing is allowed this run. */
  static unreachable(basis: string): RobotsRules {
    return new RobotsRules(null, false, basis);
  }

  allows(url: URL, userAgent: string): boolean {
    if (!this.robot) return this.everything;
    // undefined: the URL is not on this robots.txt's origin; the caller asks the right origin's rules.
    return this.robot.isAllowed(url.href, productToken(userAgent)) !== false;
  }

  /** The Crawl-delay the group for this agent states, in seconds (non-standard, but sites state it to be obeyed). */
  crawlDelaySeconds(userAgent: string): number | null {
    const d = this.robot?.getCrawlDelay(productToken(userAgent));
    return typeof d === 'number' && Number.isFinite(d) && d > 0 ? d : null;
  }
}

/** Where an origin's robots.txt is. */
export const robotsUrlOf = (u: URL): string => `${u.protocol}//${u.host}/robots.txt`;
