import fc from 'fast-check';
import { ALLOWED_CONTENT_TYPES, sniffContentType, zipEntryNames } from '../../src/modules/documents/rules/content-type';
import { SAMPLE_FILES, zipOf } from '../helpers/fixtures';

describe('the type of a document, read from its bytes', () => {
  it('recognises each allowed kind', () => {
    expect(sniffContentType(SAMPLE_FILES.pdf)).toBe(ALLOWED_CONTENT_TYPES.PDF);
    expect(sniffContentType(SAMPLE_FILES.png)).toBe(ALLOWED_CONTENT_TYPES.PNG);
    expect(sniffContentType(SAMPLE_FILES.jpeg)).toBe(ALLOWED_CONTENT_TYPES.JPEG);
    expect(sniffContentType(SAMPLE_FILES.docx)).toBe(ALLOWED_CONTENT_TYPES.DOCX);
    expect(sniffContentType(SAMPLE_FILES.xlsx)).toBe(ALLOWED_CONTENT_TYPES.XLSX);
    expect(sniffContentType(SAMPLE_FILES.odt)).toBe(ALLOWED_CONTENT_TYPES.ODT);
  });

  it('refuses executables, macro documents, plain archives, HTML, and a zip that claims an unknown ODF type', () => {
    for (const kind of ['exe', 'docm', 'zip', 'html'] as const) expect(sniffContentType(SAMPLE_FILES[kind])).toBeNull();
    expect(sniffContentType(zipOf([['mimetype', 'application/x-msdownload']]))).toBeNull();
    // An OOXML container that is two kinds at once is not trusted as either.
    expect(
      sniffContentType(
        zipOf([
          ['[Content_Types].xml', '<Types/>'],
          ['word/document.xml', '<w/>'],
          ['xl/workbook.xml', '<x/>'],
        ]),
      ),
    ).toBeNull();
    // The main part without [Content_Types].xml is not an OOXML document.
    expect(sniffContentType(zipOf([['word/document.xml', '<w/>']]))).toBeNull();
  });

  it('reads the names of a zip’s entries from its central directory', () => {
    expect(zipEntryNames(SAMPLE_FILES.docx)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
  });

  const executableHeaders = fc.constantFrom(
    Buffer.from('4d5a', 'hex'), // MZ: Windows
    Buffer.from('7f454c46', 'hex'), // ELF: Linux
    Buffer.from('#!/bin/sh\n'),
    Buffer.from('cafebabe', 'hex'), // Mach-O universal, Java class
    Buffer.from('<script>'),
  );

  it('never takes a file that starts as a program for an allowed type, whatever follows', () => {
    fc.assert(
      fc.property(executableHeaders, fc.uint8Array({ maxLength: 512 }), (header, rest) => {
        expect(sniffContentType(Buffer.concat([header, Buffer.from(rest)]))).toBeNull();
      }),
    );
  });

  it('never throws on a damaged or hostile zip, and takes none without a readable directory', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.nat(), (rest, cut) => {
        const damaged = Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.from(rest)]);
        expect(() => sniffContentType(damaged)).not.toThrow();
        const truncated = SAMPLE_FILES.docx.subarray(0, cut % SAMPLE_FILES.docx.length);
        expect(() => sniffContentType(truncated)).not.toThrow();
        if (zipEntryNames(truncated) === null) expect(sniffContentType(truncated)).toBeNull();
      }),
    );
  });
});
