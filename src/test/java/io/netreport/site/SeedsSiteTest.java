package io.netreport.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netreport.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report of three seeds: mean ± sd tables, bands, per-seed downloads and paired tests, read back from the site. */
class SeedsSiteTest {

    @TempDir
    static Path dir;
    static Path site;
    static JsonNode results;

    @BeforeAll
    static void build() throws IOException {
        site = dir.resolve("site");
        TestSites.build(TestSites.resource("site/seeds.yaml"), site, 2);
        results = new ObjectMapper().readTree(site.resolve("results.json").toFile());
    }

    @Test
    void resultsJsonHasOneRunPerSeedAndOneModelPerNetworkAndInitialization() {
        assertEquals("netreport-results/2", results.get("schema").asText());
        assertEquals(12, results.get("runs").size());
        assertEquals(4, results.get("models").size());
        for (JsonNode model : results.get("models")) {
            assertEquals(3, model.get("seeds").asInt());
        }
    }

    @Test
    void summaryCellsAreTheMeanAndSampleSdOfTheSeedsCheckpoints() throws IOException {
        Document index = parse("index.html");
        for (JsonNode model : results.get("models")) {
            List<Double> accuracies = new ArrayList<>();
            List<Double> losses = new ArrayList<>();
            for (JsonNode run : results.get("runs")) {
                if (run.get("page").asText().equals(model.get("page").asText())) {
                    accuracies.add(run.get("checkpoints").get("min_validation_loss").get("accuracy").asDouble());
                    losses.add(run.get("checkpoints").get("min_validation_loss").get("loss").asDouble());
                }
            }
            assertEquals(3, losses.size());
            Element row = index.select("#summary-" + model.get("initialization").asText() + " tbody tr").stream()
                    .filter(tr -> tr.selectFirst("a") != null && tr.selectFirst("a").attr("href").equals(model.get("page").asText()))
                    .findFirst().orElseThrow();
            Element cell = row.select("td").get(1);
            assertEquals(meanSd(accuracies), cell.select("span.num").get(0).text());
            assertEquals(meanSd(losses), cell.select("span.num").get(1).text());
        }
    }

    @Test
    void modelPagesDrawBandsListEachSeedAndLinkEverySeedsDownloads() throws IOException {
        for (JsonNode model : results.get("models")) {
            Document page = parse(model.get("page").asText());
            assertEquals(3, page.select("#seeds tbody tr").size());
            for (Element link : page.select("#seeds a, #downloads a[href^=histories/]")) {
                assertTrue(Files.isRegularFile(site.resolve(link.attr("href"))), link.attr("href"));
            }
            String loss = Files.readString(site.resolve(page.selectFirst("#curves-heading ~ .charts img").attr("src")));
            assertTrue(loss.contains("fill-opacity"), "a translucent ±1 sd band");
            assertTrue(loss.contains("<g class='marker'><title>"), "the best iteration is marked with a tooltip");
            assertEquals(7, page.select("#curves-heading ~ .charts figure").size(), "five curves, the gap and each seed");
        }
    }

    @Test
    void comparisonsCountWinsAndReportAPairedTest() throws IOException {
        Document page = parse("comparisons.html");
        for (JsonNode c : results.get("seed_comparisons")) {
            Element article = page.getElementById("random-vs-he-" + (c.get("network").asText()));
            String text = article.selectFirst(".sentences").text();
            assertTrue(text.matches(".* in (only )?" + c.get("challenger_wins").asInt() + " of 3 seeds.*"), text);
            JsonNode test = c.get("paired_test");
            if (!test.isNull()) {
                assertTrue(text.contains("t = " + String.format(Locale.ROOT, "%.2f", test.get("t").asDouble())), text);
                assertEquals(2, test.get("degrees_of_freedom").asInt());
            }
            assertEquals(3, article.select("details tbody tr").size());
        }
    }

    @Test
    void everyRunCarriesDiagnosticsAndTestFiguresInResultsJson() {
        for (JsonNode run : results.get("runs")) {
            JsonNode diagnostics = run.get("diagnostics");
            List<Integer> iterations = StreamSupport.stream(diagnostics.spliterator(), false).map(d -> d.get("iteration").asInt()).toList();
            assertEquals(List.of(0, 25, 50, 60), iterations);
            assertEquals(run.get("widths").size() - 1, diagnostics.get(0).get("layers").size());
            JsonNode test = run.get("test");
            assertEquals(run.get("checkpoints").get("min_validation_loss").get("iteration").asInt(), test.get("iteration").asInt());
            int testRows = results.get("data").get("parts").get(2).get("rows").asInt();
            assertEquals(testRows, test.get("samples").asInt());
            int total = test.get("true_positives").asInt() + test.get("false_positives").asInt() + test.get("true_negatives").asInt()
                    + test.get("false_negatives").asInt();
            assertEquals(testRows, total);
            assertTrue(run.get("findings").isArray());
        }
    }

    private static String meanSd(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double sd = Math.sqrt(squares / (values.size() - 1));
        return String.format(Locale.ROOT, "%.4f ± %.4f", mean, sd);
    }

    private static Document parse(String page) throws IOException {
        return Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
    }
}
