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
