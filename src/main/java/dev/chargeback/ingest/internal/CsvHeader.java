package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.InputFileException;
import dev.chargeback.ingest.InputKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A file's header row: column positions by lower-case name, required columns checked, unknown ones listed. */
record CsvHeader(String file, Map<String, Integer> positions, int width, List<String> unknown) {

    static CsvHeader of(InputKind kind, List<String> names) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).trim().toLowerCase(Locale.ROOT);
            if (positions.putIfAbsent(name, i) != null) {
                throw new InputFileException(kind.fileName() + " line 1: column '" + name + "' appears twice");
            }
            if (!kind.required().contains(name) && !kind.optional().contains(name)) {
                unknown.add(name);
            }
        }
        List<String> missing = kind.required().stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty() && names.size() == 1 && names.getFirst().contains(";")) {
            throw new InputFileException(kind.fileName() + " line 1: the header is one column '" + names.getFirst()
                    + "': the file seems separated by semicolons; commas are expected (RFC 4180)");
        }
        if (!missing.isEmpty()) {
            throw new InputFileException(kind.fileName() + " line 1: missing required column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " (the header has "
                    + String.join(", ", names) + "; required: " + String.join(", ", kind.required()) + ")");
        }
        return new CsvHeader(kind.fileName(), positions, names.size(), List.copyOf(unknown));
    }

    int position(String column) {
        return positions.getOrDefault(column, -1);
    }
}
