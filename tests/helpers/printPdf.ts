import { openBrowser } from './chromium';

/**
 * PDF fixtures printed by headless Chromium from HTML written in the test: the text layer,
 * fonts and page breaks of a real printed document, with no binary checked in.
 */
export interface PrintOptions {
  /** Printed at the top / bottom of every page; `{page}` becomes the page number. */
  header?: string;
  footer?: string;
}

export async function printPdf(html: string, opts: PrintOptions = {}): Promise<Buffer> {
  const browser = await openBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const template = (text = ''): string =>
      `<div style="font-size:9px;width:100%;text-align:center">${text.replace('{page}', '<span class="pageNumber"></span>')}</div>`;
    return await page.pdf({
      format: 'A5',
      displayHeaderFooter: Boolean(opts.header || opts.footer),
      headerTemplate: template(opts.header),
      footerTemplate: template(opts.footer),
      margin: { top: '2cm', bottom: '2cm', left: '1.6cm', right: '1.6cm' },
    });
  } finally {
    await browser.close();
  }
}

/**
 * A paper in traditional Chinese on three A5 pages (six paragraphs each, a page break after
 * each six), with a footnote marker in paragraph 9 and its footnote at the end of page 2.
 */
export function paperHtml(): string {
  const paragraph = (n: number): string =>
    `<p>第${n}段：日本三井物產參與北極液化天然氣二號計畫，美國對該計畫實施制裁${n === 9 ? '<sup>1</sup>' : ''}。日本政府表示將維持能源安全。</p>`;
  const page = (first: number, end = ''): string =>
    `<section style="page-break-after:always">${[0, 1, 2, 3, 4, 5].map((k) => paragraph(first + k)).join('')}${end}</section>`;
  const note = '<div class="notes">1 服部倫卓，《ロシアのエネルギー政策》，東京：東洋書店，2022年，頁45。</div>';
  return `<!doctype html><html><head><meta charset="utf-8"><title>日俄能源關係</title>
    <style>body{font-size:12pt;line-height:1.5} h1{font-size:20pt} .notes{font-size:9pt;margin-top:2em}</style></head>
    <body><h1>日俄能源關係</h1>${page(1)}${page(7, note)}${page(13)}</body></html>`;
}
