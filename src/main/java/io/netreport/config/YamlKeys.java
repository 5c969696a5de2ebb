package io.netreport.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Walks the YAML node tree beside the config records: finds keys that no record declares (with
 * their exact line and column, which Jackson cannot give for records), and finds where a key path
 * such as {@code networks[1].hidden[0]} sits in the file.
 */
final class YamlKeys {

    /** A key that no record declares, with its position and the keys valid in its section. */
    record Unknown(String path, String key, int line, int column, List<String> valid) {
    }

    private YamlKeys() {
    }

    static Optional<Unknown> firstUnknown(Node node, Class<?> type) {
        return firstUnknown(node, type, "");
    }

    private static Optional<Unknown> firstUnknown(Node node, Type type, String path) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (node instanceof SequenceNode sequence && List.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                Optional<Unknown> found = firstUnknown(sequence.getValue().get(i), p.getActualTypeArguments()[0], path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (!(node instanceof MappingNode mapping) || !raw.isRecord()) {
            return Optional.empty();
        }
        List<String> valid = new ArrayList<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            valid.add(keyOf(component));
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                continue;
            }
            String key = keyNode.getValue();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            RecordComponent component = componentFor(raw, key);
            if (component == null) {
                return Optional.of(new Unknown(keyPath, key, keyNode.getStartMark().getLine() + 1,
                        keyNode.getStartMark().getColumn() + 1, valid.stream().sorted().toList()));
            }
            Optional<Unknown> nested = firstUnknown(tuple.getValueNode(), component.getGenericType(), keyPath);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    /** The node at a key path, such as {@code training.iterations} or {@code networks[1].hidden[0]}. */
    static Optional<Node> find(Node root, String path) {
        Node node = root;
        for (String part : path.replace("[", ".[").split("\\.")) {
            if (part.isEmpty() || node == null) {
                continue;
            }
            node = part.startsWith("[") ? element(node, part) : value(node, part);
        }
        return Optional.ofNullable(node);
    }

    /** The node at a key path or, if the key is absent, at the closest section that holds it. */
    static Optional<Node> nearest(Node root, String path) {
        String prefix = path;
        while (!prefix.isEmpty()) {
            Optional<Node> node = find(root, prefix);
            if (node.isPresent()) {
                return node;
            }
            int cut = Math.max(prefix.lastIndexOf('.'), prefix.lastIndexOf('['));
            prefix = cut < 0 ? "" : prefix.substring(0, cut);
        }
        return Optional.of(root);
    }

    private static Node element(Node node, String part) {
        int index = Integer.parseInt(part.substring(1, part.length() - 1));
        return node instanceof SequenceNode s && index < s.getValue().size() ? s.getValue().get(index) : null;
    }

    private static Node value(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }

    private static RecordComponent componentFor(Class<?> record, String key) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (keyOf(component).equals(key)) {
                return component;
            }
        }
        return null;
    }

    private static String keyOf(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        if (property == null) {
            property = component.getAnnotation(JsonProperty.class);
        }
        return property != null ? property.value() : component.getName();
    }
}
