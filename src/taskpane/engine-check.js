// Runs before the pane's own script, in ES5 so that any webview can run it: where the webview lacks
// what the pane needs (Intl.Segmenter and Array.prototype.at: WebView2, or WKWebView from Safari
// 15.4), it says so in the three languages instead of leaving a blank pane, and removes the pane's
// container so the pane does not start half-way. Office 2016/2019 on Windows can still open the
// pane in Internet Explorer 11 or EdgeHTML where WebView2 is missing (README, "Supported Excel").
(function (window, document) {
  var ok =
    typeof window.Intl === "object" &&
    typeof window.Intl.Segmenter === "function" &&
    typeof window.Array.prototype.at === "function";
  if (ok) return;
  var container = document.getElementById("container");
  if (container && container.parentNode) container.parentNode.removeChild(container);
  var texts = [
    [
      "en",
      "OKR Sheets cannot start in this Excel",
      "Its web view is too old. Use Excel for Microsoft 365 or Office 2021 and later on Windows (with Microsoft Edge WebView2 installed), Excel on the web, or Excel on a Mac or iPad updated to macOS or iPadOS with Safari 15.4 or later.",
    ],
    [
      "zh-CN",
      "OKR 表格无法在此 Excel 中启动",
      "它的网页视图版本过旧。请在 Windows 上使用 Microsoft 365 版 Excel 或 Office 2021 及更高版本（并安装 Microsoft Edge WebView2），或使用 Excel 网页版，或在已更新到 Safari 15.4 及以上版本的 Mac 或 iPad 上使用 Excel。",
    ],
    [
      "zh-TW",
      "OKR 表格無法在此 Excel 中啟動",
      "它的網頁檢視版本過舊。請在 Windows 上使用 Microsoft 365 版 Excel 或 Office 2021 及更新版本（並安裝 Microsoft Edge WebView2），或使用 Excel 網頁版，或在已更新至 Safari 15.4 及以上版本的 Mac 或 iPad 上使用 Excel。",
    ],
  ];
  var box = document.createElement("div");
  box.setAttribute("role", "alert");
  box.setAttribute("data-testid", "engine-unsupported");
  box.style.fontFamily = "Segoe UI, sans-serif";
  box.style.padding = "16px";
  for (var i = 0; i < texts.length; i++) {
    var part = document.createElement("section");
    part.setAttribute("lang", texts[i][0]);
    var title = document.createElement("h1");
    title.style.fontSize = "16px";
    title.appendChild(document.createTextNode(texts[i][1]));
    var body = document.createElement("p");
    body.appendChild(document.createTextNode(texts[i][2]));
    part.appendChild(title);
    part.appendChild(body);
    box.appendChild(part);
  }
  document.body.appendChild(box);
})(window, document);
