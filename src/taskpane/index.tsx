// Task pane entry: wait for office.js, learn what host we are in, render the pane.
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { FEATURES, inCycleOrder } from "./features";
import { detectHost } from "./office";

const container = document.getElementById("container");
if (container) {
  // The first place's code loads while office.js starts up, rather than after (features.tsx).
  inCycleOrder(FEATURES)[0]
    ?.preload?.()
    .catch(() => undefined);
  detectHost().then((host) => createRoot(container).render(<App host={host} />));
}
