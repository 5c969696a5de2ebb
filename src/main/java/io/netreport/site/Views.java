package io.netreport.site;

import java.util.List;

/**
 * The plain records the templates read. Every value is final text: numbers are formatted and words
 * looked up in Java, so templates hold only layout.
 */
public final class Views {

    private Views() {
    }

    /**
     * What every page's frame needs: titles, language and direction, navigation and the
     * reproducibility footer.
     */
    public record Page(String reportTitle, String pageTitle, String active, String language, String direction,
                       Footer footer) {
    }

    /** The facts that, together, determine every byte of the site. */
    public record Footer(String version, String configFile, String configSha256, String dataSha256, String seeds) {
    }

    public record KeyValue(String key, String value) {
    }

    public record Part(String name, String rows, String positives, String negatives, String majority, String constantLoss) {
    }

    public record Data(List<KeyValue> facts, List<Part> parts) {
    }

    /** One cell of a four-criteria table: accuracy, loss and the iteration they come from. */
    public record Cell(String accuracy, String loss, String iteration) {
    }

    /** A diagnosis tag: {@code key} for styling, a short label, and the sentence that explains it. */
    public record Tag(String key, String label, String explanation) {
    }

    public record SummaryRow(String network, String depth, String href, List<Cell> cells, List<Tag> tags) {
    }

    /** A four-criteria table (and test column); {@code baseline} gives what a constant prediction scores. */
    public record SummaryTable(String anchor, String initialization, String formula, List<SummaryRow> rows,
                               List<Cell> baseline) {
    }

    public record Link(String label, String href) {
    }

    /**
     * A chart: its file, its title (the image's text alternative), a longer description of what it
     * shows, and where its numbers can be read as text.
     */
    public record Chart(String src, String alt, String description, Link data) {
    }

    /** A titled group of charts. */
    public record ChartGroup(String title, List<Chart> charts) {
    }

    public record FiguresRow(String iteration, String trainLoss, String trainAccuracy, String validationLoss,
                             String validationAccuracy) {
    }

    public record CriterionRow(String criterion, String iteration, String accuracy, String loss) {
    }

    public record Index(String description, Data data, List<KeyValue> training, List<String> criteria, String seedsNote,
                        List<SummaryTable> summaries, List<ChartGroup> overlays, List<Link> models) {
    }

    /** A 2 x 2 confusion matrix, rows the actual class, columns the predicted one. */
    public record Confusion(String positive, String negative, String truePositives, String falseNegatives,
                            String falsePositives, String trueNegatives, String note) {
    }

    public record Test(String note, List<KeyValue> figures, Confusion confusion) {
    }

    /** One row of the per-layer table: the layer and its figures. */
    public record LayerRow(String layer, List<String> values) {
    }

    public record Layers(String note, List<String> columns, List<LayerRow> rows) {
    }

    /** One seed's run, on a model page with several seeds. */
    public record SeedRow(String seed, String trainLoss, String validationLoss, String validationAccuracy, String test,
                          List<Tag> tags, Link history, Link layers) {
    }

    public record Model(String network, String depth, String initialization, String formula, String seeds,
                        List<String> diagnosis, List<Tag> tags, List<KeyValue> architecture, List<KeyValue> training,
                        List<CriterionRow> criteria, Test test, List<Chart> charts, List<Chart> layerCharts, Layers layers,
                        List<FiguresRow> intervals, List<SeedRow> seedRows, List<Link> downloads) {
    }

    public record ComparisonRow(String initialization, String href, String trainLoss, String trainAccuracy,
                                String validationLoss, String validationAccuracy) {
    }

    /** One seed of a comparison: both final validation losses and the percentages. */
    public record SeedComparisonRow(String seed, String baselineLoss, String challengerLoss, String reduction,
                                    String improvement) {
    }

    public record Comparison(String anchor, String network, String depth, List<ComparisonRow> rows, List<String> sentences,
                             Chart chart, List<SeedComparisonRow> seedRows) {
    }

    public record ComparisonGroup(String anchor, String title, List<Comparison> comparisons) {
    }

    public record Method(List<KeyValue> initializations, List<KeyValue> thresholds) {
    }
}
