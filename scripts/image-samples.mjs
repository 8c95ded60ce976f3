// Sample images for tests, fixtures and the bench, generated from source so the repository holds
// no binary blobs: text drawn on a "photo" (an SVG rendered by sharp), a JPEG with GPS EXIF, a QR
// code. Each returns PNG or JPEG bytes. Needs a TrueType font (Debian: fonts-dejavu-core).
import sharp from "sharp";

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Lines of text on a coloured background, like a whiteboard, a till screen or a sticky note.
 * `style`: whiteboard (dark marker on white), till (green on black), note (ink on yellow), sign.
 */
export async function textImage(lines, { style = "whiteboard", width = 900, fontSize = 40, format = "png" } = {}) {
  const look = {
    whiteboard: { bg: "#f4f5f0", ink: "#1d2a6b", frame: "#9aa0a6" },
    till: { bg: "#101510", ink: "#7CFC7C", frame: "#333" },
    note: { bg: "#fff27a", ink: "#222", frame: "#e0cf40" },
    sign: { bg: "#1f5f2f", ink: "#ffffff", frame: "#ffffff" },
    menu: { bg: "#faf3e3", ink: "#3b2a1a", frame: "#c9a86a" },
  }[style];
  const lineHeight = Math.round(fontSize * 1.5);
  const height = lineHeight * lines.length + fontSize * 2;
  const text = lines
    .map((line, i) => `<text x="${fontSize}" y="${fontSize * 1.6 + i * lineHeight}" font-family="DejaVu Sans" font-size="${fontSize}" fill="${look.ink}">${escape(line)}</text>`)
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="${look.bg}"/><rect x="6" y="6" width="${width - 12}" height="${height - 12}" fill="none" stroke="${look.frame}" stroke-width="6"/>${text}</svg>`;
  const img = sharp(Buffer.from(svg));
  return format === "jpeg" ? img.jpeg({ quality: 90 }).toBuffer() : img.png().toBuffer();
}

/** A plain JPEG "photo" with EXIF: GPS position (decimal degrees) and owner fields, written by sharp. */
export async function photoWithExif({ lat, lon, artist, serial } = {}) {
  const ifd0 = { Make: "Contoso", Model: "PhoneCam 12", ...(artist ? { Artist: artist, Copyright: artist } : {}) };
  const exif = { IFD0: ifd0, ...(serial ? { IFD2: { BodySerialNumber: serial } } : {}) };
  if (lat !== undefined && lon !== undefined) exif.IFD3 = gpsIfd(lat, lon);
  const base = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 90, g: 140, b: 200 } } }).jpeg().toBuffer();
  return sharp(base).withExif(exif).jpeg({ quality: 85 }).toBuffer();
}

function gpsIfd(lat, lon) {
  const dms = (deg) => {
    const a = Math.abs(deg);
    const d = Math.floor(a);
    const m = Math.floor((a - d) * 60);
    const s = Math.round(((a - d) * 60 - m) * 60 * 100);
    return `${d}/1 ${m}/1 ${s}/100`;
  };
  return { GPSLatitudeRef: lat >= 0 ? "N" : "S", GPSLatitude: dms(lat), GPSLongitudeRef: lon >= 0 ? "E" : "W", GPSLongitude: dms(lon) };
}

/** A QR code (e.g. `WIFI:T:WPA;S:Guest;P:…;;`) on a white card, as PNG. */
export async function qrImage(content, { size = 360 } = {}) {
  const { default: QRCode } = await import("qrcode");
  const png = await QRCode.toBuffer(content, { width: size, margin: 4, errorCorrectionLevel: "M" });
  return sharp(png).png().toBuffer();
}

/** A PNG with a `tEXt` chunk (as screenshot tools write a description), inserted after the header. */
export function withPngText(png, key, value) {
  const data = Buffer.concat([Buffer.from(key, "latin1"), Buffer.from([0]), Buffer.from(value, "latin1")]);
  const type = Buffer.from("tEXt");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  // Signature (8) + IHDR chunk (25) come first.
  return Buffer.concat([png.subarray(0, 33), length, type, data, crc, png.subarray(33)]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
