-- Discovery: what crawls of sites' 预决算公开 columns found, where they found it, and what the pages
-- said it was. A crawl is keyed by its name; its URLs and discoveries are its own.

-- One row per run of a crawl.
CREATE TABLE crawl_runs (
  id INTEGER PRIMARY KEY,
  crawl TEXT NOT NULL,
  started_at TEXT NOT NULL,
  -- null while running, and for a run that was killed
  ended_at TEXT,
  -- why the run stopped with requests still queued (time-budget, page-cap); null when its queue emptied
  stopped TEXT,
  -- requests made, by what came back
  fetched INTEGER NOT NULL DEFAULT 0,
  not_modified INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  -- JSON: the crawl's settings
  options TEXT NOT NULL DEFAULT '{}'
);

-- Every URL a crawl knows. The rows still pending are its queue, so a run that was killed or ran
-- out of time is resumed by the next one.
CREATE TABLE crawl_urls (
  id INTEGER PRIMARY KEY,
  crawl TEXT NOT NULL,
  url TEXT NOT NULL,
  -- listing: a column page, asked again (conditionally) every run; detail: an entry's page;
  -- file: an attachment, or a page link that answered with a file; robots: an origin's robots.txt
  role TEXT NOT NULL CHECK (role IN ('listing', 'detail', 'file', 'robots')),
  -- detail-page hops from a listing (listings are 0)
  depth INTEGER NOT NULL DEFAULT 0,
  -- pending: to be asked; done; failed (see failure); blocked: robots.txt disallows it;
  -- skipped: a link announced as a file that answered with a page
  state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed', 'blocked', 'skipped')),
  -- the first link that led here: the page it is on, its text, and the date printed beside it in a
  -- listing entry (when a listing later prints another text or date, the detail page is asked again)
  found_on TEXT,
  link_text TEXT,
  listed_date TEXT,
  -- the last answer
  final_url TEXT,
  http_status INTEGER,
  etag TEXT,
  last_modified TEXT,
  content_type TEXT,
  sha256 TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
  -- the body, kept in the run folder's downloads as <sha256>.<ext>; its size; the type its bytes are (pdf, html, docx, …)
  file TEXT,
  bytes INTEGER,
  format TEXT,
  failure TEXT,
  -- a page: its title, the date it prints as published (YYYY-MM-DD), the body it names as its source
  title TEXT,
  published TEXT,
  source_line TEXT,
  -- 1: a document (a file, or a detail page whose body is the disclosure, tables inline)
  is_document INTEGER NOT NULL DEFAULT 0 CHECK (is_document IN (0, 1)),
  first_seen_at TEXT NOT NULL,
  -- the last request, and the last answer with bytes not seen before under this URL
  checked_at TEXT,
  changed_at TEXT,
  UNIQUE (crawl, url)
);
CREATE INDEX crawl_urls_state ON crawl_urls(crawl, state);
CREATE INDEX crawl_urls_sha256 ON crawl_urls(sha256);

-- Where a document was found: one row per link to it (a file linked twice is two rows and one
-- download), with what the page and the link say it is, and, once the document is stored, whether
-- the document agrees.
CREATE TABLE discoveries (
  id INTEGER PRIMARY KEY,
  crawl TEXT NOT NULL,
  -- the document: a file, or a detail page whose body is the disclosure
  url TEXT NOT NULL,
  -- the page whose link led to it (the URL the crawl asked; crawl_urls.final_url says where it answered from after a redirect), and the link's text
  found_on TEXT NOT NULL,
  link_text TEXT NOT NULL,
  -- the page that presents the document (the detail page, or the document page itself): its title and printed publication date
  page_title TEXT,
  published TEXT,
  -- what the link text, page title and source line state
  stated_department TEXT,
  stated_region TEXT,
  stated_year INTEGER,
  stated_kind TEXT,
  -- JSON: for each stated field, the text that stated it (link, title, source)
  stated_from TEXT NOT NULL DEFAULT '{}',
  -- the file type the link's URL or text names (pdf, xls, …)
  link_format TEXT,
  found_at TEXT NOT NULL,
  -- the bytes last compared and when, and the verdict: agrees, mismatch (a source-mismatch diagnostic),
  -- unchecked (the document could not be read; compared again once it is)
  checked_sha256 TEXT,
  checked_at TEXT,
  agreement TEXT CHECK (agreement IN ('agrees', 'mismatch', 'unchecked')),
  -- JSON array of Diagnostic
  diagnostics TEXT NOT NULL DEFAULT '[]',
  UNIQUE (crawl, url, found_on, link_text)
);
CREATE INDEX discoveries_url ON discoveries(crawl, url);

-- Every request a crawl made, with its time. A URL whose bytes changed has two `fetched` rows with
-- two sha256s: both documents are kept.
CREATE TABLE crawl_fetches (
  id INTEGER PRIMARY KEY,
  run_id INTEGER REFERENCES crawl_runs(id) ON DELETE SET NULL,
  crawl TEXT NOT NULL,
  url TEXT NOT NULL,
  role TEXT NOT NULL,
  at TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('fetched', 'not-modified', 'failed')),
  http_status INTEGER,
  sha256 TEXT,
  bytes INTEGER,
  failure TEXT
);
CREATE INDEX crawl_fetches_url ON crawl_fetches(crawl, url);

-- For researchers: each discovery beside the stored document it led to.
CREATE VIEW v_discoveries AS
SELECT
  x.crawl,
  x.url,
  x.found_on,
  x.link_text,
  x.page_title,
  x.published,
  x.stated_department,
  x.stated_region,
  x.stated_year,
  x.stated_kind,
  x.link_format,
  u.state AS fetch_state,
  u.failure AS fetch_failure,
  u.format,
  u.sha256,
  d.kind AS document_kind,
  d.department AS document_department,
  d.year AS document_year,
  d.status AS document_status,
  x.agreement,
  x.diagnostics
FROM discoveries x
LEFT JOIN crawl_urls u ON u.crawl = x.crawl AND u.url = x.url
LEFT JOIN documents d ON d.sha256 = u.sha256;
