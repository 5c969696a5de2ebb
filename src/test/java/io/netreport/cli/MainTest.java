package io.netreport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.TestSites;
import io.netreport.site.SitePublisher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, one-line errors, and an output folder that is never lost. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream savedErr;
    private PrintStream savedOut;

    @BeforeEach
    void captureConsole() {
        savedErr = System.err;
        savedOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreConsole() {
        System.setErr(savedErr);
        System.setOut(savedOut);
    }

    @Test
    void buildsAReportAndExitsWithZero() throws IOException {
        Path config = copySmallConfig();

        int code = Main.run("build", "--config", config.toString(), "--out", dir.resolve("site").toString(), "--jobs", "2");

        assertEquals(0, code, err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
        assertTrue(out.toString().startsWith("Built "), out.toString());
    }

    @Test
    void checkValidatesWithoutWritingAnything() throws IOException {
        Path config = copySmallConfig();

        int code = Main.run("check", "--config", config.toString());

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("is valid: 80 rows, 8 features, parts train 41, validation 20, test 19; 4 runs of 60 iterations"),
                out.toString());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void badInputExitsWithTwoAndOneLineWithoutStackTrace() throws IOException {
        Path config = copySmallConfig();
        Files.writeString(config, Files.readString(config).replace("iterations: 60", "iterations: 0"));

        int code = Main.run("build", "--config", config.toString(), "--out", dir.resolve("site").toString());

        assertEquals(Main.INPUT_ERROR, code);
        assertEquals("netreport: " + config + ", line 11, column 15: training.iterations: must be at least 1, found 0\n",
                err.toString());
    }

    @Test
    void verbosePrintsTheStackTrace() throws IOException {
        int code = Main.run("check", "--config", dir.resolve("missing.yaml").toString(), "--verbose");

        assertEquals(Main.INPUT_ERROR, code);
        assertTrue(err.toString().contains("at io.netreport.config.ConfigLoader"), err.toString());
    }

    @Test
    void anUnknownOptionIsBadInput() {
        assertEquals(Main.INPUT_ERROR, Main.run("build", "--colour"));
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        Path config = copySmallConfig();
        Path precious = dir.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("thesis.tex"), "years of work");

        int code = Main.run("build", "--config", config.toString(), "--out", precious.toString());

        assertEquals(Main.INPUT_ERROR, code);
        assertTrue(err.toString().contains("refusing to replace a folder that is not empty and was not written by NetReport"));
        assertEquals("years of work", Files.readString(precious.resolve("thesis.tex")));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws IOException {
        Path config = copySmallConfig();
        Path site = dir.resolve("site");
        assertEquals(0, Main.run("build", "--config", config.toString(), "--out", site.toString()));
        Map<String, byte[]> before = TestSites.files(site);
        // A template that fails midway through the pages: some files are written, then the build stops.
        Path templates = dir.resolve("templates");
        copyFolder(TestSites.TEMPLATES, templates);
        Files.writeString(templates.resolve("method.html"), "<p th:text=\"${no.such.thing}\"></p>");

        int code = Main.run("build", "--config", config.toString(), "--out", site.toString(), "--templates", templates.toString());

        assertEquals(Main.INPUT_ERROR, code, err.toString());
        Map<String, byte[]> after = TestSites.files(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        try (var siblings = Files.list(dir)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains(".netreport-")), "no staging folder left");
        }
    }

    @Test
    void replacesItsOwnSiteCompletely() throws IOException {
        Path config = copySmallConfig();
        Path site = dir.resolve("site");
        assertEquals(0, Main.run("build", "--config", config.toString(), "--out", site.toString()));
        Files.writeString(site.resolve("stale.html"), "from an older build");

        assertEquals(0, Main.run("build", "--config", config.toString(), "--out", site.toString()));

        assertFalse(Files.exists(site.resolve("stale.html")));
        assertTrue(Files.exists(site.resolve(SitePublisher.MARKER)));
    }

    @Test
    void aRebuildAfterChangingOnlyTheTitleTakesEveryRunFromTheCache() throws IOException {
        Path config = copySmallConfig();
        Path cache = dir.resolve("cache");
        String[] build = {"build", "--config", config.toString(), "--out", dir.resolve("site").toString(), "--cache", cache.toString()};
        assertEquals(0, Main.run(build));
        assertTrue(out.toString().contains("4 runs (4 trained in"), out.toString());
        Files.writeString(config, Files.readString(config).replace("title: Small", "title: Renamed"));
        out.reset();

        assertEquals(0, Main.run(build));

        assertTrue(out.toString().contains("4 runs (0 trained in"), out.toString());
        assertTrue(out.toString().contains("4 from the cache"), out.toString());
        assertTrue(Files.readString(dir.resolve("site/index.html")).contains("Renamed"));
    }

    private Path copySmallConfig() throws IOException {
        Path config = dir.resolve("small.yaml");
        Files.copy(TestSites.resource("site/small.yaml"), config);
        Files.copy(TestSites.resource("site/pima-80.csv"), dir.resolve("pima-80.csv"));
        return config;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
