package io.seizmon.modelexport.report;

import java.awt.Color;

/** The charts' colours: distinct, colour-blind-aware (Tableau 10 order), seizure red and non-seizure blue. */
final class Palette {

    static final Color BLUE = new Color(0x1F, 0x77, 0xB4);
    static final Color ORANGE = new Color(0xFF, 0x7F, 0x0E);
    static final Color GREEN = new Color(0x2C, 0xA0, 0x2C);
    static final Color RED = new Color(0xD6, 0x27, 0x28);
    static final Color PURPLE = new Color(0x94, 0x67, 0xBD);
    static final Color BROWN = new Color(0x8C, 0x56, 0x4B);
    static final Color GREY = new Color(0x7F, 0x7F, 0x7F);
    static final Color SEIZURE = RED;
    static final Color NON_SEIZURE = BLUE;

    private static final Color[] SERIES = {BLUE, ORANGE, GREEN, RED, PURPLE, BROWN};

    private Palette() {
    }

    /** The colour of the i-th series, cycling. */
    static Color series(int i) {
        return SERIES[i % SERIES.length];
    }

    /** {@code color} with the given alpha (0–255). */
    static Color translucent(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }
}
