package io.netreport.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One experiment: the data, the hyper-parameters, the networks and initializations to train (every
 * network under every initialization), the pairs of initializations to compare, and how the site
 * is drawn and in which language.
 *
 * @param language     the site's language, a code with a message bundle in the templates (default en)
 * @param nativeDigits write numbers in the language's own digits (such as Persian digits) instead of 0-9
 */
public record ReportConfig(
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("data") DataConfig data,
        @JsonProperty("training") TrainingConfig training,
        @JsonProperty("networks") List<NetworkSpec> networks,
        @JsonProperty("initializations") List<Initialization> initializations,
        @JsonProperty("comparisons") List<ComparisonSpec> comparisons,
        @JsonProperty("charts") ChartsConfig charts,
        @JsonProperty("language") String language,
        @JsonProperty("native_digits") Boolean nativeDigits) {

    public ReportConfig {
        InvalidConfigException.require("title", title);
        description = description == null ? "" : description;
        InvalidConfigException.require("data", data);
        training = training == null ? TrainingConfig.defaults() : training;
        networks = List.copyOf(InvalidConfigException.require("networks", networks));
        if (networks.isEmpty()) {
            throw new InvalidConfigException("networks", "at least one network is needed, found none");
        }
        checkUniqueNames(networks);
        initializations = List.copyOf(InvalidConfigException.require("initializations", initializations));
        if (initializations.isEmpty()) {
            throw new InvalidConfigException("initializations",
                    "at least one initialization is needed, found none; valid ones are " + Initialization.validKeys());
        }
        if (new HashSet<>(initializations).size() != initializations.size()) {
            throw new InvalidConfigException("initializations", "lists an initialization twice: " + keys(initializations));
        }
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
        checkComparisonsUseRunInitializations(comparisons, initializations);
        charts = charts == null ? ChartsConfig.defaults() : charts;
        language = language == null ? "en" : language;
        if (!language.matches("[a-z]{2,3}")) {
            throw new InvalidConfigException("language", "must be a language code such as en or fa, found '" + language + "'");
        }
        nativeDigits = nativeDigits != null && nativeDigits;
    }

    private static void checkUniqueNames(List<NetworkSpec> networks) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < networks.size(); i++) {
            String name = networks.get(i).name();
            if (!seen.add(name)) {
                throw new InvalidConfigException("networks[" + i + "].name", "duplicate network name '" + name + "'");
            }
        }
    }

    private static void checkComparisonsUseRunInitializations(List<ComparisonSpec> comparisons, List<Initialization> run) {
        for (int i = 0; i < comparisons.size(); i++) {
            ComparisonSpec c = comparisons.get(i);
            for (Initialization init : List.of(c.baseline(), c.challenger())) {
                if (!run.contains(init)) {
                    String role = init == c.baseline() ? "baseline" : "challenger";
                    throw new InvalidConfigException("comparisons[" + i + "]." + role,
                            "'" + init.key() + "' is not among the initializations that are run (" + keys(run) + ")");
                }
            }
        }
    }

    private static String keys(List<Initialization> inits) {
        return String.join(", ", inits.stream().map(Initialization::key).toList());
    }
}
