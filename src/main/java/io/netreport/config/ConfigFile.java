package io.netreport.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A parsed config together with where it came from: file names inside it are relative to
 * {@link #directory()}, and {@link #sha256()} identifies its exact bytes.
 */
public record ConfigFile(Path path, ReportConfig config, String sha256) {

    public ConfigFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(sha256, "sha256");
    }

    public Path directory() {
        Path parent = path.getParent();
        return parent == null ? Path.of("") : parent;
    }

    /** Resolves a file name from the config against the config's folder. */
    public Path resolve(String fileName) {
        return directory().resolve(fileName).normalize();
    }
}
