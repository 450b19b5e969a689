import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { prepareDocument } from '../../../ingest/pipeline';

/** A .docx built here (a zip of WordprocessingML) read by the DOCX reader. */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-docx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const para = (text: string, style?: string, note?: number): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r>${
    note ? `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${note}"/></w:r><w:r><w:t>。</w:t></w:r>` : ''
  }</w:p>`;

async function buildDocx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
    <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`);
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`);
  zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}>
    <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
    <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
    <w:footnote w:id="1"><w:p><w:r><w:t>服部倫卓，《ロシアのエネルギー政策》，東京：東洋書店，2022年。</w:t></w:r></w:p></w:footnote></w:footnotes>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>
    ${para('日俄能源關係', 'Heading1')}${para('一、北極液化天然氣', 'Heading2')}
    ${para('日本三井物產參與北極液化天然氣二號計畫。')}${para('美國對該計畫實施制裁', undefined, 1)}
    </w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('the DOCX reader', () => {
  it('reads headings, paragraphs and footnotes, and pairs each footnote with the sentence that cites it', async () => {
    const file = path.join(dir, 'paper.docx');
    fs.writeFileSync(file, await buildDocx());
    const doc = await prepareDocument(file);
    expect(doc.title).toBe('日俄能源關係');
    const sanction = doc.sentences.find((s) => s.text.includes('實施制裁'));
    expect(sanction?.sectionPath).toEqual(['一、北極液化天然氣']);
    expect(doc.sentences.map((s) => s.text)).toContain('日本三井物產參與北極液化天然氣二號計畫。');
    expect(doc.sources).toHaveLength(1);
    expect(doc.sources[0].text).toContain('服部倫卓');
    expect(sanction?.sourceIds).toEqual([doc.sources[0].id]);
    for (const s of doc.sentences) expect(doc.raw.slice(s.start, s.end).replace(/<sup>.*?<\/sup>|\s/g, '').normalize('NFKC')).toBe(s.text.replace(/\s/g, ''));
  });

  it('skips a file that is not a DOCX with a reason', async () => {
    const file = path.join(dir, 'fake.docx');
    fs.writeFileSync(file, 'plain text, not a zip');
    await expect(prepareDocument(file)).rejects.toThrow(/not a readable DOCX/);
  });
});
