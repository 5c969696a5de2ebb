package io.netreport;

import io.netreport.cli.ReportBuilder;
import io.netreport.train.ProgressListener;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Builds sites for tests and reads them back. */
public final class TestSites {

    /** The project's templates folder; Maven runs tests from the project root. */
    public static final Path TEMPLATES = Path.of("templates");

    private TestSites() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestSites.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReportBuilder.Summary build(Path config, Path out, int jobs) throws IOException {
        ReportBuilder builder = new ReportBuilder(new PrintStream(OutputStream.nullOutputStream()), total -> ProgressListener.NONE);
        return builder.build(new ReportBuilder.Options(config, out, TEMPLATES, jobs, null, false));
    }

    /** Every file of a folder by relative path, with its bytes. */
    public static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(Files::isRegularFile).forEach(p -> {
                try {
                    files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }
}
