package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.InputFileException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file's header row: column positions by lower-case name, each known column's length limit, required columns
 * checked, unknown ones listed (they are stored, so a column name is at most {@link #MAX_NAME} characters).
 * <p>
 * Rows ask for their cells by the input file's own column names ({@link InputFile#columns}), five or so lookups a
 * row: those names are found by identity in a short array, the others in the maps (in a 6M-row file the maps'
 * lookups were a twentieth of the time spent on each row).
 */
final class CsvHeader {
    static final int MAX_NAME = 200;

    private final String file;
    private final Map<String, Integer> positions;
    private final Map<String, Integer> limits;
    private final int width;
    private final List<String> unknown;
    private final String[] known;
    private final int[] knownPositions;
    private final int[] knownLimits;

    private CsvHeader(String file, Map<String, Integer> positions, Map<String, Integer> limits, int width,
                      List<String> unknown, List<Column> columns) {
        this.file = file;
        this.positions = positions;
        this.limits = limits;
        this.width = width;
        this.unknown = unknown;
        this.known = columns.stream().map(Column::name).toArray(String[]::new);
        this.knownPositions = columns.stream().mapToInt(c -> positions.getOrDefault(c.name(), -1)).toArray();
        this.knownLimits = columns.stream().mapToInt(Column::maxLength).toArray();
    }

    String file() {
        return file;
    }

    /** The number of columns of the header. */
    int width() {
        return width;
    }

    /** The header's columns that the input file does not know, in header order. */
    List<String> unknown() {
        return unknown;
    }

    static CsvHeader of(InputFile input, List<String> names) {
        String file = input.kind().fileName();
        Map<String, Integer> limits = new HashMap<>();
        input.columns().forEach(c -> limits.put(c.name(), c.maxLength()));
        Map<String, Integer> positions = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).trim().toLowerCase(Locale.ROOT);
            if (name.length() > MAX_NAME || name.indexOf('\0') >= 0) {
                throw new InputFileException(file + " line 1, column " + (i + 1) + ": a column name must be at most "
                        + MAX_NAME + " characters without NUL bytes");
            }
            if (positions.putIfAbsent(name, i) != null) {
                throw new InputFileException(file + " line 1: column '" + name + "' appears twice");
            }
            if (!limits.containsKey(name)) {
                unknown.add(name);
            }
        }
        List<String> required = input.required();
        List<String> missing = required.stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty() && names.size() == 1 && names.getFirst().contains(";")) {
            throw new InputFileException(file + " line 1: the header is one column '" + names.getFirst()
                    + "': the file seems separated by semicolons; commas are expected (RFC 4180)");
        }
        if (!missing.isEmpty()) {
            throw new InputFileException(file + " line 1: missing required column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " (the header has "
                    + String.join(", ", names) + "; required: " + String.join(", ", required) + ")");
        }
        return new CsvHeader(file, positions, limits, names.size(), List.copyOf(unknown), input.columns());
    }

    /** The column's position in the header, -1 when the header lacks it. */
    int position(String column) {
        int k = known(column);
        if (k >= 0) {
            return knownPositions[k];
        }
        Integer at = positions.get(column); // not getOrDefault: that boxes the default for every cell
        return at == null ? -1 : at;
    }

    int limit(String column) {
        int k = known(column);
        if (k >= 0) {
            return knownLimits[k];
        }
        Integer limit = limits.get(column);
        return limit == null ? Column.UNLIMITED : limit;
    }

    /** The index of {@code column} among the input file's own names, found by identity (the usual case); -1 if not. */
    private int known(String column) {
        for (int i = 0; i < known.length; i++) {
            if (known[i] == column) {
                return i;
            }
        }
        return -1;
    }

    /** The name of the column at a position ("" beyond the header). */
    String name(int position) {
        return positions.entrySet().stream().filter(e -> e.getValue() == position).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }
}
