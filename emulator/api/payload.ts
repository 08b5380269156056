// What a request or response weighs: Excel on the web's limit and the UTF-8 count it applies.
import { utf8Length } from "../../src/domain/reading/utf8";

/**
 * Excel on the web refuses a request, and fails a response, over 5 MB ("Excel add-ins: resource
 * limits and performance optimization", learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization#excel-add-ins). Counted as UTF-8 bytes of the JSON.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** UTF-8 length of a request's (or response's) JSON, as Excel on the web counts it. */
export function requestBytes(request: unknown): number {
  return utf8Length(JSON.stringify(request) ?? "");
}
