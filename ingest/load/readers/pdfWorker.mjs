// pdf.js (bundled by unpdf) is an ES module only; this worker loads it with Node's own module
// loader, whatever loader runs the rest of the ingest, and keeps a PDF that crashes or floods
// pdf.js away from the process that reads the other documents. It answers with each page's
// positioned text items; ../pdf.ts lays them out.
import { parentPort, workerData } from 'node:worker_threads';
import { getDocumentProxy } from 'unpdf';

const pdf = await getDocumentProxy(new Uint8Array(workerData.bytes), { verbosity: 0 });
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const [, , , height] = page.view;
  const content = await page.getTextContent();
  const items = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, , d, x, y] = item.transform;
    items.push({ str: item.str, x, y, size: Math.hypot(a, b) || Math.abs(d), width: item.width });
  }
  pages.push({ height, items });
  page.cleanup();
}
const { info } = await pdf.getMetadata().catch(() => ({ info: {} }));
parentPort.postMessage({ pages, info: { title: info?.Title, author: info?.Author, date: info?.CreationDate } });
await pdf.destroy();
