package dev.chargeback.report.internal;

import java.util.List;
import java.util.Optional;

/** The ERP layouts registry: {@code export-journal --profile NAME} picks one; a new layout is one line here. */
final class ErpLayouts {
    static final List<ErpLayout> ALL = List.of(new GenericLayout(), new OracleGlInterfaceLayout());

    private ErpLayouts() {
    }

    static Optional<ErpLayout> named(String name) {
        return ALL.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    static List<String> names() {
        return ALL.stream().map(ErpLayout::name).toList();
    }
}
