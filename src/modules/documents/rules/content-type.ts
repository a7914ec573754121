/*
 * What a file is, read from its bytes: never from its name or the type the client declared. A small sniffer rather
 * than a library: `file-type` is ESM-only from version 17, and version 16 tells OOXML formats apart by the order of
 * the zip's entries, which office suites do not fix. The zip containers are read through their central directory.
 */

export const ALLOWED_CONTENT_TYPES = {
  PDF: 'application/pdf',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PPTX: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ODT: 'application/vnd.oasis.opendocument.text',
  ODS: 'application/vnd.oasis.opendocument.spreadsheet',
  ODP: 'application/vnd.oasis.opendocument.presentation',
} as const;

export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[keyof typeof ALLOWED_CONTENT_TYPES];

const ODF_TYPES: readonly string[] = [ALLOWED_CONTENT_TYPES.ODT, ALLOWED_CONTENT_TYPES.ODS, ALLOWED_CONTENT_TYPES.ODP];

/** The main part of each OOXML document kind: the entry that says which kind it is. */
const OOXML_MAIN_PARTS: ReadonlyArray<[entry: string, type: AllowedContentType]> = [
  ['word/document.xml', ALLOWED_CONTENT_TYPES.DOCX],
  ['xl/workbook.xml', ALLOWED_CONTENT_TYPES.XLSX],
  ['ppt/presentation.xml', ALLOWED_CONTENT_TYPES.PPTX],
];

/** The allowed type the bytes are, or null for anything else (executables, scripts, macro documents, archives). */
export function sniffContentType(bytes: Buffer): AllowedContentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return ALLOWED_CONTENT_TYPES.PDF; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ALLOWED_CONTENT_TYPES.PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return ALLOWED_CONTENT_TYPES.JPEG;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeDocumentType(bytes);
  return null;
}

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/** A zip is allowed only as an OpenDocument or an OOXML document without macros. */
function officeDocumentType(bytes: Buffer): AllowedContentType | null {
  const entries = zipEntryNames(bytes);
  if (!entries) return null;
  if (entries.some((name) => /vbaProject\.bin$/i.test(name) || /\.(exe|dll|js|vbs|bat|cmd|ps1)$/i.test(name)))
    return null;
  const odf = odfMimetype(bytes);
  if (odf !== null) return ODF_TYPES.includes(odf) ? (odf as AllowedContentType) : null;
  if (!entries.includes('[Content_Types].xml')) return null;
  const kinds = OOXML_MAIN_PARTS.filter(([entry]) => entries.includes(entry));
  return kinds.length === 1 ? kinds[0][1] : null;
}

/**
 * An OpenDocument file starts with an uncompressed entry named `mimetype` whose content is the document's type
 * (ODF 1.2, part 3, section 3.3).
 */
function odfMimetype(bytes: Buffer): string | null {
  if (bytes.length < 30) return null;
  const method = bytes.readUInt16LE(8);
  const size = bytes.readUInt32LE(18);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  const nameEnd = 30 + nameLength;
  if (method !== 0 || nameEnd > bytes.length || bytes.toString('latin1', 30, nameEnd) !== 'mimetype') return null;
  const start = nameEnd + extraLength;
  if (size > 100 || start + size > bytes.length) return null;
  return bytes.toString('latin1', start, start + size);
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** The names in a zip's central directory, or null when it has none that reads consistently. */
export function zipEntryNames(bytes: Buffer): string[] | null {
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= searchFrom; i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > bytes.length) return null;
    names.push(bytes.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
