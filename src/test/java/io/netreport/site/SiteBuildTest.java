package io.netreport.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netreport.TestSites;
import nu.validator.client.EmbeddedValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the small test report once and reads it back as a reader would: the pages are parsed and
 * their tables checked against results.json.
 */
class SiteBuildTest {

    @TempDir
    static Path dir;
    static Path site;
    static JsonNode results;

    @BeforeAll
    static void build() throws IOException {
        site = dir.resolve("site");
        TestSites.build(TestSites.resource("site/small.yaml"), site, 2);
        results = new ObjectMapper().readTree(site.resolve("results.json").toFile());
    }

    @Test
    void writesEveryPageChartAndDownload() {
        for (String file : List.of("index.html", "comparisons.html", "method.html", "404.html", "results.json", "config.yaml",
                ".nojekyll", "assets/style.css", SitePublisher.MARKER)) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        assertEquals(4, results.get("runs").size());
        for (JsonNode run : results.get("runs")) {
            assertTrue(Files.isRegularFile(site.resolve(run.get("page").asText())), run.get("page").asText());
        }
    }

    @Test
    void indexSummaryTablesMatchResultsJson() throws IOException {
        Document index = parse("index.html");
        Elements tables = index.select("table.summary");
        assertEquals(2, tables.size(), "one summary table per initialization");
        List<String> criteria = List.of("min_train_loss", "min_validation_loss", "max_train_accuracy", "max_validation_accuracy");
        for (JsonNode run : results.get("runs")) {
            int table = run.get("initialization").asText().equals("zero") ? 0 : 1;
            Element row = tables.get(table).select("tbody tr:has(a)").stream()
                    .filter(tr -> tr.selectFirst("a").attr("href").equals(run.get("page").asText())).findFirst().orElseThrow();
            Elements cells = row.select("td");
            for (int c = 0; c < 4; c++) {
                JsonNode checkpoint = run.get("checkpoints").get(criteria.get(c));
                Elements numbers = cells.get(c).select("span.num");
                assertEquals(fixed(checkpoint.get("accuracy").asDouble(), 4), numbers.get(0).text());
                assertEquals(fixed(checkpoint.get("loss").asDouble(), 4), numbers.get(1).text());
                assertEquals(checkpoint.get("iteration").asText(), numbers.get(2).text());
            }
        }
    }

    @Test
    void everySummaryTableEndsWithTheConstantPredictionBaseline() throws IOException {
        JsonNode parts = results.get("data").get("parts");
        JsonNode train = parts.get(0);
        JsonNode validation = parts.get(1);
        JsonNode test = parts.get(2);
        for (Element table : parse("index.html").select("table.summary")) {
            Elements cells = table.selectFirst("tbody tr.baseline").select("td");
            assertEquals(5, cells.size(), "four criteria and the test part");
            for (int c = 0; c < 5; c++) {
                JsonNode part = c == 4 ? test : c % 2 == 0 ? train : validation;
                Elements numbers = cells.get(c).select("span.num");
                assertEquals(fixed(part.get("majority_accuracy").asDouble(), 4), numbers.get(0).text());
                assertEquals(fixed(part.get("constant_prediction_loss").asDouble(), 4), numbers.get(1).text());
            }
        }
        double q = train.get("positives").asDouble() / train.get("rows").asDouble();
        assertEquals(-q * Math.log(q) - (1 - q) * Math.log(1 - q), train.get("constant_prediction_loss").asDouble(), 1e-15);
    }

    @Test
    void modelPagesShowTheRecordedFiguresAndDescribedCharts() throws IOException {
        for (JsonNode run : results.get("runs")) {
            Document page = parse(run.get("page").asText());
            List<List<String>> rows = new ArrayList<>();
            for (Element tr : page.select("#figures-heading ~ .table-wrap tbody tr")) {
                rows.add(tr.select("th, td").eachText());
            }
            JsonNode intervals = run.get("intervals");
            assertEquals(List.of("25", "50", "60"), rows.stream().map(r -> r.get(0)).toList());
            for (int i = 0; i < intervals.size(); i++) {
                JsonNode f = intervals.get(i);
                assertEquals(List.of(f.get("iteration").asText(), fixed(f.get("train_loss").asDouble(), 6),
                        fixed(f.get("train_accuracy").asDouble(), 6), fixed(f.get("validation_loss").asDouble(), 6),
                        fixed(f.get("validation_accuracy").asDouble(), 6)), rows.get(i));
            }
            // the original report's four curves, train and validation together, and the gap
            assertEquals(6, page.select("#curves-heading ~ .charts figure img").size());
            int hiddenLayers = run.get("hidden").size();
            assertEquals(hiddenLayers == 0 ? 0 : 4, page.select("#layers figure img").size());
            for (Element figure : page.select("figure")) {
                Element img = figure.selectFirst("img");
                assertFalse(img.attr("alt").isBlank());
                assertTrue(Files.size(site.resolve(img.attr("src"))) > 1000, img.attr("src"));
                String data = figure.selectFirst("figcaption .data-link a").attr("href");
                assertFalse(page.select(data).isEmpty(), "the chart's data table " + data + " is on the page");
            }
        }
    }

    @Test
    void eachRunsHistoryCsvHoldsEveryIterationWithTheExactFigures() throws IOException {
        for (JsonNode run : results.get("runs")) {
            Document page = parse(run.get("page").asText());
            String href = page.select("a[href$=.csv]").attr("href");
            List<String> lines = Files.readAllLines(site.resolve(href));
            assertEquals("iteration,train_loss,train_accuracy,validation_loss,validation_accuracy", lines.get(0));
            assertEquals(run.get("iterations").asInt() + 1, lines.size());
            for (JsonNode f : run.get("intervals")) {
                String[] cells = lines.get(f.get("iteration").asInt()).split(",");
                assertEquals(f.get("iteration").asInt(), Integer.parseInt(cells[0]));
                assertEquals(f.get("train_loss").asDouble(), Double.parseDouble(cells[1]));
                assertEquals(f.get("train_accuracy").asDouble(), Double.parseDouble(cells[2]));
                assertEquals(f.get("validation_loss").asDouble(), Double.parseDouble(cells[3]));
                assertEquals(f.get("validation_accuracy").asDouble(), Double.parseDouble(cells[4]));
            }
        }
    }

    @Test
    void comparisonSentencesUseTheResultsPercentages() throws IOException {
        Document page = parse("comparisons.html");
        JsonNode comparisons = results.get("comparisons");
        assertEquals(2, comparisons.size());
        Elements articles = page.select("article.comparison");
        assertEquals(2, articles.size());
        for (int i = 0; i < comparisons.size(); i++) {
            JsonNode c = comparisons.get(i);
            String sentences = articles.get(i).selectFirst("p.sentences").text();
            assertTrue(sentences.contains("Validation loss was reduced by "
                    + fixed(c.get("validation_loss_reduction_percent").asDouble(), 2) + " %."), sentences);
            assertTrue(sentences.contains("Validation accuracy was improved by "
                    + fixed(c.get("validation_accuracy_improvement_percent").asDouble(), 2) + " %."), sentences);
            double baseline = c.get("baseline_last").get("validation_loss").asDouble();
            double challenger = c.get("challenger_last").get("validation_loss").asDouble();
            assertEquals((baseline - challenger) / baseline * 100, c.get("validation_loss_reduction_percent").asDouble(), 1e-12);
        }
    }

    @Test
    void userTextIsEscapedEverywhere() throws IOException {
        for (Map.Entry<String, byte[]> file : TestSites.files(site).entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            if (file.getKey().endsWith(".html")) {
                Document page = Jsoup.parse(text);
                assertTrue(page.select("script").isEmpty(), file.getKey() + " has a script element");
                assertTrue(page.select("[onerror], img[src=x]").isEmpty(), file.getKey() + " has injected markup");
            }
            if (file.getKey().endsWith(".svg")) {
                assertFalse(text.contains("<script") || text.contains("<img"), file.getKey());
            }
        }
        assertEquals("Small <script>alert(1)</script> report", parse("index.html").selectFirst("h1").text());
    }

    @Test
    void fileNamesAreSafeSlugs() throws IOException {
        for (String name : TestSites.files(site).keySet()) {
            assertTrue(name.matches("[a-z0-9./-]+|\\.[a-z-]+|[a-z0-9-]+\\.(html|json|yaml)"), name);
            assertFalse(name.contains(".."), name);
        }
        assertTrue(Files.exists(site.resolve("run-mlp-he.html")));
        assertTrue(Files.exists(site.resolve("run-img-src-x-onerror-alert-1-zero.html")));
    }

    @Test
    void everyLinkResolves() throws IOException {
        for (String name : TestSites.files(site).keySet()) {
            if (!name.endsWith(".html")) {
                continue;
            }
            Document page = parse(name);
            for (Element link : page.select("[href], [src]")) {
                String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (target.startsWith("#")) {
                    assertFalse(page.select("[id=" + target.substring(1) + "]").isEmpty(), name + " -> " + target);
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                assertTrue(Files.isRegularFile(site.resolve(file)), name + " -> " + target);
            }
        }
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        for (String name : TestSites.files(site).keySet()) {
            if (name.endsWith(".html")) {
                String report = validator.validate(site.resolve(name));
                List<String> errors = report.lines().filter(line -> line.contains(" error: ")).toList();
                assertEquals(List.of(), errors, name);
            }
        }
    }

    @Test
    void svgChartsAreWellFormedAndSmall() throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        for (Map.Entry<String, byte[]> file : TestSites.files(site).entrySet()) {
            if (file.getKey().endsWith(".svg")) {
                factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(file.getValue()));
                assertTrue(file.getValue().length < 100_000, file.getKey() + " is " + file.getValue().length + " bytes");
            }
        }
    }

    @Test
    void aRebuildIsByteIdenticalWhateverTheThreadsAndLocale() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fa-IR"));
            Path again = dir.resolve("again");
            TestSites.build(TestSites.resource("site/small.yaml"), again, 1);
            Locale.setDefault(Locale.GERMANY);
            Path third = dir.resolve("third");
            TestSites.build(TestSites.resource("site/small.yaml"), third, 3);

            Map<String, byte[]> first = TestSites.files(site);
            for (Path other : List.of(again, third)) {
                Map<String, byte[]> files = TestSites.files(other);
                assertEquals(first.keySet(), files.keySet());
                for (String name : first.keySet()) {
                    assertArrayEquals(first.get(name), files.get(name), name);
                }
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Document parse(String name) throws IOException {
        return Jsoup.parse(site.resolve(name).toFile(), "UTF-8");
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
