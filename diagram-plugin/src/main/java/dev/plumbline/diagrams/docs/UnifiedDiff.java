package dev.plumbline.diagrams.docs;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts, line by line (longest common subsequence), with three lines of context. */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /**
     * The diff from {@code before} (labelled {@code from}) to {@code after}; empty when they are equal. Line numbers
     * in hunk headers start at {@code firstLine}, so they point into the file the text came from.
     */
    static String of(String from, String to, List<String> before, List<String> after, int firstLine) {
        List<String> ops = operations(before, after);
        if (ops.stream().allMatch(op -> op.charAt(0) == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- ").append(from).append('\n').append("+++ ").append(to).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).charAt(0) == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while changes are closer than twice the context
            for (int j = i; j < ops.size(); j++) {
                if (ops.get(j).charAt(0) != ' ') {
                    end = j;
                } else if (j - end > 2 * CONTEXT) {
                    break;
                }
            }
            end = Math.min(ops.size() - 1, end + CONTEXT);
            int oldStart = firstLine + start - count(ops, 0, start, '+');
            int newStart = firstLine + start - count(ops, 0, start, '-');
            int oldLength = (end - start + 1) - count(ops, start, end + 1, '+');
            int newLength = (end - start + 1) - count(ops, start, end + 1, '-');
            out.append("@@ -").append(oldStart).append(',').append(oldLength)
                    .append(" +").append(newStart).append(',').append(newLength).append(" @@\n");
            for (int k = start; k <= end; k++) {
                out.append(ops.get(k)).append('\n');
            }
            i = end + 1;
        }
        return out.toString();
    }

    /** How many operations in {@code [from, end)} are of the given kind ({@code '+'} or {@code '-'}). */
    private static int count(List<String> ops, int from, int end, char kind) {
        int n = 0;
        for (int k = from; k < end; k++) {
            if (ops.get(k).charAt(0) == kind) {
                n++;
            }
        }
        return n;
    }

    private static List<String> operations(List<String> a, List<String> b) {
        if ((long) a.size() * b.size() > 4_000_000L) {
            // too big to align within bounded memory: show it as replaced wholesale
            List<String> ops = new ArrayList<>();
            a.forEach(line -> ops.add("-" + line));
            b.forEach(line -> ops.add("+" + line));
            return ops;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                ops.add(" " + a.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                ops.add("-" + a.get(i++));
            } else {
                ops.add("+" + b.get(j++));
            }
        }
        while (i < a.size()) {
            ops.add("-" + a.get(i++));
        }
        while (j < b.size()) {
            ops.add("+" + b.get(j++));
        }
        return ops;
    }
}
