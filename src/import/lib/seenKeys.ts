const CHUNK_BITS = 1 << 23; // 1 MB of bitmap per 8.4 M consecutive keys

/**
 * The integer keys seen so far, one bit each, in 1 MB pages allocated as keys land in them:
 * NPIs (keyed by their first nine digits) fill 24 pages, 25 MB for every NPI ever issued,
 * where a Set of nine million strings would not fit the import's memory budget.
 */
export class SeenKeys {
  private readonly pages = new Map<number, Uint8Array>();

  /** Marks the key; false when it was already marked. */
  add(key: number): boolean {
    if (!Number.isInteger(key) || key < 0 || key > 0x7fffffff) throw new RangeError(`key ${key} is not an integer from 0 to 2^31 - 1`);
    const pageNo = Math.floor(key / CHUNK_BITS);
    let page = this.pages.get(pageNo);
    if (!page) {
      page = new Uint8Array(CHUNK_BITS / 8);
      this.pages.set(pageNo, page);
    }
    const bit = key % CHUNK_BITS;
    const mask = 1 << (bit & 7);
    if ((page[bit >> 3]! & mask) !== 0) return false;
    page[bit >> 3]! |= mask;
    return true;
  }

  /** Bytes held by the pages. */
  get bytes(): number {
    return this.pages.size * (CHUNK_BITS / 8);
  }
}
