// Draws the add-in icon (a target on Excel green) at every size the manifest and the Office store
// want, as PNG files in assets/, and the two icons of the unified manifest's package: the colour one
// (192 px) and the outline one (32 px, the target in white on transparent, as the schema asks).
// Run it again after changing the design: `node scripts/make-icons.mjs`.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Whether a point (unit square) is on the target: two rings and the bull's-eye. */
function onTarget(x, y) {
  const d = Math.hypot(x - 0.5, y - 0.5);
  return (d < 0.36 && d > 0.27) || (d < 0.2 && d > 0.12) || d < 0.05;
}

/** Colour and coverage of one point of the design, in a unit square (0..1). */
function paint(x, y) {
  const r = 0.2; // corner radius of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null; // outside the rounded tile
  return onTarget(x, y) ? WHITE : GREEN;
}

/** The outline design: the target alone, white, the rest transparent. */
function paintOutline(x, y) {
  return onTarget(x, y) ? WHITE : null;
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, design = paint) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = design((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (c) {
            acc[0] += c[0];
            acc[1] += c[1];
            acc[2] += c[2];
            acc[3] += 1;
          }
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const n = acc[3] || 1;
      raw[o] = Math.round(acc[0] / n);
      raw[o + 1] = Math.round(acc[1] / n);
      raw[o + 2] = Math.round(acc[2] / n);
      raw[o + 3] = Math.round((acc[3] / (SAMPLES * SAMPLES)) * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES)
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size));
writeFileSync(new URL("../assets/color-192.png", import.meta.url), png(192));
writeFileSync(new URL("../assets/outline-32.png", import.meta.url), png(32, paintOutline));
console.log(`assets/icon-{${SIZES.join(",")}}.png, color-192.png and outline-32.png written`);
