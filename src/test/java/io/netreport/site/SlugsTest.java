package io.netreport.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void pathTraversalAndMarkupBecomePlainWords() {
        assertEquals("x", Slugs.of("../../x"));
        assertEquals("etc-passwd", Slugs.of("/etc/passwd"));
        assertEquals("script-alert-1-script", Slugs.of("<script>alert(1)</script>"));
        assertEquals("cafe-deja-vu", Slugs.of("Café Déjà Vu"));
    }

    @Test
    void emptyAndReservedNamesGetSafeSlugs() {
        assertEquals("network", Slugs.of("..."));
        assertEquals("network", Slugs.of("شبکه"));
        assertEquals("n-con", Slugs.of("CON"));
        assertEquals("n-lpt1", Slugs.of("lpt1"));
    }

    @Test
    void namesThatSlugAlikeStayApart() {
        Map<String, String> slugs = Slugs.unique(List.of("Deep Net", "deep-net", "deep_net", "deep-net-2"));

        assertEquals(List.of("deep-net", "deep-net-2", "deep-net-3", "deep-net-2-2"), List.copyOf(slugs.values()));
    }

    @Test
    void longNamesAreCut() {
        assertEquals(60, Slugs.of("a".repeat(200)).length());
    }
}
