// What an error says, whatever was thrown (Office.js throws OfficeExtension.Error, code may throw
// anything): one place for the pane and the ribbon commands.
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
