// The menu on a phone: one button shows and hides the menu's items; aria-expanded says which, and
// the style sheet folds the items only while this script runs (without it they stay open).
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("menu-toggle");
  var items = document.getElementById("menu-items");
  if (!button || !items) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    button.setAttribute("aria-expanded", String(button.getAttribute("aria-expanded") !== "true"));
  });
  items.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      button.setAttribute("aria-expanded", "false");
      button.focus();
    }
  });
});
