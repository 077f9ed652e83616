import { z } from 'zod';
import { Provenance } from './provenance.js';

/** What a run of text is on the page. */
export const BlockRole = z.enum([
  /** A heading: marked up as one (h1–h6, a Word heading style) or numbered as one. */
  'heading',
  'paragraph',
  /** The title printed above a table (收入决算表). */
  'caption',
  /** A unit note such as 单位：万元 / 金额单位：元. */
  'unit-note',
  /** Page furniture: page numbers, running headers and footers. */
  'furniture',
  /** An entry of a table of contents (目录): it names a part or section, it is not one. */
  'toc',
]);
export type BlockRole = z.infer<typeof BlockRole>;

/** The Chinese numbering style of a heading or list item, outermost first. */
export const NumberingStyle = z.enum([
  /** 第一部分 */
  'part',
  /** 一、 */
  'cn-comma',
  /** （一） */
  'cn-paren',
  /** 1. or 1、 */
  'arabic-dot',
  /** （1） */
  'arabic-paren',
  /** ① */
  'circled',
]);
export type NumberingStyle = z.infer<typeof NumberingStyle>;

export const Numbering = z.object({
  style: NumberingStyle,
  /** The marker exactly as printed, e.g. `（三）`. */
  marker: z.string(),
  /** The number the marker stands for, e.g. 3 for `（三）`. */
  ordinal: z.number().int().min(0),
});
export type Numbering = z.infer<typeof Numbering>;

export const Block = z.object({
  /** `b0`, `b1`, … in reading order. */
  id: z.string(),
  /** Position in the document's reading order, shared with tables. */
  order: z.number().int().min(0),
  /** Text as printed; `\n` where the document breaks the line inside the block. */
  text: z.string(),
  role: BlockRole,
  /**
   * Outline level from the Chinese numbering at the start of the text: 1 第一部分, 2 一、, 3 （一）,
   * 4 1. / 1、, 5 （1）, 6 ①; null when the text carries no numbering.
   */
  outlineLevel: z.number().int().min(1).max(6).nullable(),
  numbering: Numbering.nullable(),
  /** Heading level from markup (h1 = 1, Word "Heading 2" = 2); null when not marked as a heading. */
  headingLevel: z.number().int().min(1).max(9).nullable(),
  provenance: Provenance,
});
export type Block = z.infer<typeof Block>;
