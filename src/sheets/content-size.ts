/**
 * How much sheet content a file holds once opened: what reading it costs in memory. A CSV is its
 * own size; an .xlsx is a zip, a few times smaller than the XML inside, and exceljs unpacks and
 * holds all of it (a 1.4 MB workbook of 30 000 rows is 12.7 MB of XML, and more than the bot's
 * 128 MB heap). Read from the zip's central directory, without unpacking anything.
 */
export function contentSize(fileName: string, bytes: Uint8Array): number {
  if (!/\.xls[xm]$/i.test(fileName)) return bytes.byteLength;
  return unzippedSize(bytes) ?? bytes.byteLength;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** The sum of the entries' uncompressed sizes, or null when this is not a readable zip. */
function unzippedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of up to 65 535: look for it from the end.
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const size = view.getUint32(at + 24, true);
    // 0xFFFFFFFF: the real size is in a zip64 field, over 4 GB: far past any limit.
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
