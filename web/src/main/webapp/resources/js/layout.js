// What the layout does in the browser, for every page.
(function () {
  // PrimeFaces marks every message role="alert" (announced at once, interrupting); information
  // such as "Your appointment is booked" is a polite role="status", errors and warnings stay
  // alerts. In a message list the role goes on the severity's box: an <li> with a role of its own
  // is no list item.
  function announcedMessages(root) {
    root.querySelectorAll(".ui-messages li[role]").forEach(function (item) {
      item.removeAttribute("role");
      item.removeAttribute("aria-atomic");
    });
    root.querySelectorAll(".ui-messages > div:not([role])").forEach(function (box) {
      box.setAttribute("role", box.classList.contains("ui-messages-info") ? "status" : "alert");
    });
    root.querySelectorAll(".ui-growl-info [role=alert]").forEach(function (item) {
      item.setAttribute("role", "status");
    });
  }

  // The menu on a phone: one button shows and hides the menu's items; aria-expanded says which,
  // and the style sheet folds the items only while this script runs (without it they stay open).
  function foldingMenu() {
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
  }

  // A button that undoes something (data-confirm="the question") asks first, in the browser's own
  // dialog, which keyboards and screen readers know; declined, nothing is sent. Without scripts the
  // button acts at once.
  document.addEventListener(
    "click",
    function (event) {
      var button = event.target.closest ? event.target.closest("[data-confirm]") : null;
      if (button && !window.confirm(button.getAttribute("data-confirm"))) {
        event.preventDefault();
      }
    },
    true
  );

  document.addEventListener("DOMContentLoaded", function () {
    // Light pages (limited internet in the profile): dialogs and panels appear without effects.
    if (document.body.classList.contains("light") && window.jQuery) {
      window.jQuery.fx.off = true;
    }
    foldingMenu();
    announcedMessages(document);
    // Messages that arrive later (growl, Ajax updates) get their role as they are added.
    new MutationObserver(function () {
      announcedMessages(document.body);
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
