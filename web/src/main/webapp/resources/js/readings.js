// The readings form: the unit menu offers the units of the chosen type only. Its choices are
// grouped by type in the order of the type menu; without this script every group shows, and the
// server still refuses a unit that does not fit the type.
(function () {
  function narrowUnits() {
    var type = document.getElementById("reading:type");
    var unit = document.getElementById("reading:unit");
    if (!type || !unit) {
      return;
    }
    function show() {
      var groups = unit.querySelectorAll("optgroup");
      groups.forEach(function (group, index) {
        var chosen = index === type.selectedIndex;
        group.hidden = !chosen;
        group.disabled = !chosen;
        if (chosen && (!unit.selectedOptions.length || unit.selectedOptions[0].parentNode !== group)) {
          unit.value = group.querySelector("option").value;
          unit.selectedIndex = Array.prototype.indexOf.call(unit.options, group.querySelector("option"));
        }
      });
    }
    type.addEventListener("change", show);
    show();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", narrowUnits);
  } else {
    narrowUnits();
  }
})();
