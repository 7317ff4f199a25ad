// The dashboard's charts: a Streamlit v2 component (drawn in the page, no iframe) that draws a
// Plotly figure with Plotly's cartesian bundle (bars, heatmaps, lines: 1.5 MB, served from the
// app's static folder) instead of Streamlit's full Plotly module (4.7 MB, maps and 3-D
// included), whose download and compilation were most of a first view's wait.
//
// data: {figure: the figure as plotly.py writes it, config: Plotly's config}. A click on a bar
// or a heatmap cell sets the trigger "selection" to {points: [{x, y}]}, as st.plotly_chart's
// selection did.

export function plotly() {
  // (one load for the page: app.py starts it as the page opens, the charts wait for it)
  if (!window.qawlPlotly) {
    window.qawlPlotly = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = new URL("app/static/plotly-cartesian.min.js", document.baseURI).href;
      script.onload = () => resolve(window.Plotly);
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
  return window.qawlPlotly;
}

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  const plot = parentElement.querySelector(".qawl-plot");
  plotly().then((Plotly) =>
    Plotly.react(plot, data.figure.data, data.figure.layout, data.config).then(() => {
      if (plot.qawlClicks) return;
      plot.qawlClicks = true;
      plot.on("plotly_click", (event) =>
        setTriggerValue("selection", { points: event.points.map((p) => ({ x: p.x, y: p.y })) }),
      );
    }),
  );
}
