package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.InputKind;

import java.util.List;

/**
 * The registry of input files, in import order: a file is checked against the reference data of the files before
 * it (services against cost centers, costs against both...). Adding an input file is one {@link InputFile} class
 * and one line here (see the package documentation of {@code dev.chargeback.ingest}).
 */
final class InputFiles {
    static final List<InputFile> ALL = List.of(
            new CostCentersFile(),
            new ServicesFile(),
            new CostsFile(),
            new TimesheetsFile(),
            new UsageFile(),
            new DriversFile());

    private InputFiles() {
    }

    /** The descriptor of a kind stored with an import batch. */
    static InputFile of(String word) {
        return ALL.stream().filter(f -> f.kind().word().equals(word)).findFirst().orElseThrow(() ->
                new IllegalStateException("an import batch of an unknown input kind '" + word + "'"));
    }

    static InputFile of(InputKind kind) {
        return of(kind.word());
    }
}
