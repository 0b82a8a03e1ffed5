package dev.chargeback.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The pure core (STYLE.md): the allocation arithmetic and the ledger model import only {@code java.*} and each
 * other (and {@code fingerprint}'s SHA-256, itself pure Java, for the entry chain). The ledger's jOOQ stores and its
 * Spring wiring live in {@code ledger.internal}, the run archive in {@code ledger.archive}: the edges, which may use
 * frameworks. Modelled on ddd-by-examples/library's NoSpringInDomainLogicTest.
 */
@AnalyzeClasses(packages = "dev.chargeback", importOptions = ImportOption.DoNotIncludeTests.class)
class PureCoreTest {

    private static final DescribedPredicate<JavaClass> PURE_CORE =
            resideInAnyPackage("dev.chargeback.allocation..", "dev.chargeback.ledger", "dev.chargeback.fingerprint")
                    .as("the allocation core, the ledger model and fingerprints");

    @ArchTest
    static final ArchRule coreDependsOnlyOnJavaAndItself = classes().that(PURE_CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.chargeback.allocation..",
                    "dev.chargeback.ledger", "dev.chargeback.fingerprint")
            .because("an auditor reads the money logic in one sitting, with no framework in it");

    @ArchTest
    static final ArchRule coreUsesNoFramework = noClasses().that(PURE_CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..",
                    "org.apache.commons.csv..", "com.fasterxml.jackson..", "tools.jackson..", "org.yaml..")
            .because("the money logic is fed plain records and returns plain records: a framework upgrade or another"
                    + " database cannot change an amount");

    @ArchTest
    static final ArchRule allocationDoesNotDependOnTheLedger = noClasses()
            .that().resideInAPackage("dev.chargeback.allocation..")
            .should().dependOnClassesThat().resideInAPackage("dev.chargeback.ledger..")
            .because("the ledger is built from allocation results, never the other way round");
}
