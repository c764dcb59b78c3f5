using System.Text;
using OxyPlot;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace OpenSystem.Cli;

/// <summary>
/// The look shared by every plot the tool writes: a colour-blind-safe palette, readable fonts, the legend beside the plot
/// area (never over the curves), markers on sparse series, and OxyPlot's sub- and superscript markup for labels.
/// </summary>
public static class PlotStyle
{
    /// <summary>
    /// A series with fewer samples than this on the plotted range gets a marker at every sample, so the reader sees where
    /// the data are and where the line only interpolates. 60 points over an 800-pixel-wide plot area are about 13 pixels
    /// apart: below that density straight segments between samples are visible as such.
    /// </summary>
    public const int SparseSamples = 60;

    /// <summary>Font size of tick labels and legend entries, in OxyPlot's device-independent units (1/96 inch): 16 = 12 pt.</summary>
    public const double FontSize = 16;

    /// <summary>Font size of the plot title (1/96 inch): 20 = 15 pt.</summary>
    public const double TitleFontSize = 20;

    /// <summary>Default width of a rendered plot in device-independent units (pixels of the PNG).</summary>
    public const int Width = 1200;

    /// <summary>Default height of a rendered plot in device-independent units (pixels of the PNG).</summary>
    public const int Height = 700;

    /// <summary>
    /// Okabe–Ito's colours without its yellow, then Paul Tol's "muted" colours without its sand, then those two light
    /// colours (faint on white): seventeen colours that stay distinguishable under the common colour-vision deficiencies.
    /// Series beyond seventeen reuse them.
    /// </summary>
    public static IReadOnlyList<OxyColor> Palette { get; } =
    [
        OxyColor.FromRgb(0x00, 0x72, 0xB2), OxyColor.FromRgb(0xD5, 0x5E, 0x00), OxyColor.FromRgb(0x00, 0x9E, 0x73),
        OxyColor.FromRgb(0xCC, 0x79, 0xA7), OxyColor.FromRgb(0xE6, 0x9F, 0x00), OxyColor.FromRgb(0x56, 0xB4, 0xE9),
        OxyColor.FromRgb(0x00, 0x00, 0x00),
        OxyColor.FromRgb(0x33, 0x22, 0x88), OxyColor.FromRgb(0x88, 0xCC, 0xEE), OxyColor.FromRgb(0x44, 0xAA, 0x99),
        OxyColor.FromRgb(0x11, 0x77, 0x33), OxyColor.FromRgb(0x99, 0x99, 0x33), OxyColor.FromRgb(0xCC, 0x66, 0x77),
        OxyColor.FromRgb(0x88, 0x22, 0x55), OxyColor.FromRgb(0xAA, 0x44, 0x99),
        OxyColor.FromRgb(0xDD, 0xCC, 0x77), OxyColor.FromRgb(0xF0, 0xE4, 0x42),
    ];

    /// <summary>Colour <paramref name="index"/> of <see cref="Palette"/> (cyclic).</summary>
    public static OxyColor Color(int index) => Palette[index % Palette.Count];

    /// <summary>
    /// An empty plot with the house fonts and a white background, and a legend outside the plot area on the right.
    /// <paramref name="subtitle"/> carries what the reader must know about the data (e.g. "t = 0 not shown: log axis").
    /// </summary>
    public static PlotModel NewModel(string title, string? subtitle = null)
    {
        var model = new PlotModel
        {
            Title = title,
            Subtitle = subtitle,
            DefaultFont = "DejaVu Sans",
            DefaultFontSize = FontSize,
            TitleFontSize = TitleFontSize,
            SubtitleFontSize = FontSize,
            TitleFontWeight = FontWeights.Bold,
            TitleHorizontalAlignment = TitleHorizontalAlignment.CenteredWithinView,
            Background = OxyColors.White,
        };
        model.Legends.Add(new Legend
        {
            LegendPlacement = LegendPlacement.Outside,
            LegendPosition = LegendPosition.RightTop,
            LegendOrientation = LegendOrientation.Vertical,
            LegendFontSize = FontSize,
            LegendBorder = OxyColors.Gray,
            LegendBackground = OxyColors.White,
        });
        return model;
    }

    /// <summary>
    /// Legend entries longer than this many characters would squeeze the plot area beside them: <see cref="PlaceLegend"/>
    /// then puts the legend under the plot.
    /// </summary>
    public const int LongLegendEntry = 45;

    /// <summary>
    /// Moves the legend of <paramref name="model"/> under the plot area (entries side by side, wrapped) when an entry is
    /// longer than <see cref="LongLegendEntry"/> characters; it stays outside the plot area either way. Call once the
    /// series are in.
    /// </summary>
    public static void PlaceLegend(PlotModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Series.Any(s => (s.Title?.Length ?? 0) > LongLegendEntry))
        {
            foreach (var legend in model.Legends)
            {
                legend.LegendPosition = LegendPosition.BottomCenter;
                legend.LegendOrientation = LegendOrientation.Horizontal;
            }
        }
    }

    /// <summary>
    /// A data series: solid unless <paramref name="style"/> says otherwise, 2 units wide; <paramref name="title"/> is used
    /// as given (OxyPlot markup such as <c>C_{0}</c> renders; pass math labels through <see cref="Math"/> first). Call
    /// <see cref="MarkSparse"/> once its points are in.
    /// </summary>
    public static LineSeries Data(string title, OxyColor color, LineStyle style = LineStyle.Solid) =>
        new() { Title = title, Color = color, LineStyle = style, StrokeThickness = 2, MarkerFill = color, MarkerStroke = color };

    /// <summary>A horizontal reference level from <paramref name="x0"/> to <paramref name="x1"/> (a plateau, a Gibbs value); title as given.</summary>
    public static LineSeries Level(string title, OxyColor color, LineStyle style, double value, double x0, double x1)
    {
        var s = new LineSeries { Title = title, Color = color, LineStyle = style, StrokeThickness = 2 };
        s.Points.Add(new DataPoint(x0, value));
        s.Points.Add(new DataPoint(x1, value));
        return s;
    }

    /// <summary>Puts a circle on every sample of <paramref name="series"/> when it has fewer than <see cref="SparseSamples"/> defined points.</summary>
    public static void MarkSparse(LineSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (NeedsMarkers(series.Points.Count(p => p.IsDefined())))
        {
            Mark(series);
        }
    }

    /// <summary>Puts a filled circle on every sample of <paramref name="series"/>.</summary>
    public static void Mark(LineSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        series.MarkerType = MarkerType.Circle;
        series.MarkerSize = 3.5;
    }

    /// <summary>The sparse-sample rule: markers when fewer than <see cref="SparseSamples"/> points are drawn.</summary>
    public static bool NeedsMarkers(int drawnPoints) => drawnPoints < SparseSamples;

    /// <summary>
    /// OxyPlot's sub/superscript markup for a label written with bare '_' and '^': <c>C_T^N</c> becomes
    /// <c>C_{T}^{N}</c>, <c>ω_j(ω_T+ω_j)</c> becomes <c>ω_{j}(ω_{T}+ω_{j})</c>. The script is the longest run of ASCII
    /// letters and digits after the mark (one other character otherwise); already braced scripts are kept. Only for math
    /// labels: a file name such as <c>ising_chain</c> must not pass through here.
    /// </summary>
    public static string Math(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            sb.Append(c);
            bool mark = (c == '_' || c == '^') && i + 1 < text.Length && text[i + 1] != '{' && !char.IsWhiteSpace(text[i + 1]);
            if (!mark)
            {
                continue;
            }
            int end = i + 1;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }
            if (end == i + 1)
            {
                end++;
            }
            sb.Append('{').Append(text, i + 1, end - i - 1).Append('}');
            i = end - 1;
        }
        return sb.ToString();
    }
}
