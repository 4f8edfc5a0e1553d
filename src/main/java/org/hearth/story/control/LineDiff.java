package org.hearth.story.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable line diff (longest common subsequence), as editors expect from a CMS: unchanged
 * lines, removed lines and added lines in order. Stories are short, so the quadratic table is fine;
 * above {@link #MAX_LINES} lines it falls back to "all removed, all added".
 */
public final class LineDiff {

    static final int MAX_LINES = 4000;

    /** One line of a diff: {@code op} is {@code " "}, {@code "-"} or {@code "+"}. */
    public record Line(String op, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> between(String before, String after) {
        String[] a = before == null || before.isEmpty() ? new String[0] : before.split("\n", -1);
        String[] b = after == null || after.isEmpty() ? new String[0] : after.split("\n", -1);
        List<Line> lines = new ArrayList<>();
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            for (String line : a) {
                lines.add(new Line("-", line));
            }
            for (String line : b) {
                lines.add(new Line("+", line));
            }
            return lines;
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                lines.add(new Line(" ", a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line("-", a[i++]));
            } else {
                lines.add(new Line("+", b[j++]));
            }
        }
        while (i < a.length) {
            lines.add(new Line("-", a[i++]));
        }
        while (j < b.length) {
            lines.add(new Line("+", b[j++]));
        }
        return lines;
    }
}
