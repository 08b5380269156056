// The small page the "Check sheet" button shows in a dialog: the counts, and a Close button.
import { resultText } from "./checkCommand";
import { CHECK_MESSAGES } from "../taskpane/messages/check";
import { say } from "../taskpane/messages/say";

export function renderResult(doc: Document, search: string): void {
  const { lang, title, lines } = resultText(search);
  doc.documentElement.lang = lang;
  doc.title = title;
  const main = doc.getElementById("result");
  if (!main) return;
  main.replaceChildren();
  const h1 = doc.createElement("h1");
  h1.textContent = title;
  main.append(
    h1,
    ...lines.map((line) => Object.assign(doc.createElement("p"), { textContent: line }))
  );
  const close = doc.createElement("button");
  close.type = "button";
  close.textContent = say(CHECK_MESSAGES.close, lang);
  close.addEventListener("click", () => Office.context.ui.messageParent("close"));
  main.append(close);
}

if (typeof Office !== "undefined")
  Office.onReady(() => renderResult(document, window.location.search));
