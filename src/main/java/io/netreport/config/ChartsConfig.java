package io.netreport.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the curves are drawn.
 *
 * @param smoothing   factor f of an exponential moving average (s_i = f s_(i-1) + (1 - f) x_i) drawn
 *                    over the faint raw curve; 0 (the default) draws the raw curve only
 * @param logLossAxis draw loss axes on a logarithmic scale (default false)
 */
public record ChartsConfig(
        @JsonProperty("smoothing") Double smoothing,
        @JsonProperty("log_loss_axis") Boolean logLossAxis) {

    public ChartsConfig {
        smoothing = smoothing == null ? 0.0 : smoothing;
        logLossAxis = logLossAxis != null && logLossAxis;
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw new InvalidConfigException("smoothing", "must be at least 0 and below 1 (0 turns smoothing off), found " + smoothing);
        }
    }

    /** Defaults for a config without a {@code charts} section. */
    public static ChartsConfig defaults() {
        return new ChartsConfig(null, null);
    }

    public boolean smoothed() {
        return smoothing > 0;
    }
}
