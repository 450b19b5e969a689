import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareDocument } from '../../../ingest/pipeline';

/** A saved news page: the article is read, the page furniture is not; meta tags name it. */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-web-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <title>Sanctions hit Arctic LNG 2 | Energy Wire</title>
  <meta property="og:title" content="US sanctions hit Arctic LNG 2">
  <meta name="author" content="Jane Doe">
  <meta property="article:published_time" content="2023-11-02T08:00:00Z">
  <script>window.dataLayer = ["Gazprom bought Shell"];</script><style>.x{}</style></head>
  <body>
  <header class="site-header"><a href="/">Energy Wire</a> Home | Markets | Rosneft news</header>
  <nav><ul><li>Oil</li><li>Gas</li><li>Novatek stock</li></ul></nav>
  <div id="cookie-banner" class="consent"><div><p>We use cookies. Accept all?</p></div><button>Accept</button></div>
  <main><article><header><h1>US sanctions hit Arctic LNG 2</h1></header>
  <p>The United States sanctioned Arctic LNG 2 in November 2023.</p>
  <p>Mitsui holds a 10% stake in the project.</p>
  <aside>Related: Shell exits Sakhalin-2</aside></article></main>
  <footer>© Energy Wire. Contact us.</footer></body></html>`;

describe('the saved web page reader', () => {
  it('reads the article without navigation, scripts, cookie banner, asides, header or footer', async () => {
    const file = path.join(dir, 'story.html');
    fs.writeFileSync(file, page);
    const doc = await prepareDocument(file);
    expect(doc.title).toBe('US sanctions hit Arctic LNG 2');
    expect(doc.author).toBe('Jane Doe');
    expect(doc.published).toBe('2023-11-02T08:00:00Z');
    expect(doc.raw).toContain('The United States sanctioned Arctic LNG 2 in November 2023.');
    expect(doc.raw).toContain('Mitsui holds a 10% stake');
    for (const furniture of ['dataLayer', 'Markets', 'Novatek', 'cookies', 'Accept', 'Related', 'Contact us']) expect(doc.raw).not.toContain(furniture);
    const sentence = doc.sentences.find((s) => s.text.startsWith('The United States'));
    expect(sentence && doc.raw.slice(sentence.start, sentence.end)).toBe('The United States sanctioned Arctic LNG 2 in November 2023.');
  });
});
