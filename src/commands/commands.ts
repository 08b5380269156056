// The ribbon's function file. The only ribbon button so far opens the task pane, which Office does
// by itself (ShowTaskpane action); buttons that run without the pane register their handlers here
// with Office.actions.associate as their features land.
Office.onReady(() => {
  // Nothing to register yet.
});
