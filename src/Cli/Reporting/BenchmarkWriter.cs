using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenSystem.Analysis;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace OpenSystem.Cli;

/// <summary>
/// The files of <c>opensystem benchmark</c>, rendered in memory: benchmark.csv (one row per qubit and temperature,
/// '#' header lines describing every column and the crossing per qubit), benchmark.svg|png (coherence against T, log
/// axes, one colour per route, one line style per qubit) and benchmark.json (the same numbers, with the reason for every
/// undefined value). Column meanings: docs/mean-force.md.
/// </summary>
public static class BenchmarkWriter
{
    /// <summary>Every file name the command writes besides benchmark.json (removed from the folder before a run).</summary>
    public static readonly string[] FileNames = ["benchmark.csv", "benchmark.svg", "benchmark.png"];

    /// <summary>The CSV columns after qubit, T and omega_qubit, with their meanings (also the '#' header lines).</summary>
    public static readonly IReadOnlyList<(string Column, string Meaning)> Columns =
    [
        ("C_gibbs", "intra-system coherence: C_j of the Gibbs state exp(-H/T)/Z of the network's H"),
        ("C_mean_force", "C_j of the second-order mean-force Gibbs state with the model's baths (bath-induced + intra-system, no counterterm; empty at T = 0)"),
        ("C_redfield", "C_j of the Bloch-Redfield + Lamb shift steady state"),
        ("C_engineered", "engineered-bath reference: the qubit alone, H = (omega_qubit/2) Z, each of its baths coupled through (|a|/sqrt 2)(X + Z), mean-force coherence (= formula P1 for an Ohmic bath)"),
        ("ratio_gibbs_to_engineered", "C_gibbs / C_engineered (> 1: the intra-system coherence wins)"),
        ("ratio_mean_force_to_engineered", "C_mean_force / C_engineered"),
        ("ratio_mean_force_to_gibbs", "C_mean_force / C_gibbs (1: the baths leave the intra-system coherence unchanged)"),
        ("ratio_redfield_to_mean_force", "C_redfield / C_mean_force (1: Redfield reproduces the equilibrium coherence)"),
    ];

    private static readonly OxyColor[] RouteColors = [OxyColor.FromRgb(0x1f, 0x77, 0xb4), OxyColor.FromRgb(0x2c, 0xa0, 0x2c), OxyColor.FromRgb(0xd6, 0x27, 0x28), OxyColor.FromRgb(0xff, 0x7f, 0x0e)];

    private static readonly LineStyle[] QubitStyles = [LineStyle.Solid, LineStyle.Dash, LineStyle.Dot, LineStyle.DashDot, LineStyle.LongDash, LineStyle.DashDashDot];

    /// <summary>benchmark.csv and benchmark.svg|png (PNG when the renderer loads).</summary>
    public static IReadOnlyList<OutputFile> Files(CoherenceBenchmarkResult result, string modelPath)
    {
        ArgumentNullException.ThrowIfNull(result);
        var files = new List<OutputFile> { new("benchmark.csv", Encoding.UTF8.GetBytes(Csv(result, modelPath))) };
        files.AddRange(TrajectoryPlots.Render(Plot(result, $"{Path.GetFileNameWithoutExtension(modelPath)}: equilibrium coherence by route"), "benchmark"));
        return files;
    }

    /// <summary>The CSV text: '#' lines (model, column meanings, crossings, warnings), then qubit,T,omega_qubit and <see cref="Columns"/>; an undefined value is an empty cell.</summary>
    public static string Csv(CoherenceBenchmarkResult result, string modelPath)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        sb.AppendLine($"# opensystem benchmark {modelPath}: local coherence C_j = sqrt(<X_j>^2 + <Y_j>^2) by route; every bath at temperature T (k_B = 1)");
        sb.AppendLine("# qubit: j; T: bath temperature; omega_qubit: the qubit's own frequency 2|h_j| (h_j the coefficients of X_j, Y_j, Z_j in H)");
        foreach (var (column, meaning) in Columns)
        {
            sb.AppendLine($"# {column}: {meaning}");
        }
        sb.AppendLine("# empty cell: undefined (the reason is in benchmark.json)");
        for (int j = 0; j < result.Crossings.Count; j++)
        {
            sb.AppendLine($"# qubit {j}: {CrossingSentence(result.Crossings[j])}");
        }
        foreach (var warning in result.Warnings)
        {
            sb.AppendLine($"# warning: {warning}");
        }
        sb.AppendLine("qubit,T,omega_qubit," + string.Join(",", Columns.Select(c => c.Column)));
        foreach (var row in result.Rows)
        {
            var cells = new List<string> { row.Qubit.ToString(CultureInfo.InvariantCulture), F(row.Temperature), F(row.Frequency) };
            cells.AddRange(Values(row).Select(v => v.Value is double x ? F(x) : ""));
            sb.AppendLine(string.Join(",", cells));
        }
        return sb.ToString();
    }

    /// <summary>benchmark.json: per qubit its frequency, engineered baths, crossing and rows; per temperature the diagnostics; the warnings.</summary>
    public static byte[] Json(CoherenceBenchmarkResult result, string modelPath)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("model", modelPath);
            ResultWriter.Array(w, "temperatures", result.Temperatures.ToArray(), "temperatures");
            w.WriteStartArray("qubits");
            for (int j = 0; j < result.Frequencies.Count; j++)
            {
                Qubit(w, result, j);
            }
            w.WriteEndArray();
            w.WriteStartArray("temperature_points");
            foreach (var p in result.Points)
            {
                var undefined = new Dictionary<string, string>();
                w.WriteStartObject();
                ResultWriter.Num(w, "temperature", p.Temperature);
                Value(w, "mean_force_trace_distance_to_gibbs", p.MeanForceTraceDistanceToGibbs, undefined);
                Value(w, "mean_force_minimum_eigenvalue", p.MeanForceMinimumEigenvalue, undefined);
                Value(w, "redfield_relative_residual", p.RedfieldResidual, undefined);
                Value(w, "redfield_trace_distance_to_mean_force", p.RedfieldTraceDistanceToMeanForce, undefined);
                Reasons(w, undefined);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("warnings");
            foreach (var warning in result.Warnings)
            {
                w.WriteStringValue(warning);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>
    /// C_j against T on log axes: colour = route (Gibbs, mean force, Redfield, engineered), line style = qubit (Redfield as
    /// circles growing with the qubit index); zeros and undefined values leave gaps.
    /// </summary>
    public static PlotModel Plot(CoherenceBenchmarkResult result, string title)
    {
        ArgumentNullException.ThrowIfNull(result);
        var model = new PlotModel { Title = title, Subtitle = "colour: route; line style: qubit; values in benchmark.csv", DefaultFont = "DejaVu Sans", Background = OxyColors.White };
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.RightTop, LegendPlacement = LegendPlacement.Outside, LegendFontSize = 9 });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "T" });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Left, Title = "local coherence C_j (log)" });
        string[] routes = ["Gibbs (intra-system)", "mean force", "Redfield + LS", "engineered (X + Z)"];
        bool markers = result.Temperatures.Count <= 30;
        for (int j = 0; j < result.Frequencies.Count; j++)
        {
            var rows = result.RowsOf(j);
            for (int r = 0; r < routes.Length; r++)
            {
                // Redfield as markers only and the Gibbs line thicker, so routes that agree stay visible on top of each other
                bool redfield = r == 2;
                var series = new LineSeries
                {
                    Title = $"C_{j} {routes[r]}", Color = RouteColors[r], LineStyle = redfield ? LineStyle.None : QubitStyles[j % QubitStyles.Length],
                    StrokeThickness = r == 0 ? 3 : 1.5,
                    MarkerType = redfield || markers ? MarkerType.Circle : MarkerType.None, MarkerSize = redfield ? 2 + j : 2.5, MarkerFill = RouteColors[r],
                };
                foreach (var row in rows)
                {
                    var v = Values(row)[r];
                    series.Points.Add(v.Value is double c && c > 0 && row.Temperature > 0 ? new DataPoint(row.Temperature, c) : DataPoint.Undefined);
                }
                if (series.Points.Any(p => p.IsDefined()))
                {
                    model.Series.Add(series);
                }
            }
        }
        return model;
    }

    private static void Qubit(Utf8JsonWriter w, CoherenceBenchmarkResult result, int j)
    {
        w.WriteStartObject();
        w.WriteNumber("qubit", j);
        ResultWriter.Num(w, "omega", result.Frequencies[j]);
        w.WriteStartArray("engineered_baths");
        foreach (var (bath, strength) in result.EngineeredCouplings[j])
        {
            w.WriteStartObject();
            w.WriteNumber("bath", bath);
            ResultWriter.Num(w, "strength", strength);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        var undefinedCrossing = new Dictionary<string, string>();
        Value(w, "crossing_temperature", result.Crossings[j], undefinedCrossing);
        if (undefinedCrossing.Count > 0)
        {
            w.WriteString("crossing_reason", undefinedCrossing["crossing_temperature"]);
        }
        else
        {
            w.WriteNull("crossing_reason");
        }
        w.WriteStartArray("rows");
        foreach (var row in result.RowsOf(j))
        {
            var undefined = new Dictionary<string, string>();
            w.WriteStartObject();
            ResultWriter.Num(w, "temperature", row.Temperature);
            var values = Values(row);
            for (int c = 0; c < Columns.Count; c++)
            {
                Value(w, Columns[c].Column, values[c], undefined);
            }
            Reasons(w, undefined);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>"intra-system coherence falls below the engineered-bath reference at T = x", or "no crossing: reason".</summary>
    public static string CrossingSentence(Measured crossing) => crossing.Value is double t
        ? $"the intra-system coherence falls below the engineered-bath reference at T = {t.ToString("G6", CultureInfo.InvariantCulture)}"
        : $"no crossing: {crossing.Reason}";

    // The values of the columns of Columns, in their order.
    private static Measured[] Values(CoherenceBenchmarkRow row) =>
        [Measured.Of(row.Gibbs), row.MeanForce, row.Redfield, row.Engineered, row.GibbsToEngineered, row.MeanForceToEngineered, row.MeanForceToGibbs, row.RedfieldToMeanForce];

    private static void Value(Utf8JsonWriter w, string name, Measured value, Dictionary<string, string> undefined)
    {
        if (value.Value is double x)
        {
            ResultWriter.Num(w, name, x);
            return;
        }
        w.WriteNull(name);
        undefined[name] = value.Reason!;
    }

    private static void Reasons(Utf8JsonWriter w, Dictionary<string, string> undefined)
    {
        w.WriteStartObject("undefined");
        foreach (var (key, reason) in undefined)
        {
            w.WriteString(key, reason);
        }
        w.WriteEndObject();
    }

    private static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
