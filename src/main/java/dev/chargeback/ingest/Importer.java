package dev.chargeback.ingest;

import dev.chargeback.allocation.CostCenter;
import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.ServiceOffering;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Imports a data directory's input files for a period (the import job); a file already imported is not read again. */
public interface Importer {

    /**
     * @param drivers     the kinds of driver the rules use: a file that only a driver needs is required when a rule
     *                    uses that driver (and imported whenever present)
     * @param log         where one line per file goes
     * @param interactive whether to show a live progress bar for large files
     * @param check       runs once the organisation (cost centers, services) is imported and before the large files
     *                    are read; an exception it throws stops the import there, so a rules typo costs seconds
     */
    ImportResult importFiles(Path data, java.time.YearMonth period, String currency, Set<DriverRef.Kind> drivers,
                             PrintStream log, boolean interactive, OrganisationCheck check);

    /** A check of the organisation as imported (the run checks its rules against it). */
    @FunctionalInterface
    interface OrganisationCheck {
        OrganisationCheck NONE = (costCenters, services) -> { };

        void check(List<CostCenter> costCenters, List<ServiceOffering> services);
    }
}
