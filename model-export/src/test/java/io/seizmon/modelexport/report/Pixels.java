package io.seizmon.modelexport.report;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/** Pixel queries on rendered charts. */
final class Pixels {

    private Pixels() {
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    static double nonWhiteFraction(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
            }
        }
        return (double) n / ((long) image.getWidth() * image.getHeight());
    }

    /** Pixels (x, y) inside {@code area} whose RGB satisfies {@code test}. */
    static List<int[]> matching(BufferedImage image, Rectangle area, IntPredicate test) {
        List<int[]> out = new ArrayList<>();
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if (test.test(image.getRGB(x, y) & 0xFFFFFF)) {
                    out.add(new int[] {x, y});
                }
            }
        }
        return out;
    }

    /** True for colours within {@code tolerance} (per channel) of {@code target}. */
    static IntPredicate near(Color target, int tolerance) {
        return rgb -> Math.abs(((rgb >> 16) & 0xFF) - target.getRed()) <= tolerance
                && Math.abs(((rgb >> 8) & 0xFF) - target.getGreen()) <= tolerance
                && Math.abs((rgb & 0xFF) - target.getBlue()) <= tolerance;
    }

    /** Red clearly dominating green and blue (the seizure colour, opaque or translucent). */
    static boolean reddish(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > g + 60 && r > b + 60;
    }

    /** Blue clearly dominating red (the non-seizure colour, opaque or translucent). */
    static boolean bluish(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int b = rgb & 0xFF;
        return b > r + 50;
    }

    static double meanX(List<int[]> pixels) {
        return pixels.stream().mapToInt(p -> p[0]).average().orElse(Double.NaN);
    }

    static double meanY(List<int[]> pixels) {
        return pixels.stream().mapToInt(p -> p[1]).average().orElse(Double.NaN);
    }
}
