import { describe, expect, it } from 'vitest';
import type { TextLine } from '../../src/parse/pdf/lines.js';
import { joinAcrossPages, type PageFlow } from '../../src/parse/pdf/page-join.js';
import { joinLines, type PdfParagraph } from '../../src/parse/pdf/paragraphs.js';

/** A line of 12-pt text from x0 to x1 at y (boxes as the parser makes them). */
const line = (text: string, x0: number, x1: number, y: number): TextLine => ({
  text,
  box: { x0, y0: y, x1, y1: y + 12 },
  baseline: y + 10,
  size: 12,
  runs: [],
});

const para = (page: number, lines: TextLine[]): PdfParagraph => ({
  text: joinLines(lines),
  box: { x0: Math.min(...lines.map((l) => l.box.x0)), y0: lines[0]!.box.y0, x1: Math.max(...lines.map((l) => l.box.x1)), y1: lines.at(-1)!.box.y1 },
  page,
  size: 12,
  lines,
});

/** A page of running text whose last paragraph ends as `tail` and whose first begins as `head`. */
function page(n: number, head: string, tail: string): PageFlow {
  const body = [line(head, 72, 520, 80), line('二〇二五年部门预算收入与支出的情况说明如下并列明', 72, 520, 100)];
  const end = [line('其中一般公共预算财政拨款收入比上年有所增加主要是', 72, 520, 700), line(tail, 72, 520, 720)];
  return { paragraphs: [para(n, body), para(n, end)], firstTableTop: null, lastTableBottom: null };
}

describe('joinAcrossPages', () => {
  it('joins a sentence cut by the page break, and leaves the pages it was given as they were', () => {
    const pages = [page(1, '一、收入预算情况', '人员增加和项目支出增加，'), page(2, '共计一千二百万元。', '全文完。')];
    const before = structuredClone(pages);
    const out = joinAcrossPages(pages);
    expect(out[0]!.at(-1)!.text).toContain('项目支出增加，共计一千二百万元。');
    expect(out[0]!.at(-1)!.page).toBe(1);
    expect(out[1]!.map((p) => p.text)).not.toContain(pages[1]!.paragraphs[0]!.text);
    expect(out[1]).toHaveLength(1);
    expect(pages).toEqual(before);
  });

  it('keeps a paragraph that ends its sentence, and one followed by numbered text, apart', () => {
    const ended = [page(1, '一、收入预算情况', '支出增加。'), page(2, '共计一千二百万元', '全文完。')];
    expect(joinAcrossPages(ended).map((p) => p.length)).toEqual([2, 2]);
    const numbered = [page(1, '一、收入预算情况', '项目支出增加，'), page(2, '二、支出预算情况', '全文完。')];
    expect(joinAcrossPages(numbered).map((p) => p.length)).toEqual([2, 2]);
  });
});
