/** pdfjs ships no types for its worker; it is only imported for its side effect (globalThis.pdfjsWorker). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
