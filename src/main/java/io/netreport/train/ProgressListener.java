package io.netreport.train;

/** Told how training advances; called from the training threads. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = iterations -> { };

    /** {@code iterations} more iterations of some run have finished. */
    void advanced(int iterations);
}
