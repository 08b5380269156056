// archiver's zip checksums each part it writes with the crc-32 package, in JavaScript on the main
// thread (crc32-stream calls its `buf` once a chunk): 0.65-0.9 s of a 100,000-row collect's write,
// for its 250 MB of XML, while Node's zlib computes the same checksum natively (zlib.crc32, Node
// 20.15 and later) in a tenth of the time. The zip's bytes stay the same.
import { dirname } from "node:path";
import zlib from "node:zlib";

/** crc-32's `buf`: a byte array's CRC-32 (signed), going on from `seed` (a CRC-32 before it). */
type Crc = (bytes: ArrayLike<number>, seed?: number) => number;

/** The crc-32 module archiver's zip uses (archiver → zip-stream → compress-commons → crc32-stream). */
function archiversCrc(): { buf: Crc } {
  let at = require.resolve("archiver");
  for (const name of ["zip-stream", "compress-commons", "crc32-stream", "crc-32"])
    at = require.resolve(name, { paths: [dirname(at)] });
  return require(at);
}

let done = false;

/**
 * Has archiver's zip checksum its parts with zlib's native CRC-32, where Node has it; other
 * arrays than bytes (crc-32 takes any array of numbers) keep crc-32's own. Once a process.
 */
export function nativeZipChecksums(): void {
  const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  if (done || typeof native !== "function") return;
  done = true;
  let crc: { buf: Crc };
  try {
    crc = archiversCrc();
  } catch {
    // archiver's packages laid out otherwise (an update): its own checksums, slower, as before.
    return;
  }
  const own = crc.buf;
  crc.buf = (bytes, seed) =>
    bytes instanceof Uint8Array ? native(bytes, (seed ?? 0) >>> 0) | 0 : own(bytes, seed);
}
