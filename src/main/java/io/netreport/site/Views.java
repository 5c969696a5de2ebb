package io.netreport.site;

import java.util.List;

/**
 * The plain records the templates read. Every value is final text: numbers are formatted here in
 * Java, so templates hold only layout.
 */
public final class Views {

    private Views() {
    }

    /** What every page's frame needs: titles, navigation and the reproducibility footer. */
    public record Page(String reportTitle, String pageTitle, String active, Footer footer) {
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

    public record SummaryRow(String network, String depth, String seed, String href, List<Cell> cells, String status) {
    }

    /** A four-criteria table; {@code baseline} gives what a constant prediction of the majority class scores. */
    public record SummaryTable(String anchor, String initialization, String formula, List<SummaryRow> rows,
                               List<Cell> baseline) {
    }

    public record Link(String label, String href) {
    }

    public record Chart(String src, String alt) {
    }

    public record FiguresRow(String iteration, String trainLoss, String trainAccuracy, String validationLoss,
                             String validationAccuracy) {
    }

    public record CriterionRow(String criterion, String iteration, String accuracy, String loss) {
    }

    public record Index(String description, Data data, List<KeyValue> training, List<String> criteria,
                        List<SummaryTable> summaries, List<Link> runs) {
    }

    public record Run(String network, String depth, String seed, String initialization, String formula, String status,
                      List<KeyValue> architecture, List<KeyValue> training, List<Chart> charts,
                      List<FiguresRow> intervals, List<CriterionRow> criteria, String history) {
    }

    public record ComparisonRow(String initialization, String href, String trainLoss, String trainAccuracy,
                                String validationLoss, String validationAccuracy) {
    }

    public record Comparison(String anchor, String network, String depth, String seed, String baseline, String challenger,
                             List<ComparisonRow> rows, List<String> sentences, Chart chart) {
    }

    public record ComparisonGroup(String anchor, String title, List<Comparison> comparisons) {
    }

    public record Method(List<KeyValue> initializations) {
    }
}
