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
 */
record CsvHeader(String file, Map<String, Integer> positions, Map<String, Integer> limits, int width,
                 List<String> unknown) {
    static final int MAX_NAME = 200;

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
        return new CsvHeader(file, positions, limits, names.size(), List.copyOf(unknown));
    }

    int position(String column) {
        Integer at = positions.get(column); // not getOrDefault: that boxes the default for every cell
        return at == null ? -1 : at;
    }

    int limit(String column) {
        Integer limit = limits.get(column);
        return limit == null ? Column.UNLIMITED : limit;
    }

    /** The name of the column at a position ("" beyond the header). */
    String name(int position) {
        return positions.entrySet().stream().filter(e -> e.getValue() == position).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }
}
