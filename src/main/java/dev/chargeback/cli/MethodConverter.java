package dev.chargeback.cli;

import dev.chargeback.allocation.Method;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code --method}: one of the methods' words (direct, step-down, reciprocal), in any case. */
final class MethodConverter implements ITypeConverter<Method> {
    @Override
    public Method convert(String value) {
        return Arrays.stream(Method.values()).filter(m -> m.word().equals(value.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a method (expected "
                        + Arrays.stream(Method.values()).map(Method::word).collect(Collectors.joining(", ")) + ")"));
    }
}
