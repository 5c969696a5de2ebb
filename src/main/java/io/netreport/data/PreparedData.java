package io.netreport.data;

import java.util.Objects;
import java.util.Optional;

/**
 * The standardized parts the networks train and are evaluated on, and the summary the report shows.
 */
public record PreparedData(Dataset train, Dataset validation, Optional<Dataset> test, DataSummary summary) {

    public PreparedData {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(summary, "summary");
    }
}
