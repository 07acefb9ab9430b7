package dev.unknot.ui.theme;

import dev.unknot.domain.Theme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads each theme's palette stylesheet and checks, with WCAG 2's contrast ratio, that every text colour is
 * readable on every background it is put on in unknot.css: 4.5:1 for text (AA), 3:1 for the focus ring and
 * field borders against what surrounds them (non-text contrast).
 */
class PaletteContrastTest {
    private static final double TEXT = 4.5;
    private static final double NON_TEXT = 3.0;
    private static final List<String> SURFACES = List.of("-color-bg", "-color-bg-raised", "-color-bg-subtle");
    private static final List<String> TEXT_ON_SURFACES = List.of(
            "-color-fg", "-color-fg-muted", "-color-accent", "-color-position", "-color-danger");

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextColourReadsOnEverySurfaceAtAaContrast(Theme theme) throws IOException {
        Map<String, String> palette = palette(theme);
        List<String> failures = new ArrayList<>();
        for (String text : TEXT_ON_SURFACES) {
            for (String surface : SURFACES) {
                check(palette, text, surface, TEXT, failures);
            }
        }
        assertEquals(List.of(), failures);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textOnFilledBannersAndButtonsReadsAtAaContrast(Theme theme) throws IOException {
        Map<String, String> palette = palette(theme);
        List<String> failures = new ArrayList<>();
        check(palette, "-color-on-accent-strong", "-color-accent-strong", TEXT, failures);
        check(palette, "-color-on-accent-strong", "-color-accent-strong-focused", TEXT, failures);
        check(palette, "-color-on-accent-strong", "-color-danger-strong", TEXT, failures);
        check(palette, "-color-on-accent-strong", "-color-danger-strong-focused", TEXT, failures);
        check(palette, "-color-alert-fg", "-color-alert-bg", TEXT, failures);
        check(palette, "-color-caution-fg", "-color-caution-bg", TEXT, failures);
        check(palette, "-color-info-fg", "-color-info-bg", TEXT, failures);
        check(palette, "-color-pause-fg", "-color-pause-bg", TEXT, failures);
        check(palette, "-color-fg", "-color-selection", TEXT, failures);
        assertEquals(List.of(), failures);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theFocusRingStandsOutFromEverySurface(Theme theme) throws IOException {
        Map<String, String> palette = palette(theme);
        List<String> failures = new ArrayList<>();
        for (String surface : SURFACES) {
            check(palette, "-color-focus", surface, NON_TEXT, failures);
        }
        assertEquals(List.of(), failures);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void bothPalettesNameTheSameColours(Theme theme) throws IOException {
        assertEquals(palette(Theme.DARK).keySet(), palette(theme).keySet());
    }

    @org.junit.jupiter.api.Test
    void contrastRatioMatchesWcagReferenceValues() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, contrast("#777777", "#777777"), 0.001);
        assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01);
    }

    private static void check(Map<String, String> palette, String fg, String bg, double minimum, List<String> failures) {
        assertTrue(palette.containsKey(fg) && palette.containsKey(bg), fg + " and " + bg + " must both be in the palette");
        double ratio = contrast(palette.get(fg), palette.get(bg));
        if (ratio < minimum) {
            failures.add(String.format("%s %s on %s %s: %.2f:1, needs %.1f:1", fg, palette.get(fg), bg, palette.get(bg),
                    ratio, minimum));
        }
    }

    /** WCAG 2 contrast ratio of two #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The #rrggbb colours the theme's palette stylesheet names (rgba ones are overlays, not text or surfaces). */
    private static Map<String, String> palette(Theme theme) throws IOException {
        Map<String, String> colours = new HashMap<>();
        try (InputStream in = new URL(Appearance.palette(theme)).openStream()) {
            Matcher m = Pattern.compile("(-color-[a-z0-9-]+)\\s*:\\s*([^;]+);")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                colours.put(m.group(1), m.group(2).strip());
            }
        }
        colours.values().removeIf(v -> !v.matches("#[0-9a-fA-F]{6}"));
        return colours;
    }
}
