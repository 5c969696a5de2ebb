package io.netreport.analysis;

/** The figures of one part of the data at one iteration. */
public record Checkpoint(int iteration, double accuracy, double loss) {

    public Checkpoint {
        if (iteration < 1) {
            throw new IllegalArgumentException("iteration must be at least 1, found " + iteration);
        }
    }
}
