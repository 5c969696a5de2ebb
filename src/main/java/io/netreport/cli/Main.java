package io.netreport.cli;

import io.netreport.InputException;
import io.netreport.Version;
import io.netreport.config.ConfigFile;
import io.netreport.config.ConfigLoader;
import io.netreport.data.DataLoader;
import io.netreport.data.SplitWriter;
import io.netreport.train.GridTrainer;
import io.netreport.train.ProgressListener;
import io.netreport.train.RunSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code netreport} command. Exit codes: 0 success, 2 bad input (config, data, templates,
 * output folder), 1 internal error.
 */
@Command(name = "netreport", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Trains fully connected networks under several weight initializations and publishes a static report site.",
        subcommands = {Main.Build.class, Main.Check.class, Main.Split.class, Main.Bench.class})
public final class Main {

    public static final int INPUT_ERROR = 2;
    public static final int INTERNAL_ERROR = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, without exiting (for tests). */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(Main::handle);
        commandLine.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("netreport: " + e.getMessage());
            e.getCommandLine().getErr().println("Run 'netreport --help' for the commands and options.");
            return INPUT_ERROR;
        });
        return commandLine.execute(args);
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
        PrintWriter err = commandLine.getErr();
        if (e instanceof InputException) {
            err.println("netreport: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return INPUT_ERROR;
        }
        err.println("netreport: internal error: " + e + (verbose ? "" : " (run with --verbose for the stack trace)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }

    /** Options shared by the commands that read a config. */
    static class Common {
        @Option(names = {"-c", "--config"}, defaultValue = "data/report.yaml", description = "Experiment config (default: ${DEFAULT-VALUE}).")
        Path config;

        @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
        boolean quiet;

        @Option(names = "--verbose", description = "Print stack traces with errors.")
        boolean verbose;

        PrintStream console() {
            return quiet ? new PrintStream(OutputStream.nullOutputStream()) : System.out;
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true, description = "Train every run and write the report site.")
    static final class Build extends Common implements Callable<Integer> {
        @Option(names = {"-o", "--out"}, defaultValue = "site", description = "Output folder, replaced as a whole (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = {"-t", "--templates"},
                description = "Thymeleaf templates and assets (default: ./templates, else the templates folder of the NetReport checkout the jar was built in).")
        Path templates;

        @Option(names = {"-j", "--jobs"}, description = "Runs trained at once (default: the number of processors).")
        Integer jobs;

        @Option(names = "--cache", defaultValue = ".netreport-cache",
                description = "Results cache of finished runs (default: ${DEFAULT-VALUE}).")
        Path cache;

        @Option(names = "--no-cache", description = "Train every run, ignoring the cache (which is refreshed).")
        boolean noCache;

        @Override
        public Integer call() throws IOException {
            int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
            if (threads < 1) {
                throw new InputException("--jobs must be at least 1, found " + threads);
            }
            ReportBuilder builder = new ReportBuilder(console(), total -> ConsoleProgress.forTotal(total, !quiet));
            Path templateFolder = templates != null ? templates : defaultTemplates();
            builder.build(new ReportBuilder.Options(config, out, templateFolder, threads, cache, !noCache));
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Validate the config and the data without training.")
    static final class Check extends Common implements Callable<Integer> {
        @Override
        public Integer call() {
            new ReportBuilder(console(), total -> ProgressListener.NONE).check(config);
            return 0;
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Write the train, validation and test parts as CSV files, for training other tools on the same rows.")
    static final class Split extends Common implements Callable<Integer> {
        @Option(names = {"-o", "--out"}, required = true, description = "Folder for train.csv, validation.csv and test.csv.")
        Path out;

        @Override
        public Integer call() {
            List<Path> written = SplitWriter.write(DataLoader.loadRaw(new ConfigLoader().load(config)), out);
            console().println("Wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
            return 0;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Time the training of every run on one thread and the machine's multiply-add ceiling.")
    static final class Bench extends Common implements Callable<Integer> {
        @Option(names = "--repeat", defaultValue = "3", description = "Timed repeats per run, best kept (default: ${DEFAULT-VALUE}).")
        int repeat;

        @Option(names = "--write-split", description = "Also write the split's train.csv and validation.csv here, for the numpy peer.")
        Path writeSplit;

        @Option(names = "--scaling", split = ",", paramLabel = "ROWS",
                description = "Instead, time a [20, 64, 32, 1] network for 100 iterations on generated data of these row counts.")
        List<Integer> scaling;

        @Override
        public Integer call() {
            ConfigFile configFile = new ConfigLoader().load(config);
            if (writeSplit != null) {
                SplitWriter.write(DataLoader.loadRaw(configFile), writeSplit);
            }
            if (scaling != null) {
                ScalingBenchmark.run(DataLoader.load(configFile), scaling, console());
                return 0;
            }
            List<RunSpec> specs = GridTrainer.specs(configFile.config());
            List<Benchmark.Timing> timings = Benchmark.time(specs, DataLoader.load(configFile), Math.max(1, repeat));
            Benchmark.print(console(), timings, Benchmark.multiplyAddCeiling());
            return 0;
        }
    }

    /** {@code ./templates} if it exists, else {@code templates} beside the folder holding the jar (target/). */
    static Path defaultTemplates() {
        Path local = Path.of("templates");
        if (Files.isDirectory(local)) {
            return local;
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = jar.getParent() == null || jar.getParent().getParent() == null ? null
                    : jar.getParent().getParent().resolve("templates");
            return beside != null && Files.isDirectory(beside) ? beside : local;
        } catch (URISyntaxException | SecurityException e) {
            return local;
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"NetReport " + Version.current()};
        }
    }
}
