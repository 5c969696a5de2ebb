package io.netreport.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netreport.config.ConfigFile;
import io.netreport.config.ConfigLoader;
import io.netreport.data.DataLoader;
import io.netreport.data.PreparedData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * With zero initialization there is no randomness, so NetReport and the numpy peer must agree on
 * every recorded figure. The peer's figures are in {@code peer/zero-init-history.csv} (see the
 * README beside it).
 */
class PeerAgreementTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void zeroInitializationMatchesTheNumpyPeerOnEveryRecordedFigure() throws Exception {
        Path folder = resource("peer");
        ConfigFile config = new ConfigLoader().load(folder.resolve("peer.yaml"));
        PreparedData data = DataLoader.load(config);
        List<RunResult> results = new GridTrainer(2).train(GridTrainer.specs(config.config()), data, ProgressListener.NONE);
        Map<String, List<String[]>> peer = peerFigures(folder.resolve("zero-init-history.csv"));

        assertEquals(3, results.size());
        for (RunResult result : results) {
            String hidden = result.spec().network().hidden().stream().map(String::valueOf).collect(Collectors.joining(" "));
            List<String[]> expected = peer.get(hidden);
            TrainingHistory history = result.history();
            assertEquals(1000, expected.size());
            assertEquals(1000, history.iterations());
            for (int i = 0; i < 1000; i++) {
                String[] row = expected.get(i);
                String where = result.spec().network().name() + " iteration " + (i + 1);
                assertEquals(i + 1, Integer.parseInt(row[1]), where);
                assertEquals(Double.parseDouble(row[2]), history.trainLoss()[i], TOLERANCE, where + " train loss");
                assertEquals(Double.parseDouble(row[3]), history.trainAccuracy()[i], TOLERANCE, where + " train accuracy");
                assertEquals(Double.parseDouble(row[4]), history.validationLoss()[i], TOLERANCE, where + " validation loss");
                assertEquals(Double.parseDouble(row[5]), history.validationAccuracy()[i], TOLERANCE, where + " validation accuracy");
            }
        }
    }

    private static Map<String, List<String[]>> peerFigures(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(line -> line.split(",", -1))
                .collect(Collectors.groupingBy(cells -> cells[0]));
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(PeerAgreementTest.class.getClassLoader().getResource(name).toURI());
    }
}
