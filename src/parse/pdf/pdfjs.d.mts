export declare const pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.mjs');
/** Whether the worker copy (fonts read for text only, inflate in JavaScript, operator lists handed over, undici left unloaded, images left undecoded when asked, text states cloned flat) runs, else the stock worker; and why not when not. */
export declare const pdfjsWorker: { changed: boolean; reason: string | null };
/** Whether the display copy (operator lists taken uncopied, undici left unloaded, gongkaiNoImageData passed to the worker) runs, else the stock pdf.mjs; and why not when not. */
export declare const pdfjsDisplay: { changed: boolean; reason: string | null };
/** Which built-ins pdfjs's polyfills had replaced (and are now native again). */
export declare const restoredBuiltins: string[];
/** Loads @napi-rs/canvas and installs the globals pdfjs draws with (DOMMatrix, ImageData, Path2D); before a page is rendered. */
export declare function canvasGlobals(): typeof import('@napi-rs/canvas');
