package dev.chargeback.sample;

/** The fixed prose of sample-data/README.md; {@link SampleReadme} puts the tables in between. */
final class SampleReadmeText {
    static final String INTRO = """
        # Sample data: Northwind Components

        Written by `src/test/java/dev/chargeback/sample/SampleDataGenerator.java` (deterministic: a fixed seed per
        topic). Do not edit these files by hand; change the generator and rerun it from the repository's root:

        ```sh
        ./build -B -q test-compile exec:java -Dexec.mainClass=dev.chargeback.sample.SampleDataGenerator \\
            -Dexec.classpathScope=test
        ```

        The generator checks nothing itself: the engine is the one validator. `SampleDataTest` (part of the build)
        fails when a file here differs from what the generator writes, and when the engine rejects a row of any
        month under any of the three rules files.

        ## The company

        Northwind Components is a fictional maker of hydraulic valves and fittings with about 600 people: one plant
        (manufacturing, packing, dispatch and warehouse, quality lab, maintenance), R&D, a commercial team and a small
        head office. Three internal service departments (IT, HR, Facilities) cost EUR 0.9 to 1.05 million a month
        together; finance charges them back to the departments that use them. The data covers three months:

        - **August 2026**: summer. Many people take one or two weeks off, the plant shuts down from 3 to 14 August
          (fewer shop-floor tickets, less MES load), Facilities uses the shutdown for a roof repair and Maintenance
          for its machine overhaul. The cloud bill carries a credit note (commitment true-up): a negative cost line.
        - **September 2026**: laptop refresh. The IT-LAPTOPS pool more than doubles (docks and monitors, a
          deployment partner, write-off of retired laptops) while seats stay flat, so the standard rate of EUR 42.50
          per seat under-recovers (and still a little in October, when depreciation of the new devices has
          started); the service desk is busier. Sales hires four reps (agency fees in recruiting), and the ERP
          upgrade project starts (IT contractors).
        - **October 2026**: cloud spike. R&D runs a simulation campaign for a new valve series on a burst cluster
          from 5 October, so IT-CLOUD cost and R&D's vCPU-hours jump. Heating starts, Packing takes on eight temps
          and 150 sqm of warehouse floor for the Q4 peak, Marketing pays for a trade fair.

        The service departments also serve each other: IT works for HR and Facilities (HRIS, badge system, network),
        HR works for IT and Facilities (payroll, recruiting), and all three use seats, cloud and floor space. That is
        what makes the step-down and reciprocal methods give different answers from the direct one.

        ## Cost centers

        | group (roll-up only) | leaves |
        |---|---|
        """;

    static final String FILES = """

        Group nodes have no parent and never appear as customers, receivers or drivers. `IT`, `HR` and `FACILITIES`
        are `SERVICE` leaves; every other leaf is `OPERATING`.

        ## Files

        | file | what it holds |
        |---|---|
        | `cost_centers.csv` | 4 roll-up groups and 16 leaf cost centers |
        | `services.csv` | 7 services: IT-HELPDESK (hours, practical capacity 1,300 h/month), IT-LAPTOPS (seats, \
        standard rate 42.50), IT-CLOUD (vCPU-hours), HR-SERVICES (headcount), HR-RECRUITING (hires), FAC-SPACE \
        (sqm), FAC-RECEPTION (share) |
        | `costs.csv` | GL extract in EUR per period. IT, HR and FACILITIES lines; lines with `service` feed that \
        service's pool (IT-HELPDESK, IT-LAPTOPS, IT-CLOUD, HR-RECRUITING, FAC-RECEPTION), the rest the cost \
        center's general pool (HR-SERVICES and FAC-SPACE are the general pools of HR and Facilities). Cloud and \
        energy lines have 4 decimals (converted or metered amounts). Operating cost centers carry their own \
        personnel and main opex lines, which are not allocated but show each department's total cost. |
        | `timesheets.csv` | hours logged by 25 IT and 10 HR employees (`E-IT-001`..`E-IT-025`, \
        `E-HR-001`..`E-HR-010`) for other cost centers, working days only, quarter-hour steps. Service-desk rows \
        carry `IT-HELPDESK` and a ticket `INC-yyyy-mm-nnnnn` (a ticket can span several rows); deployment work \
        carries `IT-LAPTOPS`, platform work `IT-CLOUD`, payroll and admin `HR-SERVICES`, recruiters \
        `HR-RECRUITING`; other rows leave `service` empty. |
        | `usage.csv` | `IT-LAPTOPS`: one row per leaf per month (month-end CMDB snapshot, seats, integer); \
        `IT-CLOUD`: one row per cloud resource per day, vCPU-hours with 4 decimals, `reference` = resource id. |
        | `drivers.csv` | `HEADCOUNT` and `SQM` for every leaf cost center and period |
        | `rules.yaml` | method `direct` |
        | `rules-step-down.yaml` | the same pools, method `step-down`, `step_order: [HR, FACILITIES, IT]` |
        | `rules-reciprocal.yaml` | the same pools, method `reciprocal` |

        ### Rows per file and period (data rows, header excluded)

        """;

    static final String POOLS_HEADER = """
        ## Pools

        Every allocation basis is used once at least:

        | pool | basis | driver |
        |---|---|---|
        """;

    static final String POOLS_NOTE = """
        Under `direct` only operating cost centers receive, so HR's share of reception drops out there; under
        `step-down` HR is closed first and receives nothing more. Recruiting is split by the hiring plan's fixed
        shares, not by recruiter hours (the hours are in the timesheets for information). As docs/rules-format.md
        defines `hours`, rows of a service whose own pool is driven by hours count for that pool only: the general
        IT pool counts every IT hour except the service-desk rows (IT-HELPDESK is on TDABC by hours).

        ### Pool cost per month (EUR, from costs.csv)

        """;

    static final String DRIVERS_HEADER = """
        ### Drivers per month

        | period | IT hours | of which helpdesk (capacity 1,300) | tickets | HR hours | seats | cloud vCPU-hours | \
        headcount | floor sqm |
        |---|---:|---:|---:|---:|---:|---:|---:|---:|
        """;

    static final String CONVENTIONS = """
        ## Conventions

        UTF-8 without byte-order mark, comma separator, header row, `\\n` line ends, RFC 4180 quoting (a few notes
        contain commas, quotes or non-ASCII characters on purpose). Amounts and quantities are plain decimal strings
        (no exponent, no thousands separator). Dates are ISO `yyyy-mm-dd` inside their period; the `period` column is
        `yyyy-mm`. No two rows of a file are identical. The data and rules files take about %d kB.
        """;

    private SampleReadmeText() {
    }
}
