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
        for (String page : new String[] {"index.html", "comparisons.html", "run-mlp-he.html"}) {
            Document document = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            assertTrue(document.text().contains("diverged at iteration 1"), page);
        }
    }
}
