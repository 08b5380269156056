// The part of pako 1.0 (the inflater JSZip brings) the pane's package checks use: raw inflate in
// pieces (https://github.com/nodeca/pako/tree/1.0.11, lib/inflate.js).
declare module "pako" {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    onData: (chunk: Uint8Array) => void;
    push(data: Uint8Array, end: boolean): boolean;
    err: number;
    msg: string;
  }
}
