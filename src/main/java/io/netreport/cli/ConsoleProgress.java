package io.netreport.cli;

import io.netreport.train.ProgressListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;

/** One progress bar over all iterations of all runs, on the error stream of an interactive terminal. */
final class ConsoleProgress implements ProgressListener, AutoCloseable {

    private final ProgressBar bar;

    private ConsoleProgress(long total) {
        bar = ProgressBar.builder()
                .setTaskName("Training")
                .setInitialMax(total)
                .setUnit(" it", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
    }

    /** A bar when {@code show} and standard error is a terminal; otherwise silence. */
    static ProgressListener forTotal(long total, boolean show) {
        return show && System.console() != null ? new ConsoleProgress(total) : ProgressListener.NONE;
    }

    @Override
    public void advanced(int iterations) {
        bar.stepBy(iterations);
    }

    @Override
    public void close() {
        bar.close();
    }
}
