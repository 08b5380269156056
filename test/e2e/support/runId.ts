// Jest's globalSetup for the e2e suite: one id for this run, which every test file's process.env
// copies, so the preview is built by the first file that needs it and reused by the others
// (browser.ts buildPreview). A new run builds again: a stale dist-preview/ is never tested.
export default function setRunId(): void {
  process.env.OKR_E2E_RUN = `${process.pid}-${Date.now()}`;
}
