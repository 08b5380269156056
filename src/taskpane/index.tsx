// Task pane entry: wait for office.js, learn what host we are in, render the pane.
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { detectHost } from "./office";

const container = document.getElementById("container");
if (container) {
  detectHost().then((host) => createRoot(container).render(<App host={host} />));
}
