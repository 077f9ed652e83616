import JSZip from 'jszip';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A paragraph, optionally with a style id; `\n` in text becomes a <w:br/>. */
export const wp = (text: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r>${text
    .split('\n')
    .map((t) => `<w:t xml:space="preserve">${t}</w:t>`)
    .join('<w:br/>')}</w:r></w:p>`;

/** A table cell: `span` is gridSpan, `vMerge` 'restart' | 'continue'. */
export const wtc = (content: string, opts: { span?: number; vMerge?: 'restart' | 'continue' } = {}): string => {
  const pr = [
    opts.span ? `<w:gridSpan w:val="${opts.span}"/>` : '',
    opts.vMerge ? `<w:vMerge${opts.vMerge === 'restart' ? ' w:val="restart"' : ''}/>` : '',
  ].join('');
  return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${content.startsWith('<w:') ? content : wp(content)}</w:tc>`;
};

export const wtr = (cells: string[], opts: { header?: boolean; gridBefore?: number } = {}): string => {
  const pr = [opts.header ? '<w:tblHeader/>' : '', opts.gridBefore ? `<w:gridBefore w:val="${opts.gridBefore}"/>` : ''].join('');
  return `<w:tr>${pr ? `<w:trPr>${pr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
};

export const wtbl = (rows: string[]): string => `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`;

/** A minimal but valid DOCX whose body is `body`; styles 1 and 2 are named 标题 1 and 标题 2 as Chinese Word names them. */
export async function makeDocx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="1"><w:name w:val="标题 1"/></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/></w:style></w:styles>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
