package dev.chargeback.cli;

import dev.chargeback.ledger.RunId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --run}: a run id as `status` lists it ({@code 2026-10-3fa9c2d1}); a malformed one is a usage error. */
final class RunIdConverter implements ITypeConverter<RunId> {
    @Override
    public RunId convert(String value) {
        try {
            return RunId.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
