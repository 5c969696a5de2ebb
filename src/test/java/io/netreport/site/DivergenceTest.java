package io.netreport.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netreport.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose loss stops being finite is marked in every table; the other runs are unaffected. */
class DivergenceTest {

    @TempDir
    Path dir;

    @Test
    void aDivergedRunIsShownAsSuchAndTheOthersComplete() throws IOException {
        Files.copy(TestSites.resource("site/pima-80.csv"), dir.resolve("pima-80.csv"));
        String yaml = Files.readString(TestSites.resource("site/small.yaml"))
                .replace("learning_rate: 0.1", "learning_rate: 1e100")
                .replace("hidden: [4]", "hidden: [16, 8, 4]");
        Files.writeString(dir.resolve("diverge.yaml"), yaml);
        Path site = dir.resolve("site");

        TestSites.build(dir.resolve("diverge.yaml"), site, 2);

        JsonNode runs = new ObjectMapper().readTree(site.resolve("results.json").toFile()).get("runs");
        JsonNode diverged = runs.get(3);
        assertEquals("mlp-he", diverged.get("id").asText());
        assertEquals(1, diverged.get("diverged_at").asInt());
        assertEquals(0, diverged.get("iterations").asInt());
        for (int i = 0; i < 3; i++) {
            assertTrue(runs.get(i).get("diverged_at").isNull());
            assertEquals(60, runs.get(i).get("iterations").asInt());
        }
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element tag = index.selectFirst("#summary-he a[href=run-mlp-he.html] ~ .tags .tag.diverged");
        assertEquals("diverged", tag.text());
        assertTrue(tag.attr("title").contains("at iteration 1,"), tag.attr("title"));
        Document page = Jsoup.parse(site.resolve("run-mlp-he.html").toFile(), "UTF-8");
        assertTrue(page.select(".diagnosis li").text().contains("finite number at iteration 1,"), page.select(".diagnosis").text());
        Document comparisons = Jsoup.parse(site.resolve("comparisons.html").toFile(), "UTF-8");
        assertTrue(comparisons.text().contains("diverged at iteration 1"));
    }
}
