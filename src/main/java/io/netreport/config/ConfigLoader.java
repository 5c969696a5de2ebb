package io.netreport.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.netreport.Digests;
import io.netreport.InputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML experiment config into validated records. Every problem becomes an
 * {@link InputException} whose message names the file, the line and column, the key, what was
 * found and what would be valid.
 */
public final class ConfigLoader {

    private final YAMLMapper mapper;

    public ConfigLoader() {
        mapper = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Collection)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    }

    public ConfigFile load(Path path) {
        byte[] bytes = read(path);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new InputException(path + ": the config file is empty; it needs at least title, data, networks and initializations");
        }
        Node root = compose(path, text);
        YamlKeys.firstUnknown(root, ReportConfig.class).ifPresent(unknown -> {
            throw new InputException(path + ", line " + unknown.line() + ", column " + unknown.column() + ": unknown key '"
                    + unknown.path() + "'" + suggestion(unknown.key(), unknown.valid()) + "; valid keys here are "
                    + String.join(", ", unknown.valid()));
        });
        try {
            return new ConfigFile(path, mapper.readValue(bytes, ReportConfig.class), Digests.sha256(bytes));
        } catch (JsonProcessingException e) {
            throw new InputException(describe(path, root, e), e);
        } catch (IOException e) {
            throw new InputException(path + ": cannot read the config: " + e.getMessage(), e);
        }
    }

    private static Node compose(Path path, String text) {
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            if (root == null) {
                throw new InputException(path + ": the config file is empty; it needs at least title, data, networks and initializations");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : ", line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            throw new InputException(path + where + ": not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new InputException(path + ": not valid YAML: " + firstLine(e.getMessage()), e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(path + ": config file not found (give an existing YAML file with --config)", e);
        } catch (IOException e) {
            throw new InputException(path + ": cannot read the config file: " + e.getMessage(), e);
        }
    }

    private static String describe(Path file, Node root, JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return file + position(e.getLocation()) + ": not valid YAML: " + firstLine(e.getOriginalMessage());
        }
        Throwable cause = rootCause(e);
        String key;
        String problem;
        if (cause instanceof InvalidConfigException invalid) {
            key = keyPath(mapping, invalid.key());
            problem = invalid.getMessage();
        } else if (e instanceof MismatchedInputException mismatch) {
            key = keyPath(mapping, "");
            problem = "expected " + expected(mismatch.getTargetType()) + ", found "
                    + YamlKeys.find(root, key).map(ConfigLoader::found).orElse("nothing");
        } else {
            key = keyPath(mapping, "");
            problem = firstLine(e.getOriginalMessage());
        }
        String where = YamlKeys.nearest(root, key).map(node -> ", line " + (node.getStartMark().getLine() + 1) + ", column "
                + (node.getStartMark().getColumn() + 1)).orElse(position(e.getLocation()));
        return file + where + ": " + (key.isEmpty() ? "(top level)" : key) + ": " + problem;
    }

    private static String position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return ", line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Dotted path of the key, such as {@code training.learning_rate} or {@code networks[1].hidden[0]}. */
    private static String keyPath(JsonMappingException e, String leaf) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (leaf != null && !leaf.isEmpty()) {
            if (path.length() > 0 && !leaf.startsWith("[")) {
                path.append('.');
            }
            path.append(leaf);
        }
        return path.toString();
    }

    private static String suggestion(String unknown, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = EditDistance.between(unknown.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        boolean close = best != null && bestDistance <= Math.max(2, unknown.length() / 3);
        return close ? " (did you mean '" + best + "'?)" : "";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text value";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
        }
        return "a section with keys";
    }

    /** What the file holds at a key, in words. */
    private static String found(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag() == Tag.NULL ? "nothing" : "'" + scalar.getValue() + "'";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return node instanceof MappingNode ? "a section with keys" : "a value of another type";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
