(function () {
  "use strict";
  var config = {
    responsive: true,
    displaylogo: false,
    modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d", "toggleSpikelines"],
    toImageButtonOptions: { format: "png", scale: 2 }
  };
  var plotted = [];
  var specs = document.querySelectorAll("script.plot-spec");
  for (var i = 0; i < specs.length; i++) {
    var target = document.getElementById(specs[i].getAttribute("data-for"));
    if (!target || typeof Plotly === "undefined") {
      continue;
    }
    var spec = JSON.parse(specs[i].textContent);
    target.textContent = "";
    Plotly.newPlot(target, spec.data, spec.layout, config);
    plotted.push(target);
  }
  // study selectors: show the chosen study's cards only; without this script every card shows
  var selects = document.querySelectorAll("select.study-select");
  function applyFilter(select) {
    var box = document.getElementById(select.getAttribute("data-filter-for"));
    if (!box) {
      return;
    }
    var cards = box.querySelectorAll("[data-study]");
    for (var c = 0; c < cards.length; c++) {
      var show = select.value === "*" || cards[c].getAttribute("data-study") === select.value;
      cards[c].classList.toggle("filtered-out", !show);
      var plots = show ? cards[c].querySelectorAll(".js-plotly-plot") : [];
      for (var p = 0; p < plots.length; p++) {
        Plotly.Plots.resize(plots[p]);
      }
    }
  }
  for (var s = 0; s < selects.length; s++) {
    selects[s].parentNode.parentNode.hidden = false;
    selects[s].addEventListener("change", function (event) {
      applyFilter(event.target);
    });
    applyFilter(selects[s]);
  }
  window.addEventListener("beforeprint", function () {
    var details = document.querySelectorAll("details");
    for (var j = 0; j < details.length; j++) {
      details[j].open = true;
    }
    for (var k = 0; k < plotted.length; k++) {
      Plotly.Plots.resize(plotted[k]);
    }
  });
})();
