/**
 * PDFs of the shapes that made real documents slow, generated at a given size (nothing committed but
 * this code): every stage must do work near-linear in the size of a page, and stop a step at its
 * budget with a diagnostic rather than run on. `test/robustness/stress.test.ts` runs each through the
 * real pipeline.
 */
import { stream, text, writePdf } from './pdf-writer.js';

const H = 842;

/** A ruled table whose every border is drawn in dashes `dash` pt long with `gap` pt between: thousands of tiny segments. */
export function dashedTable(rows: number, cols: number, dash = 1, gap = 1.5): Uint8Array {
  const xs = Array.from({ length: cols + 1 }, (_, i) => 40 + (i * 515) / cols);
  const ys = Array.from({ length: rows + 1 }, (_, i) => 60 + (i * 740) / rows);
  let out = '0.5 w 0 G\n';
  for (const y of ys)
    for (let x = xs[0]!; x < xs.at(-1)!; x += dash + gap) out += `${x.toFixed(2)} ${H - y} m ${Math.min(x + dash, xs.at(-1)!).toFixed(2)} ${H - y} l S\n`;
  for (const x of xs)
    for (let y = ys[0]!; y < ys.at(-1)!; y += dash + gap)
      out += `${x.toFixed(2)} ${(H - y).toFixed(2)} m ${x.toFixed(2)} ${(H - Math.min(y + dash, ys.at(-1)!)).toFixed(2)} l S\n`;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out += text(xs[c]! + 2, ys[r]! + (ys[r + 1]! - ys[r]!) / 2 + 3, `${r}.${c}`, 5);
  return writePdf({ pages: [out] });
}

/** A ruled grid of rows × cols cells drawn as ONLYOFFICE draws them: every edge of every cell its own stroke, an amount in each. */
export function cellEdgeGrid(rows: number, cols: number): Uint8Array {
  const w = 515 / cols;
  const h = 740 / rows;
  let out = '0.3 w 0 G\n';
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x0 = 40 + c * w;
      const y0 = 60 + r * h;
      out += `${x0.toFixed(2)} ${(H - y0).toFixed(2)} m ${(x0 + w).toFixed(2)} ${(H - y0).toFixed(2)} l S ${x0.toFixed(2)} ${(H - y0 - h).toFixed(2)} m ${(x0 + w).toFixed(2)} ${(H - y0 - h).toFixed(2)} l S\n`;
      out += `${x0.toFixed(2)} ${(H - y0).toFixed(2)} m ${x0.toFixed(2)} ${(H - y0 - h).toFixed(2)} l S ${(x0 + w).toFixed(2)} ${(H - y0).toFixed(2)} m ${(x0 + w).toFixed(2)} ${(H - y0 - h).toFixed(2)} l S\n`;
      out += text(x0 + 1, y0 + h / 2 + 2, `${r + 1}.${c}`, Math.min(4, h / 2));
    }
  }
  return writePdf({ pages: [out] });
}

/** n small separate boxes (a form's check boxes), each with a label beside it: n frames and n runs on one page. */
export function checkBoxes(n: number): Uint8Array {
  const perRow = 20;
  let out = '0.5 w 0 G\n';
  for (let i = 0; i < n; i++) {
    const x = 30 + (i % perRow) * 27;
    const y = 40 + Math.floor(i / perRow) * (760 / Math.ceil(n / perRow));
    out += `${x} ${(H - y).toFixed(2)} 4 -4 re S\n`;
    out += text(x + 5, y - 0.5, String(i % 100), 3);
  }
  return writePdf({ pages: [out] });
}

/** A page of n characters each placed on its own (one Tm a glyph, as some producers write text): n runs apart from each other. */
export function scatteredGlyphs(n: number): Uint8Array {
  const perLine = 60;
  const lines = Math.ceil(n / perLine);
  const pitch = 760 / lines;
  let out = '';
  for (let i = 0; i < n; i++) {
    const x = 30 + (i % perLine) * 9;
    const y = 50 + Math.floor(i / perLine) * pitch;
    out += text(x, y, i % 7 === 0 ? String(i % 10) : '收入支出决算表'[i % 7]!, Math.max(2, Math.min(6, pitch * 0.8)));
  }
  return writePdf({ pages: [out] });
}

/** n fonts (each its own font object, a standard font under another name), one line of text in each. */
export function manyFonts(n: number): Uint8Array {
  const bases = ['Helvetica', 'Times-Roman', 'Courier', 'Helvetica-Bold', 'Times-Bold', 'Courier-Bold'];
  let out = '';
  for (let i = 0; i < n; i++)
    out += `BT /G${i} 6 Tf 1 0 0 1 ${40 + (i % 4) * 130} ${H - 40 - Math.floor(i / 4) * (780 / Math.ceil(n / 4))} Tm (font ${i} 12.${i % 100}) Tj ET\n`;
  return writePdf({
    pages: [out],
    extra: (first) => ({
      objects: Array.from(
        { length: n },
        (_, i) => `<< /Type /Font /Subtype /Type1 /BaseFont /${bases[i % bases.length]} /Encoding /WinAnsiEncoding /Name /G${i} >>`,
      ),
      fonts: Array.from({ length: n }, (_, i) => `/G${i} ${first + i} 0 R`).join(' '),
    }),
  });
}

/**
 * Form XObjects `depth` deep, each drawing a ruling and a line of text and then the next; the page
 * paints the outermost `uses` times.
 */
export function deepForms(depth: number, uses = 1): Uint8Array {
  const objects: string[] = [];
  return writePdf({
    pages: [Array.from({ length: uses }, (_, u) => `q 1 0 0 1 0 ${-u * (700 / uses)} cm /X0 Do Q\n`).join('')],
    extra: (first) => {
      for (let d = 0; d < depth; d++) {
        const next = d + 1 < depth ? `/X${d + 1} Do` : '';
        const content = `0.5 w 40 ${H - 40 - d} m 300 ${H - 40 - d} l S BT /F1 4 Tf 1 0 0 1 310 ${H - 42 - d} Tm (level ${d}) Tj ET q 1 0 0 1 0.5 -0.5 cm ${next} Q`;
        objects.push(
          stream(
            `/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << ${d + 1 < depth ? `/X${d + 1} ${first + d + 1} 0 R` : ''} >> >>`,
            content,
          ),
        );
      }
      return { objects, xobjects: `/X0 ${first} 0 R` };
    },
  });
}

/**
 * Running text of `chars` Han characters with no sentence end, over as many pages as it takes: a
 * notice's long article (厦商务规〔2024〕2号 has clauses of hundreds of characters), with the words the
 * narrative readers look for (设置, 比上年增加, 万元) and numbers among them.
 */
export function longNarrative(chars: number, sentenceEvery = 0): Uint8Array {
  const words = ['设置', '各项', '工作', '比上年增加', '万元', '主要用于', '项目', '支出', '和', '管理', '指标', '完成', '占', '%'];
  const perLine = 38;
  const linesPerPage = 60;
  let body = '';
  for (let i = 0; body.length < chars; i++) {
    body += i % 9 === 8 ? `${(i * 37) % 1000}.${i % 100}${i % 2 ? '万元' : '%'}` : words[(i * 5) % words.length]!;
    if (sentenceEvery && i % sentenceEvery === sentenceEvery - 1) body += '。';
  }
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += perLine) lines.push(body.slice(i, i + perLine));
  const pages: string[] = [];
  for (let p = 0; p * linesPerPage < lines.length; p++) {
    const page = lines.slice(p * linesPerPage, (p + 1) * linesPerPage);
    pages.push(page.map((l, i) => text(50, 60 + i * 12, l, 10)).join(''));
  }
  pages[0] = text(200, 40, '关于印发管理办法的通知', 14) + pages[0];
  return writePdf({ pages });
}
