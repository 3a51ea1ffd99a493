// pdf.js's worker, bundled by Vite like the page's own code (rather than copied as a file),
// so that the build's transforms reach it too.
import 'pdfjs-dist/build/pdf.worker.min.mjs';
