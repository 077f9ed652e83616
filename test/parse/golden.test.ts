import { describe, it } from 'vitest';
import { dumpText } from '../../src/report/dump-text.js';
import { DocModel } from '../../src/model/index.js';
import { expectGolden, goldenJson, parseFixture } from '../helpers/fixtures.js';

/** Every DOCX and HTML fixture, with its model as JSON and as the `gongkai dump` text a person reviews. */
const FIXTURES = [
  'fixtures/seeds/000_4d0b4c40ef830124.html',
  'fixtures/seeds/000_4d0b4c40ef830124.docx',
  'fixtures/seeds/001_217e79579315e879.html',
  'fixtures/seeds/001_217e79579315e879.docx',
  'fixtures/seeds/002_3947c5881660c658.html',
  'fixtures/seeds/002_3947c5881660c658.docx',
  'fixtures/seeds/004_d487b3c520216221.html',
  'fixtures/seeds/004_d487b3c520216221.docx',
  'fixtures/odd/gbk-page.html',
  'fixtures/odd/docx-named-pdf.pdf',
];

/** Real PDFs: the dump text (blocks and table grids) is the golden; boxes are checked by the PDF tests. */
const PDF_FIXTURES = [
  'fixtures/real/上海市普陀区财政局2024年度部门决算.pdf',
  'fixtures/real/24年普陀区财政局（测试问题版本）.pdf',
  'fixtures/real/附件2：部门决算模板.pdf',
  'fixtures/real/上海市财政局25年预算.pdf',
];

describe('golden PDF grids', () => {
  for (const rel of PDF_FIXTURES) {
    it(rel, async () => {
      const doc = await parseFixture(rel);
      DocModel.parse(doc);
      expectGolden(`${rel.replace(/^fixtures\//, '').replace(/\//g, '__')}.dump.txt`, dumpText(doc));
    });
  }
});

describe('golden document models', () => {
  for (const rel of FIXTURES) {
    it(rel, async () => {
      const doc = await parseFixture(rel);
      DocModel.parse(doc);
      const name = rel.replace(/^fixtures\//, '').replace(/\//g, '__');
      expectGolden(`${name}.model.json`, goldenJson(doc));
      expectGolden(`${name}.dump.txt`, dumpText(doc));
    });
  }
});
