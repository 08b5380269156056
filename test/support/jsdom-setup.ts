// jsdom has no layout engine and so no ResizeObserver, which Fluent UI's MessageBar uses to decide
// whether to wrap; an observer that never fires matches "nothing ever resizes" in jsdom.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class InertResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: InertResizeObserver });
}
